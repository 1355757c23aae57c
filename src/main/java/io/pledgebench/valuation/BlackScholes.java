package io.pledgebench.valuation;

import org.apache.commons.math3.special.Erf;

/**
 * Black–Scholes–Merton prices of European options on an asset paying a continuous yield q (for a patent, the cost
 * of delay: the share of the protected period lost per year of waiting). Rates are continuously compounded.
 */
public final class BlackScholes {

    private BlackScholes() {
    }

    public static double call(double spot, double strike, double rate, double volatility, double years, double yield) {
        check(spot, strike, rate, volatility, years, yield);
        double fwdS = spot * Math.exp(-yield * years);
        double pvK = strike * Math.exp(-rate * years);
        double sd = volatility * Math.sqrt(years);
        if (sd == 0) {
            return Math.max(fwdS - pvK, 0.0);
        }
        double d1 = (Math.log(spot / strike) + (rate - yield + volatility * volatility / 2) * years) / sd;
        double d2 = d1 - sd;
        return fwdS * normalCdf(d1) - pvK * normalCdf(d2);
    }

    public static double put(double spot, double strike, double rate, double volatility, double years, double yield) {
        check(spot, strike, rate, volatility, years, yield);
        double fwdS = spot * Math.exp(-yield * years);
        double pvK = strike * Math.exp(-rate * years);
        double sd = volatility * Math.sqrt(years);
        if (sd == 0) {
            return Math.max(pvK - fwdS, 0.0);
        }
        double d1 = (Math.log(spot / strike) + (rate - yield + volatility * volatility / 2) * years) / sd;
        double d2 = d1 - sd;
        return pvK * normalCdf(-d2) - fwdS * normalCdf(-d1);
    }

    static double normalCdf(double x) {
        return 0.5 * Erf.erfc(-x / Math.sqrt(2.0));
    }

    private static void check(double spot, double strike, double rate, double volatility, double years, double yield) {
        if (!(spot > 0) || !Double.isFinite(spot)) {
            throw new IllegalArgumentException("spot must be positive, was " + spot);
        }
        if (!(strike > 0) || !Double.isFinite(strike)) {
            throw new IllegalArgumentException("strike must be positive, was " + strike);
        }
        if (!Double.isFinite(rate)) {
            throw new IllegalArgumentException("rate must be a number, was " + rate);
        }
        if (!(volatility >= 0) || !Double.isFinite(volatility)) {
            throw new IllegalArgumentException("volatility must not be negative, was " + volatility);
        }
        if (!(years >= 0) || !Double.isFinite(years)) {
            throw new IllegalArgumentException("years to expiry must not be negative, was " + years);
        }
        if (!Double.isFinite(yield)) {
            throw new IllegalArgumentException("yield must be a number, was " + yield);
        }
    }
}
