package io.pledgebench.valuation;

import io.pledgebench.domain.PatentNumber;

/**
 * The simulated value of one patent at the valuation date, given survival over the horizon.
 *
 * @param deterministicValue the reconciled value of the engine
 * @param standardError      std/√paths, the Monte Carlo error of the mean
 * @param probabilityLost    share of paths in which the right was lost within the horizon
 */
public record PatentDistribution(PatentNumber number, double deterministicValue, double mean, double std, double p5,
                                 double p50, double p95, double standardError, double probabilityLost,
                                 Histogram histogram) {
}
