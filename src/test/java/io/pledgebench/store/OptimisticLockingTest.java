package io.pledgebench.store;

import io.pledgebench.domain.PatentType;
import io.pledgebench.domain.ComparableTransaction;
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

/**
 * Optimistic locking (issue 18): two people open the same loan or comparable transaction; the first save wins, the
 * second loses with "changed by X at T" instead of overwriting it. H2 here (two windows of one desktop); two logins
 * of the team database in {@link OptimisticLockingPostgresTest}.
 */
class OptimisticLockingTest {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-07T10:15:00Z"), ZoneOffset.UTC);

    /** The first client's database. */
    Database first() {
        return Database.inMemory("lock-" + UUID.randomUUID());
    }

    /** A second client of the same database (on H2 the same handle: another window of the workbench). */
    Database second(Database first) {
        return first;
    }

    @Test
    void theSecondSaveOfALoanLosesAndNamesWhoChangedItAndWhen() {
        try (Database a = first()) {
            Database b = second(a);
            try {
                long assessment = new AssessmentRepository(a, CLOCK).save(AssessmentRepositoryTest.sample("alice"));
                BookedLoan loan = new LoanBookRepository(a, CLOCK).book(LoanBookRepositoryTest.loan(assessment, null,
                        null), "carol");
                int readByA = new LoanBookRepository(a).version(loan.id()).orElseThrow().version();
                int readByB = new LoanBookRepository(b).version(loan.id()).orElseThrow().version();
                assertThat(readByA).isZero();
                new LoanBookRepository(a, CLOCK).register(loan.id(), RegistrationStatus.APPLIED, null,
                        LocalDate.of(2026, 12, 5), "filed", "carol", readByA);
                RowVersion now = new LoanBookRepository(b).version(loan.id()).orElseThrow();
                assertThat(now.version()).isEqualTo(1);
                assertThat(now.changedBy()).isEqualTo(a.actor("carol"));
                assertThat(now.changedAt()).isEqualTo(CLOCK.instant());
                assertThatThrownBy(() -> new LoanBookRepository(b, CLOCK).close(loan.id(), LocalDate.of(2026, 12, 6),
                        "dave", readByB))
                        .isInstanceOf(RowVersion.ChangedMeanwhile.class)
                        .hasMessageContaining("loan " + loan.id() + " was changed by " + a.actor("carol") + " at "
                                + CLOCK.instant());
                assertThat(new LoanBookRepository(a).find(loan.id()).orElseThrow().closedDate()).isNull();
                // reading again and saving on what is stored now succeeds
                new LoanBookRepository(b, CLOCK).close(loan.id(), LocalDate.of(2026, 12, 6), "dave",
                        new LoanBookRepository(b).version(loan.id()).orElseThrow().version());
                assertThat(new LoanBookRepository(a).find(loan.id()).orElseThrow().closedDate())
                        .isEqualTo(LocalDate.of(2026, 12, 6));
                assertThat(new IntegrityCheck(a).run().problem()).isEmpty();
            } finally {
                if (b != a) {
                    b.close();
                }
            }
        }
    }

    @Test
    void theSecondSaveOfAComparableTransactionLoses() {
        try (Database a = first()) {
            Database b = second(a);
            try {
                ComparableTransactionRepository repoA = new ComparableTransactionRepository(a);
                long id = repoA.insertAll(List.of(new ComparableTransaction(null, "A", "assignment",
                        LocalDate.of(2023, 5, 4), new BigDecimal("1200000"), "CNY", PatentType.INVENTION, null, 10.0,
                        "CNIPA"))).get(0);
                ComparableTransactionRepository repoB = new ComparableTransactionRepository(b);
                int v = repoB.version(id).orElseThrow().version();
                repoA.update(new ComparableTransaction(id, "A", "assignment", LocalDate.of(2023, 5, 4),
                        new BigDecimal("1300000"), "CNY", PatentType.INVENTION, null, 10.0, "CNIPA"), v);
                assertThatThrownBy(() -> repoB.update(new ComparableTransaction(id, "A", "assignment",
                        LocalDate.of(2023, 5, 4), new BigDecimal("900000"), "CNY", PatentType.INVENTION, null, 10.0,
                        "CNIPA"), v)).isInstanceOf(RowVersion.ChangedMeanwhile.class)
                        .hasMessageContaining("comparable transaction A was changed by");
                assertThat(repoA.list()).extracting(t -> t.price().stripTrailingZeros().toPlainString())
                        .containsExactly("1300000");
                assertThat(new IntegrityCheck(a).run().problem()).isEmpty();
            } finally {
                if (b != a) {
                    b.close();
                }
            }
        }
    }
    /**
     * Named parameter sets (issue 16 item 6, issue 18 item 4): two officers read the set "cautious"; the first save
     * replaces it, the second — made on the version it read — loses with who saved it and when, and a new name that
     * someone took meanwhile is not overwritten either. Each save is on the audit chain, under the login on the team
     * database.
     */
    @Test
    void theSecondSaveOfAParameterSetLosesAndSaysWhoSavedIt() {
        try (Database a = first()) {
            Database b = second(a);
            try {
                ParameterSetRepository repoA = new ParameterSetRepository(a, CLOCK);
                ParameterSetRepository.ParameterSet first = repoA.save("cautious", java.util.Map.of("advanceRate.invention",
                        0.3), "carol");
                assertThat(first.savedBy()).isEqualTo(a.actor("carol"));
                ParameterSetRepository.ParameterSet readByB = new ParameterSetRepository(b, CLOCK).list().get(0);
                Clock later = Clock.offset(CLOCK, java.time.Duration.ofMinutes(5));
                new ParameterSetRepository(a, later).save("cautious", java.util.Map.of("advanceRate.invention", 0.25),
                        "carol", first);
                assertThatThrownBy(() -> new ParameterSetRepository(b, CLOCK).save("cautious",
                        java.util.Map.of("advanceRate.invention", 0.5), "dave", readByB))
                        .isInstanceOf(RowVersion.ChangedMeanwhile.class)
                        .hasMessageContaining("cautious was changed by " + a.actor("carol") + " at " + later.instant());
                assertThatThrownBy(() -> new ParameterSetRepository(b, CLOCK).save("cautious",
                        java.util.Map.of("advanceRate.invention", 0.5), "dave"))
                        .isInstanceOf(RowVersion.ChangedMeanwhile.class);
                assertThat(repoA.list()).singleElement().satisfies(set -> {
                    assertThat(set.values()).containsEntry("advanceRate.invention", 0.25);
                    assertThat(set.savedAt()).isEqualTo(later.instant());
                });
                assertThat(new AuditLog(a).entries().stream().filter(e -> e.action().equals("parameter_set.saved")))
                        .hasSize(2).allSatisfy(e -> assertThat(e.actor()).isEqualTo(a.actor("carol")));
                assertThat(new IntegrityCheck(a).run().problem()).isEmpty();
            } finally {
                if (b != a) {
                    b.close();
                }
            }
        }
    }

    /**
     * A set's yes/no switches (V20, ADR 0032) are stored as yes/no and read by the other client as saved, beside the
     * numbers; the set an assessment was made with keeps them too; a set saved without switches reads with none.
     */
    @Test
    void aSetsSwitchesAreStoredAsYesNoAndReadByTheOtherClient() {
        try (Database a = first()) {
            Database b = second(a);
            try {
                java.util.Map<String, Boolean> switches = java.util.Map.of("MID_YEAR", false, "TAX_AMORTISATION", true,
                        "HAZARD", false);
                new ParameterSetRepository(a, CLOCK).save("switched", java.util.Map.of("REVENUE_GROWTH", 0.04),
                        switches, "carol", null);
                new ParameterSetRepository(a, CLOCK).save("plain", java.util.Map.of("PATHS", 500.0), "carol");
                java.util.List<ParameterSetRepository.ParameterSet> read = new ParameterSetRepository(b, CLOCK).list();
                assertThat(read).extracting(ParameterSetRepository.ParameterSet::name).containsExactly("plain", "switched");
                assertThat(read.get(0).switches()).isEmpty();
                assertThat(read.get(1).switches()).isEqualTo(switches);
                assertThat(read.get(1).values()).containsEntry("REVENUE_GROWTH", 0.04);

                long assessment = new AssessmentRepository(a, CLOCK).save(AssessmentRepositoryTest.sample("alice"));
                new ParameterSetRepository(a, CLOCK).recordUse(assessment, new ParameterSetRepository.UsedSet(
                        "switched", true, java.util.Map.of("REVENUE_GROWTH", 0.04), java.util.Map.of("HAZARD", true)));
                assertThat(new ParameterSetRepository(b, CLOCK).usedBy(assessment).orElseThrow().switches())
                        .isEqualTo(java.util.Map.of("HAZARD", true));
                assertThat(new IntegrityCheck(a).run().problem()).isEmpty();
            } finally {
                if (b != a) {
                    b.close();
                }
            }
        }
    }
}
