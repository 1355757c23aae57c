package io.pledgebench.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The one loan timeline of an assessment (SPEC revision 2): the valuation date, the loan's start, its term and its
 * maturity = start + term. Every rule, chart, table, capital figure and stress test reads this object; nothing
 * else computes a maturity. A start before the valuation date is an existing loan re-assessed and is allowed; a
 * maturity on or before the valuation date is not a loan that can be assessed.
 *
 * @param startDate     the loan's start (drawdown); the valuation date unless the loan request names one
 * @param valuationDate the appraisal's base date (评估基准日)
 */
public record LoanTimeline(LocalDate valuationDate, LocalDate startDate, int termMonths) {

    public LoanTimeline {
        Objects.requireNonNull(valuationDate, "valuationDate");
        Objects.requireNonNull(startDate, "startDate");
        if (termMonths <= 0 || termMonths > LoanRequest.MAX_TERM_MONTHS) {
            throw new IllegalArgumentException("loan term must be 1–" + LoanRequest.MAX_TERM_MONTHS
                    + " months, was " + termMonths);
        }
        if (!startDate.plusMonths(termMonths).isAfter(valuationDate)) {
            throw new IllegalArgumentException("the loan started " + startDate + " for " + termMonths
                    + " months matures on " + startDate.plusMonths(termMonths) + ", not after the valuation date "
                    + valuationDate + ": there is nothing left to assess");
        }
    }

    /** The timeline of {@code loan} valued on {@code valuationDate}: its own start date, or the valuation date. */
    public static LoanTimeline of(LoanRequest loan, LocalDate valuationDate) {
        return new LoanTimeline(valuationDate, loan.startDate() != null ? loan.startDate() : valuationDate,
                loan.termMonths());
    }

    public LocalDate maturityDate() {
        return startDate.plusMonths(termMonths);
    }

    /** The contractual term in years, termMonths / 12. */
    public double termYears() {
        return termMonths / 12.0;
    }

    /** Whether the loan started before the valuation date (an existing loan re-assessed). */
    public boolean startsBeforeValuation() {
        return startDate.isBefore(valuationDate);
    }

    /**
     * Years from the valuation date to maturity (days / 365.25): how long the collateral must last, and the
     * remaining maturity of the exposure (Basel M, before its 1- and 5-year bounds).
     */
    public double yearsToMaturity() {
        return LegalTerm.yearsBetween(valuationDate, maturityDate());
    }

    /** The remaining term in months, from the later of start and valuation date to maturity (whole months, ≥ 1). */
    public int remainingMonths() {
        LocalDate from = startDate.isAfter(valuationDate) ? startDate : valuationDate;
        long months = java.time.temporal.ChronoUnit.MONTHS.between(from, maturityDate());
        if (from.plusMonths(months).isBefore(maturityDate())) {
            months++;
        }
        return (int) Math.max(1, months);
    }

    /**
     * The remaining term in years, the horizon of lifetime PD and EL and the Basel effective maturity M: the
     * contractual term (termMonths / 12) for a loan that starts on or after the valuation date, else the days left to
     * maturity / 365.25.
     */
    public double remainingTermYears() {
        return startsBeforeValuation() ? yearsToMaturity() : termYears();
    }

    /**
     * The dates at which coverage is measured: each anniversary of the loan's start that lies after the valuation
     * date and before maturity, then maturity itself. Each point carries its years from the valuation date (for
     * run-off and survival) and from the start (the loan year).
     */
    public List<Checkpoint> checkpoints() {
        List<Checkpoint> out = new ArrayList<>();
        LocalDate maturity = maturityDate();
        for (int k = 1; ; k++) {
            LocalDate d = startDate.plusMonths(12L * k);
            if (!d.isBefore(maturity)) {
                break;
            }
            if (d.isAfter(valuationDate)) {
                out.add(checkpoint(d));
            }
        }
        out.add(checkpoint(maturity));
        return out;
    }

    private Checkpoint checkpoint(LocalDate d) {
        return new Checkpoint(d, LegalTerm.yearsBetween(valuationDate, d), LegalTerm.yearsBetween(startDate, d));
    }

    /** A date on the timeline with its distance in years from the valuation date and from the loan's start. */
    public record Checkpoint(LocalDate date, double yearsFromValuation, double yearsFromStart) {
    }
}
