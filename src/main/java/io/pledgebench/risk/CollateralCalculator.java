package io.pledgebench.risk;

import java.util.ArrayList;
import java.util.List;

/**
 * Values the pledged pool: per eligible patent the liquidation value (haircuts by type) and advance rate (by type
 * and quality score, reduced for a value resting on the cost approach alone); for the pool the market and liquidation values, HHI, the diversification haircut and the
 * lending capacity Σ MVᵢ·advanceᵢ·(1 − haircut), plus the expected liquidation value and coverage per loan year.
 * The advance rate applies to market (appraised) value as in CN practice (质押率 = loan / appraised value).
 */
public final class CollateralCalculator {

    private CollateralCalculator() {
    }

    public static CollateralAssessment assess(List<CollateralItem> items, double loan, double termYears,
                                              RiskParameters parameters) {
        return assess(items, loan, CollateralPath.yearEnds(termYears), parameters);
    }

    /**
     * @param times the loan's checkpoints in years from the valuation date (its anniversaries, then maturity), at
     *              which the coverage path is measured
     */
    public static CollateralAssessment assess(List<CollateralItem> items, double loan, double[] times,
                                              RiskParameters parameters) {
        Probabilities.positive("loan", loan);
        List<ItemResult> results = new ArrayList<>(items.size());
        List<Double> eligibleValues = new ArrayList<>();
        List<CollateralPath.Holding> holdings = new ArrayList<>();
        double mv = 0;
        double lv = 0;
        double advanced = 0;
        for (CollateralItem i : items) {
            if (!i.eligible()) {
                results.add(new ItemResult(i.patentNumber(), false, i.marketValue(), 0, 0, 0));
                continue;
            }
            if (!countsAsCollateral(i, parameters)) {
                // pledged, but its value rests on the cost approach alone: no collateral value (SPEC revision 2)
                results.add(new ItemResult(i.patentNumber(), true, i.marketValue(), 0, 0, 0));
                continue;
            }
            double l = LiquidationValue.of(i.marketValue(), parameters.liquidation().get(i.type()));
            double rate = parameters.advanceRates().rate(i.type(), i.qualityScore(), i.costOnly());
            results.add(new ItemResult(i.patentNumber(), true, i.marketValue(), l, rate, i.marketValue() * rate));
            mv += i.marketValue();
            lv += l;
            advanced += i.marketValue() * rate;
            eligibleValues.add(i.marketValue());
            holdings.add(new CollateralPath.Holding(l, i.incomeYears(), i.hazardPerYear()));
        }
        double hhi = 0;
        double effective = 0;
        if (mv > 0) {
            Concentration.ConcentrationResult c = Concentration.of(eligibleValues);
            hhi = c.hhi();
            effective = c.effectiveNumber();
        }
        double haircut = mv > 0 ? Concentration.diversificationHaircut(hhi, parameters.maximumDiversificationHaircut()) : 0;
        double capacity = advanced * (1 - haircut);
        double advanceRate = mv > 0 ? advanced / mv : 0;
        List<CollateralPath.YearPoint> path = CollateralPath.coverage(holdings, loan, times);
        return new CollateralAssessment(mv, lv, advanceRate, haircut, capacity, hhi, effective, results, path);
    }

    /**
     * Whether an eligible patent's value is collateral value: not when it rests on the cost approach alone ("cost
     * only, no income evidence") and the policy lends nothing against such patents (factor 0, the default) — its
     * cost is no value indicator, so it adds nothing to the pool's market or liquidation value, concentration,
     * coverage or recovery. A bank that lends a share against them counts them in full.
     */
    public static boolean countsAsCollateral(CollateralItem item, RiskParameters parameters) {
        return item.eligible() && item.marketValue() > 0
                && !(item.costOnly() && parameters.advanceRates().costOnlyAdvanceRateFactor() == 0);
    }

    /** One patent's part: its liquidation value, advance rate and the amount lent against it (before the haircut). */
    public record ItemResult(String patentNumber, boolean eligible, double marketValue, double liquidationValue,
                             double advanceRate, double advanceAmount) {
        /**
         * Whether the patent counts in the pool's market value: eligible and given a liquidation value or an advance
         * rate (a pledgeable patent valued by the cost approach alone, with factor 0, is carried at 0).
         */
        public boolean countsAsCollateral() {
            return eligible && (liquidationValue > 0 || advanceRate > 0);
        }
    }

    /**
     * The pool: values of the eligible patents, the value-weighted advance rate, the diversification haircut,
     * capacity, concentration (0 when nothing is eligible) and the coverage path.
     */
    public record CollateralAssessment(double marketValue, double liquidationValue, double advanceRate,
                                       double diversificationHaircut, double capacity, double hhi,
                                       double effectiveNumber, List<ItemResult> items,
                                       List<CollateralPath.YearPoint> path) {
        public CollateralAssessment {
            items = List.copyOf(items);
            path = List.copyOf(path);
        }

        /** Lowest expected coverage over the term (the binding year). */
        public double minimumCoverage() {
            return path.stream().mapToDouble(CollateralPath.YearPoint::coverage).min().orElse(0);
        }

        /** Expected liquidation value at maturity, after run-off and survival. */
        public double expectedValueAtMaturity() {
            return path.isEmpty() ? 0 : path.get(path.size() - 1).expectedValue();
        }
    }
}
