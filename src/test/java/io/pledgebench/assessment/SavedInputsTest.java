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
