package io.pledgebench.risk;

/**
 * LGD either from the expected collateral recovery, LGD = max(floor, 1 − recovery/EAD), or the supervisory
 * value for senior unsecured corporate claims: 45 % under Basel II foundation IRB (para. 287) and 40 % for
 * non-financial corporates under the Basel III reforms ("Basel III: Finalising post-crisis reforms", December 2017). Patents are not eligible
 * IRB collateral, so the supervisory figure ignores them.
 */
public final class LossGivenDefault {

    public static final double BASEL_II_SENIOR_UNSECURED = 0.45;
    public static final double BASEL_III_SENIOR_UNSECURED_NON_FINANCIAL = 0.40;

    private LossGivenDefault() {
    }

    public static double fromRecovery(double expectedRecovery, double ead, double floor) {
        Probabilities.nonNegative("expected recovery", expectedRecovery);
        Probabilities.positive("EAD", ead);
        Probabilities.closedUnit("LGD floor", floor);
        return Math.max(floor, 1 - expectedRecovery / ead);
    }
}
