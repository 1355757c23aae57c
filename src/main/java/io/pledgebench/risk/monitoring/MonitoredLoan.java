package io.pledgebench.risk.monitoring;

import io.pledgebench.domain.Patent;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A booked loan as monitoring sees it: its terms, the pledged patents with their legal data as now known, the
 * pledge registration ({@code registrationNumber}/{@code registeredOn}, {@code null} while not registered), the
 * appraisal it was booked on ({@code appraisalDate}, {@code bookedMarketValue} of the pledged collateral) and its
 * triggers. {@code industry}, {@code riskSharingScheme} and the patents' IPC sections feed the book's concentration.
 */
public record MonitoredLoan(String loanId, String borrower, String industry, String riskSharingScheme,
                            LocalDate drawdown, LocalDate maturity, BigDecimal exposure, List<Patent> pledged,
                            String registrationNumber, LocalDate registeredOn, LocalDate appraisalDate,
                            BigDecimal bookedMarketValue, Triggers triggers, int registrationDays,
                            LocalDate registrationAppliedOn) {

    /**
     * A loan whose pledge must be registered within 30 days of drawdown and for which no application is recorded.
     */
    public MonitoredLoan(String loanId, String borrower, String industry, String riskSharingScheme,
                         LocalDate drawdown, LocalDate maturity, BigDecimal exposure, List<Patent> pledged,
                         String registrationNumber, LocalDate registeredOn, LocalDate appraisalDate,
                         BigDecimal bookedMarketValue, Triggers triggers) {
        this(loanId, borrower, industry, riskSharingScheme, drawdown, maturity, exposure, pledged, registrationNumber,
                registeredOn, appraisalDate, bookedMarketValue, triggers, 30, null);
    }

    /**
     * @param minimumCoverage coverage (liquidation value / exposure) below which the loan is in breach
     * @param maximumValueDrop fall of the collateral's market value since booking, as a fraction, beyond which the
     *                         loan is alerted
     */
    public record Triggers(double minimumCoverage, double maximumValueDrop) {
        public Triggers {
            if (!(minimumCoverage >= 0 && Double.isFinite(minimumCoverage))) {
                throw new IllegalArgumentException("coverage trigger must be a number ≥ 0, was " + minimumCoverage);
            }
            if (!(maximumValueDrop > 0 && maximumValueDrop <= 1)) {
                throw new IllegalArgumentException("value-drop trigger must be in (0, 1], was " + maximumValueDrop);
            }
        }
    }

    public MonitoredLoan {
        Objects.requireNonNull(loanId, "loanId");
        Objects.requireNonNull(borrower, "borrower");
        Objects.requireNonNull(drawdown, "drawdown");
        Objects.requireNonNull(maturity, "maturity");
        Objects.requireNonNull(exposure, "exposure");
        Objects.requireNonNull(appraisalDate, "appraisalDate");
        Objects.requireNonNull(triggers, "triggers");
        pledged = List.copyOf(pledged);
        if (registrationDays < 0) {
            throw new IllegalArgumentException("loan " + loanId + ": registration days must be ≥ 0, was "
                    + registrationDays);
        }
        if (!maturity.isAfter(drawdown)) {
            throw new IllegalArgumentException("loan " + loanId + ": maturity " + maturity + " is not after drawdown "
                    + drawdown);
        }
        if (exposure.signum() < 0) {
            throw new IllegalArgumentException("loan " + loanId + ": exposure must be ≥ 0, was " + exposure);
        }
        if ((registrationNumber == null) != (registeredOn == null)) {
            throw new IllegalArgumentException("loan " + loanId + ": a pledge registration needs both its number and"
                    + " its date");
        }
    }

    public boolean registered() {
        return registrationNumber != null;
    }
}
