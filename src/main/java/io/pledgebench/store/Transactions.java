package io.pledgebench.store;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * Units of work on a {@link Database}: reads on one connection, writes in one transaction that is rolled back
 * on any failure. Writes that append to the audit chain are retried when another writer appended first.
 */
final class Transactions {

    @FunctionalInterface
    interface Work<T> {
        T run(Connection c) throws SQLException;
    }

    private Transactions() {
    }

    static <T> T read(Database db, Work<T> work) {
        try (Connection c = db.connect()) {
            return work.run(c);
        } catch (SQLException e) {
            throw new StoreException("Database read failed: " + e.getMessage(), e);
        }
    }

    static <T> T write(Database db, Work<T> work) {
        for (int attempt = 1; ; attempt++) {
            try (Connection c = db.connect()) {
                c.setAutoCommit(false);
                try {
                    T result = work.run(c);
                    c.commit();
                    db.witnessChain(c);
                    return result;
                } catch (SQLException | RuntimeException e) {
                    c.rollback();
                    throw e;
                }
            } catch (SQLException e) {
                if (AuditLog.isConcurrentAppend(e) && attempt < AuditLog.attempts()) {
                    continue;
                }
                throw new StoreException("Database write failed and was rolled back: " + e.getMessage(), e);
            }
        }
    }
}
