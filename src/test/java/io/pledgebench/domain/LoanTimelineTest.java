package io.pledgebench.domain;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/** SPEC revision 2, "The loan timeline": one object with valuation date, start, term and maturity = start + term. */
class LoanTimelineTest {

    private static LoanRequest request(LocalDate start, int months) {
        return new LoanRequest(new BigDecimal("15000000"), "CNY", months, start, "");
    }

    @Test
    void withoutAStartDateTheLoanStartsOnTheValuationDate() {
        LoanTimeline t = LoanTimeline.of(request(null, 36), LocalDate.of(2026, 12, 1));
        assertThat(t.startDate()).isEqualTo(LocalDate.of(2026, 12, 1));
        assertThat(t.maturityDate()).isEqualTo(LocalDate.of(2029, 12, 1));
        assertThat(t.remainingMonths()).isEqualTo(36);
        assertThat(t.remainingTermYears()).isEqualTo(3.0);
        // anniversaries of the start, the last one being maturity: one date per loan year, none twice
        assertThat(t.checkpoints()).extracting(LoanTimeline.Checkpoint::date).containsExactly(
                LocalDate.of(2027, 12, 1), LocalDate.of(2028, 12, 1), LocalDate.of(2029, 12, 1));
        assertThat(t.checkpoints().get(2).yearsFromStart()).isCloseTo(3.0, within(0.002));
    }

    @Test
    void aStartBeforeTheValuationDateIsAnExistingLoanReassessedOverItsRemainingTerm() {
        // the sample's request: started 2026-12-01 for 36 months, valued on 2027-06-30
        LoanTimeline t = LoanTimeline.of(request(LocalDate.of(2026, 12, 1), 36), LocalDate.of(2027, 6, 30));
        assertThat(t.startsBeforeValuation()).isTrue();
        assertThat(t.maturityDate()).isEqualTo(LocalDate.of(2029, 12, 1));
        // 2027-06-30 → 2029-12-01 is 29 months and a day: 30 whole months remain to be covered
        assertThat(t.remainingMonths()).isEqualTo(30);
        assertThat(t.remainingTermYears()).isCloseTo(885 / 365.25, within(1e-12));
        assertThat(t.checkpoints()).extracting(LoanTimeline.Checkpoint::date).containsExactly(
                LocalDate.of(2027, 12, 1), LocalDate.of(2028, 12, 1), LocalDate.of(2029, 12, 1));
        assertThat(t.checkpoints().get(0).yearsFromValuation()).isCloseTo(154 / 365.25, within(1e-12));
        assertThat(t.yearsToMaturity()).isCloseTo(885 / 365.25, within(1e-12));
    }

    @Test
    void aForwardStartingLoanIsMeasuredFromItsStart() {
        LoanTimeline t = LoanTimeline.of(request(LocalDate.of(2027, 3, 1), 18), LocalDate.of(2026, 12, 1));
        assertThat(t.maturityDate()).isEqualTo(LocalDate.of(2028, 9, 1));
        assertThat(t.remainingMonths()).isEqualTo(18);
        assertThat(t.checkpoints()).extracting(LoanTimeline.Checkpoint::date)
                .containsExactly(LocalDate.of(2028, 3, 1), LocalDate.of(2028, 9, 1));
        assertThat(t.yearsToMaturity()).isCloseTo(640 / 365.25, within(1e-12));
    }

    @Test
    void aLoanThatMaturedBeforeTheValuationDateCannotBeAssessed() {
        assertThatThrownBy(() -> LoanTimeline.of(request(LocalDate.of(2020, 1, 1), 24), LocalDate.of(2025, 6, 30)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("2022-01-01").hasMessageContaining("nothing left to assess");
        assertThat(List.of(LoanTimeline.of(request(LocalDate.of(2020, 1, 1), 24), LocalDate.of(2021, 12, 31))))
                .singleElement().extracting(LoanTimeline::remainingMonths).isEqualTo(1);
    }
}
