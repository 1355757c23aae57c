package io.pledgebench.risk.monitoring;

import io.pledgebench.domain.LegalEvent;
import io.pledgebench.domain.LegalStatus;
import io.pledgebench.domain.Patent;
import io.pledgebench.domain.PatentNumber;
import io.pledgebench.domain.PatentType;
import io.pledgebench.domain.StateFates;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Monitoring of a European patent with the register's designated states (issue 17, review defects 1 and 2), on fixed
 * days: a designated state without any event keeps the patent in force with its status unknown, a state not
 * designated is not monitored, and the per-state lapse alert says which share of the value the revaluation keeps and
 * why, in both languages.
 */
class DesignatedStatesMonitoringTest {

    private static final LocalDate DRAWDOWN = LocalDate.of(2026, 1, 10);
    private static final LocalDate MATURITY = LocalDate.of(2029, 1, 10);
    private static final String N = "EP1000000";
    /** Fees paid in DE, FR and GB before the loan; nothing recorded yet for NL. */
    private static final Patent BRICKS = Patent.builder(PatentNumber.parse(N), PatentType.INVENTION, LegalStatus.VALID)
            .filingDate(LocalDate.of(2019, 11, 8)).annualFeePaidUntil(LocalDate.of(2027, 11, 8))
            .events(List.of(fee("DE"), fee("FR"), fee("GB"))).build();

    private final MonitoringRules rules = new MonitoringRules(MonitoringPolicy.defaults());

    private static LegalEvent fee(String state) {
        return new LegalEvent(LocalDate.of(2025, 11, 30), LegalEvent.Kind.FEE_PAID, "PGFP", state,
                "ANNUAL FEE PAID TO NATIONAL OFFICE", "ops.xml");
    }

    /** The designation as the events import stores it: the register event's code and description as the note. */
    private static StatusUpdate designation(LocalDate date, List<String> states) {
        return new StatusUpdate(N, date, null, LegalEvent.Kind.DESIGNATION,
                "AK DESIGNATED CONTRACTING STATES — " + StateFates.describeDesignation(states), "ops.xml", "");
    }

    private static StatusUpdate lapse(String state, LocalDate date) {
        return new StatusUpdate(N, date, null, LegalEvent.Kind.LAPSE, "PG25 LAPSED IN A CONTRACTING STATE", "ops.xml",
                state);
    }

    private static MonitoredLoan loan(Patent p) {
        return new MonitoredLoan("L-EP", "De Boer B.V.", "C30", "none", DRAWDOWN, MATURITY, new BigDecimal("3000000"),
                List.of(p), "Y2026440000123", LocalDate.of(2026, 1, 20), LocalDate.of(2025, 12, 31), null,
                new MonitoredLoan.Triggers(0.08, 0.30));
    }

    @Test
    void aLapseInOneOfFourDesignatedStatesNamesTheUnknownStateAndTheShareKept() {
        List<StatusUpdate> updates = List.of(designation(LocalDate.of(2020, 5, 17), List.of("DE", "FR", "GB", "NL")),
                lapse("DE", LocalDate.of(2027, 3, 1)));
        LocalDate asOf = LocalDate.of(2027, 3, 15);
        Patent known = StatusUpdates.apply(BRICKS, updates, asOf);
        assertThat(known.status()).isEqualTo(LegalStatus.VALID);
        List<Alert> alerts = rules.check(loan(known), null, asOf).stream()
                .filter(a -> a.type() == AlertType.STATUS_CHANGE).toList();
        assertThat(alerts).singleElement().satisfies(a -> {
            assertThat(a.condition()).isEqualTo("state:DE:lapse");
            String en = a.reason().render(Locale.ENGLISH);
            assertThat(en).contains("lapsed in DE").contains("In force there: FR, GB")
                    .contains("no event recorded, status unknown (counted as in force): NL")
                    .contains("designated states").contains("no revenue or value by state")
                    .contains("1 of 4 ended").contains("75%");
            String zh = a.reason().render(Locale.SIMPLIFIED_CHINESE);
            assertThat(zh).contains("DE").contains("失效").contains("FR, GB").contains("状态不明").contains("NL")
                    .contains("指定国").contains("4 国中已有 1 国终止").contains("75%");
            assertThat(zh).doesNotContain("lapse").doesNotContain("designated");
        });
    }

    @Test
    void withoutADesignationTheStatesAreThoseWithEventsAndTheAlertSaysSo() {
        LocalDate asOf = LocalDate.of(2027, 3, 15);
        Patent known = StatusUpdates.apply(BRICKS, List.of(lapse("DE", LocalDate.of(2027, 3, 1))), asOf);
        Alert a = rules.check(loan(known), null, asOf).stream().filter(x -> x.type() == AlertType.STATUS_CHANGE)
                .findFirst().orElseThrow();
        assertThat(a.reason().render(Locale.ENGLISH)).contains("gives no designation").contains("1 of 3 ended")
                .contains("67%").doesNotContain("status unknown");
    }

    @Test
    void aLapseInAStateNotDesignatedIsNotMonitoredAndEveryDesignatedStateEndedLapsesThePatent() {
        List<StatusUpdate> updates = List.of(designation(LocalDate.of(2020, 5, 17), List.of("DE", "FR", "GB")),
                lapse("IT", LocalDate.of(2027, 2, 1)));
        LocalDate asOf = LocalDate.of(2027, 3, 15);
        Patent known = StatusUpdates.apply(BRICKS, updates, asOf);
        assertThat(known.status()).isEqualTo(LegalStatus.VALID);
        assertThat(rules.check(loan(known), null, asOf)).noneMatch(a -> a.type() == AlertType.STATUS_CHANGE);

        List<StatusUpdate> all = List.of(updates.get(0), updates.get(1), lapse("DE", LocalDate.of(2027, 4, 1)),
                lapse("FR", LocalDate.of(2027, 4, 1)), lapse("GB", LocalDate.of(2027, 5, 2)));
        assertThat(StatusUpdates.apply(BRICKS, all, LocalDate.of(2027, 5, 1)).status()).isEqualTo(LegalStatus.VALID);
        Patent ended = StatusUpdates.apply(BRICKS, all, LocalDate.of(2027, 5, 2));
        assertThat(ended.status()).isEqualTo(LegalStatus.LAPSED);
        assertThat(rules.check(loan(ended), null, LocalDate.of(2027, 5, 2)))
                .filteredOn(a -> a.type() == AlertType.STATUS_CHANGE).singleElement()
                .satisfies(a -> assertThat(a.condition()).isEqualTo("status:lapsed"));
    }

    @Test
    void aDesignationOfStatesWithoutEventsKeepsAlivePatentWhoseRecordedStatesAllLapsed() {
        // DE, FR and GB (the only states with events) lapse: inferred, that is the end; designated with NL, it lives
        List<StatusUpdate> lapses = List.of(lapse("DE", LocalDate.of(2027, 3, 1)), lapse("FR", LocalDate.of(2027, 3, 1)),
                lapse("GB", LocalDate.of(2027, 3, 1)));
        LocalDate asOf = LocalDate.of(2027, 3, 15);
        assertThat(StatusUpdates.apply(BRICKS, lapses, asOf).status()).isEqualTo(LegalStatus.LAPSED);
        List<StatusUpdate> designated = new java.util.ArrayList<>(lapses);
        designated.add(0, designation(LocalDate.of(2020, 5, 17), List.of("DE", "FR", "GB", "NL")));
        Patent known = StatusUpdates.apply(BRICKS, designated, asOf);
        assertThat(known.status()).isEqualTo(LegalStatus.VALID);
        assertThat(StateFates.of("EP", known.events()).share()).hasValueSatisfying(s -> {
            assertThat(s.alive()).isEqualTo(1);
            assertThat(s.counted()).isEqualTo(4);
        });
    }
}
