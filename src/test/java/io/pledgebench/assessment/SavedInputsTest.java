package io.pledgebench.assessment;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.pledgebench.domain.Portfolio;
import io.pledgebench.io.PortfolioReader;
import io.pledgebench.risk.RiskSharing;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** A saved assessment's inputs read back hash exactly as saved, so a booked loan is revalued on what was assessed. */
class SavedInputsTest {

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    @SuppressWarnings("unchecked")
    private static SavedInputs roundTrip(AssessmentInputs in, AssessmentParameters params) throws Exception {
        String saved = CanonicalJson.write(Assessment.hashedTree(in, params));
        return SavedInputs.read(JSON.readValue(saved, Map.class));
    }

    @Test
    void theInputsOfTheSampleSmeReadBackToTheSameInputHash() throws Exception {
        Portfolio pf = PortfolioReader.read(Path.of("sample-portfolios/cn-tech-sme")).portfolio();
        AssessmentInputs in = new AssessmentInputs(pf, pf.loan(), LocalDate.of(2026, 9, 30), 7, 500, null, java.util.List.of(),
                Set.of(pf.patents().get(0).number().canonical()));
        AssessmentParameters params = AssessmentParameters.defaults();
        SavedInputs back = roundTrip(in, params);
        assertThat(CanonicalJson.sha256(Assessment.hashedTree(back.inputs(), back.parameters())))
                .isEqualTo(CanonicalJson.sha256(Assessment.hashedTree(in, params)));
        assertThat(back.parametersAsAssessed()).isTrue();
        assertThat(back.inputs().portfolio().patents()).hasSameSizeAs(pf.patents());
    }

    @Test
    void aRiskSharingSchemeIsRebuiltAndOtherParametersAreStatedAsCurrent() throws Exception {
        Portfolio pf = PortfolioReader.read(Path.of("sample-portfolios/cn-tech-sme")).portfolio();
        AssessmentInputs in = new AssessmentInputs(pf, pf.loan(), LocalDate.of(2026, 9, 30), 1, 100, 0.02,
                java.util.List.of());
        AssessmentParameters shared = AssessmentParameters.defaults().withRisk(AssessmentParameters.defaults().risk()
                .withRiskSharing(RiskSharing.Scheme.custom(0.4, 0.1, 0)).withCurrencyPerEur(7.8));
        SavedInputs back = roundTrip(in, shared);
        assertThat(back.parametersAsAssessed()).isTrue();
        assertThat(back.parameters().risk().riskSharing().id()).isEqualTo("custom");
        assertThat(back.inputs().pdOverride()).isEqualTo(0.02);

        AssessmentParameters edited = AssessmentParameters.defaults().withRisk(AssessmentParameters.defaults().risk()
                .withBaselFramework(io.pledgebench.risk.RiskParameters.BaselFramework.BASEL_III));
        assertThat(roundTrip(in, edited).parametersAsAssessed()).isFalse();
    }

    /**
     * What the workbench, a parameter set and the Valuation screen vary — the valuation's rates and settings, hazards,
     * economic lives, method weights, royalties, the Monte Carlo correlation and hazard switch, the quality score's
     * weights, advance rates and liquidation — is read back as assessed, so a booked loan is revalued with it
     * (issue 17 item 4), and the saved input hash is reproduced.
     */
    @Test
    void parametersMadeOnTheWorkbenchAreReadBackAsAssessed() throws Exception {
        Portfolio pf = PortfolioReader.read(Path.of("sample-portfolios/cn-tech-sme")).portfolio();
        AssessmentInputs in = new AssessmentInputs(pf, pf.loan(), LocalDate.of(2026, 9, 30), 3, 200, null,
                java.util.List.of());
        AssessmentParameters d = AssessmentParameters.defaults();
        java.util.Map<io.pledgebench.domain.PatentType, Double> hazard = new java.util.EnumMap<>(d.valuation().hazardPerYear());
        hazard.put(io.pledgebench.domain.PatentType.INVENTION, 0.05);
        java.util.Map<Character, Double> lives = new java.util.TreeMap<>(d.valuation().economicLifeBySection());
        lives.put('G', 7.5);
        java.util.Map<String, Double> weights = new java.util.LinkedHashMap<>(d.valuation().methodWeights());
        weights.replaceAll((k, v) -> 1.0);
        java.util.Map<Character, io.pledgebench.valuation.ValuationParameters.RoyaltyRange> royalties =
                new java.util.TreeMap<>(d.valuation().royaltyRanges());
        royalties.put('H', new io.pledgebench.valuation.ValuationParameters.RoyaltyRange(0.01, 0.04, 0.09));
        java.util.Map<io.pledgebench.domain.PatentType, io.pledgebench.risk.LiquidationValue.LiquidationParameters> liq =
                new java.util.EnumMap<>(d.risk().liquidation());
        liq.put(io.pledgebench.domain.PatentType.DESIGN,
                new io.pledgebench.risk.LiquidationValue.LiquidationParameters(0.9, 0.12, 1.5, 0.09));
        java.util.Map<io.pledgebench.domain.PatentType, io.pledgebench.risk.AdvanceRatePolicy.Range> ranges =
                new java.util.EnumMap<>(d.risk().advanceRates().ranges());
        ranges.put(io.pledgebench.domain.PatentType.INVENTION, new io.pledgebench.risk.AdvanceRatePolicy.Range(0.2, 0.35));
        var mc = d.monteCarlo();
        AssessmentParameters made = d.withValuation(d.valuation().toBuilder().riskFreeRate(0.031).taxRate(0.15)
                        .profitShare(0.3).revenueGrowth(-0.02).midYear(!d.valuation().midYear())
                        .taxAmortisationBenefit(!d.valuation().taxAmortisationBenefit()).hazardPerYear(hazard)
                        .economicLifeBySection(lives).defaultEconomicLife(9).methodWeights(weights)
                        .royaltyRanges(royalties).build())
                .withMonteCarlo(new io.pledgebench.valuation.MonteCarloSettings(mc.paths(), mc.seed(), mc.threads(),
                        mc.inputDistributions(), 0.55, !mc.hazard(), mc.histogramBins()))
                .withScoring(d.scoring().withWeights(d.scoring().weights().withDimensions("custom", 0.5, 0.2, 0.3)))
                .withRisk(d.risk().withLiquidation(liq).withAdvanceRates(new io.pledgebench.risk.AdvanceRatePolicy(
                        ranges, d.risk().advanceRates().minimumScore(),
                        d.risk().advanceRates().costOnlyAdvanceRateFactor())));
        SavedInputs back = roundTrip(in, made);
        assertThat(back.parametersAsAssessed()).isTrue();
        assertThat(back.parameters().valuation()).isEqualTo(made.valuation());
        assertThat(back.parameters().monteCarlo().marketFactorCorrelation()).isEqualTo(0.55);
        assertThat(CanonicalJson.sha256(Assessment.hashedTree(back.inputs(), back.parameters())))
                .isEqualTo(CanonicalJson.sha256(Assessment.hashedTree(in, made)));
    }

    @Test
    void savedDatesReadAsLocalDateParseReadsThemAndImpossibleDaysAreRefused() {
        for (String d : new String[] {"2026-12-07", "2024-02-29", "0999-01-01", "2030-12-31"}) {
            assertThat(SavedInputs.date(d)).isEqualTo(LocalDate.parse(d));
        }
        assertThat(SavedInputs.date(null)).isNull();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> SavedInputs.date("2026-02-30"))
                .isInstanceOf(java.time.DateTimeException.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> SavedInputs.date("2026-1a-01"))
                .isInstanceOf(java.time.DateTimeException.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> SavedInputs.date("2026-13-01"))
                .isInstanceOf(java.time.DateTimeException.class);
    }
}
