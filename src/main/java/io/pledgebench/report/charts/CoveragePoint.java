package io.pledgebench.report.charts;

/**
 * Collateral coverage (collateral value / exposure) and loan-to-value (exposure / collateral value) at a
 * point of the loan term, in years from the start. LTV is NaN where no collateral value is left (undefined);
 * the chart leaves such points out.
 */
public record CoveragePoint(double year, double coverage, double ltv) {

    public CoveragePoint {
        if (!(year >= 0) || Double.isInfinite(year)) {
            throw new IllegalArgumentException("year must be ≥ 0, was " + year);
        }
        if (!(coverage >= 0) || Double.isInfinite(coverage)) {
            throw new IllegalArgumentException("coverage at year " + year + " must be a finite ratio ≥ 0, was " + coverage);
        }
        if (ltv < 0) {
            throw new IllegalArgumentException("LTV at year " + year + " must be ≥ 0, was " + ltv);
        }
    }
}
