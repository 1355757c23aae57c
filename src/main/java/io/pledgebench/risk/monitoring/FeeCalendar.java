package io.pledgebench.risk.monitoring;

import io.pledgebench.domain.Patent;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * The annual-fee position of a patent on a date, from its paid-up date (年费缴至日): the next fee is due on that day,
 * can be paid without surcharge for one month and with the month's surcharge up to six months after it (the last
 * day of grace included, as {@code InForceRule} counts it), and the right terminates as of the due date if it is
 * still unpaid after that (CN; other jurisdictions are given the same
 * calendar with the fee amount unknown, since their fee schedules are not built in).
 */
public final class FeeCalendar {

    private final int noticeDays;
    private final int graceMonths;

    /**
     * @param noticeDays  how many days before the due date a fee counts as due soon (SPEC: 60)
     * @param graceMonths the grace period in months (CN: 6)
     */
    public FeeCalendar(int noticeDays, int graceMonths) {
        if (noticeDays < 0) {
            throw new IllegalArgumentException("fee notice days must be ≥ 0, was " + noticeDays);
        }
        if (graceMonths < 0 || graceMonths > CnAnnualFees.GRACE_MONTHS) {
            throw new IllegalArgumentException("fee grace period must be 0–" + CnAnnualFees.GRACE_MONTHS
                    + " months, was " + graceMonths);
        }
        this.noticeDays = noticeDays;
        this.graceMonths = graceMonths;
    }

    public static FeeCalendar cn() {
        return new FeeCalendar(60, CnAnnualFees.GRACE_MONTHS);
    }

    public int noticeDays() {
        return noticeDays;
    }

    public int graceMonths() {
        return graceMonths;
    }

    public FeeStatus at(Patent p, LocalDate asOf) {
        Objects.requireNonNull(p, "patent");
        Objects.requireNonNull(asOf, "asOf");
        LocalDate due = p.annualFeePaidUntil();
        if (due == null) {
            return new FeeStatus(FeeStatus.State.UNKNOWN, asOf, null, null, null, null, 0, 0.0);
        }
        LocalDate lapse = due.plusMonths(graceMonths).plusDays(1);
        Optional<LocalDate> expiry = p.legalExpiry();
        Integer year = p.filingDate() == null ? null : CnAnnualFees.patentYearStarting(p.filingDate(), due);
        BigDecimal fee = year == null || !"CN".equals(p.jurisdiction()) ? null
                : CnAnnualFees.fee(p.type(), year).orElse(null);
        if (expiry.isPresent() && !due.isBefore(expiry.get())) {
            return new FeeStatus(FeeStatus.State.NO_FURTHER_FEE, asOf, due, null, year, null, 0, 0.0);
        }
        // CNIPA's 应缴日期 is the anniversary itself: paying on that day is on time, the grace runs from the next day
        if (!asOf.isAfter(due)) {
            FeeStatus.State s = asOf.plusDays(noticeDays).isBefore(due) ? FeeStatus.State.PAID : FeeStatus.State.DUE_SOON;
            return new FeeStatus(s, asOf, due, lapse, year, fee, 0, 0.0);
        }
        if (asOf.isBefore(lapse)) {
            int late = CnAnnualFees.monthsLate(due, asOf);
            return new FeeStatus(FeeStatus.State.IN_GRACE, asOf, due, lapse, year, fee, late,
                    CnAnnualFees.surchargeRate(late));
        }
        return new FeeStatus(FeeStatus.State.LAPSED, asOf, due, lapse, year, fee, 0, 0.0);
    }
}
