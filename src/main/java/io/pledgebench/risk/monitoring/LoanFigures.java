package io.pledgebench.risk.monitoring;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Objects;

/**
 * One booked loan's figures on the monitoring date, as the book aggregates them: exposure, the revalued collateral
 * (market and liquidation value), lifetime expected loss and regulatory capital, and the groups it belongs to.
 * {@code ipcSections} splits the loan among the IPC sections (A–H) of its pledged patents, as fractions of the
 * collateral's market value adding up to 1 (equal fractions per patent when the values are all zero); empty when no
 * patent has an IPC class.
 */
public record LoanFigures(String loanId, String borrower, String industry, String riskSharingScheme,
                          BigDecimal exposure, BigDecimal marketValue, BigDecimal liquidationValue,
                          BigDecimal lifetimeExpectedLoss, BigDecimal capital, Map<String, Double> ipcSections) {

    public LoanFigures {
        Objects.requireNonNull(loanId, "loanId");
        Objects.requireNonNull(borrower, "borrower");
        Objects.requireNonNull(exposure, "exposure");
        Objects.requireNonNull(marketValue, "marketValue");
        Objects.requireNonNull(liquidationValue, "liquidationValue");
        Objects.requireNonNull(lifetimeExpectedLoss, "lifetimeExpectedLoss");
        Objects.requireNonNull(capital, "capital");
        ipcSections = Map.copyOf(ipcSections);
        double sum = ipcSections.values().stream().mapToDouble(Double::doubleValue).sum();
        if (!ipcSections.isEmpty() && Math.abs(sum - 1.0) > 1e-9) {
            throw new IllegalArgumentException("loan " + loanId + ": IPC section fractions add up to " + sum + ", not 1");
        }
    }

    /** Liquidation value over exposure; {@code null} when nothing is exposed. */
    public Double coverage() {
        return exposure.signum() == 0 ? null : liquidationValue.doubleValue() / exposure.doubleValue();
    }

    /** Exposure over market value; {@code null} when the collateral has no market value. */
    public Double ltv() {
        return marketValue.signum() == 0 ? null : exposure.doubleValue() / marketValue.doubleValue();
    }
}
