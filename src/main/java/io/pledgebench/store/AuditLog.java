package io.pledgebench.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The append-only audit log: each entry records who changed what and carries
 * {@code hash = SHA-256(prev_hash, at, actor, action, entity, entity_id, details)}, where {@code prev_hash}
 * is the hash of the entry before it (64 zeros for the first). Editing or deleting a row breaks the chain
 * at that row, which {@link IntegrityCheck} reports.
 */
public final class AuditLog {

    /** SQLSTATE of a unique-constraint violation: another writer appended first. */
    private static final String UNIQUE_VIOLATION = "23505";
    /** Other SQLSTATEs of a writer that met another: H2's concurrent update and lock timeout, a serialisation failure. */
    private static final java.util.Set<String> CONTENDED = java.util.Set.of(UNIQUE_VIOLATION, "90131", "HYT00", "40001");
    private static final int ATTEMPTS = 12;

    private final Database db;
    private final Clock clock;

    public AuditLog(Database db) {
        this(db, Clock.systemUTC());
    }

    public AuditLog(Database db, Clock clock) {
        this.db = Objects.requireNonNull(db, "db");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Appends one entry in its own transaction and returns it. */
    public AuditEntry append(String actor, String action, String entity, String entityId, String details) {
        return Transactions.write(db, c -> append(c, clock.instant(), actor, action, entity, entityId, details));
    }

    /** Appends within the caller's transaction, so the change and its audit entry commit together. */
    static AuditEntry append(Connection c, Instant at, String actor, String action, String entity, String entityId,
                             String details) throws SQLException {
        requireText(actor, "actor", 200);
        requireText(action, "action", 60);
        requireText(entity, "entity", 60);
        requireText(entityId, "entity id", 60);
        Objects.requireNonNull(details, "details");
        if (details.length() > 4000) {
            throw new IllegalArgumentException("audit details exceed 4000 characters (" + details.length() + ")");
        }
        Instant when = Hashes.storable(at);
        if (isPostgres(c)) {
            // one appender at a time across every client of the team database, until this transaction ends: the next
            // entry is always appended to the head as it is (the unique prev_hash stays as the last line of defence);
            // and the entry names the login, which the database checks
            actor = lockChainAndLogin(c);
        }
        String prev = lastHash(c);
        String hash = hashOf(prev, when, actor, action, entity, entityId, details);
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO audit_log (at, actor, action, entity, entity_id,"
                + " details, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
            ps.setObject(1, Hashes.utc(when));
            ps.setString(2, actor);
            ps.setString(3, action);
            ps.setString(4, entity);
            ps.setString(5, entityId);
            ps.setString(6, details);
            ps.setString(7, prev);
            ps.setString(8, hash);
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                return new AuditEntry(keys.getLong(1), when, actor, action, entity, entityId, details, prev, hash);
            }
        }
    }

    /** The advisory-lock key the team database's audit appenders share ("PBaudit"). */
    static final long CHAIN_LOCK = 0x5042_6175_6469_74L;

    static boolean isPostgres(Connection c) throws SQLException {
        return c.isWrapperFor(org.postgresql.PGConnection.class);
    }

    private static String lockChainAndLogin(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT pg_advisory_xact_lock(?), current_user")) {
            ps.setLong(1, CHAIN_LOCK);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getString(2);
            }
        }
    }

    static boolean isConcurrentAppend(SQLException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException s && CONTENDED.contains(s.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    static int attempts() {
        return ATTEMPTS;
    }

    /** All entries in chain order. */
    public List<AuditEntry> entries() {
        return Transactions.read(db, AuditLog::entries);
    }

    static List<AuditEntry> entries(Connection c) throws SQLException {
        List<AuditEntry> out = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT id, at, actor, action, entity,"
                + " entity_id, details, prev_hash, hash FROM audit_log ORDER BY id")) {
            while (rs.next()) {
                out.add(new AuditEntry(rs.getLong(1), Hashes.fromUtc(rs.getObject(2, LocalDateTime.class)),
                        rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7),
                        rs.getString(8), rs.getString(9)));
            }
        }
        return out;
    }

    static String hashOf(String prev, Instant at, String actor, String action, String entity, String entityId,
                         String details) {
        return Hashes.sha256(prev, Hashes.text(at), actor, action, entity, entityId, details);
    }

    private static String lastHash(Connection c) throws SQLException {
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT hash FROM audit_log ORDER BY id DESC FETCH FIRST 1 ROWS ONLY")) {
            return rs.next() ? rs.getString(1) : Hashes.GENESIS;
        }
    }

    private static void requireText(String value, String what, int max) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("audit " + what + " is empty");
        }
        if (value.length() > max) {
            throw new IllegalArgumentException("audit " + what + " exceeds " + max + " characters: " + value);
        }
    }
}
