package io.pledgebench.risk.monitoring;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A loan's collateral revalued on the monitoring date with the assessment engine: market and liquidation value of the
 * eligible pledged patents and the loan's lifetime expected loss, each in yuan.
 */
public record Revaluation(BigDecimal marketValue, BigDecimal liquidationValue, BigDecimal lifetimeExpectedLoss) {

    public Revaluation {
        Objects.requireNonNull(marketValue, "marketValue");
        Objects.requireNonNull(liquidationValue, "liquidationValue");
        Objects.requireNonNull(lifetimeExpectedLoss, "lifetimeExpectedLoss");
    }

    /** Liquidation value over exposure; infinite for a repaid loan (nothing exposed). */
    public double coverage(BigDecimal exposure) {
        return exposure.signum() == 0 ? Double.POSITIVE_INFINITY : liquidationValue.doubleValue() / exposure.doubleValue();
    }

    /** Exposure over market value; infinite when the collateral is worth nothing. */
    public double ltv(BigDecimal exposure) {
        if (marketValue.signum() == 0) {
            return exposure.signum() == 0 ? 0.0 : Double.POSITIVE_INFINITY;
        }
        return exposure.doubleValue() / marketValue.doubleValue();
    }
}
