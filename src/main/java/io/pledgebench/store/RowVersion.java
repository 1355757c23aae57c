package io.pledgebench.store;

import io.pledgebench.domain.RefusedInputException;
import io.pledgebench.domain.Text;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Optional;

/**
 * Optimistic locking of an edited row (portfolio, comparable transaction, booked loan): its version (0 until first
 * changed), and who changed it last and when. A save names the version it read; when someone saved in between, it
 * loses with {@link ChangedMeanwhile} ("changed by X at T") instead of overwriting their change.
 */
public record RowVersion(int version, String changedBy, Instant changedAt) {

    /** A save that lost: the row was changed by someone else after it was read. */
    public static final class ChangedMeanwhile extends RefusedInputException {
        private static final long serialVersionUID = 1L;
        private final transient RowVersion current;

        ChangedMeanwhile(String what, RowVersion current) {
            super(Text.of("team.changedMeanwhile", what, current.changedBy() == null ? "?" : current.changedBy(),
                    current.changedAt() == null ? "?" : current.changedAt().toString()));
            this.current = current;
        }

        public RowVersion current() {
            return current;
        }
    }

    static Optional<RowVersion> read(Connection c, String table, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT COALESCE(row_version, 0), changed_by, changed_at FROM "
                + table + " WHERE id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                LocalDateTime at = rs.getObject(3, LocalDateTime.class);
                return Optional.of(new RowVersion(rs.getInt(1), rs.getString(2), at == null ? null : Hashes.fromUtc(at)));
            }
        }
    }

    /**
     * Takes the row for a change in the caller's transaction: bumps its version and records who and when, if its
     * version is still {@code expected} (any version when null). On PostgreSQL and H2 the row stays locked until the
     * transaction ends, so of two concurrent saves that read the same version exactly one wins.
     *
     * @return false when there is no such row
     * @throws ChangedMeanwhile when someone else changed it since {@code expected}
     */
    static boolean claim(Connection c, String table, String what, long id, Integer expected, String actor, Instant at)
            throws SQLException {
        String sql = "UPDATE " + table + " SET row_version = COALESCE(row_version, 0) + 1, changed_by = ?,"
                + " changed_at = ? WHERE id = ?" + (expected == null ? "" : " AND COALESCE(row_version, 0) = ?");
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, actor.length() > 200 ? actor.substring(0, 200) : actor);
            ps.setObject(2, Hashes.utc(Hashes.storable(at)));
            ps.setLong(3, id);
            if (expected != null) {
                ps.setInt(4, expected);
            }
            if (ps.executeUpdate() == 1) {
                return true;
            }
        }
        Optional<RowVersion> now = read(c, table, id);
        if (now.isEmpty()) {
            return false;
        }
        throw new ChangedMeanwhile(what, now.get());
    }
}
