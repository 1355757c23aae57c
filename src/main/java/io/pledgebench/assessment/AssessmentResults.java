package io.pledgebench.assessment;

import io.pledgebench.domain.LoanTimeline;
import io.pledgebench.domain.Portfolio;
import io.pledgebench.domain.Text;
import io.pledgebench.risk.CollateralCalculator;
import io.pledgebench.risk.CreditRiskCalculator;
import io.pledgebench.risk.PdScorecard;
import io.pledgebench.risk.Plausibility;
import io.pledgebench.risk.Recommendation;
import io.pledgebench.valuation.RevenueAttribution;
import io.pledgebench.risk.SimulatedCollateral;
import io.pledgebench.valuation.PortfolioDistribution;

import java.time.LocalDate;
import java.util.List;

/**
 * The findings: who pledges (and whether that was inferred), where PD came from ({@code officer},
 * {@code enterprise} or {@code scorecard}, with the scorecard's terms when used), the loan's one timeline, each
 * patent's assessment, the simulated value of the eligible collateral, the collateral pool, the credit risk at the
 * requested amount and at the recommended amount (null when nothing is recommended), the simulated pool at maturity
 * against the requested loan and against the recommended one (null when nothing is recommended), the stress results (at {@code stressAmount}), the recommendation and the plausibility
 * of the request against the enterprise's size, the attribution of product revenue to the patents (reconciled with
 * the company's revenue), plus notes for the reader.
 */
public record AssessmentResults(Portfolio.Pledgor pledgor, String pdSource, PdScorecard.Result scorecard,
                                LoanTimeline timeline, List<PatentAssessment> patents,
                                PortfolioDistribution portfolioDistribution,
                                CollateralCalculator.CollateralAssessment collateral,
                                CreditRiskCalculator.CreditRisk risk,
                                CreditRiskCalculator.CreditRisk recommendedRisk,
                                SimulatedCollateral.AtMaturity atMaturity,
                                SimulatedCollateral.AtMaturity recommendedAtMaturity,
                                double stressAmount, List<StressResult> stress,
                                Recommendation recommendation, List<Plausibility.Finding> plausibility,
                                RevenueAttribution attribution, List<Text> notes) {

    public AssessmentResults {
        patents = List.copyOf(patents);
        plausibility = List.copyOf(plausibility);
        stress = List.copyOf(stress);
        notes = List.copyOf(notes);
    }

    /** The loan's maturity on its timeline. */
    public LocalDate maturity() {
        return timeline.maturityDate();
    }
}
