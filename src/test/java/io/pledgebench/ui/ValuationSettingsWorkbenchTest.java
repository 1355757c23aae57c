package io.pledgebench.ui;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.pledgebench.assessment.Assessment;
import io.pledgebench.assessment.PatentAssessment;
import io.pledgebench.store.AssessmentRepository;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 16 (one definition per figure): the Valuation screen's own settings — revenue growth, mid-year discounting,
 * tax amortisation benefit, market factor correlation, the hazard switch, Monte Carlo paths and seed — are the
 * assessment's (ADR 0025). After each is changed on the Valuation screen, as an officer does, the patents' values and
 * simulated means on the Valuation screen are exactly those Loan &amp; risk assessed with, and the saved assessment
 * records the setting.
 */
class ValuationSettingsWorkbenchTest {

    private WorkbenchFixture app;

    @AfterEach
    void close() throws Exception {
        if (app != null) {
            app.close();
        }
    }

    private void settled(AssessmentViewModel vm, ValuationViewModel valuation) throws Exception {
        Fx.await(() -> vm.assessmentProperty().get() != null && !vm.staleProperty().get()
                && !vm.calculatingProperty().get() && valuation.resultProperty().get() != null
                && !valuation.staleProperty().get() && !valuation.calculatingProperty().get()
                && app.wiring.tasks().running().isEmpty());
    }

    /** The same figures on both screens: every patent's value, the simulated means of the pledged ones, the total. */
    private void sameFigures(AssessmentViewModel vm, ValuationViewModel valuation, String after) throws Exception {
        settled(vm, valuation);
        Assessment a = Fx.call(() -> vm.assessmentProperty().get());
        List<ValuedPatent> shown = Fx.call(() -> List.copyOf(valuation.patents()));
        List<PatentAssessment> assessed = a.results().patents();
        assertThat(shown).hasSameSizeAs(assessed);
        int simulated = 0;
        for (int i = 0; i < shown.size(); i++) {
            assertThat(shown.get(i).valuation().value()).as("value of patent %d after %s", i, after)
                    .isEqualTo(assessed.get(i).valuation().value());
            // the assessment simulates the pledged patents only; each draws its own stream by its place in the pool,
            // so the patents before the first one left out are simulated alike on both screens
            if (assessed.get(i).distribution() == null) {
                break;
            }
            assertThat(shown.get(i).distribution().mean()).as("simulated mean of patent %d after %s", i, after)
                    .isEqualTo(assessed.get(i).distribution().mean());
            simulated++;
        }
        assertThat(simulated).as("patents compared by their simulation after %s", after).isPositive();
        // the Valuation screen's deterministic value of the portfolio is the sum of the values assessed
        double total = assessed.stream().filter(p -> p.valuation().valued()).mapToDouble(p -> p.valuation().value())
                .sum();
        assertThat(Fx.call(() -> valuation.resultProperty().get().portfolio().deterministicValue()))
                .as("portfolio value after %s", after).isCloseTo(total, org.assertj.core.api.Assertions.within(1e-6));
    }

    @Test
    void eachSettingChangedOnTheValuationScreenIsTheSettingTheAssessmentValuesWithAndTheSavedAssessmentRecords()
            throws Exception {
        app = WorkbenchFixture.start(Locale.ENGLISH);
        app.size(1280, 800);
        app.importSample();
        AssessmentViewModel vm = app.wiring.assessment();
        ValuationViewModel valuation = app.wiring.valuation();
        Fx.run(() -> app.workbench.navigate(ScreenId.VALUATION));
        TextField paths = app.lookup("#input-paths");
        Fx.run(() -> paths.setText("400"));
        assertThat(Fx.call(() -> vm.input(AssessmentViewModel.Input.PATHS).get())).isEqualTo("400");
        sameFigures(vm, valuation, "paths");
        Assessment before = Fx.call(() -> vm.assessmentProperty().get());

        TextField growth = app.lookup("#input-revenue_growth");
        Fx.run(() -> growth.setText("8"));
        assertThat(Fx.call(() -> vm.staleProperty().get())).as("the assessment made before is out of date at once")
                .isTrue();
        sameFigures(vm, valuation, "growth");
        Assessment grown = Fx.call(() -> vm.assessmentProperty().get());
        assertThat(grown.parameters().valuation().revenueGrowth()).isEqualTo(0.08);
        assertThat(grown.results().collateral().marketValue()).isGreaterThan(before.results().collateral().marketValue());

        CheckBox midYear = app.lookup("#check-midyear");
        boolean wasMidYear = Fx.call(midYear::isSelected);
        Fx.run(midYear::fire);
        sameFigures(vm, valuation, "mid-year");
        assertThat(Fx.call(() -> vm.assessmentProperty().get().parameters().valuation().midYear()))
                .isEqualTo(!wasMidYear);

        CheckBox tab = app.lookup("#check-tab");
        boolean wasTab = Fx.call(tab::isSelected);
        Fx.run(tab::fire);
        sameFigures(vm, valuation, "tax amortisation benefit");
        assertThat(Fx.call(() -> vm.assessmentProperty().get().parameters().valuation().taxAmortisationBenefit()))
                .isEqualTo(!wasTab);

        TextField correlation = app.lookup("#input-correlation");
        Fx.run(() -> correlation.setText("0.6"));
        sameFigures(vm, valuation, "correlation");
        assertThat(Fx.call(() -> vm.assessmentProperty().get().parameters().monteCarlo().marketFactorCorrelation()))
                .isEqualTo(0.6);

        CheckBox hazard = app.lookup("#check-hazard");
        Fx.run(hazard::fire);
        sameFigures(vm, valuation, "hazard");
        assertThat(Fx.call(() -> vm.assessmentProperty().get().parameters().monteCarlo().hazard())).isFalse();

        TextField seed = app.lookup("#input-seed");
        Fx.run(() -> seed.setText("7"));
        sameFigures(vm, valuation, "seed");
        assertThat(Fx.call(() -> vm.assessmentProperty().get().inputs().seed())).isEqualTo(7L);
        WorkbenchLanguageTest.screenshot(app, "valuation-settings-en");
        Fx.run(() -> app.workbench.navigate(ScreenId.LOAN_RISK));
        settled(vm, valuation);
        WorkbenchLanguageTest.screenshot(app, "loan-risk-settings-en");

        // saved: the stored parameters hold every setting made on the Valuation screen
        javafx.scene.control.Button save = app.lookup("#saveAssessment");
        Fx.run(save::fire);
        Fx.await(() -> app.wiring.history().assessments().size() == 1);
        long id = app.wiring.history().assessments().get(0).id();
        String inputs = new AssessmentRepository(app.wiring.databaseProperty().get()).inputsJson(id).orElseThrow();
        JsonNode tree = new ObjectMapper().readTree(inputs);
        assertThat(tree.at("/parameters/valuation/revenueGrowth").asDouble()).isEqualTo(0.08);
        assertThat(tree.at("/parameters/valuation/midYear").asBoolean()).isEqualTo(!wasMidYear);
        assertThat(tree.at("/parameters/valuation/taxAmortisationBenefit").asBoolean()).isEqualTo(!wasTab);
        assertThat(tree.at("/parameters/monteCarlo/marketFactorCorrelation").asDouble()).isEqualTo(0.6);
        assertThat(tree.at("/parameters/monteCarlo/hazard").asBoolean()).isFalse();
        assertThat(tree.at("/inputs/seed").asLong()).isEqualTo(7L);
        assertThat(tree.at("/inputs/paths").asInt()).isEqualTo(400);
    }

    /**
     * Both screens in each language, as an officer reads them (screenshots looked at): a coverage is signed as the
     * report signs it — "倍" in Chinese, "×" in English (ADR 0019).
     */
    @ParameterizedTest
    @ValueSource(strings = {"en", "zh-CN"})
    void coveragesOnLoanAndRiskAreSignedInTheScreensLanguage(String language) throws Exception {
        app = WorkbenchFixture.start(Locale.forLanguageTag(language));
        app.size(1280, 800);
        app.importSample();
        AssessmentViewModel vm = app.wiring.assessment();
        ValuationViewModel valuation = app.wiring.valuation();
        Fx.run(() -> vm.input(AssessmentViewModel.Input.PATHS).set("400"));
        Fx.run(() -> app.workbench.navigate(ScreenId.VALUATION));
        settled(vm, valuation);
        WorkbenchLanguageTest.screenshot(app, "valuation-" + language);
        Fx.run(() -> app.workbench.navigate(ScreenId.LOAN_RISK));
        settled(vm, valuation);
        String sign = language.equals("en") ? "×" : "倍";
        for (String id : List.of("#coverageMax", "#coverageRequested")) {
            Label coverage = app.lookup(id);
            assertThat(Fx.call(coverage::getText)).matches("\\d+[.,]\\d{2}" + sign);
        }
        WorkbenchLanguageTest.screenshot(app, "loan-risk-" + language);
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "zh-CN"})
    void aCorrelationOutsideZeroToOneIsRefusedOnBothScreensNamingTheFieldAndTheValue(String language) throws Exception {
        app = WorkbenchFixture.start(Locale.forLanguageTag(language));
        app.size(1280, 800);
        app.importSample();
        ValuationViewModel valuation = app.wiring.valuation();
        Fx.run(() -> valuation.input(ValuationViewModel.Input.PATHS).set("200"));
        Fx.run(() -> app.workbench.navigate(ScreenId.VALUATION));
        TextField correlation = app.lookup("#input-correlation");
        Fx.run(() -> correlation.setText("1.5"));
        Fx.await(() -> !valuation.errorProperty().get().isEmpty());
        assertThat(Fx.call(() -> valuation.errorProperty().get())).contains("1.5")
                .contains(language.equals("en") ? "enter a number from 0 to 1" : "请输入 0 至 1 之间的数");
        assertThat(Fx.call(() -> valuation.invalid())).containsExactly(ValuationViewModel.Input.CORRELATION);
        Label shown = app.lookup("#valuationError");
        assertThat(Fx.call(shown::getText)).contains("1.5");
        WorkbenchLanguageTest.screenshot(app, "valuation-correlation-refused-" + language);
        // Loan & risk does not assess with a setting it could not read: it refuses with the same reason
        AssessmentViewModel vm = app.wiring.assessment();
        Fx.await(() -> !vm.errorProperty().get().isEmpty() && !vm.calculatingProperty().get());
        assertThat(Fx.call(() -> vm.errorProperty().get())).isEqualTo(Fx.call(() -> valuation.errorProperty().get()));
        assertThat(Fx.call(() -> vm.currentResultProperty().get())).isNull();
    }
}
