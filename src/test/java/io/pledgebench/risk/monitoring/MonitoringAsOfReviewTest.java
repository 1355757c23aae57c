package io.pledgebench.risk.monitoring;

import io.pledgebench.domain.LegalEvent;
import io.pledgebench.domain.LegalStatus;
import io.pledgebench.domain.Patent;
import io.pledgebench.domain.PatentNumber;
import io.pledgebench.domain.PatentType;
import io.pledgebench.domain.Text;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The post-loan manager's review of issue 17 (M1, M2, M3, minors 1–2), engine rules with fixed dates: a fee payment
 * counts once, an acknowledgement given for a later day does not reach back, and the amount to pay is exact.
 */
class MonitoringAsOfReviewTest {

    /** Filed 2021-03-15, fees paid up to 2026-03-15: the fee for patent year 6 (1,200 yuan) is due on 2026-03-15. */
    private static final Patent INVENTION = Patent.builder(PatentNumber.parse("CN202110273456.5"), PatentType.INVENTION,
            LegalStatus.VALID).filingDate(LocalDate.of(2021, 3, 15)).annualFeePaidUntil(LocalDate.of(2026, 3, 15))
            .build();

    private static StatusUpdate paid(LocalDate day, String source) {
        return new StatusUpdate("CN202110273456.5", day, null, LegalEvent.Kind.FEE_PAID, "年费缴纳", source);
    }

    @Test
    void theSameFeePaymentImportedTwiceIsOneYear() {
        LocalDate asOf = LocalDate.of(2026, 6, 1);
        StatusUpdate once = paid(LocalDate.of(2026, 3, 10), "fees.csv");
        Patent p1 = StatusUpdates.apply(INVENTION, List.of(once), asOf);
        assertThat(p1.annualFeePaidUntil()).isEqualTo(LocalDate.of(2027, 3, 15));
        // the same file again, and an overlapping extract with another note: still one payment
        Patent p2 = StatusUpdates.apply(INVENTION, List.of(once, once,
                new StatusUpdate("CN202110273456.5", LocalDate.of(2026, 3, 10), null, LegalEvent.Kind.FEE_PAID,
                        "fee", "other.csv")), asOf);
        assertThat(p2.annualFeePaidUntil()).isEqualTo(LocalDate.of(2027, 3, 15));
        // so the next fee is still watched: due soon 60 days before 2027-03-15
        assertThat(FeeCalendar.cn().at(p2, LocalDate.of(2027, 2, 1)).state()).isEqualTo(FeeStatus.State.DUE_SOON);
    }

    /**
     * Re-review of issue 17, N3: one payment recorded on two dates close together (a receipt date and a register date)
     * is one fee year, not two; a late payment in the grace period and the next year's payment on time are two.
     */
    @Test
    void onePaymentRecordedOnTwoNearbyDatesIsOneYear() {
        LocalDate asOf = LocalDate.of(2026, 12, 1);
        Patent twice = StatusUpdates.apply(INVENTION, List.of(paid(LocalDate.of(2026, 4, 20), "receipt.csv"),
                paid(LocalDate.of(2026, 4, 21), "register.csv")), asOf);
        assertThat(twice.annualFeePaidUntil()).isEqualTo(LocalDate.of(2027, 3, 15));
        // paid late in the grace of 2026-03-15, then the next year on time: two years
        Patent two = StatusUpdates.apply(INVENTION, List.of(paid(LocalDate.of(2026, 8, 20), "a.csv"),
                paid(LocalDate.of(2027, 2, 20), "b.csv")), LocalDate.of(2027, 3, 1));
        assertThat(two.annualFeePaidUntil()).isEqualTo(LocalDate.of(2028, 3, 15));
        assertThat(StatusUpdates.samePayment(LocalDate.of(2026, 11, 25), LocalDate.of(2026, 11, 26))).isTrue();
        assertThat(StatusUpdates.samePayment(LocalDate.of(2026, 8, 20), LocalDate.of(2027, 2, 20))).isFalse();
    }

    @Test
    void aPaymentForAYearAlreadyPaidIsNotAnotherYear() {
        // the data assessed already has the fees paid to 2026-03-15; the register extract also lists the payment of
        // 2025-03-01 that paid up to that day: it is in the paid-up date, not one more year
        Patent p = StatusUpdates.apply(INVENTION, List.of(paid(LocalDate.of(2025, 3, 1), "history.csv")),
                LocalDate.of(2026, 1, 1));
        assertThat(p.annualFeePaidUntil()).isEqualTo(LocalDate.of(2026, 3, 15));
        // a payment in the year before the due date, or in the grace after it, pays the next year
        assertThat(StatusUpdates.paysNextYear(LocalDate.of(2025, 3, 16), LocalDate.of(2026, 3, 15))).isTrue();
        assertThat(StatusUpdates.paysNextYear(LocalDate.of(2026, 5, 1), LocalDate.of(2026, 3, 15))).isTrue();
        assertThat(StatusUpdates.paysNextYear(LocalDate.of(2025, 3, 15), LocalDate.of(2026, 3, 15))).isFalse();
    }

    @Test
    void feeAmountsAreExactYuanInChineseAndNeverRounded() {
        // oracle: 发改价格〔2017〕270号, invention year 6: 1,200 yuan; 滞纳金 20 % in the fifth month late: 240 yuan
        FeeStatus s = FeeCalendar.cn().at(INVENTION, LocalDate.of(2026, 8, 1));
        assertThat(s.monthsLate()).isEqualTo(5);
        Alert a = new MonitoringRules(MonitoringPolicy.defaults()).check(loan(INVENTION), null, LocalDate.of(2026, 8, 1))
                .stream().filter(x -> x.type() == AlertType.FEE_IN_GRACE).findFirst().orElseThrow();
        String zh = a.reason().render(Locale.SIMPLIFIED_CHINESE);
        assertThat(zh).contains("年费1,200元加滞纳金240元（20%），合计1,440元").contains("逾期第5个月").doesNotContain("万元");
        assertThat(a.reason().render(Locale.ENGLISH)).contains("1,200 CNY plus a 20% surcharge of 240 CNY, 1,440 CNY")
                .contains("in month 5 after the due date");
        assertThat(Text.Amount.payable(new BigDecimal("1237.5")).render(Locale.SIMPLIFIED_CHINESE)).isEqualTo("1,237.5元");
        // a loan amount stays in 万元
        assertThat(Text.Amount.of(new BigDecimal("1450000")).render(Locale.SIMPLIFIED_CHINESE)).isEqualTo("145.00万元");
    }

    @Test
    void onTheDueDayTheFeeIsDueNotInGrace() {
        List<Alert> alerts = new MonitoringRules(MonitoringPolicy.defaults()).check(loan(INVENTION), null,
                LocalDate.of(2026, 3, 15));
        assertThat(alerts).extracting(Alert::type).contains(AlertType.FEE_DUE).doesNotContain(AlertType.FEE_IN_GRACE);
    }

    @Test
    void anAcknowledgementGivenForALaterDayDoesNotApplyToAnEarlierOne() {
        MonitoringRules rules = new MonitoringRules(MonitoringPolicy.defaults());
        LocalDate late = LocalDate.of(2026, 8, 1);
        Alert found = rules.check(loan(INVENTION), null, late).stream()
                .filter(x -> x.type() == AlertType.FEE_IN_GRACE).findFirst().orElseThrow();
        Acknowledgement made = rules.acknowledge(found, "Zhao Lei", "借款人已承诺缴费", Instant.parse("2026-07-01T09:00:00Z"));
        Acknowledgement forAug1 = new Acknowledgement(made.alertKey(), made.user(), made.comment(), made.at(),
                made.holdsUntil(), late);
        assertThat(AlertStatus.of(List.of(found), List.of(forAug1), late).get(0).status())
                .isEqualTo(AlertStatus.Status.ACKNOWLEDGED);
        // the same alert found on an earlier day: nobody had acknowledged it for that day
        LocalDate earlier = LocalDate.of(2026, 7, 20);
        Alert before = rules.check(loan(INVENTION), null, earlier).stream()
                .filter(x -> x.type() == AlertType.FEE_IN_GRACE).findFirst().orElseThrow();
        assertThat(before.key()).isEqualTo(found.key());
        assertThat(AlertStatus.of(List.of(before), List.of(forAug1), earlier).get(0).status())
                .isEqualTo(AlertStatus.Status.OPEN);
        // an acknowledgement stored before the day was recorded reads as given for the day it was made
        assertThat(made.givenFor()).isEqualTo(LocalDate.of(2026, 7, 1));
    }

    @Test
    void aLapseIsGivenTheCurePeriodToActAndATriggerPrintsAtItsPrecision() {
        MonitoringRules rules = new MonitoringRules(MonitoringPolicy.defaults());
        // grace ran out on 2026-09-15: the right terminated; the action is due 30 days later, as docs/monitoring.md says
        Alert lapse = rules.check(loan(INVENTION), null, LocalDate.of(2026, 9, 20)).stream()
                .filter(x -> x.type() == AlertType.STATUS_CHANGE).findFirst().orElseThrow();
        assertThat(lapse.date()).isEqualTo(LocalDate.of(2026, 9, 16));
        assertThat(lapse.dueDate()).isEqualTo(LocalDate.of(2026, 10, 16));
        // a coverage trigger of 0.125 is 0.125×, not 0.12× (below which the loan would seem not in breach)
        LocalDate d = LocalDate.of(2026, 1, 5);
        MonitoredLoan l = new MonitoredLoan("L1", "Borrower", null, "none", d, d.plusMonths(36),
                new BigDecimal("1000000"), List.of(), "Y2026440000001", d, d, null, new MonitoredLoan.Triggers(0.125, 0.3));
        Alert breach = rules.check(l, new Revaluation(new BigDecimal("1000000"), new BigDecimal("121000"),
                BigDecimal.ZERO), LocalDate.of(2026, 2, 1)).stream()
                .filter(x -> x.type() == AlertType.COVERAGE_BREACH).findFirst().orElseThrow();
        assertThat(breach.reason().render(Locale.ENGLISH)).contains("0.12\u00d7 is below the loan's trigger of 0.125\u00d7");
        assertThat(breach.reason().render(Locale.SIMPLIFIED_CHINESE)).contains("预警线0.125倍");
    }

    private static MonitoredLoan loan(Patent p) {
        LocalDate drawdown = LocalDate.of(2026, 1, 5);
        return new MonitoredLoan("L1", "Borrower", null, "none", drawdown, drawdown.plusMonths(36),
                new BigDecimal("1000000"), List.of(p), "Y2026440000001", drawdown, drawdown, null,
                new MonitoredLoan.Triggers(0.5, 0.3));
    }
}
