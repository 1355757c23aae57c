package io.pledgebench.app;

import io.pledgebench.assessment.AssessmentParameters;
import io.pledgebench.domain.PatentType;
import io.pledgebench.valuation.ValuationParameters;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/** The parameters a set holds beyond the entries, and the valuation rates, are applied in one place each. */
class SetParametersTest {

    @Test
    void theDefaultsLeaveTheParametersAsTheyWereSoInputHashesDoNotMove() {
        AssessmentParameters d = AssessmentParameters.defaults();
        assertThat(SetParameters.apply(d, SetParameters.of(d))).isSameAs(d);
        assertThat(SetParameters.apply(d, Map.of())).isSameAs(d);
        assertThat(ValuationRates.defaults().applyTo(d.valuation())).isSameAs(d.valuation());
    }

    @Test
    void aChangedValueChangesOnlyItsGroup() {
        AssessmentParameters d = AssessmentParameters.defaults();
        AssessmentParameters p = SetParameters.apply(d, Map.of("LIQUIDATION_DESIGN_YEARS_TO_SELL", 3.0,
                "METHOD_WEIGHT_COST", 0.5));
        assertThat(p.risk().liquidation().get(PatentType.DESIGN).yearsToSell()).isEqualTo(3.0);
        assertThat(p.risk().liquidation().get(PatentType.INVENTION)).isEqualTo(d.risk().liquidation().get(PatentType.INVENTION));
        assertThat(p.valuation().methodWeights().get("cost")).isEqualTo(0.5);
        assertThat(p.valuation().methodWeights().keySet()).containsExactlyElementsOf(d.valuation().methodWeights().keySet());
        assertThat(p.valuation().hazardPerYear()).isEqualTo(d.valuation().hazardPerYear());
        assertThat(p.scoring()).isSameAs(d.scoring());
    }

    @Test
    void otherDimensionWeightsMakeACustomScoringScenarioAndMustAddUpToOne() {
        AssessmentParameters d = AssessmentParameters.defaults();
        AssessmentParameters p = SetParameters.apply(d, Map.of("SCORING_WEIGHT_LEGAL", 0.5,
                "SCORING_WEIGHT_TECHNICAL", 0.25, "SCORING_WEIGHT_ECONOMIC", 0.25));
        assertThat(p.scoring().weights().scenario()).isEqualTo("custom");
        assertThat(p.scoring().weights().dimensions().get(io.pledgebench.scoring.Dimension.LEGAL)).isEqualTo(0.5);
        assertThat(p.scoring().weights().indicators()).isEqualTo(d.scoring().weights().indicators());
        assertThatThrownBy(() -> SetParameters.apply(d, Map.of("SCORING_WEIGHT_LEGAL", 0.5)))
                .hasMessageContaining("add up to 1");
    }

    /** Issue 16: a set holds the indicator weights within each dimension too; each dimension's add up to 1. */
    @Test
    void otherIndicatorWeightsMakeACustomScoringScenarioAndMustAddUpToOneWithinTheirDimension() {
        AssessmentParameters d = AssessmentParameters.defaults();
        AssessmentParameters p = SetParameters.apply(d, Map.of("INDICATOR_WEIGHT_CLAIMS", 0.25,
                "INDICATOR_WEIGHT_LITIGATION", 0.05));
        assertThat(p.scoring().weights().scenario()).isEqualTo("custom");
        assertThat(p.scoring().weights().indicators().get(io.pledgebench.scoring.Indicator.CLAIMS)).isEqualTo(0.25);
        assertThat(p.scoring().weights().indicators().get(io.pledgebench.scoring.Indicator.CITATIONS))
                .isEqualTo(d.scoring().weights().indicators().get(io.pledgebench.scoring.Indicator.CITATIONS));
        assertThat(p.scoring().weights().dimensions()).isEqualTo(d.scoring().weights().dimensions());
        assertThat(SetParameters.of(p).get("INDICATOR_WEIGHT_CLAIMS")).isEqualTo(0.25);
        assertThatThrownBy(() -> SetParameters.apply(d, Map.of("INDICATOR_WEIGHT_CLAIMS", 0.25)))
                .hasMessageContaining("indicator weights of dimension legal must add up to 1");
        // a set holding the defaults leaves the scoring as it was (same input hash as no set)
        assertThat(SetParameters.apply(d, SetParameters.of(d)).scoring()).isSameAs(d.scoring());
    }

    @Test
    void royaltyRatesOfOneSectionChangeThatSectionOnly() {
        AssessmentParameters d = AssessmentParameters.defaults();
        AssessmentParameters p = SetParameters.apply(d, Map.of("ROYALTY_H_TYPICAL", 0.05));
        assertThat(p.valuation().royaltyRanges().get('H').typical()).isEqualTo(0.05);
        assertThat(p.valuation().royaltyRanges().get('H').low()).isEqualTo(d.valuation().royaltyRanges().get('H').low());
        assertThat(p.valuation().royaltyRanges().get('A')).isEqualTo(d.valuation().royaltyRanges().get('A'));
        assertThatThrownBy(() -> SetParameters.apply(d, Map.of("ROYALTY_H_TYPICAL", 0.09)))
                .hasMessageContaining("low to typical to high");
    }

    @Test
    void aSetWithoutTheseValuesIsCompletedWithTheDefaultsAndSaysWhich() {
        List<String> filledIn = new ArrayList<>();
        Map<String, Double> complete = SetParameters.complete(Map.of("HAZARD_INVENTION", 0.05, "RISK_FREE", 0.03),
                filledIn);
        assertThat(complete.get("HAZARD_INVENTION")).isEqualTo(0.05);
        assertThat(complete).doesNotContainKey("RISK_FREE");
        assertThat(filledIn).hasSize(SetParameters.ALL.size() - 1).doesNotContain("HAZARD_INVENTION");
        assertThat(complete.get("ECONOMIC_LIFE_DEFAULT"))
                .isEqualTo(ValuationParameters.defaults().defaultEconomicLife());
    }

    @Test
    void aValueOutsideItsRangeIsRefused() {
        AssessmentParameters d = AssessmentParameters.defaults();
        assertThatThrownBy(() -> SetParameters.apply(d, Map.of("ECONOMIC_LIFE_A", 0.0)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ECONOMIC_LIFE_A");
        assertThatThrownBy(() -> new ValuationRates(0.02, 0.03, 0.03, 0.01, 0.01, 1.2, 0.25, 0))
                .hasMessageContaining("TAX_RATE");
    }

    @Test
    void theRatesAreTheEngineParametersOwn() {
        ValuationRates r = new ValuationRates(0.08, 0.03, 0.03, 0.01, 0.01, 0.15, 0.3, 0.1);
        ValuationParameters p = r.applyTo(ValuationParameters.defaults());
        assertThat(ValuationRates.of(p)).isEqualTo(r);
        assertThat(ValuationRates.Rate.TAX_RATE.of(p)).isCloseTo(0.15, within(1e-15));
    }
}
