package io.pledgebench.risk;

import java.util.ArrayList;
import java.util.List;

/**
 * How one patent's collateral value develops over the loan term. Its value falls in proportion to the
 * income years left, V(t) = V₀·max(0, n − t)/n with n the income period (remaining legal or economic life),
 * and it survives lapse or invalidation with probability S(t) = e^(−λt); the expected value at t is
 * V(t)·S(t).
 */
public final class CollateralPath {

    private CollateralPath() {
    }

    public static double survival(double hazardPerYear, double years) {
        Probabilities.nonNegative("hazard rate", hazardPerYear);
        Probabilities.nonNegative("years", years);
        return Math.exp(-hazardPerYear * years);
    }

    public static double valueAt(double value0, double incomeYears, double years) {
        Probabilities.nonNegative("value", value0);
        Probabilities.nonNegative("income period", incomeYears);
        Probabilities.nonNegative("years", years);
        if (incomeYears == 0) {
            return 0;
        }
        return value0 * Math.max(0, incomeYears - years) / incomeYears;
    }

    /**
     * The portfolio's expected liquidation value at the end of each loan year (and at maturity when the term is not
     * a whole number of years) against the outstanding amount, a bullet loan of {@code loan}.
     */
    public static List<YearPoint> coverage(List<Holding> holdings, double loan, double termYears) {
        return coverage(holdings, loan, yearEnds(termYears));
    }

    /** The end of each whole year before {@code termYears}, then {@code termYears} itself. */
    static double[] yearEnds(double termYears) {
        Probabilities.positive("term (years)", termYears);
        int whole = (int) Math.ceil(termYears) - 1;
        double[] times = new double[whole + 1];
        for (int y = 1; y <= whole; y++) {
            times[y - 1] = y;
        }
        times[whole] = termYears;
        return times;
    }

    /**
     * The portfolio's expected liquidation value at each of {@code times} (years from the valuation date: the loan's
     * checkpoints on its one timeline) against the outstanding amount, a bullet loan of {@code loan}.
     */
    public static List<YearPoint> coverage(List<Holding> holdings, double loan, double[] times) {
        Probabilities.positive("loan", loan);
        if (times.length == 0) {
            throw new IllegalArgumentException("at least one checkpoint");
        }
        List<YearPoint> points = new ArrayList<>(times.length);
        for (double t : times) {
            double value = 0;
            double expected = 0;
            for (Holding h : holdings) {
                double v = valueAt(h.liquidationValue(), h.incomeYears(), t);
                value += v;
                expected += v * survival(h.hazardPerYear(), t);
            }
            points.add(new YearPoint(t, value, expected, expected / loan));
        }
        return points;
    }

    /** One pledged patent: its liquidation value today, income years left, and annual lapse/invalidation hazard. */
    public record Holding(double liquidationValue, double incomeYears, double hazardPerYear) {
    }

    /** Value at year {@code t} before and after survival, and coverage = expected value / loan. */
    public record YearPoint(double year, double value, double expectedValue, double coverage) {
    }
}
