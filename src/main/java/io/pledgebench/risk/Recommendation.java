package io.pledgebench.risk;

import io.pledgebench.domain.Text;

import java.util.List;

/**
 * The lending decision: the maximum loan min(requested, collateral capacity, debt-service capacity, policy cap),
 * which of them binds, the grade at that amount, the recommended loan (the grade's factor of the maximum, rounded
 * down), its LTV against the eligible market value (null when nothing is eligible), conditions and plain reasons.
 */
public record Recommendation(double requested, double collateralCapacity, Double debtServiceCapacity,
                             Double policyCap, double maxLoan, String limitedBy, String grade, double expectedLossRate,
                             double coverage, double recommendedLoan, Double ltv, List<Text> conditions,
                             List<Text> reasons) {

    public Recommendation {
        conditions = List.copyOf(conditions);
        reasons = List.copyOf(reasons);
    }
}
