package io.pledgebench.store;

import io.pledgebench.domain.LegalStatus;
import io.pledgebench.risk.monitoring.StatusUpdate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

/** V18 (issue 17): a status update stored before the state column existed reads as an update of the whole patent. */
class StatusUpdateStateMigrationTest {

    @Test
    void anOlderStatusUpdateReadsAsAWholePatentUpdate(@TempDir Path dir) throws Exception {
        int v18 = Migrations.SCRIPTS.indexOf("V18__status_update_state.sql");
        assertThat(v18).isPositive();
        Path base = dir.resolve("v16");
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + base + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE",
                "pledgebench", "")) {
            new Migrations(Migrations.SCRIPTS.subList(0, v18)).migrate(c);
            try (Statement s = c.createStatement()) {
                s.execute("INSERT INTO patent_status_event (patent_number, event_date, status, event_kind, note, source,"
                        + " imported_at, imported_by) VALUES ('CN201410356287.1', DATE '2027-06-01', 'lapsed', NULL,"
                        + " '未缴年费', 's.csv', TIMESTAMP '2027-06-02 09:00:00', 'carol')");
            }
        }
        try (Database db = Database.open(base)) {
            assertThat(new Migrations().currentVersion(db.connect())).contains(
                    Migrations.version(Migrations.SCRIPTS.get(Migrations.SCRIPTS.size() - 1)));
            LoanBookRepository book = new LoanBookRepository(db,
                    Clock.fixed(Instant.parse("2027-06-03T09:00:00Z"), ZoneOffset.UTC));
            assertThat(book.statusUpdates()).containsExactly(new StatusUpdate("CN201410356287.1",
                    LocalDate.of(2027, 6, 1), LegalStatus.LAPSED, null, "未缴年费", "s.csv"));
            assertThat(book.statusUpdates().get(0).state()).isEmpty();
            assertThat(book.statusUpdates().get(0).perState()).isFalse();
        }
    }
}
