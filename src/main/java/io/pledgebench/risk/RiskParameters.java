package io.pledgebench.risk;

import io.pledgebench.domain.PatentType;
import io.pledgebench.domain.Text;

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
 *   <li>liquidation haircuts by type (each with its source in {@link #sources()}, printed with the parameters):
 *       recoveries on disposal of pledged patents are often below 10 % of appraised value (the product's risk
 *       disclosure, SPEC; a reported case: appraised RMB 3 m, realised RMB 0.2 m, Economic Daily, January 2021).
 *       The fire-sale discounts (invention 88 %, utility model 92 %, design 95 %) are calibrated so that an
 *       invention returns about 9 % of market value in present-value terms, the others less; disposal costs 10 %
 *       (auction commission up to 5 %, PRC Auction Law art. 56; court and enforcement fees; a fresh appraisal);
 *       two years to sell (court time limits and up to two auction rounds); recoveries discounted at 8 % = the
 *       one-year LPR 3.0 % + the 5-percentage-point add-on of EBA/GL/2017/16 para. 143. To be replaced by the
 *       bank's own disposal record.</li>
 *   <li>LGD floor 25 %: the Basel III input floor for unsecured corporate exposures under the advanced IRB approach
 *       (Basel Framework CRE32, "Basel III: Finalising post-crisis reforms", December 2017), which applies
 *       because patents are not eligible IRB collateral.</li>
 *   <li>Basel framework: {@link BaselFramework#BASEL_II} by default (corporate PD floor 0.03 %, supervisory
 *       senior unsecured LGD 45 %); {@link BaselFramework#BASEL_III} selects 0.05 % and 40 %.</li>
 *   <li>grades: A to E by the bank's net lifetime expected-loss rate (lifetime EL after risk sharing / EAD: 1.5 %,
 *       3 %, 6 %, 15 % — the former one-year thresholds 0.5 %, 1 %, 2 %, 5 % over a three-year medium-term loan, a
 *       house convention) and by the lowest expected coverage of the loan by
 *       the collateral's liquidation value over the term (0.25, 0.1875, 0.125, 0.0625). Coverage is measured after
 *       fire-sale discount, cost, delay, run-off and survival, already a stressed figure, hence thresholds below 1.
 *       They are a quarter of the former 1.0/0.75/0.5/0.25, because the recalibrated liquidation values are about a
 *       quarter of the former ones (invention 41.7 % → 9.3 % of market value): the recalibration changes what coverage
 *       measures, not the grade a given loan-to-value earns. A loan at the 30 % maximum advance rate starts at
 *       coverage 0.093/0.30 = 0.31, above A's 0.25. The recommended loan is 100 % of the maximum for A and B, 90 % for
 *       C, 70 % for D and nothing for E. House conventions, editable.</li>
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
                             BaselFramework baselFramework,
                             double minimumDebtServiceCoverage,
                             Double policyMaximumLoan,
                             int policyMaximumTermMonths,
                             double fundingRate,
                             double hurdleRate,
                             double operatingCostRate,
                             RiskSharing.Scheme riskSharing,
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
     * The Basel rules for the IRB capital figure and the supervisory LGD: the corporate PD floor and the foundation-IRB
     * LGD of senior unsecured claims on (non-financial) corporates.
     * <ul>
     *   <li>Basel II, "International Convergence of Capital Measurement and Capital Standards", comprehensive version
     *       June 2006: para. 285 (PD floor 0.03 %), para. 287 (LGD 45 %).</li>
     *   <li>Basel III, "Finalising post-crisis reforms", December 2017, in the Basel Framework CRE32 in force from
     *       1 January 2023: CRE32.3 (PD floor 0.05 %), CRE32.4 (LGD 40 % for senior unsecured claims on
     *       corporates other than financial institutions).</li>
     * </ul>
     */
    public enum BaselFramework {
        BASEL_II("baselII", IrbCapital.BASEL_II_CORPORATE_PD_FLOOR, LossGivenDefault.BASEL_II_SENIOR_UNSECURED),
        BASEL_III("baselIII", IrbCapital.BASEL_III_CORPORATE_PD_FLOOR,
                LossGivenDefault.BASEL_III_SENIOR_UNSECURED_NON_FINANCIAL);

        private final String code;
        private final double corporatePdFloor;
        private final double seniorUnsecuredLgd;

        BaselFramework(String code, double corporatePdFloor, double seniorUnsecuredLgd) {
            this.code = code;
            this.corporatePdFloor = corporatePdFloor;
            this.seniorUnsecuredLgd = seniorUnsecuredLgd;
        }

        public String code() {
            return code;
        }

        public double corporatePdFloor() {
            return corporatePdFloor;
        }

        public double seniorUnsecuredLgd() {
            return seniorUnsecuredLgd;
        }

        /** The framework named {@code code} ({@code baselII}, {@code baselIII}) or its enum name. */
        public static BaselFramework parse(String code) {
            for (BaselFramework f : values()) {
                if (f.code.equalsIgnoreCase(code) || f.name().equalsIgnoreCase(code)) {
                    return f;
                }
            }
            throw new IllegalArgumentException("Basel framework must be baselII or baselIII, was '" + code + "'");
        }

        /** Where the PD floor and the LGD come from. */
        public Text source() {
            return Text.of("risk.source.basel." + code);
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
        Objects.requireNonNull(baselFramework, "baselFramework");
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

    /** Fire-sale discount of an invention patent; see {@link #sources()}. */
    public static final double INVENTION_FIRE_SALE = 0.88;
    public static final double UTILITY_MODEL_FIRE_SALE = 0.92;
    public static final double DESIGN_FIRE_SALE = 0.95;
    public static final double DISPOSAL_COST = 0.10;
    public static final double YEARS_TO_SELL = 2.0;
    public static final double RECOVERY_DISCOUNT_RATE = 0.08;
    public static final double LGD_FLOOR = 0.25;

    public static RiskParameters defaults() {
        Map<PatentType, LiquidationValue.LiquidationParameters> liq = new EnumMap<>(PatentType.class);
        liq.put(PatentType.INVENTION, new LiquidationValue.LiquidationParameters(INVENTION_FIRE_SALE,
                DISPOSAL_COST, YEARS_TO_SELL, RECOVERY_DISCOUNT_RATE));
        liq.put(PatentType.UTILITY_MODEL, new LiquidationValue.LiquidationParameters(UTILITY_MODEL_FIRE_SALE,
                DISPOSAL_COST, YEARS_TO_SELL, RECOVERY_DISCOUNT_RATE));
        liq.put(PatentType.DESIGN, new LiquidationValue.LiquidationParameters(DESIGN_FIRE_SALE,
                DISPOSAL_COST, YEARS_TO_SELL, RECOVERY_DISCOUNT_RATE));
        List<GradeThreshold> grades = List.of(
                new GradeThreshold("A", 0.015, 0.25),
                new GradeThreshold("B", 0.030, 0.1875),
                new GradeThreshold("C", 0.060, 0.125),
                new GradeThreshold("D", 0.150, 0.0625),
                new GradeThreshold("E", Double.MAX_VALUE, 0.0));
        Map<String, Double> factors = new LinkedHashMap<>();
        factors.put("A", 1.0);
        factors.put("B", 1.0);
        factors.put("C", 0.9);
        factors.put("D", 0.7);
        factors.put("E", 0.0);
        return new RiskParameters(liq, AdvanceRatePolicy.defaults(), 0.20, LgdMethod.RECOVERY, LGD_FLOOR,
                BaselFramework.BASEL_II, 1.25, null, 60, 0.03, 0.12, 0.01, RiskSharing.Scheme.NONE,
                null, PdScorecard.illustrative(), grades, factors, 10_000);
    }

    public RiskParameters withRiskSharing(RiskSharing.Scheme shares) {
        return new RiskParameters(liquidation, advanceRates, maximumDiversificationHaircut, lgdMethod, lgdFloor,
                baselFramework, minimumDebtServiceCoverage, policyMaximumLoan, policyMaximumTermMonths, fundingRate,
                hurdleRate, operatingCostRate, shares, currencyPerEur, scorecard, grades, gradeLoanFactors, roundingUnit);
    }

    /** These parameters with {@code policy} as the advance-rate policy. */
    public RiskParameters withAdvanceRates(AdvanceRatePolicy policy) {
        return new RiskParameters(liquidation, policy, maximumDiversificationHaircut, lgdMethod, lgdFloor,
                baselFramework, minimumDebtServiceCoverage, policyMaximumLoan, policyMaximumTermMonths, fundingRate,
                hurdleRate, operatingCostRate, riskSharing, currencyPerEur, scorecard, grades, gradeLoanFactors,
                roundingUnit);
    }

    public RiskParameters withCurrencyPerEur(Double rate) {
        return new RiskParameters(liquidation, advanceRates, maximumDiversificationHaircut, lgdMethod, lgdFloor,
                baselFramework, minimumDebtServiceCoverage, policyMaximumLoan, policyMaximumTermMonths, fundingRate,
                hurdleRate, operatingCostRate, riskSharing, rate, scorecard, grades, gradeLoanFactors, roundingUnit);
    }

    public RiskParameters withPolicy(Double maximumLoan, int maximumTermMonths) {
        return new RiskParameters(liquidation, advanceRates, maximumDiversificationHaircut, lgdMethod, lgdFloor,
                baselFramework, minimumDebtServiceCoverage, maximumLoan, maximumTermMonths, fundingRate,
                hurdleRate, operatingCostRate, riskSharing, currencyPerEur, scorecard, grades, gradeLoanFactors,
                roundingUnit);
    }

    public RiskParameters withBaselFramework(BaselFramework framework) {
        return new RiskParameters(liquidation, advanceRates, maximumDiversificationHaircut, lgdMethod, lgdFloor,
                framework, minimumDebtServiceCoverage, policyMaximumLoan, policyMaximumTermMonths, fundingRate,
                hurdleRate, operatingCostRate, riskSharing, currencyPerEur, scorecard, grades, gradeLoanFactors,
                roundingUnit);
    }

    /** The supervisory LGD of senior unsecured corporate claims under the selected Basel framework. */
    public double supervisoryLgd() {
        return baselFramework.seniorUnsecuredLgd();
    }

    /**
     * The same parameters with every patent type's liquidation value at most {@code share} of market value (no
     * fire-sale haircut beyond it, no cost, no time); a type already below it keeps its own, lower value, so the
     * "disposal at 10 % recovery" stress never shows a better recovery than the base case.
     */
    /** These parameters with {@code liq} as the liquidation parameters of each patent type. */
    public RiskParameters withLiquidation(Map<PatentType, LiquidationValue.LiquidationParameters> liq) {
        return new RiskParameters(liq, advanceRates, maximumDiversificationHaircut, lgdMethod, lgdFloor,
                baselFramework, minimumDebtServiceCoverage, policyMaximumLoan, policyMaximumTermMonths, fundingRate,
                hurdleRate, operatingCostRate, riskSharing, currencyPerEur, scorecard, grades, gradeLoanFactors,
                roundingUnit);
    }

    public RiskParameters withLiquidationAtShareOfMarketValue(double share) {
        Probabilities.closedUnit("liquidation value as a share of market value", share);
        Map<PatentType, LiquidationValue.LiquidationParameters> liq = new EnumMap<>(PatentType.class);
        // a stress never improves on the base case: a type whose liquidation value is already below the share keeps it
        liquidation.forEach((t, p) -> liq.put(t, LiquidationValue.of(1.0, p) <= share ? p
                : new LiquidationValue.LiquidationParameters(1 - share, 0, 0, p.discountRate())));
        return new RiskParameters(liq, advanceRates, maximumDiversificationHaircut, lgdMethod, lgdFloor,
                baselFramework, minimumDebtServiceCoverage, policyMaximumLoan, policyMaximumTermMonths, fundingRate,
                hurdleRate, operatingCostRate, riskSharing, currencyPerEur, scorecard, grades, gradeLoanFactors,
                roundingUnit);
    }

    public RiskParameters withLgdMethod(LgdMethod method) {
        return new RiskParameters(liquidation, advanceRates, maximumDiversificationHaircut, method, lgdFloor,
                baselFramework, minimumDebtServiceCoverage, policyMaximumLoan, policyMaximumTermMonths, fundingRate,
                hurdleRate, operatingCostRate, riskSharing, currencyPerEur, scorecard, grades, gradeLoanFactors,
                roundingUnit);
    }

    /** The same haircuts with every liquidation discount rate shifted by {@code shift} (a stress). */
    public RiskParameters withLiquidationRateShift(double shift) {
        Map<PatentType, LiquidationValue.LiquidationParameters> liq = new EnumMap<>(PatentType.class);
        liquidation.forEach((t, p) -> liq.put(t, p.withDiscountRate(p.discountRate() + shift)));
        return new RiskParameters(liq, advanceRates, maximumDiversificationHaircut, lgdMethod, lgdFloor,
                baselFramework, minimumDebtServiceCoverage, policyMaximumLoan, policyMaximumTermMonths, fundingRate,
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
        m.put("baselFramework", baselFramework.code());
        m.put("supervisoryLgd", supervisoryLgd());
        m.put("minimumDebtServiceCoverage", minimumDebtServiceCoverage);
        m.put("policyMaximumLoan", policyMaximumLoan);
        m.put("policyMaximumTermMonths", policyMaximumTermMonths);
        m.put("fundingRate", fundingRate);
        m.put("hurdleRate", hurdleRate);
        m.put("operatingCostRate", operatingCostRate);
        m.put("riskSharing", riskSharing.toMap());
        m.put("currencyPerEur", currencyPerEur);
        m.put("pdScorecard", scorecard.coefficients());
        m.put("irbPdFloor", baselFramework.corporatePdFloor());
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
        Map<String, Object> src = new LinkedHashMap<>();
        sources().forEach((k, t) -> src.put(k, t.english()));
        m.put("sources", src);
        return m;
    }

    /**
     * The source of every liquidation and recovery parameter, keyed by its path in {@link #toMap()} (e.g.
     * {@code liquidation.invention.fireSaleDiscount}); a value that differs from the default says it was set for
     * this assessment.
     */
    public Map<String, Text> sources() {
        Map<String, Text> m = new LinkedHashMap<>();
        Map<PatentType, Double> fireSale = Map.of(PatentType.INVENTION, INVENTION_FIRE_SALE,
                PatentType.UTILITY_MODEL, UTILITY_MODEL_FIRE_SALE, PatentType.DESIGN, DESIGN_FIRE_SALE);
        for (PatentType t : PatentType.values()) {
            LiquidationValue.LiquidationParameters p = liquidation.get(t);
            String at = "liquidation." + t.code() + ".";
            String type = t == PatentType.UTILITY_MODEL ? "utilityModel" : t.code();
            m.put(at + "fireSaleDiscount", source(p.fireSaleDiscount(), fireSale.get(t),
                    "risk.source.liquidation.fireSale." + type));
            m.put(at + "disposalCost", source(p.disposalCost(), DISPOSAL_COST, "risk.source.liquidation.disposalCost"));
            m.put(at + "yearsToSell", source(p.yearsToSell(), YEARS_TO_SELL, "risk.source.liquidation.yearsToSell"));
            m.put(at + "discountRate", source(p.discountRate(), RECOVERY_DISCOUNT_RATE,
                    "risk.source.liquidation.discountRate"));
        }
        m.put("lgdFloor", source(lgdFloor, LGD_FLOOR, "risk.source.lgdFloor"));
        m.put("supervisoryLgd", baselFramework.source());
        m.put("irbPdFloor", baselFramework.source());
        m.put("riskSharing", riskSharing.source());
        return m;
    }

    private static Text source(double value, double defaultValue, String key) {
        return value == defaultValue ? Text.of(key) : Text.of("risk.source.userSet", value, defaultValue);
    }
}
