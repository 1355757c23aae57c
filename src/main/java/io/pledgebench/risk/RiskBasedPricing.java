package io.pledgebench.risk;

/**
 * Minimum lending rate that covers the cost of a loan: funding + expected-loss rate per year + capital (K per unit
 * of EAD) × hurdle rate on equity + operating cost. Each component is kept for display.
 * <p>
 * The expected-loss component is a loss per unit of EAD per year. {@link CreditRiskCalculator} passes the bank's net
 * lifetime expected loss spread evenly over the remaining term, EL_bank,life / T / EAD, so that risk sharing lowers
 * the rate the bank must charge; without sharing and for T = 1 year this is PD·LGD.
 */
public final class RiskBasedPricing {

    private RiskBasedPricing() {
    }

    /** The minimum rate with the one-year expected-loss rate PD·LGD (no risk sharing, one-year view). */
    public static MinimumRate minimumRate(double fundingRate, double pd, double lgd, double capitalK,
                                          double hurdleRate, double operatingCostRate) {
        Probabilities.openUnit("PD", pd);
        Probabilities.closedUnit("LGD", lgd);
        return minimumRate(fundingRate, pd * lgd, capitalK, hurdleRate, operatingCostRate);
    }

    /**
     * The minimum rate with a given expected-loss rate per year, e.g. the bank's net lifetime EL / remaining years /
     * EAD.
     */
    public static MinimumRate minimumRate(double fundingRate, double expectedLossRatePerYear, double capitalK,
                                          double hurdleRate, double operatingCostRate) {
        Probabilities.finite("funding rate", fundingRate);
        Probabilities.closedUnit("expected-loss rate per year", expectedLossRatePerYear);
        Probabilities.nonNegative("capital K", capitalK);
        Probabilities.nonNegative("hurdle rate", hurdleRate);
        Probabilities.nonNegative("operating cost rate", operatingCostRate);
        double capitalCharge = capitalK * hurdleRate;
        return new MinimumRate(fundingRate, expectedLossRatePerYear, capitalCharge, operatingCostRate,
                fundingRate + expectedLossRatePerYear + capitalCharge + operatingCostRate);
    }

    public record MinimumRate(double fundingRate, double expectedLossRate, double capitalCharge,
                              double operatingCostRate, double rate) {
    }
}
