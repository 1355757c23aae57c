package io.pledgebench.report.charts;

import java.util.Objects;

/**
 * One valuation method's result, labelled in the reader's language: {@code value} is what the reconciliation counts
 * (never below zero), {@code negative} the negative value that it counts as zero instead (0 when there was none), so a
 * chart draws what the valuation uses and says what it left out (SPEC: a negative method counts as zero with a reason).
 */
public record MethodValue(String method, double value, double negative) {

    public MethodValue {
        Objects.requireNonNull(method, "method");
        if (!Double.isFinite(value) || !Double.isFinite(negative)) {
            throw new IllegalArgumentException("value of method " + method + " is not a finite number: " + value
                    + " (negative part " + negative + ")");
        }
        if (value < 0 || negative > 0) {
            throw new IllegalArgumentException("method " + method + ": the counted value must not be negative and the "
                    + "negative part not positive, were " + value + " and " + negative);
        }
    }

    /** A method's value as the method gave it: a negative value counts as zero, and is kept to be named. */
    public MethodValue(String method, double value) {
        this(method, Math.max(0, value), Math.min(0, value));
    }

    /** Whether the method gave a negative value, which the chart draws at zero with a note. */
    public boolean countedAsZero() {
        return negative < 0;
    }
}
