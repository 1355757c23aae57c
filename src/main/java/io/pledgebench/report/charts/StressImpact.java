package io.pledgebench.report.charts;

import java.util.Objects;

/** A stress scenario's effect on one metric: the base-case value and the value under the scenario. */
public record StressImpact(String scenario, double base, double stressed) {

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
