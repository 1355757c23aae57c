package io.pledgebench.risk;

import io.pledgebench.domain.Enterprise;
import io.pledgebench.domain.Text;

import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleFunction;

/** Turns collateral, the enterprise's cash flow, credit risk and policy into a {@link Recommendation}. */
public final class Recommender {

    private Recommender() {
    }

    /**
     * @param riskAt     credit risk of a loan of the given amount (PD fixed, LGD and EL depend on the amount)
     * @param conditions conditions found by the caller (eligibility findings); the grade adds none of its own
     */
    public static Recommendation recommend(double requested, int termMonths, Enterprise enterprise,
                                           CollateralCalculator.CollateralAssessment collateral,
                                           DoubleFunction<CreditRiskCalculator.CreditRisk> riskAt,
                                           double loanRate, RiskParameters p, List<Text> conditions) {
        Probabilities.positive("requested loan", requested);
        List<Text> reasons = new ArrayList<>();
        double termYears = termMonths / 12.0;
        int eligible = (int) collateral.items().stream().filter(CollateralCalculator.ItemResult::eligible).count();
        int counted = (int) collateral.items().stream().filter(CollateralCalculator.ItemResult::countsAsCollateral).count();
        if (counted == eligible) {
            reasons.add(Text.of("risk.reason.collateral", collateral.capacity(), eligible, collateral.items().size(),
                    collateral.marketValue(), collateral.advanceRate(), collateral.diversificationHaircut()));
        } else {
            // the market value is that of the patents counted as collateral, not of all pledgeable ones
            reasons.add(Text.of("risk.reason.collateralCounted", collateral.capacity(), eligible, collateral.items().size(),
                    collateral.marketValue(), collateral.advanceRate(), collateral.diversificationHaircut(), counted,
                    eligible - counted));
        }

        Double debtCapacity = debtServiceCapacity(enterprise, termYears, loanRate, p, reasons);

        double max = requested;
        String limitedBy = "requested";
        if (collateral.capacity() < max) {
            max = collateral.capacity();
            limitedBy = "collateral";
        }
        if (debtCapacity != null && debtCapacity < max) {
            max = debtCapacity;
            limitedBy = "debtService";
        }
        if (p.policyMaximumLoan() != null && p.policyMaximumLoan() < max) {
            max = p.policyMaximumLoan();
            limitedBy = "policyCap";
            reasons.add(Text.of("risk.reason.policyCap", p.policyMaximumLoan()));
        }
        if (termMonths > p.policyMaximumTermMonths()) {
            max = 0;
            limitedBy = "policyTerm";
            reasons.add(Text.of("risk.reason.termCap", termMonths, p.policyMaximumTermMonths()));
        }
        reasons.add(Text.of("risk.reason.limitedBy." + limitedBy, max));

        // graded at the maximum loan (no circle: the recommended amount is derived from the grade, not the reverse)
        double gradedAmount = max > 0 ? max : requested;
        CreditRiskCalculator.CreditRisk risk = riskAt.apply(gradedAmount);
        double minValue = collateral.path().stream().mapToDouble(CollateralPath.YearPoint::expectedValue).min().orElse(0);
        double coverage = minValue / gradedAmount;
        double lossRate = gradingLossRate(risk);
        String grade = grade(lossRate, coverage, p);
        if (max <= 0) {
            grade = p.grades().get(p.grades().size() - 1).grade();
        }
        reasons.add(Text.of(max > 0 ? "risk.reason.grade" : "risk.reason.gradeNothingLendable", grade, lossRate,
                coverage, gradedAmount));
        double factor = p.gradeLoanFactors().get(grade);
        double recommended = Math.floor(max * factor / p.roundingUnit()) * p.roundingUnit();
        reasons.add(Text.of("risk.reason.recommended", recommended, factor, max, p.roundingUnit()));
        Double ltv = collateral.marketValue() > 0 ? recommended / collateral.marketValue() : null;
        Double requestedLtv = collateral.marketValue() > 0 ? requested / collateral.marketValue() : null;
        return new Recommendation(requested, collateral.capacity(), debtCapacity, p.policyMaximumLoan(), max, limitedBy,
                grade, lossRate, coverage, recommended, ltv, conditions, reasons, gradedAmount, requestedLtv, risk);
    }

    /**
     * The loss rate grades are given on (SPEC revision 2): the bank's lifetime expected loss over the remaining term,
     * net of risk sharing, per unit of exposure.
     */
    public static double gradingLossRate(CreditRiskCalculator.CreditRisk risk) {
        return risk.bankNetLifetimeExpectedLossRate();
    }

    /** The best grade whose thresholds the loan meets; the last grade when none is met. */
    public static String grade(double expectedLossRate, double coverage, RiskParameters p) {
        for (RiskParameters.GradeThreshold g : p.grades()) {
            if (expectedLossRate <= g.maximumExpectedLossRate() && coverage >= g.minimumCoverage()) {
                return g.grade();
            }
        }
        return p.grades().get(p.grades().size() - 1).grade();
    }

    /**
     * The loan whose yearly debt service keeps EBITDA / (existing + new debt service) at the minimum cover; the new
     * loan's yearly service is straight-line repayment plus interest on the full amount, (1/T + rate) per unit —
     * the first, heaviest year. Null when EBITDA is unknown.
     */
    static Double debtServiceCapacity(Enterprise e, double termYears, double loanRate, RiskParameters p,
                                      List<Text> reasons) {
        if (e == null || e.ebitda() == null) {
            reasons.add(Text.of("risk.reason.debtServiceUnknown"));
            return null;
        }
        double ebitda = e.ebitda().doubleValue();
        double existing;
        if (e.annualDebtService() != null) {
            existing = e.annualDebtService().doubleValue();
            reasons.add(Text.of("risk.reason.existingDebtService", existing));
        } else if (e.interestExpense() != null) {
            existing = e.interestExpense().doubleValue();
            reasons.add(Text.of("risk.reason.existingDebtServiceFromInterest", existing));
        } else {
            existing = 0;
            reasons.add(Text.of("risk.reason.existingDebtServiceUnknown"));
        }
        double perUnit = 1 / termYears + loanRate;
        double capacity = Math.max(0, ebitda / p.minimumDebtServiceCoverage() - existing) / perUnit;
        reasons.add(Text.of("risk.reason.debtService", capacity, ebitda, p.minimumDebtServiceCoverage(), perUnit));
        return capacity;
    }
}
