package io.pledgebench.scoring;

import io.pledgebench.domain.LegalStatus;
import io.pledgebench.domain.Owner;
import io.pledgebench.domain.Patent;
import io.pledgebench.domain.PatentNumber;
import io.pledgebench.domain.PatentType;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class QualityScoreModelTest {

    static final LocalDate AS_OF = LocalDate.of(2025, 6, 30);
    final QualityScoreModel model = new QualityScoreModel(ScoringParameters.defaults());

    static Patent.Builder bare() {
        String d = "202110123456";
        return Patent.builder(PatentNumber.parse(d + "." + PatentNumber.cnCheckDigit(d)), PatentType.INVENTION,
                LegalStatus.VALID).filingDate(LocalDate.of(2021, 1, 15)).addOwner(new Owner("A Co", null));
    }

    static Patent.Builder rich() {
        return bare().totalClaims(12).independentClaims(3).citedBy(20).familySize(10)
                .productRevenue(new BigDecimal("50000000")).licenceRevenue(new BigDecimal("5000000"))
                .productRecorded(true).addEvent(new io.pledgebench.domain.LegalEvent(LocalDate.of(2023, 3, 1),
                        io.pledgebench.domain.LegalEvent.Kind.GRANT, "", "CN", "", ""));
    }

    @Test
    void contributionsAddUpToTheOverallScoreWhichLiesBetween0And100() {
        QualityScore s = model.score(rich().build(), AS_OF, Map.of());
        double sum = s.dimensions().stream().flatMap(d -> d.indicators().stream())
                .mapToDouble(IndicatorScore::contribution).sum();
        assertThat(sum).isCloseTo(s.overall(), within(1e-9));
        assertThat(s.overall()).isBetween(0.0, 100.0);
        assertThat(s.scenario()).isEqualTo("financing");
    }

    @Test
    void missingDataLowersConfidenceAndIsNeverFilledIn() {
        QualityScore rich = model.score(rich().build(), AS_OF, Map.of());
        QualityScore bare = model.score(bare().build(), AS_OF, Map.of());
        assertThat(bare.confidence()).isLessThan(rich.confidence());
        IndicatorScore citations = bare.dimension(Dimension.TECHNICAL).indicators().stream()
                .filter(i -> i.indicator() == Indicator.CITATIONS).findFirst().orElseThrow();
        assertThat(citations.available()).isFalse();
        assertThat(citations.score()).isNull();
        assertThat(citations.contribution()).isZero();
        assertThat(citations.basis().english()).contains("missing");
        // technical: no citation, family, or expert data at all → the dimension is unscored, not zero
        assertThat(bare.dimension(Dimension.TECHNICAL).score()).isNull();
        assertThat(bare.dimension(Dimension.TECHNICAL).confidence()).isZero();
    }

    @Test
    void confidenceIsTheShareOfWeightThatRestsOnData() {
        // rich: all but field maturity, substitutability (technical 0.45) and market size (economic 0.20) are scored
        QualityScore s = model.score(rich().build(), AS_OF, Map.of());
        assertThat(s.confidence()).isCloseTo(0.40 * 1 + 0.30 * 0.55 + 0.30 * 0.80, within(1e-12));
        QualityScore withExperts = model.score(rich().build(), AS_OF, Map.of(Indicator.FIELD_MATURITY, 60.0,
                Indicator.SUBSTITUTABILITY, 50.0, Indicator.MARKET_SIZE, 70.0));
        assertThat(withExperts.confidence()).isCloseTo(1.0, within(1e-12));
    }

    @Test
    void strongerFactsScoreHigher() {
        double strong = model.score(rich().build(), AS_OF, Map.of()).overall();
        double challenged = model.score(rich().status(LegalStatus.PENDING_INVALIDATION).build(), AS_OF, Map.of()).overall();
        double fewClaims = model.score(rich().totalClaims(2).independentClaims(1).build(), AS_OF, Map.of()).overall();
        assertThat(challenged).isLessThan(strong);
        assertThat(fewClaims).isLessThan(strong);
        QualityScore s = model.score(rich().build(), AS_OF, Map.of());
        assertThat(s.dimension(Dimension.ECONOMIC).score()).isCloseTo(100, within(1e-9));
    }

    @Test
    void scenarioWeightsAreEditableAndChecked() {
        ScoringWeights licensing = ScoringWeights.financing().withDimensions("licensing", 0.2, 0.3, 0.5);
        QualityScoreModel m = new QualityScoreModel(ScoringParameters.defaults().withWeights(licensing));
        assertThat(m.score(rich().build(), AS_OF, Map.of()).scenario()).isEqualTo("licensing");
        assertThatThrownBy(() -> ScoringWeights.financing().withDimensions("bad", 0.5, 0.5, 0.5))
                .hasMessageContaining("add up to 1.5");
        assertThatThrownBy(() -> model.score(rich().build(), AS_OF, Map.of(Indicator.MARKET_SIZE, 120.0)))
                .hasMessageContaining("120");
    }

    /** A review found an expired European patent scored 57 on the legal dimension because the register still said "valid". */
    @Test
    void aPatentWhoseTermHasEndedScoresNothingOnTheLegalDimension() {
        Patent lived = rich().filingDate(LocalDate.of(2001, 1, 15)).build(); // a 20-year term ended in January 2021
        QualityScore s = model.score(lived, AS_OF, Map.of());
        assertThat(s.dimension(Dimension.LEGAL).score()).isZero();
        IndicatorScore status = s.dimension(Dimension.LEGAL).indicators().stream()
                .filter(x -> x.indicator() == Indicator.LEGAL_STATUS).findFirst().orElseThrow();
        assertThat(status.score()).isZero();
        assertThat(status.basis().english()).startsWith("Term ended on 2021-01-15").contains("status as valid");
        assertThat(status.basis().chinese()).contains("2021-01-15届满");
        // one day before the end the right still protects
        assertThat(model.score(lived, LocalDate.of(2021, 1, 14), Map.of()).dimension(Dimension.LEGAL).score()).isPositive();
    }
}
