package io.pledgebench.risk.monitoring;

import io.pledgebench.domain.LegalStatus;
import io.pledgebench.domain.Patent;
import io.pledgebench.domain.PatentNumber;
import io.pledgebench.domain.PatentType;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The annual-fee calendar walked day by day. Oracle: CNIPA 专利收费标准 (发改价格〔2017〕270号): invention annual fee
 * years 4–6 1,200 yuan; 滞纳金 "超过规定缴费时间 1 个月以内不收；超过 1 个月不超过 2 个月，按全额年费的 5%；……超过 5 个月不超过 6
 * 个月，25%"; Implementing Regulations: after six months the right terminates.
 */
class FeeCalendarTest {

    /** Filed 2021-03-15, fees paid up to the fifth anniversary: the fee for patent year 6 is due on 2026-03-15. */
    private static final Patent INVENTION = Patent.builder(PatentNumber.parse("CN202110273456.5"), PatentType.INVENTION,
            LegalStatus.VALID).filingDate(LocalDate.of(2021, 3, 15)).annualFeePaidUntil(LocalDate.of(2026, 3, 15))
            .build();

    private final FeeCalendar calendar = FeeCalendar.cn();

    @Test
    void theScheduleGivesEachPatentYearItsFee() {
        assertThat(CnAnnualFees.fee(PatentType.INVENTION, 1)).contains(BigDecimal.valueOf(900));
        assertThat(CnAnnualFees.fee(PatentType.INVENTION, 6)).contains(BigDecimal.valueOf(1200));
        assertThat(CnAnnualFees.fee(PatentType.INVENTION, 10)).contains(BigDecimal.valueOf(4000));
        assertThat(CnAnnualFees.fee(PatentType.INVENTION, 20)).contains(BigDecimal.valueOf(8000));
        assertThat(CnAnnualFees.fee(PatentType.INVENTION, 21)).isEmpty();
        assertThat(CnAnnualFees.fee(PatentType.UTILITY_MODEL, 5)).contains(BigDecimal.valueOf(900));
        assertThat(CnAnnualFees.fee(PatentType.UTILITY_MODEL, 9)).contains(BigDecimal.valueOf(2000));
        assertThat(CnAnnualFees.fee(PatentType.UTILITY_MODEL, 11)).isEmpty();
        assertThat(CnAnnualFees.fee(PatentType.DESIGN, 15)).contains(BigDecimal.valueOf(3000));
        assertThat(CnAnnualFees.patentYearStarting(LocalDate.of(2021, 3, 15), LocalDate.of(2026, 3, 15))).isEqualTo(6);
    }

    @Test
    void aFeeWalksFromPaidThroughDueAndEachMonthOfGraceToLapse() {
        LocalDate due = LocalDate.of(2026, 3, 15);
        assertThat(calendar.at(INVENTION, due.minusDays(61)).state()).isEqualTo(FeeStatus.State.PAID);
        assertThat(calendar.at(INVENTION, due.minusDays(60)).state()).isEqualTo(FeeStatus.State.DUE_SOON);
        assertThat(calendar.at(INVENTION, due.minusDays(1)).state()).isEqualTo(FeeStatus.State.DUE_SOON);
        // the due day itself (CNIPA's 应缴日期): paying on it is on time, so it is still due, not in grace (review of
        // issue 17: "in grace, 0 months late" on the due day); the grace runs from the next day
        FeeStatus onDue = calendar.at(INVENTION, due);
        assertThat(onDue.state()).isEqualTo(FeeStatus.State.DUE_SOON);
        assertThat(onDue.surchargeRate()).isZero();
        assertThat(calendar.at(INVENTION, due.plusDays(1)).state()).isEqualTo(FeeStatus.State.IN_GRACE);
        assertThat(calendar.at(INVENTION, due.plusDays(1)).monthsLate()).isEqualTo(1);
        double[] expected = {0.0, 0.0, 0.05, 0.10, 0.15, 0.20, 0.25};
        for (LocalDate d = due.plusDays(1); !d.isAfter(LocalDate.of(2026, 9, 15)); d = d.plusDays(1)) {
            FeeStatus s = calendar.at(INVENTION, d);
            assertThat(s.state()).as(d.toString()).isEqualTo(FeeStatus.State.IN_GRACE);
            int late = CnAnnualFees.monthsLate(due, d);
            assertThat(s.monthsLate()).as(d.toString()).isEqualTo(late);
            assertThat(s.surchargeRate()).as(d.toString()).isEqualTo(expected[late]);
            assertThat(s.fee()).isEqualByComparingTo("1200");
            assertThat(s.patentYear()).isEqualTo(6);
        }
        // month boundaries: within one month no surcharge, the day after it 5 %
        assertThat(calendar.at(INVENTION, LocalDate.of(2026, 4, 15)).surchargeRate()).isZero();
        assertThat(calendar.at(INVENTION, LocalDate.of(2026, 4, 16)).surchargeRate()).isEqualTo(0.05);
        assertThat(calendar.at(INVENTION, LocalDate.of(2026, 4, 16)).surcharge()).isEqualByComparingTo("60");
        FeeStatus lastDay = calendar.at(INVENTION, LocalDate.of(2026, 9, 15));
        assertThat(lastDay.surchargeRate()).isEqualTo(0.25);
        assertThat(lastDay.surcharge()).isEqualByComparingTo("300");
        assertThat(lastDay.amountToPay()).isEqualByComparingTo("1500");
        FeeStatus lapsed = calendar.at(INVENTION, LocalDate.of(2026, 9, 16));
        assertThat(lapsed.state()).isEqualTo(FeeStatus.State.LAPSED);
        assertThat(lapsed.lapseDate()).isEqualTo(LocalDate.of(2026, 9, 16));
    }

    @Test
    void withoutAPaidUpDateTheCalendarSaysItCannotTell() {
        Patent unknown = INVENTION.toBuilder().annualFeePaidUntil(null).build();
        assertThat(calendar.at(unknown, LocalDate.of(2026, 1, 1)).state()).isEqualTo(FeeStatus.State.UNKNOWN);
    }

    @Test
    void noFeeIsDueOnOrAfterTheLegalExpiry() {
        // a utility model filed 2016-12-01 expires 2026-12-01; fees paid to that day leave nothing due
        Patent um = Patent.builder(PatentNumber.parse("CN201621234567.6"), PatentType.UTILITY_MODEL, LegalStatus.VALID)
                .filingDate(LocalDate.of(2016, 12, 1)).annualFeePaidUntil(LocalDate.of(2026, 12, 1)).build();
        assertThat(calendar.at(um, LocalDate.of(2026, 11, 1)).state()).isEqualTo(FeeStatus.State.NO_FURTHER_FEE);
    }

    @Test
    void aForeignPatentKeepsItsCalendarButNoCnAmount() {
        Patent us = Patent.builder(PatentNumber.parse("US9876543B2"), PatentType.INVENTION, LegalStatus.VALID)
                .filingDate(LocalDate.of(2015, 1, 1)).annualFeePaidUntil(LocalDate.of(2026, 7, 1)).build();
        FeeStatus s = calendar.at(us, LocalDate.of(2026, 7, 20));
        assertThat(s.state()).isEqualTo(FeeStatus.State.IN_GRACE);
        assertThat(s.fee()).isNull();
        assertThat(s.surcharge()).isNull();
    }

    @Test
    void impossibleSettingsAreRefused() {
        assertThatThrownBy(() -> new FeeCalendar(-1, 6)).hasMessageContaining("notice");
        assertThatThrownBy(() -> new FeeCalendar(60, 7)).hasMessageContaining("grace");
        assertThatThrownBy(() -> CnAnnualFees.surchargeRate(7)).hasMessageContaining("6 months");
    }
}
