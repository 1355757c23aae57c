package io.pledgebench.risk;

import io.pledgebench.domain.PatentType;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Every parameter of the collateral and credit-risk calculation, in one editable place; {@link #toMap()} prints
 * them with each assessment. Rates are decimals. Defaults and their grounds:
 * <ul>
 *   <li>liquidation haircuts by type: resale markets for patents are thin and recoveries on disposal are often
 *       far below appraised value, so half of an invention's market value is assumed lost in a forced sale and more
 *       for utility models and designs; a tenth goes to disposal costs (auction, agent, legal); the sale takes a
 *       year, discounted at 8 %. These are conservative house assumptions, to be calibrated on the bank's own
 *       disposals.</li>
 *   <li>LGD floor 25 %: the Basel III input floor for unsecured corporate exposures under the advanced IRB approach ("Basel III: Finalising post-crisis reforms", December 2017), which applies
 *       because patents are not eligible IRB collateral.</li>
 *   <li>grades: A to E by expected-loss rate (0.5 %, 1 %, 2 %, 5 %) and by the lowest expected coverage of the loan by
 *       the collateral's liquidation value over the term (1.0, 0.75, 0.5, 0.25). Coverage is measured after fire-sale
 *       discount, run-off and survival, already a stressed figure, hence thresholds below 1; the recommended loan is
 *       100 % of the maximum for A and B, 90 % for C, 70 % for D and nothing for E. House conventions, editable.</li>
 *   <li>minimum debt-service coverage 1.25 (SPEC); policy: no amount cap, term at most 60 months (medium-term
 *       lending).</li>
 *   <li>pricing: funding at the one-year Loan Prime Rate (3.0 % since May 2025), a 12 % hurdle return on capital
 *       and 1 % operating cost — the bank's own figures replace these.</li>
 * </ul>
 *
 * @param currencyPerEur units of the portfolio currency per euro, to express turnover in € m for the IRB SME
 *                       adjustment; null = unknown, the adjustment is not applied (more capital, the prudent side)
 */
public record RiskParameters(Map<PatentType, LiquidationValue.LiquidationParameters> liquidation,
                             AdvanceRatePolicy advanceRates,
                             double maximumDiversificationHaircut,
                             LgdMethod lgdMethod,
                             double lgdFloor,
                             double supervisoryLgd,
                             double minimumDebtServiceCoverage,
                             Double policyMaximumLoan,
                             int policyMaximumTermMonths,
                             double fundingRate,
                             double hurdleRate,
                             double operatingCostRate,
                             RiskSharing.Shares riskSharing,
                             Double currencyPerEur,
                             PdScorecard scorecard,
                             List<GradeThreshold> grades,
                             Map<String, Double> gradeLoanFactors,
                             double roundingUnit) {

    /** How LGD is set: from the expected collateral recovery (with the floor), or the supervisory unsecured value. */
    public enum LgdMethod {
        RECOVERY("recovery"), SUPERVISORY_UNSECURED("supervisoryUnsecured");

        private final String code;

        LgdMethod(String code) {
            this.code = code;
        }

        public String code() {
            return code;
        }
    }

    /**
     * Grade {@code grade} is given when the expected-loss rate EL/EAD is at most {@code maximumExpectedLossRate} and
     * the liquidation value covers the loan at least {@code minimumCoverage} times; grades are tried best first and
     * the last one catches everything else.
     */
    public record GradeThreshold(String grade, double maximumExpectedLossRate, double minimumCoverage) {
        public GradeThreshold {
            Objects.requireNonNull(grade, "grade");
            Probabilities.nonNegative("maximum expected-loss rate of grade " + grade, maximumExpectedLossRate);
            Probabilities.nonNegative("minimum coverage of grade " + grade, minimumCoverage);
        }
    }

    public RiskParameters {
        liquidation = Map.copyOf(liquidation);
        for (PatentType t : PatentType.values()) {
            if (!liquidation.containsKey(t)) {
                throw new IllegalArgumentException("liquidation parameters missing for " + t.code());
            }
        }
        Objects.requireNonNull(advanceRates, "advanceRates");
        Probabilities.closedUnit("maximum diversification haircut", maximumDiversificationHaircut);
        Objects.requireNonNull(lgdMethod, "lgdMethod");
        Probabilities.closedUnit("LGD floor", lgdFloor);
        Probabilities.closedUnit("supervisory LGD", supervisoryLgd);
        Probabilities.positive("minimum debt-service coverage", minimumDebtServiceCoverage);
        if (policyMaximumLoan != null) {
            Probabilities.positive("policy maximum loan", policyMaximumLoan);
        }
        if (policyMaximumTermMonths < 1) {
            throw new IllegalArgumentException("policy maximum term must be ≥ 1 month, was " + policyMaximumTermMonths);
        }
        Probabilities.finite("funding rate", fundingRate);
        Probabilities.nonNegative("hurdle rate", hurdleRate);
        Probabilities.nonNegative("operating cost rate", operatingCostRate);
        Objects.requireNonNull(riskSharing, "riskSharing");
        if (currencyPerEur != null) {
            Probabilities.positive("exchange rate (currency per EUR)", currencyPerEur);
        }
        Objects.requireNonNull(scorecard, "scorecard");
        grades = List.copyOf(grades);
        if (grades.isEmpty()) {
            throw new IllegalArgumentException("at least one grade is needed");
        }
        gradeLoanFactors = Map.copyOf(gradeLoanFactors);
        for (GradeThreshold g : grades) {
            Double f = gradeLoanFactors.get(g.grade());
            if (f == null) {
                throw new IllegalArgumentException("loan factor missing for grade " + g.grade());
            }
            Probabilities.closedUnit("loan factor of grade " + g.grade(), f);
        }
        Probabilities.positive("rounding unit", roundingUnit);
    }

    public static RiskParameters defaults() {
        Map<PatentType, LiquidationValue.LiquidationParameters> liq = new EnumMap<>(PatentType.class);
        liq.put(PatentType.INVENTION, new LiquidationValue.LiquidationParameters(0.50, 0.10, 1.0, 0.08));
        liq.put(PatentType.UTILITY_MODEL, new LiquidationValue.LiquidationParameters(0.60, 0.10, 1.0, 0.08));
        liq.put(PatentType.DESIGN, new LiquidationValue.LiquidationParameters(0.70, 0.10, 1.0, 0.08));
        List<GradeThreshold> grades = List.of(
                new GradeThreshold("A", 0.005, 1.0),
                new GradeThreshold("B", 0.010, 0.75),
                new GradeThreshold("C", 0.020, 0.5),
                new GradeThreshold("D", 0.050, 0.25),
                new GradeThreshold("E", Double.MAX_VALUE, 0.0));
        Map<String, Double> factors = new LinkedHashMap<>();
        factors.put("A", 1.0);
        factors.put("B", 1.0);
        factors.put("C", 0.9);
        factors.put("D", 0.7);
        factors.put("E", 0.0);
        return new RiskParameters(liq, AdvanceRatePolicy.defaults(), 0.20, LgdMethod.RECOVERY, 0.25,
                LossGivenDefault.BASEL_II_SENIOR_UNSECURED, 1.25, null, 60, 0.03, 0.12, 0.01, RiskSharing.Shares.NONE,
                null, PdScorecard.illustrative(), grades, factors, 10_000);
    }

    public RiskParameters withRiskSharing(RiskSharing.Shares shares) {
        return new RiskParameters(liquidation, advanceRates, maximumDiversificationHaircut, lgdMethod, lgdFloor,
                supervisoryLgd, minimumDebtServiceCoverage, policyMaximumLoan, policyMaximumTermMonths, fundingRate,
                hurdleRate, operatingCostRate, shares, currencyPerEur, scorecard, grades, gradeLoanFactors, roundingUnit);
    }

    public RiskParameters withCurrencyPerEur(Double rate) {
        return new RiskParameters(liquidation, advanceRates, maximumDiversificationHaircut, lgdMethod, lgdFloor,
                supervisoryLgd, minimumDebtServiceCoverage, policyMaximumLoan, policyMaximumTermMonths, fundingRate,
                hurdleRate, operatingCostRate, riskSharing, rate, scorecard, grades, gradeLoanFactors, roundingUnit);
    }

    public RiskParameters withPolicy(Double maximumLoan, int maximumTermMonths) {
        return new RiskParameters(liquidation, advanceRates, maximumDiversificationHaircut, lgdMethod, lgdFloor,
                supervisoryLgd, minimumDebtServiceCoverage, maximumLoan, maximumTermMonths, fundingRate,
                hurdleRate, operatingCostRate, riskSharing, currencyPerEur, scorecard, grades, gradeLoanFactors,
                roundingUnit);
    }

    public RiskParameters withLgdMethod(LgdMethod method) {
        return new RiskParameters(liquidation, advanceRates, maximumDiversificationHaircut, method, lgdFloor,
                supervisoryLgd, minimumDebtServiceCoverage, policyMaximumLoan, policyMaximumTermMonths, fundingRate,
                hurdleRate, operatingCostRate, riskSharing, currencyPerEur, scorecard, grades, gradeLoanFactors,
                roundingUnit);
    }

    /** The same haircuts with every liquidation discount rate shifted by {@code shift} (a stress). */
    public RiskParameters withLiquidationRateShift(double shift) {
        Map<PatentType, LiquidationValue.LiquidationParameters> liq = new EnumMap<>(PatentType.class);
        liquidation.forEach((t, p) -> liq.put(t, p.withDiscountRate(p.discountRate() + shift)));
        return new RiskParameters(liq, advanceRates, maximumDiversificationHaircut, lgdMethod, lgdFloor,
                supervisoryLgd, minimumDebtServiceCoverage, policyMaximumLoan, policyMaximumTermMonths, fundingRate,
                hurdleRate, operatingCostRate, riskSharing, currencyPerEur, scorecard, grades, gradeLoanFactors,
                roundingUnit);
    }

    public Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        Map<String, Object> liq = new LinkedHashMap<>();
        Map<String, Object> adv = new LinkedHashMap<>();
        for (PatentType t : PatentType.values()) {
            LiquidationValue.LiquidationParameters p = liquidation.get(t);
            Map<String, Object> lp = new LinkedHashMap<>();
            lp.put("fireSaleDiscount", p.fireSaleDiscount());
            lp.put("disposalCost", p.disposalCost());
            lp.put("yearsToSell", p.yearsToSell());
            lp.put("discountRate", p.discountRate());
            liq.put(t.code(), lp);
            AdvanceRatePolicy.Range r = advanceRates.ranges().get(t);
            adv.put(t.code(), List.of(r.low(), r.high()));
        }
        m.put("liquidation", liq);
        Map<String, Object> advance = new LinkedHashMap<>();
        advance.put("ranges", adv);
        advance.put("minimumScore", advanceRates.minimumScore());
        advance.put("costOnlyAdvanceRateFactor", advanceRates.costOnlyAdvanceRateFactor());
        m.put("advanceRates", advance);
        m.put("maximumDiversificationHaircut", maximumDiversificationHaircut);
        m.put("lgdMethod", lgdMethod.code());
        m.put("lgdFloor", lgdFloor);
        m.put("supervisoryLgd", supervisoryLgd);
        m.put("minimumDebtServiceCoverage", minimumDebtServiceCoverage);
        m.put("policyMaximumLoan", policyMaximumLoan);
        m.put("policyMaximumTermMonths", policyMaximumTermMonths);
        m.put("fundingRate", fundingRate);
        m.put("hurdleRate", hurdleRate);
        m.put("operatingCostRate", operatingCostRate);
        Map<String, Object> sharing = new LinkedHashMap<>();
        sharing.put("compensationFund", riskSharing.compensationFund());
        sharing.put("insurer", riskSharing.insurer());
        sharing.put("guarantor", riskSharing.guarantor());
        sharing.put("bank", riskSharing.bank());
        m.put("riskSharing", sharing);
        m.put("currencyPerEur", currencyPerEur);
        m.put("pdScorecard", scorecard.coefficients());
        m.put("irbPdFloor", IrbCapital.CORPORATE_PD_FLOOR);
        List<Object> g = new ArrayList<>();
        for (GradeThreshold t : grades) {
            Map<String, Object> gm = new LinkedHashMap<>();
            gm.put("grade", t.grade());
            gm.put("maximumExpectedLossRate", t.maximumExpectedLossRate() == Double.MAX_VALUE ? null : t.maximumExpectedLossRate());
            gm.put("minimumCoverage", t.minimumCoverage());
            gm.put("loanFactor", gradeLoanFactors.get(t.grade()));
            g.add(gm);
        }
        m.put("grades", g);
        m.put("roundingUnit", roundingUnit);
        return m;
    }
}
