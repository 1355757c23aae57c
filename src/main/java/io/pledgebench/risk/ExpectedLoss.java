package io.pledgebench.risk;

/**
 * Expected loss EL = PD·LGD·EAD (Basel Framework CRE35.2–35.3: EL = PD·LGD for corporate exposures not in default,
 * times EAD for the amount).
 */
public final class ExpectedLoss {

    private ExpectedLoss() {
    }

    public static double of(double pd, double lgd, double ead) {
        Probabilities.openUnit("PD", pd);
        Probabilities.closedUnit("LGD", lgd);
        Probabilities.nonNegative("EAD", ead);
        return pd * lgd * ead;
    }
}
