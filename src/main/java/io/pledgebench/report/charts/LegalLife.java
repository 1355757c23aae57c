package io.pledgebench.report.charts;

import java.util.Objects;

/** Remaining legal life of one patent in years at the valuation date (0 when already expired). */
public record LegalLife(String patent, double remainingYears) {

    public LegalLife {
        Objects.requireNonNull(patent, "patent");
        if (!(remainingYears >= 0) || Double.isInfinite(remainingYears)) {
            throw new IllegalArgumentException("remaining life of " + patent + " must be ≥ 0 years, was " + remainingYears);
        }
    }
}
