package io.pledgebench.risk;

/**
 * Minimum lending rate that covers the cost of a loan: funding + expected-loss rate (PD·LGD) + capital
 * (K per unit of EAD) × hurdle rate on equity + operating cost. Each component is kept for display.
 */
public final class RiskBasedPricing {

    private RiskBasedPricing() {
    }

    public static MinimumRate minimumRate(double fundingRate, double pd, double lgd, double capitalK,
                                          double hurdleRate, double operatingCostRate) {
        Probabilities.finite("funding rate", fundingRate);
        Probabilities.openUnit("PD", pd);
        Probabilities.closedUnit("LGD", lgd);
        Probabilities.nonNegative("capital K", capitalK);
        Probabilities.nonNegative("hurdle rate", hurdleRate);
        Probabilities.nonNegative("operating cost rate", operatingCostRate);
        double elRate = pd * lgd;
        double capitalCharge = capitalK * hurdleRate;
        return new MinimumRate(fundingRate, elRate, capitalCharge, operatingCostRate,
                fundingRate + elRate + capitalCharge + operatingCostRate);
    }

    public record MinimumRate(double fundingRate, double expectedLossRate, double capitalCharge,
                              double operatingCostRate, double rate) {
    }
}
