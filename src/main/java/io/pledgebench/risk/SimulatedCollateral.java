package io.pledgebench.risk;

import io.pledgebench.valuation.MonteCarloSimulator;

import java.util.Arrays;

/**
 * The lender's reading of the Monte Carlo simulation of the pledged pool (SPEC revision 2): the liquidation value of
 * the eligible collateral at maturity — mean, 5th and 50th percentiles and the probability that it covers less than
 * the exposure — and the expected recovery E[min(EAD, LV at default)].
 *
 * <p>Default timing: with a constant annual PD the survival of the borrower is S(t) = (1 − PD)^t, so the probability
 * of default between two checkpoints t<sub>k−1</sub> and t<sub>k</sub> is S(t<sub>k−1</sub>) − S(t<sub>k</sub>).
 * The collateral is taken at its value at the end of the period in which default happens (the later, lower value:
 * recognising default and starting the disposal takes time). The recovery is the average over default periods,
 * weighted by these probabilities given default within the term, of the mean over paths of min(EAD, LV).
 */
public final class SimulatedCollateral {

    private SimulatedCollateral() {
    }

    /** The pool at maturity against an exposure: mean, P5, P50 of the liquidation value, P(LV &lt; exposure). */
    public record AtMaturity(double exposure, double mean, double p5, double p50, double probabilityCoverageBelowOne) {
    }

    public static AtMaturity atMaturity(double[] liquidationValues, double exposure) {
        Probabilities.positive("exposure", exposure);
        if (liquidationValues.length == 0) {
            throw new IllegalArgumentException("no simulated paths");
        }
        double[] sorted = liquidationValues.clone();
        Arrays.sort(sorted);
        double sum = 0;
        int below = 0;
        for (double v : sorted) {
            sum += v;
            if (v < exposure) {
                below++;
            }
        }
        return new AtMaturity(exposure, sum / sorted.length, MonteCarloSimulator.quantile(sorted, 0.05),
                MonteCarloSimulator.quantile(sorted, 0.5),
                (double) below / sorted.length);
    }

    /**
     * E[min(EAD, LV at default)].
     *
     * @param start  years from the valuation date at which the exposure starts (0, or later for a loan drawn later)
     * @param times  the checkpoints, years from the valuation date, increasing, each after {@code start}
     * @param values values[k][j]: the pool's liquidation value at times[k] on path j
     */
    public static double expectedRecovery(double start, double[] times, double[][] values, double pd, double ead) {
        Probabilities.openUnit("PD", pd);
        Probabilities.positive("EAD", ead);
        if (times.length != values.length || times.length == 0) {
            throw new IllegalArgumentException("one row of simulated values per checkpoint, at least one checkpoint");
        }
        double previous = start;
        double total = 0;
        double recovery = 0;
        for (int k = 0; k < times.length; k++) {
            double w = Math.pow(1 - pd, previous) - Math.pow(1 - pd, times[k]);
            previous = times[k];
            if (w <= 0) {
                continue;
            }
            double sum = 0;
            for (double v : values[k]) {
                sum += Math.min(ead, v);
            }
            recovery += w * sum / values[k].length;
            total += w;
        }
        if (total <= 0) {
            // a checkpoint at the start only: default is recognised at once
            double sum = 0;
            for (double v : values[0]) {
                sum += Math.min(ead, v);
            }
            return sum / values[0].length;
        }
        return recovery / total;
    }

}
