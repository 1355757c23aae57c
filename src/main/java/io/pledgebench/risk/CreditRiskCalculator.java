package io.pledgebench.risk;

/**
 * Credit risk of the loan: LGD (from the collateral expected to be recovered at maturity, floored, or the
 * supervisory unsecured value), EL = PD·LGD·EAD with EAD the loan (a term loan drawn in full), Basel IRB capital at
 * the effective maturity, the risk-based minimum rate and the bank's share of EL after risk sharing.
 */
public final class CreditRiskCalculator {

    private CreditRiskCalculator() {
    }

    /**
     * @param pd                 PD as given or scored (before the Basel floor, which is applied to capital only)
     * @param expectedRecovery   expected liquidation value of the collateral when default is recognised
     * @param salesInCurrency    annual turnover in the portfolio currency, or null
     */
    public static CreditRisk assess(double pd, double expectedRecovery, double loan, double termYears,
                                    Double salesInCurrency, RiskParameters p) {
        Probabilities.openUnit("PD", pd);
        Probabilities.positive("loan", loan);
        double lgd = p.lgdMethod() == RiskParameters.LgdMethod.RECOVERY
                ? LossGivenDefault.fromRecovery(Math.min(expectedRecovery, loan), loan, p.lgdFloor())
                : p.supervisoryLgd();
        double el = ExpectedLoss.of(pd, lgd, loan);
        Double salesMeur = salesInCurrency == null || p.currencyPerEur() == null ? null
                : salesInCurrency / p.currencyPerEur() / 1_000_000;
        double irbPd = Math.max(pd, IrbCapital.CORPORATE_PD_FLOOR);
        double maturity = IrbCapital.effectiveMaturity(termYears);
        IrbCapital.IrbResult irb = IrbCapital.corporate(irbPd, lgd, maturity, salesMeur);
        RiskBasedPricing.MinimumRate rate = RiskBasedPricing.minimumRate(p.fundingRate(), pd, lgd, irb.capitalK(),
                p.hurdleRate(), p.operatingCostRate());
        RiskSharing.SharedLoss shared = RiskSharing.share(el, p.riskSharing());
        return new CreditRisk(pd, lgd, loan, el, irb, irb.capital(loan), irb.riskWeightedAssets(loan), rate, shared);
    }

    public record CreditRisk(double pd, double lgd, double ead, double expectedLoss, IrbCapital.IrbResult irb,
                             double capital, double riskWeightedAssets, RiskBasedPricing.MinimumRate minimumRate,
                             RiskSharing.SharedLoss sharedLoss) {

        public double expectedLossRate() {
            return expectedLoss / ead;
        }
    }
}
