package io.pledgebench.assessment;

import io.pledgebench.domain.Patent;
import io.pledgebench.risk.CollateralCalculator;
import io.pledgebench.risk.eligibility.EligibilityResult;
import io.pledgebench.scoring.QualityScore;
import io.pledgebench.valuation.PatentDistribution;
import io.pledgebench.valuation.PatentValuation;

/** Everything the assessment found about one patent. */
public record PatentAssessment(Patent patent, EligibilityResult eligibility, QualityScore score,
                               PatentValuation valuation, PatentDistribution distribution,
                               CollateralCalculator.ItemResult collateral) {
}
