package io.pledgebench.store;

import io.pledgebench.domain.LegalEvent;
import io.pledgebench.domain.LegalStatus;
import io.pledgebench.risk.monitoring.Acknowledgement;
import io.pledgebench.risk.monitoring.StatusUpdate;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The loan book in the store: each booking, registration step, close, import and acknowledgement is audited. */
class LoanBookRepositoryTest {

    /** The database a test runs on: H2 in memory here; PostgreSQL in the Postgres subclass. */
    Database memory(String name) {
        return Database.inMemory(name);
    }

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-01T09:00:00Z"), ZoneOffset.UTC);

    static NewBookedLoan loan(long assessmentId, String registration, LocalDate registered) {
        return new NewBookedLoan(assessmentId, "深圳市芯联智感科技有限公司", "91440300MA5G8KQ2X5", "C3983", "某银行",
                "CNY", new BigDecimal("15000000"), new BigDecimal("0.0385"), LocalDate.of(2026, 12, 1), 36, "none",
                0.25, 0.3, LocalDate.of(2026, 9, 30), new BigDecimal("80000000.00"), new BigDecimal("9000000.00"),
                registration, registered, List.of("CN201410356287.1", "CN201510782913.8"));
    }

    @Test
    void bookingRegistrationAndCloseAreStoredAndEachIsAnAuditEntry() {
        try (Database db = memory("book-" + UUID.randomUUID())) {
            long assessment = new AssessmentRepository(db, CLOCK).save(AssessmentRepositoryTest.sample("alice"));
            LoanBookRepository book = new LoanBookRepository(db, CLOCK);
            BookedLoan l = book.book(loan(assessment, null, null), "carol");
            assertThat(l.loanId()).isEqualTo("L1");
            assertThat(l.maturity()).isEqualTo(LocalDate.of(2029, 12, 1));
            assertThat(l.registrationStatus()).isEqualTo(RegistrationStatus.NOT_FILED);
            assertThat(l.registered()).isFalse();
            assertThat(l.patents()).containsExactly("CN201410356287.1", "CN201510782913.8");

            // a step dated after today (the clock's 2026-12-01) is refused: the book records what has happened
            assertThatThrownBy(() -> book.register(l.id(), RegistrationStatus.APPLIED, null, LocalDate.of(2026, 12, 5),
                    "filed", "carol")).hasMessageContaining("is after today (2026-12-01)");
            assertThatThrownBy(() -> book.close(l.id(), LocalDate.of(2026, 12, 2), "dave"))
                    .hasMessageContaining("is after today (2026-12-01)");
            LoanBookRepository later = new LoanBookRepository(db, java.time.Clock.fixed(
                    java.time.Instant.parse("2029-12-01T09:00:00Z"), java.time.ZoneOffset.UTC));
            later.register(l.id(), RegistrationStatus.APPLIED, null, LocalDate.of(2026, 12, 5), "filed", "carol");
            BookedLoan r = later.register(l.id(), RegistrationStatus.REGISTERED, "Y2026980001234",
                    LocalDate.of(2026, 12, 12), "", "carol");
            assertThat(r.registered()).isTrue();
            assertThat(r.registrationNumber()).isEqualTo("Y2026980001234");
            // registered is not applied for again (review of issue 17: the state went backwards)
            assertThatThrownBy(() -> later.register(l.id(), RegistrationStatus.APPLIED, null,
                    LocalDate.of(2027, 3, 1), "", "carol")).hasMessageContaining("cannot take this step");
            assertThat(later.find(l.id()).orElseThrow().registrationStatus()).isEqualTo(RegistrationStatus.REGISTERED);

            BookedLoan closed = later.close(l.id(), LocalDate.of(2029, 12, 1), "dave");
            // as of a day before the close, the pledge was on the register; a later close does not reach back
            assertThat(closed.registeredOn(LocalDate.of(2027, 4, 1))).isTrue();
            assertThat(closed.registeredOn(LocalDate.of(2026, 12, 11))).isFalse();
            assertThat(closed.registeredOn(LocalDate.of(2029, 12, 1))).isFalse();
            assertThat(closed.closedDate()).isEqualTo(LocalDate.of(2029, 12, 1));
            assertThat(closed.registrationStatus()).isEqualTo(RegistrationStatus.CANCELLED);
            assertThat(closed.openOn(LocalDate.of(2029, 11, 30))).isTrue();
            assertThat(closed.openOn(LocalDate.of(2029, 12, 1))).isFalse();
            assertThatThrownBy(() -> book.close(l.id(), LocalDate.of(2029, 12, 2), "dave"))
                    .hasMessageContaining("was closed on");
            assertThatThrownBy(() -> book.close(99, LocalDate.of(2029, 12, 2), "dave"))
                    .hasMessageContaining("no booked loan L99");

            assertThat(new AuditLog(db).entries()).extracting(AuditEntry::action).containsExactly("assessment.saved",
                    "loan.booked", "loan.registration", "loan.registration", "loan.closed");
            assertThat(new IntegrityCheck(db).run().intact()).isTrue();
        }
    }

    @Test
    void loansBookedTogetherAreStoredInOrderEachWithItsAuditEntry() {
        try (Database db = memory("book-" + UUID.randomUUID())) {
            long assessment = new AssessmentRepository(db, CLOCK).save(AssessmentRepositoryTest.sample("alice"));
            LoanBookRepository book = new LoanBookRepository(db, CLOCK);
            NewBookedLoan second = new NewBookedLoan(assessment, "另一家公司", null, null, null, "CNY",
                    new BigDecimal("2000000"), null, LocalDate.of(2026, 11, 1), 12, "none", 0.2, 0.3,
                    LocalDate.of(2026, 9, 30), new BigDecimal("9000000.00"), new BigDecimal("900000.00"), null, null,
                    List.of("CN201610000001.X"));
            List<Long> ids = book.bookAll(List.of(loan(assessment, "Y1", LocalDate.of(2026, 12, 3)), second), "carol");

            List<BookedLoan> stored = book.list();
            assertThat(stored).extracting(BookedLoan::id).containsExactlyElementsOf(ids);
            assertThat(stored.get(0).registered()).isTrue();
            assertThat(stored.get(0).patents()).containsExactly("CN201410356287.1", "CN201510782913.8");
            assertThat(stored.get(1).borrower()).isEqualTo("另一家公司");
            assertThat(stored.get(1).patents()).containsExactly("CN201610000001.X");
            assertThat(new AuditLog(db).entries()).extracting(AuditEntry::action).containsExactly("assessment.saved",
                    "loan.booked", "loan.booked");
            assertThat(new IntegrityCheck(db).run().intact()).isTrue();
        }
    }

    @Test
    void statusUpdatesAndAcknowledgementsReadBackAsStored() {
        try (Database db = memory("book-" + UUID.randomUUID())) {
            long assessment = new AssessmentRepository(db, CLOCK).save(AssessmentRepositoryTest.sample("alice"));
            LoanBookRepository book = new LoanBookRepository(db, CLOCK);
            BookedLoan l = book.book(loan(assessment, "Y1", LocalDate.of(2026, 12, 3)), "carol");
            assertThat(l.registered()).isTrue();
            assertThat(book.knownPatents()).contains("CN201410356287.1");
            List<StatusUpdate> updates = List.of(
                    new StatusUpdate("CN201410356287.1", LocalDate.of(2027, 6, 1), LegalStatus.LAPSED, null, "未缴年费", "s.csv"),
                    new StatusUpdate("CN201510782913.8", LocalDate.of(2027, 3, 1), null, LegalEvent.Kind.ASSIGNMENT, "", "s.csv"));
            assertThat(book.importEvents(updates, "s.csv", "ab".repeat(32), "carol")).isEqualTo(2);
            assertThat(book.statusUpdates()).containsExactly(updates.get(1), updates.get(0));
            // issue 17: an EPO event of one designated state keeps its state
            StatusUpdate de = new StatusUpdate("EP1000000", LocalDate.of(2027, 7, 1), null, LegalEvent.Kind.LAPSE,
                    "PG25", "ops.xml", "DE");
            assertThat(book.importEvents(List.of(de), "ops.xml", "cd".repeat(32), "carol")).isEqualTo(1);
            assertThat(book.statusUpdates()).containsExactly(updates.get(1), updates.get(0), de);

            Acknowledgement ack = new Acknowledgement("fee_due|L1|CN201410356287.1|2027-05-12", "dave", "borrower called",
                    Instant.parse("2027-04-01T10:00:00Z"), LocalDate.of(2027, 5, 12));
            book.acknowledge("A-0123456789", l.id(), ack);
            // stored under the name given on a desktop, under the login on the team database
            assertThat(book.acknowledgements()).containsExactly(new Acknowledgement(ack.alertKey(), db.actor("dave"),
                    ack.comment(), ack.at(), ack.holdsUntil()));
            assertThat(new AuditLog(db).entries()).extracting(AuditEntry::action).containsExactly("assessment.saved",
                    "loan.booked", "events.imported", "events.imported", "alert.acknowledged");
        }
    }
}
