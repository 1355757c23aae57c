package io.pledgebench.risk;

import org.apache.commons.math3.distribution.NormalDistribution;

/**
 * Basel II IRB capital for corporate exposures not in default (Basel II comprehensive version, June 2006,
 * para. 272–273; BCBS "An Explanatory Note on the Basel II IRB Risk Weight Functions", July 2005):
 * <pre>
 * R = 0.12·w + 0.24·(1 − w), w = (1 − e^(−50·PD)) / (1 − e^(−50))
 *     − 0.04·(1 − (S − 5)/45)                  SME firm-size adjustment, S = turnover in € m, 5 ≤ S ≤ 50
 * b = (0.11852 − 0.05478·ln PD)²
 * K = [LGD·N((G(PD) + √R·G(0.999)) / √(1 − R)) − PD·LGD] · (1 + (M − 2.5)·b) / (1 − 1.5·b)
 * RW = 12.5·K
 * </pre>
 * The Basel II 1.06 scaling factor is not applied: the risk weight is the one published in Annex 5.
 */
public final class IrbCapital {

    /** Basel II (June 2006) para. 285: the PD of a corporate exposure is at least 0.03 %. */
    public static final double BASEL_II_CORPORATE_PD_FLOOR = 0.0003;
    /**
     * Basel III: Finalising post-crisis reforms (December 2017), Basel Framework CRE32.3 as in force from 1 January
     * 2023: the PD of a corporate exposure is at least 0.05 %.
     */
    public static final double BASEL_III_CORPORATE_PD_FLOOR = 0.0005;
    /** Para. 320: effective maturity is at least one year. */
    public static final double MIN_MATURITY = 1.0;
    /** Para. 320: effective maturity is at most five years. */
    public static final double MAX_MATURITY = 5.0;
    /** Para. 273: turnover from which no firm-size adjustment applies, € m. */
    public static final double SME_UPPER_SALES_MEUR = 50.0;
    /** Para. 273: turnover below € 5 m is treated as € 5 m. */
    public static final double SME_LOWER_SALES_MEUR = 5.0;
    public static final double CONFIDENCE = 0.999;

    private static final NormalDistribution N = new NormalDistribution(null, 0, 1);

    private IrbCapital() {
    }

    /**
     * @param salesMeur annual turnover of the borrower's group in € m, or null when the firm-size adjustment
     *                  does not apply
     */
    public static IrbResult corporate(double pd, double lgd, double maturity, Double salesMeur) {
        Probabilities.openUnit("PD", pd);
        Probabilities.closedUnit("LGD", lgd);
        if (!(maturity >= MIN_MATURITY && maturity <= MAX_MATURITY)) {
            throw new IllegalArgumentException("effective maturity must lie between " + MIN_MATURITY + " and "
                    + MAX_MATURITY + " years (Basel II para. 320), was " + maturity);
        }
        if (salesMeur != null) {
            Probabilities.nonNegative("turnover (€ m)", salesMeur);
        }
        double w = (1 - Math.exp(-50 * pd)) / (1 - Math.exp(-50));
        double correlation = 0.12 * w + 0.24 * (1 - w) - firmSizeAdjustment(salesMeur);
        double b = Math.pow(0.11852 - 0.05478 * Math.log(pd), 2);
        double conditionalPd = N.cumulativeProbability(
                (N.inverseCumulativeProbability(pd) + Math.sqrt(correlation) * N.inverseCumulativeProbability(CONFIDENCE))
                        / Math.sqrt(1 - correlation));
        double maturityFactor = (1 + (maturity - 2.5) * b) / (1 - 1.5 * b);
        double k = (lgd * conditionalPd - pd * lgd) * maturityFactor;
        return new IrbResult(pd, lgd, maturity, salesMeur, correlation, b, maturityFactor, k, 12.5 * k);
    }

    /** The reduction of the asset correlation for SMEs; zero above € 50 m or when turnover is unknown. */
    public static double firmSizeAdjustment(Double salesMeur) {
        if (salesMeur == null || salesMeur >= SME_UPPER_SALES_MEUR) {
            return 0.0;
        }
        double s = Math.max(SME_LOWER_SALES_MEUR, salesMeur);
        return 0.04 * (1 - (s - SME_LOWER_SALES_MEUR) / (SME_UPPER_SALES_MEUR - SME_LOWER_SALES_MEUR));
    }

    /** Para. 320: the effective maturity of a loan of {@code termYears}, floored at one and capped at five years. */
    public static double effectiveMaturity(double termYears) {
        Probabilities.positive("loan term (years)", termYears);
        return Math.min(MAX_MATURITY, Math.max(MIN_MATURITY, termYears));
    }

    /**
     * Result of the IRB formula with its inputs. {@code maturityAdjustment} is b; {@code maturityFactor} is
     * (1 + (M − 2.5)·b)/(1 − 1.5·b); {@code capitalK} and {@code riskWeight} are fractions of EAD.
     */
    public record IrbResult(double pd, double lgd, double maturity, Double salesMeur, double correlation,
                            double maturityAdjustment, double maturityFactor, double capitalK, double riskWeight) {

        public double capital(double ead) {
            return capitalK * ead;
        }

        public double riskWeightedAssets(double ead) {
            return riskWeight * ead;
        }
    }
}
