package io.pledgebench.store;

import io.pledgebench.domain.Patent;

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
        record(c, id, action, actor, null);
    }

    /**
     * Appends the audit entry for {@code action} on portfolio {@code id}, in the caller's transaction, with the hash
     * {@code begun} worked out while the patents were written ({@link #begin}), or read back whole when it is null or
     * could not tell a row.
     */
    static void record(Connection c, long id, String action, String actor, Begun begun) throws SQLException {
        String who = actor == null || actor.isBlank() ? System.getProperty("user.name", "unknown") : actor;
        String hash = DELETED.equals(action) ? null : begun == null ? null : begun.finish(c);
        String details = DELETED.equals(action) ? "" : PREFIX + (hash != null ? hash : contentHash(c, id));
        AuditLog.append(c, Instant.now(), who.length() > 200 ? who.substring(0, 200) : who, action, ENTITY,
                Long.toString(id), details.isEmpty() ? "deleted" : details);
    }

    /**
     * Begins the seal of a portfolio being imported on H2, whose portfolio row is written and whose patents are about
     * to be written as {@link PortfolioRepository} binds them: in a thread of its own, while the patents are inserted,
     * each patent row is written as {@link #rows} would read it back from H2 ({@link #patentRowAsStored}), and the
     * rows are sorted and hashed. {@link #record} then adds the legal events read back. The hash is the one
     * {@link #contentHash} recomputes, which {@code PortfolioSealTest} checks; wherever that is not certain, the rows
     * are read back as before: on PostgreSQL (which the hash reads as H2 text), when the patent table has a column this
     * code does not write, when the portfolio row changed after this began, or when a value is one whose stored text
     * H2 decides (more than six decimals, a date outside the years 1–9999, a double that is not finite).
     *
     * @return the seal begun, or null when it is to be read back
     */
    static Begun begin(Connection c, long id, List<Patent> patents) throws SQLException {
        if (!"H2".equals(c.getMetaData().getDatabaseProductName()) || !knownPatentColumns(c)) {
            return null;
        }
        List<String> portfolioRows = rows(c, "SELECT * FROM portfolio WHERE id = ?", id);
        java.util.concurrent.FutureTask<MessageDigest> task = new java.util.concurrent.FutureTask<>(() -> {
            List<String> patentRows = new ArrayList<>(patents.size());
            StringBuilder b = new StringBuilder(512);
            OwnersJson owners = new OwnersJson();
            int seq = 0;
            for (Patent p : patents) {
                if (!patentRowAsStored(b, id, ++seq, p, owners)) {
                    return null;
                }
                patentRows.add(b.toString());
            }
            patentRows.sort(null);
            MessageDigest digest = Hashes.sha256Digest();
            Hashes.update(digest, "portfolio");
            for (String row : portfolioRows) {
                Hashes.update(digest, row);
            }
            Hashes.update(digest, "patent");
            for (String row : patentRows) {
                Hashes.update(digest, row);
            }
            return digest;
        });
        Thread worker = new Thread(task, "portfolio-seal-" + id);
        worker.setDaemon(true);
        worker.start();
        return new Begun(id, portfolioRows, task);
    }

    /** A seal {@link #begin begun} while the patents are written. */
    static final class Begun {
        private final long id;
        private final List<String> portfolioRows;
        private final java.util.concurrent.Future<MessageDigest> patents;

        private Begun(long id, List<String> portfolioRows, java.util.concurrent.Future<MessageDigest> patents) {
            this.id = id;
            this.portfolioRows = portfolioRows;
            this.patents = patents;
        }

        /** The hash with the legal events as stored now, or null when the rows must be read back. */
        String finish(Connection c) throws SQLException {
            MessageDigest digest;
            try {
                digest = patents.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new StoreException("Interrupted while sealing portfolio " + id, e);
            } catch (java.util.concurrent.ExecutionException e) {
                if (e.getCause() instanceof RuntimeException r) {
                    throw r;
                }
                if (e.getCause() instanceof Error err) {
                    throw err;
                }
                throw new StoreException("Sealing portfolio " + id + " failed: " + e.getCause(), e.getCause());
            }
            if (digest == null || !portfolioRows.equals(rows(c, "SELECT * FROM portfolio WHERE id = ?", id))) {
                return null;
            }
            Hashes.update(digest, "legal_event");
            for (String row : rows(c, "SELECT * FROM legal_event WHERE portfolio_id = ?", id)) {
                Hashes.update(digest, row);
            }
            return HexFormat.of().formatHex(digest.digest());
        }
    }

    /** The patent table's columns (lower case, in name order, as {@link #rows} orders them) that an import writes. */
    static final List<String> PATENT_COLUMNS = List.of("annual_fee_paid_until", "cited_by", "contribution_weight",
            "economic_life_years", "expiry_date", "family_size", "filing_date", "grant_date", "in_use_since",
            "independent_claims", "ipc", "is_application", "jurisdiction", "kind_code", "legal_status", "licence_revenue",
            "number_body", "open_licence_royalty", "owners", "patent_number", "patent_type", "pledge_consent",
            "portfolio_id", "product", "product_recorded", "product_revenue", "replacement_cost", "royalty_rate", "seq",
            "title", "total_claims");

    /** Whether the patent table has exactly the columns an import writes (leaving out the team's branch). */
    private static boolean knownPatentColumns(Connection c) throws SQLException {
        java.util.TreeSet<String> names = new java.util.TreeSet<>();
        try (java.sql.Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT * FROM patent WHERE 1 = 0")) {
            ResultSetMetaData md = rs.getMetaData();
            for (int i = 1; i <= md.getColumnCount(); i++) {
                names.add(md.getColumnLabel(i).toLowerCase(Locale.ROOT));
            }
        }
        names.remove("branch");
        return new ArrayList<>(names).equals(PATENT_COLUMNS);
    }

    /** Marks a value whose text as H2 stores it is not certain: the rows are read back instead. */
    private static final String UNCERTAIN = new String("uncertain");

    /**
     * Writes into {@code b} the row of patent {@code p} (number {@code seq} of portfolio {@code id}) as {@link #rows}
     * reads it back from H2 once {@code PortfolioRepository} inserted it: its non-null columns in name order as
     * {@code name=length:text;}, each text the one H2's {@code getString} gives for the value stored. Returns false
     * when a value's stored text is not certain (see {@link #begin}).
     */
    static boolean patentRowAsStored(StringBuilder b, long id, int seq, Patent p) {
        return patentRowAsStored(b, id, seq, p, new OwnersJson());
    }

    private static boolean patentRowAsStored(StringBuilder b, long id, int seq, Patent p, OwnersJson owners) {
        io.pledgebench.domain.PatentNumber n = p.number();
        String[] texts = {
                date(p.annualFeePaidUntil()), integer(p.citedBy()), real(p.contributionWeight()),
                real(p.economicLifeYears()), date(p.expiryDate()), integer(p.familySize()), date(p.filingDate()),
                date(p.grantDate()), date(p.inUseSince()), integer(p.independentClaims()), p.ipc(),
                bool(n.application()), n.jurisdiction(), n.kind(), p.status().code(), numeric(p.licenceRevenue()),
                n.number(), real(p.openLicenceRoyalty()), owners.of(p.owners()), n.canonical(),
                p.type().code(), bool(p.pledgeConsent()), Long.toString(id), p.product(), bool(p.productRecorded()),
                numeric(p.productRevenue()), numeric(p.replacementCost()), real(p.royaltyRate()), Integer.toString(seq),
                p.title(), integer(p.totalClaims())};
        b.setLength(0);
        for (int k = 0; k < texts.length; k++) {
            String v = texts[k];
            if (v == UNCERTAIN) {
                return false;
            }
            if (v != null) {
                b.append(PATENT_COLUMNS.get(k)).append('=').append(v.length()).append(':').append(v).append(';');
            }
        }
        return true;
    }

    private static String integer(Integer v) {
        return v == null ? null : v.toString();
    }

    private static String bool(Boolean v) {
        return v == null ? null : v ? "TRUE" : "FALSE";
    }

    /** H2 writes a DATE as yyyy-MM-dd, as LocalDate does for the years 1 to 9999 (not beyond: "+10000-…"). */
    private static String date(java.time.LocalDate d) {
        if (d == null) {
            return null;
        }
        return d.getYear() >= 1 && d.getYear() <= 9999 ? d.toString() : UNCERTAIN;
    }

    /**
     * A NUMERIC(24, 6) column holds the value at scale 6, written without exponent; a value with more decimals is
     * rounded by H2, and one with more digits is refused by it: neither is foretold here.
     */
    private static String numeric(java.math.BigDecimal v) {
        if (v == null) {
            return null;
        }
        if (v.scale() > 6) {
            return UNCERTAIN;
        }
        java.math.BigDecimal stored = v.setScale(6, java.math.RoundingMode.UNNECESSARY);
        return stored.precision() > 24 ? UNCERTAIN : stored.toPlainString();
    }

    /** H2 writes a DOUBLE as Double.toString does, but stores -0.0 as 0.0; NaN and infinities are not foretold. */
    private static String real(Double v) {
        if (v == null) {
            return null;
        }
        if (!Double.isFinite(v)) {
            return UNCERTAIN;
        }
        return v == 0.0 ? "0.0" : Double.toString(v);
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
