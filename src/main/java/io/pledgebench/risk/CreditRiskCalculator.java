package io.pledgebench.risk;

/**
 * Credit risk of the loan: LGD (from the collateral expected to be recovered at maturity, floored, or the
 * supervisory unsecured value of the selected Basel framework), one-year EL = PD·LGD·EAD with EAD the loan (a term
 * loan drawn in full), lifetime PD and EL over the remaining term (SPEC revision 2), the principal loss shared under
 * the risk-sharing scheme, Basel IRB capital at the effective maturity, and the risk-based minimum rate priced on the
 * bank's net lifetime expected loss.
 */
public final class CreditRiskCalculator {

    private CreditRiskCalculator() {
    }

    /**
     * @param pd               one-year PD as given or scored (before the Basel floor, which is applied to capital only)
     * @param expectedRecovery expected liquidation value of the collateral when default is recognised
     * @param loan             the exposure (EAD)
     * @param maturityYears    the loan's maturity in years for Basel M (clamped to 1–5 years)
     * @param remainingYears   the remaining term in years, the horizon of lifetime PD and EL (e.g.
     *                         {@code LoanTimeline.remainingTermYears()})
     * @param salesInCurrency  annual turnover in the portfolio currency, or null
     */
    public static CreditRisk assess(double pd, double expectedRecovery, double loan, double maturityYears,
                                    double remainingYears, Double salesInCurrency, RiskParameters p) {
        Probabilities.openUnit("PD", pd);
        Probabilities.positive("loan", loan);
        Probabilities.positive("remaining term (years)", remainingYears);
        double lgd = p.lgdMethod() == RiskParameters.LgdMethod.RECOVERY
                ? LossGivenDefault.fromRecovery(Math.min(expectedRecovery, loan), loan, p.lgdFloor())
                : p.supervisoryLgd();
        double el = ExpectedLoss.of(pd, lgd, loan);
        double lifetimePd = ExpectedLoss.lifetimePd(pd, remainingYears);
        double lifetimeEl = lifetimePd * lgd * loan;
        Double salesMeur = salesInCurrency == null || p.currencyPerEur() == null ? null
                : salesInCurrency / p.currencyPerEur() / 1_000_000;
        double irbPd = Math.max(pd, p.baselFramework().corporatePdFloor());
        double maturity = IrbCapital.effectiveMaturity(maturityYears);
        IrbCapital.IrbResult irb = IrbCapital.corporate(irbPd, lgd, maturity, salesMeur);
        RiskSharing.SharedLoss shared = RiskSharing.share(lifetimePd, lgd * loan, loan, p.riskSharing());
        double netRatePerYear = shared.bankNet() / remainingYears / loan;
        RiskBasedPricing.MinimumRate rate = RiskBasedPricing.minimumRate(p.fundingRate(), netRatePerYear,
                irb.capitalK(), p.hurdleRate(), p.operatingCostRate());
        return new CreditRisk(pd, lgd, loan, el, remainingYears, lifetimePd, lifetimeEl, irb, irb.capital(loan),
                irb.riskWeightedAssets(loan), rate, shared);
    }

    /**
     * @param expectedLoss         one-year EL = PD·LGD·EAD
     * @param remainingYears       the horizon of the lifetime figures
     * @param lifetimePd           1 − (1 − PD)^remainingYears
     * @param lifetimeExpectedLoss lifetimePd·LGD·EAD, the expected principal loss over the remaining term
     * @param minimumRate          priced on {@link #bankNetExpectedLossRatePerYear()}
     * @param sharedLoss           the lifetime expected loss split among the bank and the scheme's parties
     */
    public record CreditRisk(double pd, double lgd, double ead, double expectedLoss, double remainingYears,
                             double lifetimePd, double lifetimeExpectedLoss, IrbCapital.IrbResult irb,
                             double capital, double riskWeightedAssets, RiskBasedPricing.MinimumRate minimumRate,
                             RiskSharing.SharedLoss sharedLoss) {

        /** One-year EL / EAD = PD·LGD. */
        public double expectedLossRate() {
            return expectedLoss / ead;
        }

        /** Lifetime EL / EAD. */
        public double lifetimeExpectedLossRate() {
            return lifetimeExpectedLoss / ead;
        }

        /** The bank's part of the lifetime expected loss after risk sharing and caps: what grades and prices. */
        public double bankNetLifetimeExpectedLoss() {
            return sharedLoss.bankNet();
        }

        /** The bank's net lifetime expected loss / EAD. */
        public double bankNetLifetimeExpectedLossRate() {
            return sharedLoss.bankNet() / ead;
        }

        /** The bank's net lifetime expected loss / remaining years / EAD: the EL component of the minimum rate. */
        public double bankNetExpectedLossRatePerYear() {
            return sharedLoss.bankNet() / remainingYears / ead;
        }
    }
}
