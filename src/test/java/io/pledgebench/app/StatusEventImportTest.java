package io.pledgebench.app;

import io.pledgebench.cli.PledgeBenchCommand;
import io.pledgebench.domain.LegalEvent;
import io.pledgebench.domain.LegalStatus;
import io.pledgebench.store.AuditLog;
import io.pledgebench.store.Database;
import io.pledgebench.store.LoanBookRepository;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.concurrent.CancellationException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The events import shared by {@code events import} and the Loan book screen, on a fixed day: a preview that stores
 * nothing, the updates per patent, and an apply that is all or nothing, also when cancelled before its commit.
 */
class StatusEventImportTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

    @TempDir
    Path dir;

    private Path assessed() {
        Path db = dir.resolve("pb");
        StringWriter err = new StringWriter();
        int code = PledgeBenchCommand.execute(Clock.fixed(Instant.parse("2026-10-15T09:00:00Z"), ZoneOffset.UTC),
                new PrintWriter(new StringWriter()), new PrintWriter(err), "assess", "sample-portfolios/cn-tech-sme",
                "--as-of", "2026-09-30", "--paths", "200", "--db", db.toString(), "--save", "--json",
                dir.resolve("a.json").toString());
        assertThat(code).as(err.toString()).isZero();
        return db;
    }

    @Test
    void thePreviewGroupsByPatentAndACancelledApplyStoresNothing() throws Exception {
        Path db = assessed();
        Path file = Files.writeString(dir.resolve("register.csv"), "patent_number,date,status,event,note\n"
                + "ZL201510782913.8,2026-11-28,lapsed,,fee of year 12 not paid\n"
                + "ZL202111350826.7,2026-11-20,,fee_paid,\n"
                + "ZL202111350826.7,2026-11-29,,assignment,to Example Holdings\n", StandardCharsets.UTF_8);
        try (Database d = Database.open(db)) {
            StatusEventImport.Preview p = StatusEventImport.read(d, file, TODAY);
            assertThat(p.refused()).isFalse();
            assertThat(p.perPatent()).extracting(StatusEventImport.PatentUpdates::patentNumber)
                    .containsExactly("CN201510782913.8", "CN202111350826.7");
            assertThat(p.perPatent().get(0).statuses()).containsExactly(LegalStatus.LAPSED);
            assertThat(p.perPatent().get(1).updates()).isEqualTo(2);
            assertThat(p.perPatent().get(1).events()).containsExactlyInAnyOrder(LegalEvent.Kind.FEE_PAID,
                    LegalEvent.Kind.ASSIGNMENT);
            assertThat(p.perPatent().get(1).first()).isEqualTo(LocalDate.of(2026, 11, 20));
            assertThat(p.perPatent().get(1).last()).isEqualTo(LocalDate.of(2026, 11, 29));
            LoanBookRepository book = new LoanBookRepository(d);
            assertThat(book.statusUpdates()).as("a preview stores nothing").isEmpty();

            Progress cancelled = new Progress() {
                @Override
                public void update(int done, int total) {
                }

                @Override
                public boolean cancelled() {
                    return true;
                }
            };
            assertThatThrownBy(() -> StatusEventImport.apply(d, p, "carol", cancelled))
                    .isInstanceOf(CancellationException.class);
            assertThat(book.statusUpdates()).isEmpty();
            assertThat(new AuditLog(d).entries()).noneMatch(e -> e.action().equals("events.imported"));

            int[] seen = {-1, -1};
            int n = StatusEventImport.apply(d, p, "carol", new Progress() {
                @Override
                public void update(int done, int total) {
                    seen[0] = done;
                    seen[1] = total;
                }

                @Override
                public boolean cancelled() {
                    return false;
                }
            });
            assertThat(n).isEqualTo(3);
            assertThat(seen).containsExactly(3, 3);
            assertThat(book.statusUpdates()).hasSize(3);
            assertThat(new AuditLog(d).entries()).filteredOn(e -> e.action().equals("events.imported")).hasSize(1);
        }
    }

    @Test
    void aRefusedFileIsNeverApplied() throws Exception {
        Path db = assessed();
        Path file = Files.writeString(dir.resolve("bad.csv"), "patent_number,date,status\n"
                + "ZL201510782913.8,2026-12-05,lapsed\n", StandardCharsets.UTF_8);
        try (Database d = Database.open(db)) {
            StatusEventImport.Preview p = StatusEventImport.read(d, file, TODAY);
            assertThat(p.refused()).isTrue();
            assertThat(p.refusals()).singleElement().satisfies(r -> {
                assertThat(r.file()).isEqualTo("bad.csv");
                assertThat(r.row()).isEqualTo(2);
                assertThat(r.column()).isEqualTo("date");
                assertThat(r.value()).isEqualTo("2026-12-05");
                assertThat(r.reasonZh()).isNotBlank();
            });
            assertThatThrownBy(() -> StatusEventImport.apply(d, p, "carol", Progress.NONE))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThat(new LoanBookRepository(d).statusUpdates()).isEmpty();
        }
    }
}
