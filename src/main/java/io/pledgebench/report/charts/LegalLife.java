package io.pledgebench.report.charts;

import java.util.Objects;

/** Remaining legal life of one patent in years at the valuation date (0 when already expired). */
public record LegalLife(String patent, double remainingYears) {

    /**
     * The chart's bars of the shared series ({@link io.pledgebench.assessment.ChartSeries#legalLife}), each labelled
     * by {@code label} in the reader's language.
     */
    public static java.util.List<LegalLife> of(java.util.List<io.pledgebench.assessment.ChartSeries.LifeBar> bars,
                                               java.util.function.Function<io.pledgebench.assessment.ChartSeries.LifeBar, String> label) {
        return bars.stream().map(b -> new LegalLife(label.apply(b), b.remainingYears())).toList();
    }

    public LegalLife {
        Objects.requireNonNull(patent, "patent");
        if (!(remainingYears >= 0) || Double.isInfinite(remainingYears)) {
            throw new IllegalArgumentException("remaining life of " + patent + " must be ≥ 0 years, was " + remainingYears);
        }
    }
}
