package io.pledgebench.risk;

import io.pledgebench.domain.PatentType;

import java.util.Objects;

/**
 * One patent as collateral: its market value today, quality score, income years left (over which its value runs
 * off), yearly hazard of losing the right, whether it passed the eligibility rules, and whether its value rests on the
 * cost approach alone ({@code valuation.PatentValuation#costOnly}: its advance rate is reduced by
 * {@link AdvanceRatePolicy#costOnlyAdvanceRateFactor()}). An ineligible patent is carried for the record but adds
 * nothing to the collateral.
 */
public record CollateralItem(String patentNumber, PatentType type, double marketValue, double qualityScore,
                             double incomeYears, double hazardPerYear, boolean eligible, boolean costOnly) {

    /** An item whose value has income (or market) evidence. */
    public CollateralItem(String patentNumber, PatentType type, double marketValue, double qualityScore,
                          double incomeYears, double hazardPerYear, boolean eligible) {
        this(patentNumber, type, marketValue, qualityScore, incomeYears, hazardPerYear, eligible, false);
    }

    public CollateralItem {
        Objects.requireNonNull(patentNumber, "patentNumber");
        Objects.requireNonNull(type, "type");
        Probabilities.nonNegative("market value of " + patentNumber, marketValue);
        if (!(qualityScore >= 0 && qualityScore <= 100)) {
            throw new IllegalArgumentException("quality score of " + patentNumber + " must lie in [0, 100], was " + qualityScore);
        }
        Probabilities.nonNegative("income years of " + patentNumber, incomeYears);
        Probabilities.nonNegative("hazard rate of " + patentNumber, hazardPerYear);
    }

    public CollateralItem withMarketValue(double value) {
        return new CollateralItem(patentNumber, type, value, qualityScore, incomeYears, hazardPerYear, eligible, costOnly);
    }

    public CollateralItem excluded() {
        return new CollateralItem(patentNumber, type, marketValue, qualityScore, incomeYears, hazardPerYear, false,
                costOnly);
    }
}
