package io.pledgebench.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * Versioned schema migrations from {@code db/migration/V<n>__<description>.sql}, applied in order, each in
 * its own transaction, recorded in {@code schema_version} with a checksum. A changed script that was
 * already applied is refused (see docs/adr/0002-own-migration-runner.md for why not Flyway).
 */
final class Migrations {

    /** Every migration in order; a new schema version is a new file appended here. */
    static final List<String> SCRIPTS = List.of(
            "V1__portfolios.sql",
            "V2__assessments_and_audit.sql",
            "V3__comparable_transactions.sql",
            "V4__assessment_integrity.sql",
            "V5__patent_product.sql",
            "V6__import_mapping.sql",
            "V7__loan_valuation_date.sql",
            "V10__loan_book.sql",
            "V11__team_mode.sql",
            "V13__parameter_sets.sql",
            "V16__appraiser_signoff.sql",
            "V18__status_update_state.sql",
            "V20__parameter_set_switches.sql",
            "V21__acknowledgement_given_for.sql",
            "V24__consecutive_ids.sql",
            "V25__loan_registration_days.sql");

    /**
     * Scripts applied on PostgreSQL only, after the portable ones, from {@code db/migration/postgresql/}: the team
     * database's roles, grants, triggers and row-level security, which have no H2 counterpart (docs/adr/0008).
     */
    static final List<String> POSTGRESQL_ONLY = List.of(
            "V14__team_security.sql",
            "V15__team_branch_assessments_and_own_names.sql",
            "V23__second_valuer.sql");

    /** Which SQL engine a database runs on. */
    enum Dialect { H2, POSTGRESQL }

    private final List<String> scripts;

    Migrations() {
        this(SCRIPTS);
    }

    /** Every migration for a dialect: the portable scripts, and on PostgreSQL its own after them. */
    static Migrations of(Dialect dialect) {
        if (dialect == Dialect.H2) {
            return new Migrations();
        }
        java.util.List<String> all = new java.util.ArrayList<>(SCRIPTS);
        all.addAll(POSTGRESQL_ONLY);
        return new Migrations(all);
    }

    /** Migrations up to a given script list; tests use a prefix to build an older database. */
    Migrations(List<String> scripts) {
        this.scripts = List.copyOf(scripts);
    }

    int latestVersion() {
        return scripts.stream().mapToInt(Migrations::version).max().orElse(0);
    }

    /**
     * The version a script carries in its name ({@code V6__…} is 6), so that branches developed in parallel can
     * reserve numbers; a number may be skipped, and a script whose version is not yet recorded is applied.
     */
    static int version(String script) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("V(\\d+)__.*").matcher(script);
        if (!m.matches()) {
            throw new IllegalStateException("migration script name without a version: " + script);
        }
        return Integer.parseInt(m.group(1));
    }

    Optional<Integer> currentVersion(Connection c) throws SQLException {
        if (!hasVersionTable(c)) {
            return Optional.empty();
        }
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT MAX(version) FROM schema_version")) {
            rs.next();
            int v = rs.getInt(1);
            return rs.wasNull() ? Optional.empty() : Optional.of(v);
        }
    }

    void migrate(Connection c) throws SQLException {
        if (!hasVersionTable(c)) {
            try (Statement s = c.createStatement()) {
                s.execute("CREATE TABLE schema_version (version INTEGER PRIMARY KEY, script VARCHAR(200) NOT NULL,"
                        + " checksum VARCHAR(64) NOT NULL, applied_at TIMESTAMP NOT NULL)");
            }
        }
        int current = currentVersion(c).orElse(0);
        if (current > latestVersion()) {
            throw new StoreException("The database has schema version " + current + ", newer than this PledgeBench ("
                    + latestVersion() + "). Use a newer PledgeBench.");
        }
        for (String script : scripts) {
            int v = version(script);
            String sql = read(script);
            String checksum = sha256(sql);
            if (recorded(c, v)) {
                verifyChecksum(c, v, script, checksum);
                continue;
            }
            apply(c, v, script, sql, checksum);
        }
    }

    private static void apply(Connection c, int version, String script, String sql, String checksum) throws SQLException {
        boolean auto = c.getAutoCommit();
        c.setAutoCommit(false);
        try (Statement s = c.createStatement()) {
            for (String statement : statements(sql)) {
                s.execute(statement);
            }
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO schema_version (version, script, checksum, applied_at) VALUES (?, ?, ?, ?)")) {
                ps.setInt(1, version);
                ps.setString(2, script);
                ps.setString(3, checksum);
                ps.setTimestamp(4, Timestamp.from(Instant.now()));
                ps.executeUpdate();
            }
            c.commit();
        } catch (SQLException e) {
            c.rollback();
            throw new StoreException("Schema migration " + script + " failed and was rolled back: " + e.getMessage(), e);
        } finally {
            c.setAutoCommit(auto);
        }
    }

    private static boolean recorded(Connection c, int version) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM schema_version WHERE version = ?")) {
            ps.setInt(1, version);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1) > 0;
            }
        }
    }

    private static void verifyChecksum(Connection c, int version, String script, String checksum) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT checksum FROM schema_version WHERE version = ?")) {
            ps.setInt(1, version);
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next() && !checksum.equals(rs.getString(1))) {
                    throw new StoreException("Migration " + script + " was changed after it was applied to this database;"
                            + " restore the original script.");
                }
            }
        }
    }

    /**
     * Splits a script at semicolons that end a line; comments starting with -- are dropped. A PostgreSQL function
     * body between {@code $$} quotes is one statement, whatever semicolons it holds.
     */
    static List<String> statements(String sql) {
        StringBuilder current = new StringBuilder();
        java.util.ArrayList<String> out = new java.util.ArrayList<>();
        boolean inBody = false;
        for (String line : sql.split("\n")) {
            String t = line.strip();
            if (!inBody && (t.startsWith("--") || t.isEmpty())) {
                continue;
            }
            current.append(line).append('\n');
            for (int i = line.indexOf("$$"); i >= 0; i = line.indexOf("$$", i + 2)) {
                inBody = !inBody;
            }
            if (!inBody && t.endsWith(";")) {
                String st = current.toString().strip();
                out.add(st.substring(0, st.length() - 1));
                current.setLength(0);
            }
        }
        if (!current.toString().isBlank()) {
            out.add(current.toString().strip());
        }
        return out;
    }

    /**
     * For a database without a schema version: whether none of its tables holds a row. A creation stopped half-way
     * (a kill, a full disk) leaves no table or empty ones, as no row is written before the schema is complete; a file
     * with rows but no version is not one PledgeBench left, and is never emptied.
     */
    boolean halfCreatedHoldsNoRows(Connection c) throws SQLException {
        for (String table : tables(c)) {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                    "SELECT COUNT(*) FROM (SELECT 1 FROM " + table + " FETCH FIRST 1 ROWS ONLY) AS t")) {
                rs.next();
                if (rs.getLong(1) > 0) {
                    return false;
                }
            }
        }
        return true;
    }

    /** Drops what a creation stopped half-way left (only after {@link #halfCreatedHoldsNoRows}), to create it anew. */
    void dropHalfCreated(Connection c) throws SQLException {
        if (!tables(c).isEmpty()) {
            try (Statement s = c.createStatement()) {
                s.execute("DROP ALL OBJECTS");
            }
        }
    }

    /** The user tables (quoted, schema-qualified): those outside H2's information schema and PostgreSQL catalogue. */
    private static List<String> tables(Connection c) throws SQLException {
        List<String> found = new java.util.ArrayList<>();
        try (ResultSet rs = c.getMetaData().getTables(null, null, "%", new String[] {"TABLE"})) {
            while (rs.next()) {
                String schema = rs.getString("TABLE_SCHEM");
                if (!"information_schema".equalsIgnoreCase(schema) && !"pg_catalog".equalsIgnoreCase(schema)) {
                    found.add("\"" + schema.replace("\"", "\"\"") + "\".\"" + rs.getString("TABLE_NAME").replace("\"", "\"\"")
                            + "\"");
                }
            }
        }
        return found;
    }

    private static boolean hasVersionTable(Connection c) throws SQLException {
        DatabaseMetaData md = c.getMetaData();
        try (ResultSet rs = md.getTables(null, null, "schema_version", new String[] {"TABLE"})) {
            return rs.next();
        }
    }

    private static String read(String script) {
        String folder = POSTGRESQL_ONLY.contains(script) ? "/db/migration/postgresql/" : "/db/migration/";
        try (InputStream in = Migrations.class.getResourceAsStream(folder + script)) {
            if (in == null) {
                throw new StoreException("Migration script db/migration/" + script + " is missing from the application");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\r\n", "\n");
        } catch (IOException e) {
            throw new StoreException("Cannot read migration " + script + ": " + e.getMessage(), e);
        }
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
