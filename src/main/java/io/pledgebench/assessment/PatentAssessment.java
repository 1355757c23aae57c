package io.pledgebench.assessment;

import io.pledgebench.domain.Patent;
import io.pledgebench.risk.CollateralCalculator;
import io.pledgebench.risk.eligibility.EligibilityResult;
import io.pledgebench.scoring.QualityScore;
import io.pledgebench.valuation.PatentDistribution;
import io.pledgebench.valuation.PatentValuation;

/**
 * Everything the assessment found about one patent; {@code statesShare}: for a European patent ended in some of its
 * states, which ones and the share of its value the collateral counts (empty for any other patent).
 */
public record PatentAssessment(Patent patent, EligibilityResult eligibility, QualityScore score,
                               PatentValuation valuation, PatentDistribution distribution,
                               CollateralCalculator.ItemResult collateral,
                               java.util.Optional<io.pledgebench.domain.StateFates.Share> statesShare) {
    public PatentAssessment {
        java.util.Objects.requireNonNull(statesShare, "statesShare");
    }
}
