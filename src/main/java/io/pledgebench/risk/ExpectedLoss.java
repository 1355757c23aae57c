package io.pledgebench.risk;

/**
 * Expected loss EL = PD·LGD·EAD (Basel Framework CRE35.2–35.3: EL = PD·LGD for corporate exposures not in default,
 * times EAD for the amount), and its lifetime counterpart over the loan's remaining term (SPEC revision 2, "Risk
 * figures"): PD_life = 1 − (1 − PD)^T with T the remaining term in years, EL_life = PD_life·LGD·EAD. The one-year PD
 * is taken as constant over the term (a flat hazard), so survival to T is (1 − PD)^T.
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

    /** PD_life = 1 − (1 − PD)^years: the probability of default at some time within {@code years}. */
    public static double lifetimePd(double pd, double years) {
        Probabilities.openUnit("PD", pd);
        Probabilities.positive("remaining term (years)", years);
        return -Math.expm1(years * Math.log1p(-pd));
    }

    /** EL_life = PD_life·LGD·EAD over {@code years}. */
    public static double lifetime(double pd, double lgd, double ead, double years) {
        Probabilities.closedUnit("LGD", lgd);
        Probabilities.nonNegative("EAD", ead);
        return lifetimePd(pd, years) * lgd * ead;
    }
}
