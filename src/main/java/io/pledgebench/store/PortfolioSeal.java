package io.pledgebench.store;

import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
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

    /**
     * SHA-256 over "portfolio", its row, "patent", its patents' rows, "legal_event", their rows, each field written as
     * {@link Hashes#sha256(String...)} writes it; the fields are fed to the digest one by one instead of being joined
     * into one string first (a 100,000-patent portfolio is some 60 MB of text), which gives the same hash.
     */
    static String contentHash(Connection c, long id) throws SQLException {
        MessageDigest digest = Hashes.sha256Digest();
        Hashes.update(digest, "portfolio");
        for (String row : rows(c, "SELECT * FROM portfolio WHERE id = ?", id)) {
            Hashes.update(digest, row);
        }
        Hashes.update(digest, "patent");
        for (String row : patentRows(c, id)) {
            Hashes.update(digest, row);
        }
        Hashes.update(digest, "legal_event");
        for (String row : rows(c, "SELECT * FROM legal_event WHERE portfolio_id = ?", id)) {
            Hashes.update(digest, row);
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /**
     * The portfolio's patent rows. On H2 they are read along the table's own row order, between the first and the last
     * row id of the portfolio (found in the portfolio index alone), instead of looking each row up from the index: the
     * rows of one import lie together, and reading 100,000 of them this way took a fifth of the time (the hash is the
     * same, as rows are sorted before hashing). Other databases are asked plainly.
     */
    private static List<String> patentRows(Connection c, long id) throws SQLException {
        if (!"H2".equals(c.getMetaData().getDatabaseProductName())) {
            return rows(c, "SELECT * FROM patent WHERE portfolio_id = ?", id);
        }
        long first;
        long last;
        try (PreparedStatement ps = c.prepareStatement("SELECT MIN(_ROWID_), MAX(_ROWID_) FROM patent WHERE portfolio_id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                first = rs.getLong(1);
                if (rs.wasNull()) {
                    return List.of();
                }
                last = rs.getLong(2);
            }
        }
        return rows(c, "SELECT * FROM patent USE INDEX () WHERE _ROWID_ BETWEEN " + first + " AND " + last + " AND portfolio_id = ?", id);
    }

    /**
     * Each row as {@code column=value;…} over its non-null columns in the order of their lower-case names (worked out
     * once per query, not per row); the rows sorted, so order is no matter. {@code id} is the query's one parameter,
     * or {@code null} for a query without one.
     */
    static List<String> rows(Connection c, String sql, Long id) throws SQLException {
        List<String> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            if (id != null) {
                ps.setLong(1, id);
            }
            try (ResultSet rs = ps.executeQuery()) {
                ResultSetMetaData md = rs.getMetaData();
                // by name, as a map from name to column would order them; a name given twice keeps its last column
                TreeMap<String, Integer> byName = new TreeMap<>();
                for (int i = 1; i <= md.getColumnCount(); i++) {
                    String name = md.getColumnLabel(i).toLowerCase(Locale.ROOT);
                    // the branch is who may see the row (team mode), not what was imported: assigning a copied
                    // desktop portfolio to a branch does not change its content
                    if (!name.equals("branch")) {
                        byName.put(name, i);
                    }
                }
                String[] names = byName.keySet().toArray(String[]::new);
                int[] columns = byName.values().stream().mapToInt(Integer::intValue).toArray();
                // PostgreSQL writes doubles and booleans its own way (1, t); H2's text (1.0, TRUE) is the one hashed,
                // so that a portfolio copied from a desktop database keeps its hash on the team database
                boolean postgres = AuditLog.isPostgres(c);
                int[] types = new int[columns.length];
                for (int k = 0; k < columns.length; k++) {
                    types[k] = md.getColumnType(columns[k]);
                }
                StringBuilder b = new StringBuilder(256);
                while (rs.next()) {
                    b.setLength(0);
                    for (int k = 0; k < columns.length; k++) {
                        String v = postgres ? h2Text(rs, columns[k], types[k]) : rs.getString(columns[k]);
                        if (v != null) {
                            b.append(names[k]).append('=').append(v.length()).append(':').append(v).append(';');
                        }
                    }
                    out.add(b.toString());
                }
            }
        }
        out.sort(null);
        return out;
    }

    private static String h2Text(ResultSet rs, int column, int type) throws SQLException {
        switch (type) {
            case java.sql.Types.DOUBLE, java.sql.Types.FLOAT, java.sql.Types.REAL -> {
                double d = rs.getDouble(column);
                return rs.wasNull() ? null : Double.toString(d);
            }
            case java.sql.Types.BOOLEAN, java.sql.Types.BIT -> {
                boolean b = rs.getBoolean(column);
                return rs.wasNull() ? null : b ? "TRUE" : "FALSE";
            }
            default -> {
                return rs.getString(column);
            }
        }
    }
}
