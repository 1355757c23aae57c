package io.pledgebench.ui;

import io.pledgebench.assessment.Assessment;
import io.pledgebench.store.ParameterSetRepository;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Path;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Issue 16 item 6: the defaults are edited in Settings (rates typed as percents), validated with reasons in the
 * user's language, saved as named parameter sets, chosen for an assessment on Loan &amp; risk, and each saved
 * assessment records the set and its values; the set does not enter the input hash.
 */
class ParameterSetsTest {

    /** The repository read back in these tests runs on a fixed day, as the workbench fixture does. */
    private static final java.time.Clock CLOCK = java.time.Clock.fixed(java.time.Instant.parse("2026-03-02T09:00:00Z"),
            java.time.ZoneOffset.UTC);

    private static final Path SAMPLE = Path.of("sample-portfolios/cn-tech-sme");

    private WorkbenchFixture app;

    @AfterEach
    void close() throws Exception {
        if (app != null) {
            app.close();
        }
    }

    private void set(AssessmentViewModel.Input in, String text) throws Exception {
        Fx.run(() -> app.wiring.parameterSets().input(in).set(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "zh-CN"})
    void valuesOutsideTheirRangeAreRefusedWithTheirReasonAndNothingIsSaved(String language) throws Exception {
        app = WorkbenchFixture.start(Locale.forLanguageTag(language));
        Fx.run(() -> app.workbench.navigate(ScreenId.SETTINGS));
        ParameterSetsViewModel sets = app.wiring.parameterSets();
        set(AssessmentViewModel.Input.ADVANCE_INVENTION_HIGH, "150");
        Fx.run(() -> sets.nameProperty().set("strict"));
        assertThat(Fx.call(sets::save)).isEmpty();
        assertThat(Fx.call(() -> sets.errorProperty().get())).contains("150")
                .contains(language.equals("en") ? "percentage from 0 to 100" : "0 至 100 之间的百分数");
        assertThat(Fx.call(() -> sets.invalid().contains(AssessmentViewModel.Input.ADVANCE_INVENTION_HIGH))).isTrue();

        set(AssessmentViewModel.Input.ADVANCE_INVENTION_HIGH, "20");
        set(AssessmentViewModel.Input.ADVANCE_INVENTION_LOW, "30");
        assertThat(Fx.call(sets::save)).isEmpty();
        assertThat(Fx.call(() -> sets.errorProperty().get()))
                .contains(language.equals("en") ? "cannot exceed its high end" : "区间下限不能超过上限");
        WorkbenchLanguageTest.screenshot(app, "settings-parameter-sets-invalid-" + language);
        assertThat(Fx.call(sets::sets)).isEmpty();
    }

    @Test
    void aSetIsSavedChosenOnLoanAndRiskAndRecordedWithTheAssessmentWithoutChangingItsInputHash() throws Exception {
        app = WorkbenchFixture.start(Locale.ENGLISH);
        Fx.run(() -> app.wiring.portfolios().importFrom(SAMPLE));
        Fx.await(() -> app.wiring.portfolios().patents().size() == 25);
        AssessmentViewModel vm = app.wiring.assessment();
        Fx.run(() -> vm.input(AssessmentViewModel.Input.PATHS).set("500"));
        Fx.run(() -> app.workbench.navigate(ScreenId.LOAN_RISK));
        Fx.await(() -> vm.assessmentProperty().get() != null && !vm.staleProperty().get()
                && app.wiring.tasks().running().isEmpty());
        String typedHash = Fx.call(() -> vm.assessmentProperty().get().inputHash());

        // in Settings: the entries of Loan & risk, the invention range typed as percents, saved as "cautious"
        Fx.run(() -> app.workbench.navigate(ScreenId.SETTINGS));
        ParameterSetsViewModel sets = app.wiring.parameterSets();
        Fx.run(() -> sets.edit(new ParameterSetRepository.ParameterSet("from the screen", java.util.Map.of(),
                java.time.Instant.EPOCH, "test")));
        for (AssessmentViewModel.Input in : ParameterSetsViewModel.PARAMETERS) {
            set(in, Fx.call(() -> vm.input(in).get()));
        }
        set(AssessmentViewModel.Input.ADVANCE_INVENTION_LOW, "20");
        set(AssessmentViewModel.Input.ADVANCE_INVENTION_HIGH, "30");
        Fx.run(() -> sets.nameProperty().set("cautious"));
        var saving = Fx.call(sets::save).orElseThrow();
        Fx.await(() -> saving.isDone() && sets.sets().size() == 1);
        ParameterSetRepository.ParameterSet cautious = Fx.call(() -> sets.sets().get(0));
        assertThat(cautious.name()).isEqualTo("cautious");
        assertThat(cautious.values().get("ADVANCE_INVENTION_LOW")).isCloseTo(0.20, within(1e-12));
        assertThat(cautious.values().get("ADVANCE_INVENTION_HIGH")).isCloseTo(0.30, within(1e-12));
        WorkbenchLanguageTest.screenshot(app, "settings-parameter-sets-en");

        // chosen on Loan & risk: its values become the entries, and the assessment is made with them
        Fx.run(() -> app.workbench.navigate(ScreenId.LOAN_RISK));
        javafx.scene.control.ComboBox<ParameterSetRepository.ParameterSet> choice = app.lookup("#parameterSet");
        Fx.run(() -> choice.setValue(cautious));
        assertThat(Fx.call(() -> vm.input(AssessmentViewModel.Input.ADVANCE_INVENTION_HIGH).get())).isEqualTo("30");
        Fx.await(() -> vm.assessmentProperty().get() != null && !vm.staleProperty().get()
                && !vm.calculatingProperty().get() && app.wiring.tasks().running().isEmpty());
        Assessment made = Fx.call(() -> vm.assessmentProperty().get());
        assertThat(made.inputHash()).isNotEqualTo(typedHash);
        javafx.scene.control.Button save = app.lookup("#saveAssessment");
        Fx.run(save::fire);
        Fx.await(() -> app.wiring.history().assessments().size() == 1);
        long id = app.wiring.history().assessments().get(0).id();
        ParameterSetRepository repo = new ParameterSetRepository(app.wiring.databaseProperty().get(),
                CLOCK);
        ParameterSetRepository.UsedSet used = repo.usedBy(id).orElseThrow();
        assertThat(used.name()).isEqualTo("cautious");
        assertThat(used.edited()).isFalse();
        assertThat(used.values()).isEqualTo(cautious.values());

        // the same values typed by hand, with no set chosen, hash the same: the set is not an input
        // back to no set through the screen's own way back (cold review 16 #11)
        javafx.scene.control.Hyperlink none = app.lookup("#parameterSetNone");
        assertThat(Fx.call(none::isVisible)).isTrue();
        Fx.run(none::fire);
        assertThat(Fx.call(choice::getValue)).isNull();
        assertThat(Fx.call(none::isVisible)).isFalse();
        Fx.run(() -> vm.input(AssessmentViewModel.Input.SEED).set("2"));
        Fx.run(() -> vm.input(AssessmentViewModel.Input.SEED).set(Long.toString(made.inputs().seed())));
        Fx.await(() -> vm.assessmentProperty().get() != null && vm.assessmentProperty().get() != made
                && !vm.staleProperty().get() && !vm.calculatingProperty().get()
                && app.wiring.tasks().running().isEmpty());
        assertThat(Fx.call(() -> vm.assessmentProperty().get().inputHash())).isEqualTo(made.inputHash());
        assertThat(Fx.call(() -> app.wiring.parameterSets().used())).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "zh-CN"})
    void aValuationParameterOutsideItsRangeIsRefusedWithItsReason(String language) throws Exception {
        app = WorkbenchFixture.start(Locale.forLanguageTag(language));
        Fx.run(() -> app.workbench.navigate(ScreenId.SETTINGS));
        ParameterSetsViewModel sets = app.wiring.parameterSets();
        set(AssessmentViewModel.Input.TAX_RATE, "120");
        Fx.run(() -> sets.nameProperty().set("taxed"));
        assertThat(Fx.call(sets::save)).isEmpty();
        assertThat(Fx.call(() -> sets.errorProperty().get())).contains("120")
                .contains(language.equals("en") ? "Income tax rate (%): enter a percentage from 0 to 100"
                        : "所得税率（%）：请输入 0 至 100 之间的百分数");
        assertThat(Fx.call(() -> sets.invalid().contains(AssessmentViewModel.Input.TAX_RATE))).isTrue();
        javafx.scene.control.Label error = app.lookup("#parameterSetError");
        assertThat(Fx.call(error::getText)).contains("120");
        assertThat(Fx.call(sets::sets)).isEmpty();

        // typed on Loan & risk's entries (as a chosen set fills them), the assessment refuses it with the same reason
        AssessmentViewModel vm = app.wiring.assessment();
        Fx.run(() -> app.wiring.portfolios().importFrom(SAMPLE));
        Fx.await(() -> app.wiring.portfolios().patents().size() == 25);
        Fx.run(() -> vm.input(AssessmentViewModel.Input.RISK_FREE).set("-1"));
        Fx.await(() -> !vm.errorProperty().get().isEmpty());
        assertThat(Fx.call(() -> vm.errorProperty().get())).contains("-1")
                .contains(language.equals("en") ? "Risk-free rate (%): enter a percentage from 0 to 100"
                        : "无风险利率（%）：请输入 0 至 100 之间的百分数");
        assertThat(Fx.call(() -> vm.invalid().contains(AssessmentViewModel.Input.RISK_FREE))).isTrue();
    }

    @Test
    void anEditedValuationParameterInTheChosenSetChangesTheAssessedValueAndIsRecorded() throws Exception {
        app = WorkbenchFixture.start(Locale.ENGLISH);
        Fx.run(() -> app.wiring.portfolios().importFrom(SAMPLE));
        Fx.await(() -> app.wiring.portfolios().patents().size() == 25);
        AssessmentViewModel vm = app.wiring.assessment();
        Fx.run(() -> vm.input(AssessmentViewModel.Input.PATHS).set("500"));
        Fx.run(() -> app.workbench.navigate(ScreenId.LOAN_RISK));
        Fx.await(() -> vm.assessmentProperty().get() != null && !vm.staleProperty().get()
                && !vm.calculatingProperty().get() && app.wiring.tasks().running().isEmpty());
        Assessment before = Fx.call(() -> vm.assessmentProperty().get());
        double riskFreeBefore = before.parameters().valuation().riskFreeRate();
        assertThat(riskFreeBefore).isLessThan(0.08);

        // in Settings: the entries of Loan & risk with a risk-free rate of 8 %, typed as a percent, saved as "dearer money"
        Fx.run(() -> app.workbench.navigate(ScreenId.SETTINGS));
        ParameterSetsViewModel sets = app.wiring.parameterSets();
        for (AssessmentViewModel.Input in : ParameterSetsViewModel.PARAMETERS) {
            set(in, Fx.call(() -> vm.input(in).get()));
        }
        set(AssessmentViewModel.Input.RISK_FREE, "8");
        Fx.run(() -> sets.nameProperty().set("dearer money"));
        var saving = Fx.call(sets::save).orElseThrow();
        Fx.await(() -> saving.isDone() && sets.sets().size() == 1);
        ParameterSetRepository.ParameterSet dearer = Fx.call(() -> sets.sets().get(0));
        assertThat(dearer.values().get("RISK_FREE")).isCloseTo(0.08, within(1e-12));
        WorkbenchLanguageTest.screenshot(app, "settings-parameter-sets-valuation-en");

        // chosen on Loan & risk: the next assessment discounts at the higher rate, so the patents are worth less
        Fx.run(() -> app.workbench.navigate(ScreenId.LOAN_RISK));
        javafx.scene.control.ComboBox<ParameterSetRepository.ParameterSet> choice = app.lookup("#parameterSet");
        Fx.run(() -> choice.setValue(dearer));
        assertThat(Fx.call(() -> vm.input(AssessmentViewModel.Input.RISK_FREE).get())).isEqualTo("8");
        assertThat(Fx.call(() -> app.wiring.valuation().input(ValuationViewModel.Input.RISK_FREE).get()))
                .as("the Valuation screen shows the set's rate too").isEqualTo("8");
        Fx.await(() -> vm.assessmentProperty().get() != null && vm.assessmentProperty().get() != before
                && !vm.staleProperty().get() && !vm.calculatingProperty().get()
                && app.wiring.tasks().running().isEmpty());
        Assessment made = Fx.call(() -> vm.assessmentProperty().get());
        assertThat(made.parameters().valuation().riskFreeRate()).isCloseTo(0.08, within(1e-12));
        assertThat(made.results().collateral().marketValue()).isLessThan(before.results().collateral().marketValue());
        assertThat(made.inputHash()).isNotEqualTo(before.inputHash());

        // saved: the record beside the assessment holds the set's name and the rate it was made with
        javafx.scene.control.Button save = app.lookup("#saveAssessment");
        Fx.run(save::fire);
        Fx.await(() -> app.wiring.history().assessments().size() == 1);
        long id = app.wiring.history().assessments().get(0).id();
        ParameterSetRepository repo = new ParameterSetRepository(app.wiring.databaseProperty().get(),
                CLOCK);
        ParameterSetRepository.UsedSet used = repo.usedBy(id).orElseThrow();
        assertThat(used.name()).isEqualTo("dearer money");
        assertThat(used.edited()).isFalse();
        assertThat(used.values().get("RISK_FREE")).isCloseTo(0.08, within(1e-12));

        // no set chosen: the valuation's entries, which Loan & risk does not show, are the engine's defaults again
        Fx.run(() -> choice.setValue(null));
        Fx.await(() -> vm.assessmentProperty().get() != null && vm.assessmentProperty().get() != made
                && !vm.staleProperty().get() && !vm.calculatingProperty().get()
                && app.wiring.tasks().running().isEmpty());
        assertThat(Fx.call(() -> vm.assessmentProperty().get().parameters().valuation().riskFreeRate()))
                .isCloseTo(riskFreeBefore, within(1e-12));
        assertThat(Fx.call(() -> vm.assessmentProperty().get().inputHash())).isEqualTo(before.inputHash());
    }
}
