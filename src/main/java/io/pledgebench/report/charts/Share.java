package io.pledgebench.report.charts;

import java.util.Objects;

/** A labelled non-negative amount: a count or value for a composition or concentration chart. */
public record Share(String label, double value) {

    public Share {
        Objects.requireNonNull(label, "label");
        if (!(value >= 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException("share '" + label + "' must be a finite amount ≥ 0, was " + value);
        }
    }
}
