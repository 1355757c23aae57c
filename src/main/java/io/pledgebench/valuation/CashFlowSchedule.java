package io.pledgebench.valuation;

import java.util.ArrayList;
import java.util.List;

/**
 * Discounting of yearly cash flows over an income period that need not be a whole number of years: period k covers
 * the years (k−1, min(k, n)], its flow is the full-year flow times the fraction of the year inside the period, and it
 * is discounted at the period's end (or its middle with the mid-year convention).
 */
public final class CashFlowSchedule {

    private CashFlowSchedule() {
    }

    /** Refuses a discount rate at or below −100 % (the discount factor would not exist). */
    public static void requireRate(String name, double r) {
        if (!(r > -1) || !Double.isFinite(r)) {
            throw new IllegalArgumentException(name + " must exceed −1, was " + r);
        }
    }

    public static void requireTaxRate(double tax) {
        if (!(tax >= 0 && tax < 1)) {
            throw new IllegalArgumentException("tax rate must lie in [0, 1), was " + tax);
        }
    }

    /** Number of periods of an income period of {@code n} years. */
    public static int periods(double n) {
        if (!(n >= 0) || !Double.isFinite(n)) {
            throw new IllegalArgumentException("income period must be a non-negative number of years, was " + n);
        }
        return (int) Math.ceil(n - 1e-9);
    }

    /** Fraction of period {@code k} (1-based) inside an income period of {@code n} years. */
    public static double fraction(int k, double n) {
        return Math.min(1.0, n - (k - 1));
    }

    /** Time at which period {@code k}'s flow is discounted. */
    public static double periodEnd(int k, double n, boolean midYear) {
        double f = fraction(k, n);
        return midYear ? (k - 1) + f / 2.0 : (k - 1) + f;
    }

    public static double discountFactor(double r, double t) {
        return Math.pow(1.0 + r, -t);
    }

    /**
     * The table of an income stream: per period the full-year base B_k and share s_k, pre-tax flow
     * B_k·s_k·fraction, after-tax flow ·(1−τ), present value at rate r.
     */
    public static List<CashFlowRow> rows(double[] bases, double[] shares, double n, double taxRate, double r,
                                         boolean midYear) {
        List<CashFlowRow> rows = new ArrayList<>(periods(n));
        presentValue(bases, shares, n, taxRate, r, midYear, rows);
        return rows;
    }

    /**
     * The present value of the table {@link #rows(double[], double[], double, double, double, boolean)} gives, each
     * period's row added to {@code rowsOrNull} when given: one loop for the table and for the figure alone, so the
     * value is the same to the bit whether the table is built or not ({@link ValuationContext#explained()}).
     */
    static double presentValue(double[] bases, double[] shares, double n, double taxRate, double r, boolean midYear,
                               List<CashFlowRow> rowsOrNull) {
        requireRate("discount rate", r);
        requireTaxRate(taxRate);
        int periods = periods(n);
        if (bases.length < periods || shares.length < periods) {
            throw new IllegalArgumentException("need " + periods + " yearly figures, got " + Math.min(bases.length, shares.length));
        }
        double v = 0;
        for (int k = 1; k <= periods; k++) {
            double t = periodEnd(k, n, midYear);
            double df = discountFactor(r, t);
            double pre = bases[k - 1] * shares[k - 1] * fraction(k, n);
            double after = pre * (1.0 - taxRate);
            double pv = after * df;
            if (rowsOrNull != null) {
                rowsOrNull.add(new CashFlowRow(k, t, df, bases[k - 1], shares[k - 1], pre, after, pv));
            }
            v += pv;
        }
        return v;
    }

    /** The rows of a whole-year series B_1…B_m with a constant share. */
    public static List<CashFlowRow> rows(double[] series, double share, double taxRate, double r, boolean midYear) {
        if (series.length == 0) {
            throw new IllegalArgumentException("the series of yearly figures is empty");
        }
        for (int i = 0; i < series.length; i++) {
            if (!Double.isFinite(series[i])) {
                throw new IllegalArgumentException("yearly figure " + (i + 1) + " is not a number: " + series[i]);
            }
        }
        double[] shares = new double[series.length];
        java.util.Arrays.fill(shares, share);
        return rows(series, shares, series.length, taxRate, r, midYear);
    }

    public static double presentValue(List<CashFlowRow> rows) {
        double v = 0;
        for (CashFlowRow row : rows) {
            v += row.presentValue();
        }
        return v;
    }

    /** B·(1+g)^(k−1) for k = 1…periods. */
    static double[] grown(double base, double growth, int periods) {
        double[] out = new double[periods];
        double b = base;
        for (int k = 0; k < periods; k++) {
            out[k] = b;
            b *= 1.0 + growth;
        }
        return out;
    }
}
