package io.pledgebench.valuation;

/**
 * Binomial option pricing (Cox, Ross &amp; Rubinstein 1979): the asset moves up by u or down by d each step of
 * length dt; the risk-neutral up probability is p = (e^((r−q)dt) − d)/(u − d); values roll back discounted at
 * e^(−r·dt), American options taking the better of holding and exercising at every node. Rates are continuous.
 */
public final class BinomialTree {

    public enum Kind { CALL, PUT }

    public enum Style { EUROPEAN, AMERICAN }

    private BinomialTree() {
    }

    /** A tree with explicit up and down factors. */
    public static double price(double spot, double strike, double rate, double yield, double up, double down, int steps,
                               double dt, Kind kind, Style style) {
        if (!(spot > 0) || !Double.isFinite(spot)) {
            throw new IllegalArgumentException("spot must be positive, was " + spot);
        }
        if (!(strike > 0) || !Double.isFinite(strike)) {
            throw new IllegalArgumentException("strike must be positive, was " + strike);
        }
        if (!Double.isFinite(rate) || !Double.isFinite(yield)) {
            throw new IllegalArgumentException("rate and yield must be numbers, were " + rate + " and " + yield);
        }
        if (!(down > 0) || !(up > down) || !Double.isFinite(up)) {
            throw new IllegalArgumentException("need 0 < down < up, were down " + down + " and up " + up);
        }
        if (steps < 1) {
            throw new IllegalArgumentException("steps must be at least 1, was " + steps);
        }
        if (!(dt > 0) || !Double.isFinite(dt)) {
            throw new IllegalArgumentException("step length dt must be positive, was " + dt);
        }
        java.util.Objects.requireNonNull(kind, "kind");
        java.util.Objects.requireNonNull(style, "style");
        double growth = Math.exp((rate - yield) * dt);
        double p = (growth - down) / (up - down);
        if (!(p >= 0 && p <= 1)) {
            throw new IllegalArgumentException("no risk-neutral probability: e^((r−q)dt) = " + growth
                    + " must lie between down " + down + " and up " + up);
        }
        double disc = Math.exp(-rate * dt);
        double[] v = new double[steps + 1];
        for (int j = 0; j <= steps; j++) {
            double s = spot * Math.pow(up, j) * Math.pow(down, steps - j);
            v[j] = payoff(kind, s, strike);
        }
        for (int i = steps - 1; i >= 0; i--) {
            for (int j = 0; j <= i; j++) {
                double hold = disc * (p * v[j + 1] + (1 - p) * v[j]);
                if (style == Style.AMERICAN) {
                    double s = spot * Math.pow(up, j) * Math.pow(down, i - j);
                    hold = Math.max(hold, payoff(kind, s, strike));
                }
                v[j] = hold;
            }
        }
        return v[0];
    }

    /** The CRR tree u = e^(σ√dt), d = 1/u over {@code years} in {@code steps} steps. */
    public static double crr(double spot, double strike, double rate, double yield, double volatility, double years,
                             int steps, Kind kind, Style style) {
        if (!(volatility > 0) || !Double.isFinite(volatility)) {
            throw new IllegalArgumentException("volatility must be positive for a CRR tree, was " + volatility);
        }
        if (!(years > 0) || !Double.isFinite(years)) {
            throw new IllegalArgumentException("years to expiry must be positive, was " + years);
        }
        if (steps < 1) {
            throw new IllegalArgumentException("steps must be at least 1, was " + steps);
        }
        double dt = years / steps;
        double u = Math.exp(volatility * Math.sqrt(dt));
        return price(spot, strike, rate, yield, u, 1.0 / u, steps, dt, kind, style);
    }

    private static double payoff(Kind kind, double s, double k) {
        return kind == Kind.CALL ? Math.max(s - k, 0.0) : Math.max(k - s, 0.0);
    }

    public static Kind kind(String s) {
        switch (s.trim().toLowerCase(java.util.Locale.ROOT)) {
            case "call": return Kind.CALL;
            case "put": return Kind.PUT;
            default: throw new IllegalArgumentException("option kind must be call or put, was '" + s + "'");
        }
    }

    public static Style style(String s) {
        switch (s.trim().toLowerCase(java.util.Locale.ROOT)) {
            case "european": return Style.EUROPEAN;
            case "american": return Style.AMERICAN;
            default: throw new IllegalArgumentException("exercise style must be european or american, was '" + s + "'");
        }
    }
}
