package io.pledgebench.report.charts;

import java.util.Objects;

/** One valuation method's result, labelled in the reader's language. */
public record MethodValue(String method, double value) {

    public MethodValue {
        Objects.requireNonNull(method, "method");
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("value of method " + method + " is not a finite number: " + value);
        }
    }
}
