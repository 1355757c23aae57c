package io.pledgebench.valuation;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Settings of a Monte Carlo run. Uncertain inputs are keyed by name:
 * <ul>
 *   <li>{@value #REVENUE}: multiplier on each patent's income base (product revenue), correlated across patents
 *       through the common market factor (Gaussian copula with correlation {@code marketFactorCorrelation});</li>
 *   <li>{@value #SHARE}: multiplier on the share / royalty rate, independent per patent;</li>
 *   <li>{@value #DISCOUNT_RATE_SHIFT}: added to the discount rate, common to all patents of a path;</li>
 *   <li>{@value #REPLACEMENT_COST}: multiplier on the cost-approach value, independent per patent;</li>
 *   <li>{@value #COMPARABLE_PRICE}: multiplier on the market-approach value, correlated through the market factor.</li>
 * </ul>
 * An input without a distribution keeps its deterministic value.
 *
 * @param paths                   number of simulated paths
 * @param seed                    the results depend on the seed only, not on {@code threads}
 * @param threads                 worker threads
 * @param inputDistributions      distribution per input name
 * @param marketFactorCorrelation correlation of each patent's revenue with the common market factor, in [0, 1]
 * @param hazard                  whether patents may drop to zero over the horizon (per-type hazard of the parameters)
 * @param histogramBins           number of bins of the histograms returned for charts
 */
public record MonteCarloSettings(int paths, long seed, int threads, Map<String, Distribution> inputDistributions,
                                 double marketFactorCorrelation, boolean hazard, int histogramBins) {

    public static final String REVENUE = "revenue";
    public static final String SHARE = "share";
    public static final String DISCOUNT_RATE_SHIFT = "discountRateShift";
    public static final String REPLACEMENT_COST = "replacementCost";
    public static final String COMPARABLE_PRICE = "comparablePrice";
    public static final Set<String> INPUTS = Set.of(REVENUE, SHARE, DISCOUNT_RATE_SHIFT, REPLACEMENT_COST,
            COMPARABLE_PRICE);

    public MonteCarloSettings {
        if (paths < 2) {
            throw new IllegalArgumentException("Monte Carlo needs at least 2 paths, was " + paths);
        }
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, was " + threads);
        }
        Objects.requireNonNull(inputDistributions, "inputDistributions");
        for (String k : inputDistributions.keySet()) {
            if (!INPUTS.contains(k)) {
                throw new IllegalArgumentException("unknown Monte Carlo input '" + k + "'; known: " + INPUTS);
            }
        }
        inputDistributions = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(inputDistributions));
        if (!(marketFactorCorrelation >= 0 && marketFactorCorrelation <= 1)) {
            throw new IllegalArgumentException("market factor correlation must lie in [0, 1], was " + marketFactorCorrelation);
        }
        if (histogramBins < 1) {
            throw new IllegalArgumentException("histogram bins must be at least 1, was " + histogramBins);
        }
    }

    /**
     * 10,000 paths on all cores; revenue log-normal with mean 1 and standard deviation 0.25, share triangular
     * 0.8–1.0–1.2, discount rate shift normal with σ 1 pp, correlation 0.3 (conventions: the Basel IRB corporate
     * asset correlation lies between 0.12 and 0.24 (BCBS, Basel II §272), products of one borrower are more
     * correlated), hazard on, 40 histogram bins.
     */
    public static MonteCarloSettings defaults(long seed) {
        Map<String, Distribution> d = new LinkedHashMap<>();
        d.put(REVENUE, new Distribution.LogNormal(1.0, 0.25));
        d.put(SHARE, new Distribution.Triangular(0.8, 1.0, 1.2));
        d.put(DISCOUNT_RATE_SHIFT, new Distribution.Normal(0.0, 0.01));
        return new MonteCarloSettings(10_000, seed, Runtime.getRuntime().availableProcessors(), d, 0.3, true, 40);
    }

    /** All inputs at their deterministic values, no hazard: the simulation reproduces the deterministic value. */
    public static MonteCarloSettings pointValues(int paths, long seed, int threads) {
        return new MonteCarloSettings(paths, seed, threads, Map.of(), 0.0, false, 40);
    }

    public MonteCarloSettings withPaths(int n) {
        return new MonteCarloSettings(n, seed, threads, inputDistributions, marketFactorCorrelation, hazard, histogramBins);
    }

    public MonteCarloSettings withThreads(int n) {
        return new MonteCarloSettings(paths, seed, n, inputDistributions, marketFactorCorrelation, hazard, histogramBins);
    }

    public MonteCarloSettings withSeed(long s) {
        return new MonteCarloSettings(paths, s, threads, inputDistributions, marketFactorCorrelation, hazard, histogramBins);
    }
}
