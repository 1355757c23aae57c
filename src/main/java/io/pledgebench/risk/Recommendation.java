package io.pledgebench.risk;

import io.pledgebench.domain.Text;

import java.util.List;

/**
 * The lending decision: the maximum loan min(requested, collateral capacity, debt-service capacity, policy cap),
 * which of them binds, the grade and the amount it grades ({@code gradedAmount}: the maximum loan, or the requested
 * one when the maximum is 0), the loss rate and coverage the grade was given on, the recommended loan (the grade's
 * factor of the maximum, rounded down), LTV = loan / eligible market value of the recommended and of the requested
 * loan (null when nothing is eligible), conditions and plain reasons, and the credit-risk figures at the graded amount
 * ({@code gradingLossRate} is their bank's net lifetime expected-loss rate), so that the grade can be recomputed.
 */
public record Recommendation(double requested, double collateralCapacity, Double debtServiceCapacity,
                             Double policyCap, double maxLoan, String limitedBy, String grade, double gradingLossRate,
                             double coverage, double recommendedLoan, Double ltv, List<Text> conditions,
                             List<Text> reasons, double gradedAmount, Double requestedLtv,
                             CreditRiskCalculator.CreditRisk gradedRisk) {

    public Recommendation {
        conditions = List.copyOf(conditions);
        reasons = List.copyOf(reasons);
    }
}
