package io.pledgebench.report.charts;

import java.util.Objects;

/** A stress scenario's effect on one metric: the base-case value and the value under the scenario. */
public record StressImpact(String scenario, double base, double stressed) {

    /**
     * The chart's bars of the shared series ({@link io.pledgebench.assessment.ChartSeries#stress}), each scenario
     * named by {@code name} in the reader's language.
     */
    public static java.util.List<StressImpact> of(java.util.List<io.pledgebench.assessment.ChartSeries.StressBar> bars,
                                                  java.util.function.Function<String, String> name) {
        return bars.stream().map(b -> new StressImpact(Objects.requireNonNull(name.apply(b.id()), "name of scenario " + b.id()),
                b.base(), b.stressed())).toList();
    }

    public StressImpact {
        Objects.requireNonNull(scenario, "scenario");
        if (!Double.isFinite(base) || !Double.isFinite(stressed)) {
            throw new IllegalArgumentException("stress scenario '" + scenario + "' has a non-finite value: base " + base
                    + ", stressed " + stressed);
        }
    }

    public double change() {
        return stressed - base;
    }
}
