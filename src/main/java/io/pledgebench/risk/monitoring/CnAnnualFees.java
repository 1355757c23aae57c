package io.pledgebench.risk.monitoring;

import io.pledgebench.domain.PatentType;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * CNIPA annual fees and their late-payment surcharge (滞纳金).
 *
 * <p>Amounts: 国家知识产权局《专利收费标准》 as set by 发改价格〔2017〕270号 (invention, utility model, design years
 * 1–10) and the CNIPA announcement on design fees after the 2021 amendment extended the design term to 15 years
 * (years 11–15: 3,000 yuan). Patent years are counted from the filing date: the fee for year {@code n} is due on the
 * {@code (n − 1)}-th anniversary of the filing date.
 *
 * <p>Surcharge: Implementing Regulations of the Patent Law (2023) rule 116 (rule 98 of the 2010 text): a fee paid
 * late may be paid within six months of its due date with a surcharge; the fee schedule sets it at 5 % of the full
 * annual fee for each month beyond the first (paid within one month: none; within two: 5 %; … within six: 25 %).
 * After six months the right terminates as of the due date.
 */
public final class CnAnnualFees {

    /** Months after the due date within which a fee may still be paid with the surcharge. */
    public static final int GRACE_MONTHS = 6;
    /** Surcharge per month late beyond the first, in percent of the full annual fee. */
    public static final int SURCHARGE_PERCENT_PER_MONTH = 5;

    private static final int[] INVENTION = {900, 900, 900, 1200, 1200, 1200, 2000, 2000, 2000, 4000, 4000, 4000,
        6000, 6000, 6000, 8000, 8000, 8000, 8000, 8000};
    private static final int[] UTILITY_MODEL = {600, 600, 600, 900, 900, 1200, 1200, 1200, 2000, 2000};
    private static final int[] DESIGN = {600, 600, 600, 900, 900, 1200, 1200, 1200, 2000, 2000, 3000, 3000, 3000,
        3000, 3000};

    private CnAnnualFees() {
    }

    /** The annual fee in yuan for patent year {@code year} (1-based), empty beyond the statutory term. */
    public static Optional<BigDecimal> fee(PatentType type, int year) {
        Objects.requireNonNull(type, "type");
        int[] table = switch (type) {
            case INVENTION -> INVENTION;
            case UTILITY_MODEL -> UTILITY_MODEL;
            case DESIGN -> DESIGN;
        };
        if (year < 1 || year > table.length) {
            return Optional.empty();
        }
        return Optional.of(BigDecimal.valueOf(table[year - 1]));
    }

    /** The patent year that starts on {@code due}, counted from the filing date (the fee due then pays for it). */
    public static int patentYearStarting(LocalDate filingDate, LocalDate due) {
        Objects.requireNonNull(filingDate, "filingDate");
        Objects.requireNonNull(due, "due");
        int whole = (int) java.time.temporal.ChronoUnit.YEARS.between(filingDate, due);
        return Math.max(whole, 0) + 1;
    }

    /**
     * How many months late a payment on {@code paidOn} is, counted as the schedule counts them: 0 when paid by the due
     * date, 1 when paid within one month after it, 2 within two months, and so on (a started month counts).
     */
    public static int monthsLate(LocalDate due, LocalDate paidOn) {
        Objects.requireNonNull(due, "due");
        Objects.requireNonNull(paidOn, "paidOn");
        if (!paidOn.isAfter(due)) {
            return 0;
        }
        int m = 1;
        while (paidOn.isAfter(due.plusMonths(m))) {
            m++;
        }
        return m;
    }

    /** The surcharge fraction of a payment {@code monthsLate} months late (0 for the first month, 25 % in the sixth). */
    public static double surchargeRate(int monthsLate) {
        if (monthsLate < 0 || monthsLate > GRACE_MONTHS) {
            throw new IllegalArgumentException("a fee can be paid at most " + GRACE_MONTHS
                    + " months late, was " + monthsLate);
        }
        return monthsLate <= 1 ? 0.0 : SURCHARGE_PERCENT_PER_MONTH * (monthsLate - 1) / 100.0;
    }
}
