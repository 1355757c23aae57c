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
        db.writeLock().lock();
        try {
            return writeLocked(db, work);
        } finally {
            db.writeLock().unlock();
        }
    }

    private static <T> T writeLocked(Database db, Work<T> work) {
        for (int attempt = 1; ; attempt++) {
            try (Connection c = db.connect()) {
                c.setAutoCommit(false);
                try {
                    Witness before = db.requireChainExtendsWitness(c);
                    T result = work.run(c);
                    db.announceChain(c, before);
                    c.commit();
                    db.witnessChain(c);
                    return result;
                } catch (SQLException | RuntimeException e) {
                    try {
                        c.rollback();
                    } catch (SQLException | RuntimeException rollback) {
                        // after a failed write H2 has closed the file; what failed first is what the user is told
                        e.addSuppressed(rollback);
                    }
                    throw e;
                }
            } catch (SQLException e) {
                StoreException failed = db.afterFailedWrite(e);
                if (failed != null) {
                    throw failed;
                }
                if (AuditLog.isConcurrentAppend(e) && attempt < AuditLog.attempts()) {
                    backOff(attempt);
                    continue;
                }
                throw new StoreException("Database write failed and was rolled back: " + e.getMessage(), e);
            } catch (RuntimeException e) {
                StoreException failed = db.afterFailedWrite(e);
                throw failed != null ? failed : e;
            }
        }
    }

    /** Another process appended first: wait a little (longer each time, with jitter) before trying again. */
    private static void backOff(int attempt) {
        long millis = java.util.concurrent.ThreadLocalRandom.current().nextLong(5, 20) * attempt;
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException("Database write interrupted while waiting for another writer", e);
        }
    }
}
