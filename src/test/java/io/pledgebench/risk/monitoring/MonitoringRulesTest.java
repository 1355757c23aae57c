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

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MonitoringRulesTest {

    private static final LocalDate DRAWDOWN = LocalDate.of(2026, 1, 10);
    private static final LocalDate MATURITY = LocalDate.of(2029, 1, 10);
    private static final Patent SENSOR = Patent.builder(PatentNumber.parse("CN201710601862.3"), PatentType.INVENTION,
            LegalStatus.VALID).filingDate(LocalDate.of(2017, 7, 20)).annualFeePaidUntil(LocalDate.of(2027, 7, 20))
            .build();

    private final MonitoringRules rules = new MonitoringRules(MonitoringPolicy.defaults());

    private static MonitoredLoan loan(List<Patent> pledged) {
        return new MonitoredLoan("L-1", "Shenzhen Sensor Co.", "C39", "Shenzhen 1:1", DRAWDOWN, MATURITY,
                new BigDecimal("3000000"), pledged, "Y2026440000123", LocalDate.of(2026, 1, 20),
                LocalDate.of(2025, 12, 31), new BigDecimal("20000000"), new MonitoredLoan.Triggers(0.08, 0.30));
    }

    private static Revaluation healthy() {
        return new Revaluation(new BigDecimal("19000000"), new BigDecimal("1800000"), new BigDecimal("40000"));
    }

    @Test
    void aHealthyLoanRaisesNothing() {
        assertThat(rules.check(loan(List.of(SENSOR)), healthy(), LocalDate.of(2026, 6, 30))).isEmpty();
    }

    @Test
    void aStatusFileTurningAPledgedPatentToLapsedRaisesAHighStatusAlert() {
        Patent lapsed = SENSOR.toBuilder().status(LegalStatus.LAPSED).events(List.of(new LegalEvent(
                LocalDate.of(2026, 5, 4), LegalEvent.Kind.LAPSE, "EXPY", "CN", "lapse for non-payment", "CNIPA")))
                .build();
        List<Alert> alerts = rules.check(loan(List.of(lapsed)), healthy(), LocalDate.of(2026, 6, 30));
        assertThat(alerts).singleElement().satisfies(a -> {
            assertThat(a.type()).isEqualTo(AlertType.STATUS_CHANGE);
            assertThat(a.severity()).isEqualTo(Severity.HIGH);
            assertThat(a.patentNumber()).isEqualTo(SENSOR.number().toString());
            assertThat(a.date()).isEqualTo(LocalDate.of(2026, 5, 4));
            assertThat(a.reason().chinese()).contains("已失效").doesNotContain("lapsed");
            assertThat(a.action().english()).contains("replacement collateral");
        });
    }

    @Test
    void aRevaluationDropPastTheTriggerRaisesCoverageBreachAndValueDrop() {
        Revaluation fallen = new Revaluation(new BigDecimal("12000000"), new BigDecimal("210000"),
                new BigDecimal("600000"));
        List<Alert> alerts = rules.check(loan(List.of(SENSOR)), fallen, LocalDate.of(2026, 6, 30));
        assertThat(alerts).extracting(Alert::type).containsExactlyInAnyOrder(AlertType.COVERAGE_BREACH,
                AlertType.VALUE_DROP);
        Alert breach = alerts.stream().filter(a -> a.type() == AlertType.COVERAGE_BREACH).findFirst().orElseThrow();
        // 210,000 / 3,000,000 = 0.07 < 0.08
        assertThat(breach.reason().english()).contains("0.07").contains("0.08").contains("210,000 CNY")
                .contains("3,000,000 CNY");
        assertThat(breach.reason().chinese()).contains("21.00万元").contains("300.00万元").doesNotContain("CNY");
        Alert drop = alerts.stream().filter(a -> a.type() == AlertType.VALUE_DROP).findFirst().orElseThrow();
        assertThat(drop.reason().english()).contains("40%").contains("30%");
    }

    @Test
    void feesRaiseDueThenInGraceWithTheSurchargeThenLapse() {
        MonitoredLoan l = loan(List.of(SENSOR));
        java.util.function.Function<LocalDate, List<Alert>> feeAlerts = d -> rules.check(l, healthy(), d).stream()
                .filter(a -> a.type() != AlertType.APPRAISAL_STALE).toList();
        assertThat(rules.check(l, healthy(), LocalDate.of(2027, 6, 1))).extracting(Alert::type)
                .contains(AlertType.APPRAISAL_STALE);
        assertThat(feeAlerts.apply(LocalDate.of(2027, 6, 1))).singleElement()
                .satisfies(a -> {
                    assertThat(a.type()).isEqualTo(AlertType.FEE_DUE);
                    assertThat(a.dueDate()).isEqualTo(LocalDate.of(2027, 7, 20));
                    // patent year 11 of an invention: 4,000 yuan
                    assertThat(a.reason().english()).contains("4,000 CNY").contains("patent year 11");
                    assertThat(a.reason().chinese()).contains("4,000元").doesNotContain("万元");
                });
        assertThat(feeAlerts.apply(LocalDate.of(2027, 10, 1))).singleElement()
                .satisfies(a -> {
                    assertThat(a.type()).isEqualTo(AlertType.FEE_IN_GRACE);
                    assertThat(a.severity()).isEqualTo(Severity.HIGH);
                    assertThat(a.dueDate()).isEqualTo(LocalDate.of(2028, 1, 20));
                    // three months late: 10 % = 400 yuan, 4,400 in all
                    assertThat(a.reason().english()).contains("10%").contains("400 CNY").contains("4,400 CNY");
                });
        assertThat(feeAlerts.apply(LocalDate.of(2028, 1, 21))).singleElement()
                .satisfies(a -> {
                    assertThat(a.type()).isEqualTo(AlertType.STATUS_CHANGE);
                    assertThat(a.reason().english()).contains("terminated");
                });
    }

    @Test
    void anUnregisteredPledgeIsAlertedAfterThePolicysDays() {
        MonitoredLoan unregistered = new MonitoredLoan("L-2", "B", null, null, DRAWDOWN, MATURITY,
                new BigDecimal("1000000"), List.of(SENSOR), null, null, LocalDate.of(2025, 12, 31), null,
                new MonitoredLoan.Triggers(0.08, 0.30));
        assertThat(rules.check(unregistered, null, DRAWDOWN.plusDays(30))).isEmpty();
        assertThat(rules.check(unregistered, null, DRAWDOWN.plusDays(31))).singleElement()
                .satisfies(a -> assertThat(a.type()).isEqualTo(AlertType.REGISTRATION_MISSING));
    }

    @Test
    void expiryBeforeMaturityAndAStaleAppraisalAreAlerted() {
        Patent um = Patent.builder(PatentNumber.parse("CN201621234567.6"), PatentType.UTILITY_MODEL,
                LegalStatus.VALID).filingDate(LocalDate.of(2016, 12, 1)).annualFeePaidUntil(LocalDate.of(2026, 12, 1))
                .build();
        List<Alert> alerts = rules.check(loan(List.of(um)), null, LocalDate.of(2027, 1, 5));
        assertThat(alerts).extracting(Alert::type).containsExactlyInAnyOrder(AlertType.EXPIRY_BEFORE_MATURITY,
                AlertType.APPRAISAL_STALE);
        assertThat(alerts).filteredOn(a -> a.type() == AlertType.EXPIRY_BEFORE_MATURITY).singleElement()
                .satisfies(a -> {
                    assertThat(a.severity()).isEqualTo(Severity.HIGH);
                    assertThat(a.date()).isEqualTo(LocalDate.of(2026, 12, 1));
                });
    }

    @Test
    void anAssignmentAfterDrawdownIsAnOwnershipChange() {
        Patent sold = SENSOR.toBuilder().events(List.of(new LegalEvent(LocalDate.of(2026, 3, 2),
                LegalEvent.Kind.ASSIGNMENT, "", "CN", "transfer to Another Co.", "CNIPA"))).build();
        assertThat(rules.check(loan(List.of(sold)), healthy(), LocalDate.of(2026, 6, 30))).singleElement()
                .satisfies(a -> {
                    assertThat(a.type()).isEqualTo(AlertType.STATUS_CHANGE);
                    assertThat(a.reason().english()).contains("2026-03-02");
                });
    }

    @Test
    void anAcknowledgedAlertWhoseConditionPersistsPastItsDueDateOpensAgain() {
        Revaluation fallen = new Revaluation(new BigDecimal("19000000"), new BigDecimal("210000"),
                new BigDecimal("600000"));
        LocalDate found = LocalDate.of(2026, 6, 30);
        Alert breach = rules.check(loan(List.of(SENSOR)), fallen, found).get(0);
        Acknowledgement ack = rules.acknowledge(breach, "wang.checker", "borrower asked for more collateral",
                Instant.parse("2026-06-30T09:00:00Z"));
        assertThat(ack.holdsUntil()).isEqualTo(found.plusDays(30));

        LocalDate nextWeek = found.plusDays(7);
        List<AlertStatus> week = AlertStatus.of(rules.check(loan(List.of(SENSOR)), fallen, nextWeek), List.of(ack),
                nextWeek);
        assertThat(week).singleElement().satisfies(s -> assertThat(s.status()).isEqualTo(AlertStatus.Status.ACKNOWLEDGED));

        LocalDate later = found.plusDays(31);
        List<AlertStatus> month = AlertStatus.of(rules.check(loan(List.of(SENSOR)), fallen, later), List.of(ack), later);
        assertThat(month).singleElement().satisfies(s -> {
            assertThat(s.status()).isEqualTo(AlertStatus.Status.OPEN);
            assertThat(s.reopened()).isTrue();
        });
        // a condition that ended leaves no alert at all
        assertThat(AlertStatus.of(rules.check(loan(List.of(SENSOR)), healthy(), later), List.of(ack), later)).isEmpty();
    }

    @Test
    void alertsAreOrderedBySeverityThenDueDate() {
        Patent pending = SENSOR.toBuilder().status(LegalStatus.PENDING_INVALIDATION).build();
        Revaluation fallen = new Revaluation(new BigDecimal("19000000"), new BigDecimal("210000"),
                new BigDecimal("600000"));
        LocalDate asOf = LocalDate.of(2027, 6, 1);
        List<AlertStatus> s = AlertStatus.of(rules.check(loan(List.of(pending)), fallen, asOf), List.of(), asOf);
        assertThat(s).extracting(x -> x.alert().severity()).isSorted();
    }

    @Test
    void anAcknowledgementNeedsANameAndAComment() {
        assertThatThrownBy(() -> new Acknowledgement("k", " ", "c", Instant.EPOCH, LocalDate.EPOCH))
                .hasMessageContaining("name");
        assertThatThrownBy(() -> new Acknowledgement("k", "u", "", Instant.EPOCH, LocalDate.EPOCH))
                .hasMessageContaining("comment");
    }

    @Test
    void amountsReadInTheReadersUnit() {
        assertThat(Text.Amount.of(new BigDecimal("8406000")).render(Text.CHINESE)).isEqualTo("840.60万元");
        assertThat(Text.Amount.of(new BigDecimal("45")).render(Text.CHINESE)).isEqualTo("0.0045万元");
        // one amount format with the report (domain.Amounts): whole yuan in English, the fen only under 100 yuan
        assertThat(Text.Amount.of(new BigDecimal("8406000.5")).render(Text.ENGLISH)).isEqualTo("8,406,001 CNY");
        assertThat(Text.Amount.of(new BigDecimal("45.5")).render(Text.ENGLISH)).isEqualTo("45.5 CNY");
    }
}
