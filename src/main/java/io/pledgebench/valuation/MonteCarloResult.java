package io.pledgebench.valuation;

import java.util.List;

/**
 * Result of a Monte Carlo run: the deterministic valuations, one distribution per patent, the portfolio's, and the
 * pledged pool's simulated liquidation value at the loan's checkpoints (null when not asked for).
 */
public record MonteCarloResult(MonteCarloSettings settings, double horizonYears, List<PatentValuation> valuations,
                               List<PatentDistribution> patents, PortfolioDistribution portfolio,
                               CollateralSimulation collateral) {

    public MonteCarloResult {
        valuations = List.copyOf(valuations);
        patents = List.copyOf(patents);
    }

    public MonteCarloResult(MonteCarloSettings settings, double horizonYears, List<PatentValuation> valuations,
                            List<PatentDistribution> patents, PortfolioDistribution portfolio) {
        this(settings, horizonYears, valuations, patents, portfolio, null);
    }
}
