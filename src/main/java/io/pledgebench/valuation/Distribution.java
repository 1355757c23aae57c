package io.pledgebench.valuation;

import org.apache.commons.math3.distribution.BetaDistribution;
import org.apache.commons.math3.distribution.LogNormalDistribution;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.distribution.TriangularDistribution;
import org.apache.commons.math3.distribution.UniformRealDistribution;

/**
 * The distribution of one uncertain input of the Monte Carlo simulation. Quantiles come from commons-math3; the
 * simulator samples by inverse transform of a standard normal draw, so a distribution only needs its quantile
 * function. A {@link Point} is a known value.
 */
public sealed interface Distribution {

    /** The p-quantile, 0 &lt; p &lt; 1. */
    double quantile(double p);

    double mean();

    /** A known value: no uncertainty. */
    record Point(double value) implements Distribution {
        public Point {
            finite("point value", value);
        }

        @Override
        public double quantile(double p) {
            return value;
        }

        @Override
        public double mean() {
            return value;
        }
    }

    record Uniform(double min, double max) implements Distribution {
        public Uniform {
            finite("uniform min", min);
            finite("uniform max", max);
            if (!(min < max)) {
                throw new IllegalArgumentException("uniform needs min < max, was " + min + " and " + max);
            }
        }

        @Override
        public double quantile(double p) {
            return new UniformRealDistribution(null, min, max).inverseCumulativeProbability(p);
        }

        @Override
        public double mean() {
            return (min + max) / 2;
        }
    }

    record Triangular(double min, double mode, double max) implements Distribution {
        public Triangular {
            ordered("triangular", min, mode, max);
        }

        @Override
        public double quantile(double p) {
            return new TriangularDistribution(null, min, mode, max).inverseCumulativeProbability(p);
        }

        @Override
        public double mean() {
            return (min + mode + max) / 3;
        }
    }

    /**
     * PERT: a Beta distribution on [min, max] with α = 1 + 4(mode−min)/(max−min), β = 1 + 4(max−mode)/(max−min),
     * mean (min + 4·mode + max)/6 (Malcolm et al. 1959; Vose, "Risk Analysis", 3rd ed., 2008).
     */
    record Pert(double min, double mode, double max) implements Distribution {
        public Pert {
            ordered("PERT", min, mode, max);
        }

        @Override
        public double quantile(double p) {
            double range = max - min;
            double alpha = 1 + 4 * (mode - min) / range;
            double beta = 1 + 4 * (max - mode) / range;
            return min + range * new BetaDistribution(null, alpha, beta).inverseCumulativeProbability(p);
        }

        @Override
        public double mean() {
            return (min + 4 * mode + max) / 6;
        }
    }

    record Normal(double mean, double std) implements Distribution {
        public Normal {
            finite("normal mean", mean);
            positive("normal standard deviation", std);
        }

        @Override
        public double quantile(double p) {
            return new NormalDistribution(null, mean, std).inverseCumulativeProbability(p);
        }
    }

    /** Log-normal given by the mean and standard deviation of the variable itself (not of its logarithm). */
    record LogNormal(double mean, double std) implements Distribution {
        public LogNormal {
            positive("log-normal mean", mean);
            positive("log-normal standard deviation", std);
        }

        /** σ² of the logarithm: ln(1 + (std/mean)²). */
        public double logSigma() {
            return Math.sqrt(Math.log1p((std / mean) * (std / mean)));
        }

        public double logMu() {
            double s = logSigma();
            return Math.log(mean) - s * s / 2;
        }

        @Override
        public double quantile(double p) {
            return new LogNormalDistribution(null, logMu(), logSigma()).inverseCumulativeProbability(p);
        }
    }

    private static void finite(String name, double v) {
        if (!Double.isFinite(v)) {
            throw new IllegalArgumentException(name + " must be a number, was " + v);
        }
    }

    private static void positive(String name, double v) {
        if (!(v > 0) || !Double.isFinite(v)) {
            throw new IllegalArgumentException(name + " must be positive, was " + v);
        }
    }

    private static void ordered(String name, double min, double mode, double max) {
        finite(name + " min", min);
        finite(name + " mode", mode);
        finite(name + " max", max);
        if (!(min <= mode && mode <= max && min < max)) {
            throw new IllegalArgumentException(name + " needs min ≤ mode ≤ max and min < max, was " + min + " / " + mode
                    + " / " + max);
        }
    }
}
