package io.pledgebench.risk.monitoring;

import java.util.Objects;

/**
 * The bank's monitoring settings: the fee calendar (notice window and grace period), the days a booked loan may go
 * without its pledge registration, the age in months at which an appraisal is stale, and how many days before
 * maturity an expiring patent is a high-severity alert rather than a medium one.
 */
public record MonitoringPolicy(FeeCalendar fees, int registrationDays, int appraisalMaxMonths, int expiryUrgentDays,
                               int cureDays) {

    public MonitoringPolicy {
        Objects.requireNonNull(fees, "fees");
        if (registrationDays < 0) {
            throw new IllegalArgumentException("registration days must be ≥ 0, was " + registrationDays);
        }
        if (appraisalMaxMonths < 1) {
            throw new IllegalArgumentException("appraisal age must be ≥ 1 month, was " + appraisalMaxMonths);
        }
        if (cureDays < 1) {
            throw new IllegalArgumentException("cure period must be ≥ 1 day, was " + cureDays);
        }
        if (expiryUrgentDays < 0) {
            throw new IllegalArgumentException("expiry days must be ≥ 0, was " + expiryUrgentDays);
        }
    }

    /**
     * SPEC defaults: fees due within 60 days, the CN six-month grace period, an appraisal older than 12 months; a
     * registration within 30 days of drawdown (CNIPA decides within 7 working days of a complete application, 专利权质押
     * 登记办法 2021 art. 11, which leaves the bank time to assemble and file it); an expiry within 180 days of
     * maturity is urgent; 30 days to cure a breach, a status change or a missing registration before an acknowledged
     * alert opens again.
     */
    /**
     * The policy with a bank's own days for the pledge registration after drawdown (the CLI's and the workbench's
     * setting); refused, naming the value, below 0.
     */
    public MonitoringPolicy withRegistrationDays(int days) {
        if (days < 0) {
            throw io.pledgebench.domain.RefusedInputException.of("book.refused.registrationDays", days);
        }
        return new MonitoringPolicy(fees, days, appraisalMaxMonths, expiryUrgentDays, cureDays);
    }

    public static MonitoringPolicy defaults() {
        return new MonitoringPolicy(FeeCalendar.cn(), 30, 12, 180, 30);
    }
}
