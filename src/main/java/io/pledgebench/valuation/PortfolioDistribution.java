package io.pledgebench.valuation;

/**
 * The simulated value of the whole portfolio (sum over patents per path).
 *
 * @param sortedSample every path's portfolio value, ascending (for charts and further quantiles)
 */
public record PortfolioDistribution(double deterministicValue, double mean, double std, double p5, double p50,
                                    double p95, double standardError, Histogram histogram, double[] sortedSample) {

    public PortfolioDistribution {
        sortedSample = sortedSample.clone();
    }

    @Override
    public double[] sortedSample() {
        return sortedSample.clone();
    }

    /**
     * The distribution of a pool with nothing in it: every path worth 0 (an assessment in which no patent may be
     * pledged still reports its — empty — collateral).
     */
    public static PortfolioDistribution empty(int paths, int bins) {
        double[] zeros = new double[Math.max(1, paths)];
        return new PortfolioDistribution(0, 0, 0, 0, 0, 0, 0, Histogram.of(zeros, Math.max(1, bins)), zeros);
    }

    /** The p-quantile of the sample (0 ≤ p ≤ 1), linear between order statistics. */
    public double quantile(double p) {
        return MonteCarloSimulator.quantile(sortedSample, p);
    }
}
