package io.pledgebench.report.charts;

import java.util.Arrays;
import java.util.Objects;

/**
 * Simulated values of a patent or a portfolio (Monte Carlo paths) with the percentiles the valuation
 * reported, so the chart marks exactly the figures printed beside it rather than recomputing them.
 */
public record ValueDistribution(double[] samples, double p5, double p50, double p95, String currency) {

    public ValueDistribution {
        Objects.requireNonNull(samples, "samples");
        Objects.requireNonNull(currency, "currency");
        if (samples.length == 0) {
            throw new IllegalArgumentException("a value distribution needs at least one simulated value");
        }
        for (double s : samples) {
            if (!Double.isFinite(s)) {
                throw new IllegalArgumentException("simulated value is not a finite number: " + s);
            }
        }
        if (!(p5 <= p50 && p50 <= p95)) {
            throw new IllegalArgumentException("percentiles out of order: P5 " + p5 + ", P50 " + p50 + ", P95 " + p95);
        }
        samples = samples.clone();
    }

    @Override
    public double[] samples() {
        return samples.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ValueDistribution d && Arrays.equals(samples, d.samples) && p5 == d.p5 && p50 == d.p50
                && p95 == d.p95 && currency.equals(d.currency);
    }

    @Override
    public int hashCode() {
        return Objects.hash(Arrays.hashCode(samples), p5, p50, p95, currency);
    }

    @Override
    public String toString() {
        return "ValueDistribution[" + samples.length + " samples, P5 " + p5 + ", P50 " + p50 + ", P95 " + p95 + " "
                + currency + "]";
    }
}
