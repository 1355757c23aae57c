package io.pledgebench.risk;

/** Expected loss EL = PD·LGD·EAD (Basel II para. 375 for corporate exposures not in default). */
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
