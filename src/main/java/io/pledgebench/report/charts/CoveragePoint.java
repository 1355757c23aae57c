package io.pledgebench.report.charts;

/**
 * Collateral coverage (liquidation value of the eligible collateral / exposure) at a checkpoint of the loan, in
 * years from the loan's start (the loan year): for the requested loan and for the recommended one (NaN when nothing
 * is recommended).
 */
public record CoveragePoint(double year, double coverage, double coverageRecommended) {

    public CoveragePoint(double year, double coverage) {
        this(year, coverage, Double.NaN);
    }

    public CoveragePoint {
        if (!(year >= 0) || Double.isInfinite(year)) {
            throw new IllegalArgumentException("year must be ≥ 0, was " + year);
        }
        if (!(coverage >= 0) || Double.isInfinite(coverage)) {
            throw new IllegalArgumentException("coverage at year " + year + " must be a finite ratio ≥ 0, was " + coverage);
        }
    }
}
