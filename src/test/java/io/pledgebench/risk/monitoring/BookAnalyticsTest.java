package io.pledgebench.risk.monitoring;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class BookAnalyticsTest {

    private static LoanFigures loan(String id, String borrower, String industry, String scheme, long exposure,
                                    long lv, Map<String, Double> ipc) {
        return new LoanFigures(id, borrower, industry, scheme, BigDecimal.valueOf(exposure),
                BigDecimal.valueOf(lv * 10), BigDecimal.valueOf(lv), BigDecimal.valueOf(exposure / 100),
                BigDecimal.valueOf(exposure / 12), ipc);
    }

    @Test
    void totalsCoverageBandsAndConcentrationAddUp() {
        List<LoanFigures> book = List.of(
                loan("L1", "A", "C39", "Shenzhen 1:1", 6_000_000, 600_000, Map.of("H", 0.75, "G", 0.25)),
                loan("L2", "A", "C39", null, 2_000_000, 3_000_000, Map.of("G", 1.0)),
                loan("L3", "B", null, "Zhuhai 40:60", 2_000_000, 1_000_000, Map.of()),
                loan("L4", "C", "I65", null, 0, 100_000, Map.of("A", 1.0)));
        BookAnalytics.Book b = BookAnalytics.of(book);
        assertThat(b.loans()).isEqualTo(4);
        assertThat(b.exposure()).isEqualByComparingTo("10000000");
        assertThat(b.liquidationValue()).isEqualByComparingTo("4700000");
        assertThat(b.coverage()).isCloseTo(0.47, within(1e-12));
        // coverages 0.1, 1.5, 0.5 and one loan with nothing exposed
        assertThat(b.coverageDistribution().counts()).containsExactly(1, 0, 1, 1, 0);
        assertThat(b.coverageDistribution().withoutExposure()).isEqualTo(1);
        // borrower A holds 8 of 10 million, B 2: HHI = 0.8² + 0.2² = 0.68 (C's exposure is 0)
        assertThat(b.byBorrower().shares()).containsEntry("A", 0.8).containsEntry("B", 0.2);
        assertThat(b.byBorrower().hhi()).isCloseTo(0.68, within(1e-12));
        assertThat(b.byIndustry().shares()).containsEntry("C39", 0.8).containsEntry(BookAnalytics.NOT_GIVEN, 0.2);
        // IPC: H 4.5 m, G 1.5 + 2 = 3.5 m, not given 2 m
        assertThat(b.byIpcSection().exposure().get("H")).isEqualByComparingTo("4500000");
        assertThat(b.byIpcSection().exposure().get("G")).isEqualByComparingTo("3500000");
        assertThat(b.byIpcSection().shares().values().stream().mapToDouble(Double::doubleValue).sum())
                .isCloseTo(1.0, within(1e-12));
        assertThat(b.byScheme().shares()).containsEntry(BookAnalytics.NOT_GIVEN, 0.2).containsEntry("Shenzhen 1:1", 0.6);
    }

    @Test
    void anEmptyBookHasNoCoverageAndNoShares() {
        BookAnalytics.Book b = BookAnalytics.of(List.of());
        assertThat(b.coverage()).isNull();
        assertThat(b.byBorrower().shares()).isEmpty();
        assertThat(b.coverageDistribution().counts()).containsOnly(0);
    }
}
