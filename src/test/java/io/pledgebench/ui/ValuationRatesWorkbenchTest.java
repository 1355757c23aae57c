package io.pledgebench.ui;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.pledgebench.assessment.Assessment;
import io.pledgebench.store.AssessmentRepository;
import io.pledgebench.store.ParameterSetRepository;
import javafx.scene.control.TextField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Issue 16 item 6 (and item 1): the Valuation screen and Loan &amp; risk value with one set of rates, the workbench's
 * current {@link ValuationRateEntries}: a rate typed on the Valuation screen makes the shown assessment stale, is the
 * rate the next assessment uses, and is what the saved assessment records.
 */
class ValuationRatesWorkbenchTest {

    private WorkbenchFixture app;

    @AfterEach
    void close() throws Exception {
        if (app != null) {
            app.close();
        }
    }


    @Test
    void aRateTypedOnTheValuationScreenIsTheRateTheSavedAssessmentRecords() throws Exception {
        app = WorkbenchFixture.start(Locale.ENGLISH);
        app.size(1280, 800);
        app.importSample();
        AssessmentViewModel vm = app.wiring.assessment();
        Fx.run(() -> vm.input(AssessmentViewModel.Input.PATHS).set("500"));
        Fx.run(() -> app.workbench.navigate(ScreenId.LOAN_RISK));
        app.awaitAssessed();
        Assessment before = Fx.call(() -> vm.assessmentProperty().get());
        assertThat(before.parameters().valuation().riskFreeRate()).isLessThan(0.08);

        // typed into the Valuation screen's own field, as an officer does
        Fx.run(() -> app.workbench.navigate(ScreenId.VALUATION));
        TextField riskFree = app.lookup("#input-risk_free");
        Fx.run(() -> riskFree.setText("8"));
        assertThat(Fx.call(() -> vm.staleProperty().get()))
                .as("the assessment computed with the earlier rate is out of date at once").isTrue();
        assertThat(Fx.call(() -> vm.currentResultProperty().get())).as("and cannot be printed or saved").isNull();
        assertThat(Fx.call(() -> vm.input(AssessmentViewModel.Input.RISK_FREE).get())).isEqualTo("8");
        ValuationViewModel valuation = app.wiring.valuation();
        Fx.await(() -> valuation.resultProperty().get() != null && !valuation.staleProperty().get()
                && !valuation.calculatingProperty().get() && app.wiring.tasks().running().isEmpty());
        WorkbenchLanguageTest.screenshot(app, "valuation-rate-edited-en");

        // assessed on Loan & risk with that rate: the patents are worth less at the dearer discount rate
        Fx.run(() -> app.workbench.navigate(ScreenId.LOAN_RISK));
        Fx.await(() -> vm.assessmentProperty().get() != null && vm.assessmentProperty().get() != before);
        app.awaitAssessed();
        Assessment made = Fx.call(() -> vm.assessmentProperty().get());
        assertThat(made.parameters().valuation().riskFreeRate()).isCloseTo(0.08, within(1e-12));
        assertThat(made.results().collateral().marketValue()).isLessThan(before.results().collateral().marketValue());

        // saved: the stored parameters hold the rate typed on the Valuation screen
        javafx.scene.control.Button save = app.lookup("#saveAssessment");
        Fx.run(save::fire);
        Fx.await(() -> app.wiring.history().assessments().size() == 1);
        long id = app.wiring.history().assessments().get(0).id();
        String inputs = new AssessmentRepository(app.wiring.databaseProperty().get()).inputsJson(id).orElseThrow();
        JsonNode tree = new ObjectMapper().readTree(inputs);
        assertThat(tree.at("/parameters/valuation/riskFreeRate").asDouble()).isCloseTo(0.08, within(1e-12));
    }

    @Test
    void aRateTypedOnTheValuationScreenAfterChoosingASetIsRecordedAsAnEditOfThatSet() throws Exception {
        app = WorkbenchFixture.start(Locale.ENGLISH);
        app.importSample();
        AssessmentViewModel vm = app.wiring.assessment();
        Fx.run(() -> vm.input(AssessmentViewModel.Input.PATHS).set("500"));
        ParameterSetsViewModel sets = Fx.call(() -> app.wiring.parameterSets());
        Fx.await(() -> app.wiring.tasks().running().isEmpty());
        for (AssessmentViewModel.Input in : ParameterSetsViewModel.PARAMETERS) {
            Fx.run(() -> sets.input(in).set(vm.input(in).get()));
        }
        Fx.run(() -> sets.nameProperty().set("house"));
        var saving = Fx.call(sets::save).orElseThrow();
        Fx.await(() -> saving.isDone() && sets.sets().size() == 1);
        Fx.run(() -> sets.chosenProperty().set(sets.sets().get(0)));

        Fx.run(() -> app.wiring.valuation().input(ValuationViewModel.Input.TAX_RATE).set("15"));
        Fx.run(() -> app.workbench.navigate(ScreenId.LOAN_RISK));
        app.awaitAssessed();
        assertThat(Fx.call(() -> vm.assessmentProperty().get().parameters().valuation().taxRate()))
                .isCloseTo(0.15, within(1e-12));
        javafx.scene.control.Button save = app.lookup("#saveAssessment");
        Fx.run(save::fire);
        Fx.await(() -> app.wiring.history().assessments().size() == 1);
        long id = app.wiring.history().assessments().get(0).id();
        ParameterSetRepository.UsedSet used = new ParameterSetRepository(app.wiring.databaseProperty().get(),
                WorkbenchFixture.TODAY).usedBy(id).orElseThrow();
        assertThat(used.name()).isEqualTo("house");
        assertThat(used.edited()).as("the officer changed the set's tax rate before assessing").isTrue();
        assertThat(used.values().get("TAX_RATE")).isCloseTo(0.15, within(1e-12));
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "zh-CN"})
    void aRateOutsideItsRangeOnTheValuationScreenIsRefusedNamingTheFieldTheRangeAndTheValue(String language)
            throws Exception {
        app = WorkbenchFixture.start(Locale.forLanguageTag(language));
        app.size(1280, 800);
        app.importSample();
        ValuationViewModel valuation = app.wiring.valuation();
        Fx.run(() -> valuation.input(ValuationViewModel.Input.PATHS).set("200"));
        Fx.run(() -> app.workbench.navigate(ScreenId.VALUATION));
        Fx.run(() -> valuation.input(ValuationViewModel.Input.PROFIT_SHARE).set("130"));
        Fx.await(() -> !valuation.errorProperty().get().isEmpty());
        assertThat(Fx.call(() -> valuation.errorProperty().get())).contains("130")
                .contains(language.equals("en") ? "enter a percentage from 0 to 100" : "请输入 0 至 100 之间的百分数");
        assertThat(Fx.call(() -> valuation.invalid())).containsExactly(ValuationViewModel.Input.PROFIT_SHARE);
        javafx.scene.control.Label shown = app.lookup("#valuationError");
        assertThat(Fx.call(shown::getText)).contains("130");
        WorkbenchLanguageTest.screenshot(app, "valuation-rate-refused-" + language);
        // Loan & risk refuses the same entry with the same reason
        AssessmentViewModel vm = app.wiring.assessment();
        Fx.await(() -> !vm.errorProperty().get().isEmpty());
        assertThat(Fx.call(() -> vm.errorProperty().get())).contains("130");
        assertThat(Fx.call(() -> vm.invalid().contains(AssessmentViewModel.Input.PROFIT_SHARE))).isTrue();
    }
}
