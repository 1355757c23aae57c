package io.pledgebench.risk.monitoring;

import io.pledgebench.domain.LegalEvent;
import io.pledgebench.domain.LegalStatus;
import io.pledgebench.domain.Patent;
import io.pledgebench.domain.PatentNumber;
import io.pledgebench.domain.PatentType;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Status updates of one designated state of a European patent (issue 17): a lapse in one state is shown to the officer
 * naming the state while the patent stays in force as collateral; it lapses when no designated state remains.
 */
class EuropeanStateUpdatesTest {

    private static final LocalDate DRAWDOWN = LocalDate.of(2026, 1, 10);
    private static final LocalDate MATURITY = LocalDate.of(2029, 1, 10);
    /** Designated DE, FR and GB: the national renewal fees were paid there before the loan. */
    private static final Patent BRICKS = Patent.builder(PatentNumber.parse("EP1000000"), PatentType.INVENTION,
            LegalStatus.VALID).filingDate(LocalDate.of(2019, 11, 8)).annualFeePaidUntil(LocalDate.of(2027, 11, 8))
            .events(List.of(fee("DE"), fee("FR"), fee("GB"))).build();
    private static final String N = BRICKS.number().canonical();

    private final MonitoringRules rules = new MonitoringRules(MonitoringPolicy.defaults());

    private static LegalEvent fee(String state) {
        return new LegalEvent(LocalDate.of(2025, 11, 30), LegalEvent.Kind.FEE_PAID, "PGFP", state,
                "ANNUAL FEE PAID TO NATIONAL OFFICE", "ops.xml");
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

    private List<Alert> statusAlerts(List<StatusUpdate> updates, LocalDate asOf) {
        Patent known = StatusUpdates.apply(BRICKS, updates, asOf);
        return rules.check(loan(known), null, asOf).stream().filter(a -> a.type() == AlertType.STATUS_CHANGE).toList();
    }

    @Test
    void aLapseInOneStateNamesTheStateAndLeavesTheCollateralInForce() {
        List<StatusUpdate> updates = List.of(lapse("DE", LocalDate.of(2027, 3, 1)));
        LocalDate asOf = LocalDate.of(2027, 3, 15);
        Patent known = StatusUpdates.apply(BRICKS, updates, asOf);
        assertThat(known.status()).isEqualTo(LegalStatus.VALID);
        assertThat(known.events()).anySatisfy(e -> {
            assertThat(e.kind()).isEqualTo(LegalEvent.Kind.LAPSE);
            assertThat(e.country()).isEqualTo("DE");
        });
        assertThat(statusAlerts(updates, asOf)).singleElement().satisfies(a -> {
            assertThat(a.severity()).isEqualTo(Severity.MEDIUM);
            assertThat(a.date()).isEqualTo(LocalDate.of(2027, 3, 1));
            assertThat(a.condition()).isEqualTo("state:DE:lapse");
            String en = a.reason().render(Locale.ENGLISH);
            assertThat(en).contains("DE").contains("2027-03-01").contains("FR, GB").contains("lapsed");
            String zh = a.reason().render(Locale.SIMPLIFIED_CHINESE);
            assertThat(zh).contains("DE").contains("失效").contains("FR, GB");
            assertThat(a.action().render(Locale.SIMPLIFIED_CHINESE)).contains("DE");
            assertThat(en + zh).doesNotContain("LAPSE").doesNotContain("stateLapsed");
        });
        assertThat(statusAlerts(updates, LocalDate.of(2027, 2, 28))).isEmpty(); // not yet known
    }

    @Test
    void theRightLapsesOnlyWhenNoDesignatedStateRemains() {
        List<StatusUpdate> updates = List.of(lapse("DE", LocalDate.of(2027, 3, 1)),
                lapse("FR", LocalDate.of(2027, 6, 1)));
        assertThat(StatusUpdates.apply(BRICKS, updates, LocalDate.of(2027, 7, 1)).status())
                .isEqualTo(LegalStatus.VALID);
        assertThat(statusAlerts(updates, LocalDate.of(2027, 7, 1))).extracting(Alert::condition)
                .containsExactlyInAnyOrder("state:DE:lapse", "state:FR:lapse");

        List<StatusUpdate> all = new ArrayList<>(updates);
        all.add(lapse("GB", LocalDate.of(2027, 9, 1)));
        LocalDate asOf = LocalDate.of(2027, 9, 2);
        assertThat(StatusUpdates.apply(BRICKS, all, asOf).status()).isEqualTo(LegalStatus.LAPSED);
        assertThat(statusAlerts(all, asOf)).singleElement().satisfies(a -> {
            assertThat(a.severity()).isEqualTo(Severity.HIGH);
            assertThat(a.condition()).isEqualTo("status:lapsed");
            assertThat(a.date()).isEqualTo(LocalDate.of(2027, 9, 1));
        });
    }

    @Test
    void aRestorationInOneStateRevivesAPatentThatHadEndedEverywhere() {
        List<StatusUpdate> updates = List.of(lapse("DE", LocalDate.of(2027, 3, 1)), lapse("FR", LocalDate.of(2027, 3, 1)),
                lapse("GB", LocalDate.of(2027, 3, 1)), new StatusUpdate(N, LocalDate.of(2027, 5, 1), null,
                        LegalEvent.Kind.RESTORATION, "", "ops.xml", "GB"));
        assertThat(StatusUpdates.apply(BRICKS, updates, LocalDate.of(2027, 4, 1)).status())
                .isEqualTo(LegalStatus.LAPSED);
        assertThat(StatusUpdates.apply(BRICKS, updates, LocalDate.of(2027, 5, 1)).status())
                .isEqualTo(LegalStatus.VALID);
    }

    @Test
    void aWholePatentRevocationEndsItEverywhere() {
        List<StatusUpdate> updates = List.of(lapse("DE", LocalDate.of(2027, 3, 1)), new StatusUpdate(N,
                LocalDate.of(2027, 4, 1), null, LegalEvent.Kind.INVALIDATION, "revoked in opposition", "ops.xml", ""));
        LocalDate asOf = LocalDate.of(2027, 4, 2);
        assertThat(StatusUpdates.apply(BRICKS, updates, asOf).status()).isEqualTo(LegalStatus.INVALIDATED);
        assertThat(statusAlerts(updates, asOf)).singleElement()
                .satisfies(a -> assertThat(a.condition()).isEqualTo("status:invalidated"));
        // a later restoration in one state does not revive a patent revoked as a whole
        List<StatusUpdate> later = new ArrayList<>(updates);
        later.add(new StatusUpdate(N, LocalDate.of(2027, 5, 1), null, LegalEvent.Kind.RESTORATION, "", "ops.xml", "DE"));
        assertThat(StatusUpdates.apply(BRICKS, later, LocalDate.of(2027, 6, 1)).status())
                .isEqualTo(LegalStatus.INVALIDATED);
    }

    @Test
    void aFeePaidInOneStateDoesNotMoveThePaidUpDateOfTheWholePatent() {
        Patent known = StatusUpdates.apply(BRICKS, List.of(new StatusUpdate(N, LocalDate.of(2027, 11, 1), null,
                LegalEvent.Kind.FEE_PAID, "PGFP", "ops.xml", "DE")), LocalDate.of(2027, 11, 2));
        assertThat(known.annualFeePaidUntil()).isEqualTo(BRICKS.annualFeePaidUntil());
    }

    @Test
    void aStateOfAnotherPatentOfficeIsTheWholePatentAndAStateIsTwoLetters() {
        StatusUpdate us = new StatusUpdate("US9876543", LocalDate.of(2027, 1, 1), null, LegalEvent.Kind.ASSIGNMENT, "",
                "a.xml", "us");
        assertThat(us.state()).isEqualTo("US");
        assertThat(us.perState()).isFalse();
        assertThat(lapse("EP", LocalDate.of(2027, 1, 1)).perState()).isFalse();
        assertThat(lapse("de", LocalDate.of(2027, 1, 1)).perState()).isTrue();
        assertThat(new StatusUpdate(N, LocalDate.of(2027, 1, 1), LegalStatus.LAPSED, null, "", "s.csv").state())
                .isEmpty();
        assertThatThrownBy(() -> lapse("Germany", LocalDate.of(2027, 1, 1)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
