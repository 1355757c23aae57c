package io.pledgebench.store;

import io.pledgebench.domain.PatentType;
import io.pledgebench.domain.ComparableTransaction;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The editable table of comparable transactions used by the market approach. Every write is one transaction. */
public final class ComparableTransactionRepository {

    private static final String COLUMNS = "reference, description, transaction_date, price, currency, patent_type, ipc,"
            + " remaining_life, source";

    private final Database db;

    public ComparableTransactionRepository(Database db) {
        this.db = db;
    }

    /** All transactions, oldest first. */
    public List<ComparableTransaction> list() {
        try (Connection c = db.connect();
             PreparedStatement ps = c.prepareStatement("SELECT id, " + COLUMNS
                     + " FROM comparable_transaction ORDER BY transaction_date, id");
             ResultSet rs = ps.executeQuery()) {
            List<ComparableTransaction> out = new ArrayList<>();
            while (rs.next()) {
                out.add(read(rs));
            }
            return out;
        } catch (SQLException e) {
            throw new StoreException("Cannot read the comparable transactions: " + e.getMessage(), e);
        }
    }

    public long insert(ComparableTransaction t) {
        return insertAll(List.of(t)).get(0);
    }

    /** Inserts all or nothing; returns the new ids in order. */
    public List<Long> insertAll(List<ComparableTransaction> transactions) {
        return Transactions.write(db, c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO comparable_transaction (" + COLUMNS
                    + ", created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
                List<Long> ids = new ArrayList<>();
                Timestamp now = Timestamp.from(Instant.now());
                for (ComparableTransaction t : transactions) {
                    bind(ps, t);
                    ps.setTimestamp(10, now);
                    ps.executeUpdate();
                    try (ResultSet keys = ps.getGeneratedKeys()) {
                        keys.next();
                        ids.add(keys.getLong(1));
                    }
                }
                ComparablesSeal.record(c);
                return ids;
            }
        });
    }

    /** Replaces the stored transaction with the same id, whatever was saved since it was read. */
    public void update(ComparableTransaction t) {
        update(t, null);
    }

    /**
     * Replaces the stored transaction with the same id if it is still at {@code expectedVersion} (as
     * {@link #version(long)} gave when it was read; null: any).
     *
     * @throws RowVersion.ChangedMeanwhile when someone saved it in between ("changed by X at T")
     */
    public void update(ComparableTransaction t, Integer expectedVersion) {
        if (t.id() == null) {
            throw new IllegalArgumentException("comparable transaction " + t.reference() + " has no id to update");
        }
        String actor = db.actor(System.getProperty("user.name", "unknown"));
        Transactions.write(db, c -> {
            if (!RowVersion.claim(c, "comparable_transaction", "comparable transaction " + t.reference(), t.id(),
                    expectedVersion, actor, java.time.Instant.now())) {
                throw new IllegalArgumentException("no comparable transaction with id " + t.id());
            }
            try (PreparedStatement ps = c.prepareStatement("UPDATE comparable_transaction SET reference = ?,"
                    + " description = ?, transaction_date = ?, price = ?, currency = ?, patent_type = ?, ipc = ?,"
                    + " remaining_life = ?, source = ? WHERE id = ?")) {
                bind(ps, t);
                ps.setLong(10, t.id());
                ps.executeUpdate();
            }
            ComparablesSeal.record(c);
            return null;
        });
    }

    /** The transaction's version and last change, to name when saving it ({@link #update(ComparableTransaction, Integer)}). */
    public java.util.Optional<RowVersion> version(long id) {
        return Transactions.read(db, c -> RowVersion.read(c, "comparable_transaction", id));
    }

    public void delete(long id) {
        Transactions.write(db, c -> {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM comparable_transaction WHERE id = ?")) {
                ps.setLong(1, id);
                if (ps.executeUpdate() == 0) {
                    throw new IllegalArgumentException("no comparable transaction with id " + id);
                }
            }
            ComparablesSeal.record(c);
            return null;
        });
    }

    private static void bind(PreparedStatement ps, ComparableTransaction t) throws SQLException {
        ps.setString(1, t.reference());
        ps.setString(2, t.description());
        ps.setDate(3, Date.valueOf(t.date()));
        ps.setBigDecimal(4, t.price());
        ps.setString(5, t.currency());
        ps.setString(6, t.patentType().code());
        ps.setString(7, t.ipc());
        if (t.remainingLife() == null) {
            ps.setNull(8, Types.DOUBLE);
        } else {
            ps.setDouble(8, t.remainingLife());
        }
        ps.setString(9, t.source());
    }

    private static ComparableTransaction read(ResultSet rs) throws SQLException {
        double life = rs.getDouble("remaining_life");
        Double remaining = rs.wasNull() ? null : life;
        String type = rs.getString("patent_type");
        return new ComparableTransaction(rs.getLong("id"), rs.getString("reference"), rs.getString("description"),
                rs.getDate("transaction_date").toLocalDate(), rs.getBigDecimal("price"), rs.getString("currency"),
                PatentType.parse(type).orElseThrow(() -> new StoreException("unknown patent type '" + type
                        + "' in comparable_transaction")),
                rs.getString("ipc"), remaining, rs.getString("source"));
    }
}
