package io.pledgebench.valuation;

import java.util.List;

/**
 * Result of a Monte Carlo run: the deterministic valuations, one distribution per patent, the portfolio's, and the
 * pledged pool's simulated liquidation value at the loan's checkpoints (null when not asked for), and the attribution
 * of product revenue to the patents that the valuations used (its {@code summary()} and {@code notes()} are what an
 * assessment prints about it).
 */
public record MonteCarloResult(MonteCarloSettings settings, double horizonYears, List<PatentValuation> valuations,
                               List<PatentDistribution> patents, PortfolioDistribution portfolio,
                               CollateralSimulation collateral, RevenueAttribution attribution) {

    public MonteCarloResult {
        java.util.Objects.requireNonNull(attribution, "attribution");
        valuations = List.copyOf(valuations);
        patents = List.copyOf(patents);
    }

    public MonteCarloResult(MonteCarloSettings settings, double horizonYears, List<PatentValuation> valuations,
                            List<PatentDistribution> patents, PortfolioDistribution portfolio) {
        this(settings, horizonYears, valuations, patents, portfolio, null, RevenueAttribution.none());
    }
}
