package io.pledgebench.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Review 13b: portfolio ids jumped from #1 to #33 after a failed import. H2 reserved 32 identity values at a time and
 * lost the unused ones when the process stopped without closing the database; V24 gives the ids users read one at a
 * time (PostgreSQL's default), so a stop without closing skips none.
 */
class ConsecutiveIdsTest {

    private static final String OPTIONS = ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;WRITE_DELAY=0";

    @Test
    void anIdIsNotSkippedWhenTheProcessStopsWithoutClosingTheDatabase(@TempDir Path dir) throws Exception {
        Path base = dir.resolve("ids");
        Database.open(base).close();
        String url = "jdbc:h2:file:" + base + OPTIONS;
        try (Connection c = DriverManager.getConnection(url, "pledgebench", ""); Statement s = c.createStatement()) {
            insert(s, "first");
            // as a kill or a full disk leaves it: nothing written at closing
            s.execute("SHUTDOWN IMMEDIATELY");
        }
        try (Connection c = DriverManager.getConnection(url, "pledgebench", ""); Statement s = c.createStatement()) {
            insert(s, "second");
            try (ResultSet rs = s.executeQuery("SELECT id FROM portfolio ORDER BY id")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getLong(1)).isEqualTo(1);
                assertThat(rs.next()).isTrue();
                assertThat(rs.getLong(1)).isEqualTo(2);
            }
            try (ResultSet rs = s.executeQuery("SELECT table_name, identity_cache FROM information_schema.columns"
                    + " WHERE table_schema = 'public' AND column_name = 'id'"
                    + " AND table_name IN ('portfolio', 'assessment', 'booked_loan') ORDER BY 1")) {
                int n = 0;
                while (rs.next()) {
                    assertThat(rs.getLong(2)).as(rs.getString(1)).isEqualTo(1);
                    n++;
                }
                assertThat(n).isEqualTo(3);
            }
        }
    }

    private static void insert(Statement s, String name) throws Exception {
        s.execute("INSERT INTO portfolio (name, source, source_hash, currency, imported_at, imported_by) VALUES ('"
                + name + "', 'x.csv', '" + "0".repeat(64) + "', 'CNY', TIMESTAMP '2026-12-07 10:00:00', 'test')");
    }
}
