package io.pledgebench.risk.monitoring;

import io.pledgebench.domain.LegalEvent;
import io.pledgebench.domain.LegalStatus;
import io.pledgebench.domain.Patent;
import io.pledgebench.domain.PatentNumber;
import io.pledgebench.domain.PatentType;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Status updates from a register file applied to a pledged patent as known on a date. */
class StatusUpdatesTest {

    private static final Patent SENSOR = Patent.builder(PatentNumber.parse("CN201710601862.3"), PatentType.INVENTION,
            LegalStatus.VALID).filingDate(LocalDate.of(2017, 7, 20)).annualFeePaidUntil(LocalDate.of(2027, 7, 20))
            .build();
    private static final String N = SENSOR.number().canonical();
    private static final List<StatusUpdate> FILE = List.of(
            new StatusUpdate(N, LocalDate.of(2027, 7, 10), null, LegalEvent.Kind.FEE_PAID, "", "s.csv"),
            new StatusUpdate(N, LocalDate.of(2028, 2, 3), LegalStatus.LAPSED, null, "未缴年费专利权终止", "s.csv"));

    @Test
    void updatesDatedAfterTheDayAreNotYetKnown() {
        assertThat(StatusUpdates.apply(SENSOR, FILE, LocalDate.of(2027, 7, 9))).isEqualTo(SENSOR);
        Patent paid = StatusUpdates.apply(SENSOR, FILE, LocalDate.of(2027, 7, 10));
        assertThat(paid.annualFeePaidUntil()).isEqualTo(LocalDate.of(2028, 7, 20));
        assertThat(paid.status()).isEqualTo(LegalStatus.VALID);
    }

    @Test
    void aStatusFileTurningThePatentToLapsedRaisesTheStatusAlertDatedByTheFile() {
        Patent lapsed = StatusUpdates.apply(SENSOR, FILE, LocalDate.of(2028, 3, 1));
        assertThat(lapsed.status()).isEqualTo(LegalStatus.LAPSED);
        MonitoredLoan loan = new MonitoredLoan("L1", "Shenzhen Sensor Co.", null, null, LocalDate.of(2026, 1, 10),
                LocalDate.of(2029, 1, 10), new BigDecimal("3000000"), List.of(lapsed), "Y1", LocalDate.of(2026, 1, 20),
                LocalDate.of(2027, 12, 31), null, new MonitoredLoan.Triggers(0.08, 0.3));
        List<Alert> alerts = new MonitoringRules(MonitoringPolicy.defaults()).check(loan, null, LocalDate.of(2028, 3, 1));
        assertThat(alerts).filteredOn(a -> a.type() == AlertType.STATUS_CHANGE).singleElement()
                .satisfies(a -> assertThat(a.date()).isEqualTo(LocalDate.of(2028, 2, 3)));
    }

    @Test
    void registerWordsInEnglishAndChineseNameTheEvent() {
        assertThat(StatusUpdate.parseEvent("专利权转移")).contains(LegalEvent.Kind.ASSIGNMENT);
        assertThat(StatusUpdate.parseEvent("fee paid")).contains(LegalEvent.Kind.FEE_PAID);
        assertThat(StatusUpdate.parseEvent("无效宣告请求")).contains(LegalEvent.Kind.VALIDITY_CHALLENGE);
        assertThat(new StatusUpdate(N, LocalDate.of(2027, 1, 1), null, LegalEvent.Kind.VALIDITY_CHALLENGE, null, null)
                .effectiveStatus()).contains(LegalStatus.PENDING_INVALIDATION);
        assertThat(StatusUpdate.parseEvent("lunch")).isEmpty();
    }
}
