package io.pledgebench.store;

import io.pledgebench.cli.PledgeBenchCommand;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The portfolio seal is fed to the digest field by field (no 60 MB string for 100,000 patents); the hash must stay the
 * one recorded in existing databases, so it is compared with the straightforward form it replaced: every row as a
 * sorted map of its non-null columns, all fields joined into one string and hashed whole.
 */
class PortfolioSealTest {

    @Test
    void theStreamedHashIsTheHashOfTheJoinedRows(@TempDir Path dir) throws SQLException {
        Path base = dir.resolve("pb");
        // Chinese titles and owners (UTF-8 of several bytes), an enterprise and loan row, and merged legal events
        for (String[] args : List.of(new String[] {"import", "sample-portfolios/cn-tech-sme"},
                new String[] {"import", "sample-portfolios/epo-ep1000000"},
                new String[] {"import", "sample-portfolios/epo-ep1000000/legal-events.xml"})) {
            StringWriter err = new StringWriter();
            String[] all = java.util.stream.Stream.concat(java.util.Arrays.stream(args), java.util.stream.Stream.of("--db",
                    base.toString())).toArray(String[]::new);
            assertThat(PledgeBenchCommand.execute(new PrintWriter(new StringWriter()), new PrintWriter(err), all))
                    .as(err.toString()).isZero();
        }
        try (Database db = Database.open(base); Connection c = db.connect()) {
            for (long id : new long[] {1, 2}) {
                assertThat(PortfolioSeal.contentHash(c, id)).as("portfolio %d", id).isEqualTo(joined(c, id));
            }
        }
    }

    /**
     * On H2 the seal reads a portfolio's patents between its first and last row id; a row of the portfolio written
     * after another portfolio's rows (here by hand, as a tamperer would) is still in the hash, the other portfolio's
     * rows in between are not, and a portfolio without patents hashes as before.
     */
    @Test
    void patentRowsAreFoundWhereverTheyLie(@TempDir Path dir) throws SQLException {
        Path base = dir.resolve("pb");
        for (String sample : List.of("sample-portfolios/cn-tech-sme", "sample-portfolios/epo-ep1000000")) {
            StringWriter err = new StringWriter();
            assertThat(PledgeBenchCommand.execute(new PrintWriter(new StringWriter()), new PrintWriter(err), "import", sample,
                    "--db", base.toString())).as(err.toString()).isZero();
        }
        try (Database db = Database.open(base); Connection c = db.connect()) {
            String before = PortfolioSeal.contentHash(c, 1);
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO patent (portfolio_id, seq, patent_number, jurisdiction,"
                    + " number_body, is_application, title, patent_type, legal_status, owners) SELECT portfolio_id, 999,"
                    + " 'CN999999999A', jurisdiction, '999999999', is_application, title, patent_type, legal_status, owners"
                    + " FROM patent WHERE portfolio_id = 1 AND seq = (SELECT MIN(seq) FROM patent WHERE portfolio_id = 1)")) {
                assertThat(ps.executeUpdate()).isEqualTo(1);
            }
            assertThat(PortfolioSeal.contentHash(c, 1)).isEqualTo(joined(c, 1)).isNotEqualTo(before);
            assertThat(PortfolioSeal.contentHash(c, 2)).isEqualTo(joined(c, 2));
            assertThat(PortfolioSeal.contentHash(c, 42)).isEqualTo(joined(c, 42));
        }
    }

    /** The seal as first written (kept here as the reference the recorded hashes were made with). */
    private static String joined(Connection c, long id) throws SQLException {
        List<String> parts = new ArrayList<>();
        parts.add("portfolio");
        parts.addAll(rows(c, "SELECT * FROM portfolio WHERE id = ?", id));
        parts.add("patent");
        parts.addAll(rows(c, "SELECT * FROM patent WHERE portfolio_id = ?", id));
        parts.add("legal_event");
        parts.addAll(rows(c, "SELECT * FROM legal_event WHERE portfolio_id = ?", id));
        return Hashes.sha256(parts.toArray(String[]::new));
    }

    private static List<String> rows(Connection c, String sql, long id) throws SQLException {
        List<String> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, id);
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
