package io.pledgebench.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;

/**
 * Puts stored portfolios under the audit chain: each import, legal-event merge and deletion appends an entry
 * recording the SHA-256 of the portfolio's rows (the portfolio, its patents, their legal events), so that
 * {@link IntegrityCheck} detects a patent title changed on disk, a patent deleted or a portfolio inserted outside
 * PledgeBench. Rows are hashed column by column by name, leaving out empty (NULL) columns, so a later migration
 * that adds a nullable column does not change the hash of portfolios stored before it.
 */
final class PortfolioSeal {

    static final String ENTITY = "portfolio";
    static final String IMPORTED = "portfolio.imported";
    static final String UPDATED = "portfolio.updated";
    static final String DELETED = "portfolio.deleted";
    private static final String PREFIX = "content=";

    private PortfolioSeal() {
    }

    /** Appends the audit entry for {@code action} on portfolio {@code id}, in the caller's transaction. */
    static void record(Connection c, long id, String action, String actor) throws SQLException {
        String who = actor == null || actor.isBlank() ? System.getProperty("user.name", "unknown") : actor;
        String details = DELETED.equals(action) ? "" : PREFIX + contentHash(c, id);
        AuditLog.append(c, Instant.now(), who.length() > 200 ? who.substring(0, 200) : who, action, ENTITY,
                Long.toString(id), details.isEmpty() ? "deleted" : details);
    }

    /** The hash an audit entry recorded, or empty for a deletion. */
    static String recordedHash(AuditEntry e) {
        return e.details().startsWith(PREFIX) ? e.details().substring(PREFIX.length()) : "";
    }

    static String contentHash(Connection c, long id) throws SQLException {
        List<String> parts = new ArrayList<>();
        parts.add("portfolio");
        parts.addAll(rows(c, "SELECT * FROM portfolio WHERE id = ?", id));
        parts.add("patent");
        parts.addAll(rows(c, "SELECT * FROM patent WHERE portfolio_id = ?", id));
        parts.add("legal_event");
        parts.addAll(rows(c, "SELECT * FROM legal_event WHERE portfolio_id = ?", id));
        return Hashes.sha256(parts.toArray(String[]::new));
    }

    /**
     * Each row as {@code column=value;…} over its non-null columns by name; the rows sorted, so order is no matter.
     * {@code id} is the query's one parameter, or {@code null} for a query without one.
     */
    static List<String> rows(Connection c, String sql, Long id) throws SQLException {
        List<String> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            if (id != null) {
                ps.setLong(1, id);
            }
            try (ResultSet rs = ps.executeQuery()) {
                ResultSetMetaData md = rs.getMetaData();
                while (rs.next()) {
                    TreeMap<String, String> row = new TreeMap<>();
                    for (int i = 1; i <= md.getColumnCount(); i++) {
                        String v = rs.getString(i);
                        if (v != null) {
                            row.put(md.getColumnLabel(i).toLowerCase(Locale.ROOT), v);
                        }
                    }
                    StringBuilder b = new StringBuilder();
                    row.forEach((k, v) -> b.append(k).append('=').append(v.length()).append(':').append(v).append(';'));
                    out.add(b.toString());
                }
            }
        }
        out.sort(null);
        return out;
    }
}
