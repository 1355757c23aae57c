package io.pledgebench.report.charts;

/**
 * Collateral coverage (liquidation value of the eligible collateral / exposure) at a checkpoint of the loan, in
 * years from the loan's start (the loan year): for the requested loan and for the recommended one (NaN when nothing
 * is recommended).
 */
public record CoveragePoint(double year, double coverage, double coverageRecommended) {

    /**
     * The chart's points of the shared coverage rows ({@link io.pledgebench.assessment.ChartSeries#coverage}): a row
     * without a finite coverage has no point; a checkpoint before the loan's start is drawn at its start.
     */
    public static java.util.List<CoveragePoint> of(java.util.List<io.pledgebench.assessment.ChartSeries.CoverageRow> rows) {
        java.util.List<CoveragePoint> points = new java.util.ArrayList<>();
        for (io.pledgebench.assessment.ChartSeries.CoverageRow r : rows) {
            if (Double.isFinite(r.coverage())) {
                points.add(new CoveragePoint(Math.max(0, r.loanYear()), Math.max(0, r.coverage()), r.coverageRecommended()));
            }
        }
        return points;
    }

    /**
     * {@code points} with the coverage at drawdown first (loan year 0; review 14b, C: the summary prints it, the chart
     * began at year 1): the liquidation value of the eligible collateral at the valuation date over the requested loan
     * and over the recommended one (NaN when nothing is recommended). Unchanged when a point at year 0 exists, the
     * loan is not positive or the liquidation value is not finite.
     */
    public static java.util.List<CoveragePoint> withDrawdown(java.util.List<CoveragePoint> points, double liquidationValue,
                                                             double requested, double recommended) {
        if (points.isEmpty() || points.get(0).year() <= 0 || !(requested > 0) || !(liquidationValue >= 0)
                || Double.isInfinite(liquidationValue)) {
            return points;
        }
        java.util.List<CoveragePoint> out = new java.util.ArrayList<>();
        out.add(new CoveragePoint(0, liquidationValue / requested,
                recommended > 0 ? liquidationValue / recommended : Double.NaN));
        out.addAll(points);
        return out;
    }

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
