package io.pledgebench.valuation;

import java.util.List;

/** Result of a Monte Carlo run: the deterministic valuations, one distribution per patent, and the portfolio's. */
public record MonteCarloResult(MonteCarloSettings settings, double horizonYears, List<PatentValuation> valuations,
                               List<PatentDistribution> patents, PortfolioDistribution portfolio) {

    public MonteCarloResult {
        valuations = List.copyOf(valuations);
        patents = List.copyOf(patents);
    }
}
