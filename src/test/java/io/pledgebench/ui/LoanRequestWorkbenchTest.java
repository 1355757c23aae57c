package io.pledgebench.ui;

import io.pledgebench.assessment.Assessment;
import io.pledgebench.domain.LoanTimeline;
import io.pledgebench.store.AssessmentSummary;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 16 items 1, 2 and 7 on the whole workbench: a result carries the portfolio, loan and parameters that produced
 * it, stale results are marked and never saved, a borrower never inherits another's request, the loan's start date
 * and accepted pending invalidations, dates typed as ISO or in the language's own form, one loan timeline for every
 * screen, and the plausibility flag in full view.
 */
class LoanRequestWorkbenchTest {

    private static final Path SAMPLE = Path.of("sample-portfolios/cn-tech-sme");
    private static final Path NO_LOAN = Path.of("sample-portfolios/us-amazon");

    @TempDir
    Path dir;
    private WorkbenchFixture app;

    @AfterEach
    void close() throws Exception {
        if (app != null) {
            app.close();
        }
    }

    private void importAndAssess(Path portfolio, int patents) throws Exception {
        Fx.run(() -> app.wiring.portfolios().importFrom(portfolio));
        Fx.await(() -> app.wiring.portfolios().patents().size() == patents);
        Fx.run(() -> app.wiring.assessment().input(AssessmentViewModel.Input.PATHS).set("500"));
        Fx.run(() -> app.workbench.navigate(ScreenId.LOAN_RISK));
        awaitCurrentResult();
    }

    private void awaitCurrentResult() throws Exception {
        AssessmentViewModel vm = app.wiring.assessment();
        try {
            Fx.await(() -> vm.assessmentProperty().get() != null && !vm.calculatingProperty().get()
                    && !vm.staleProperty().get() && app.wiring.tasks().running().isEmpty());
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("no current result; error: " + Fx.call(() -> vm.errorProperty().get())
                    + "; portfolio message: " + Fx.call(() -> app.wiring.i18n().render(
                            app.wiring.portfolios().messageProperty().get())), e);
        }
    }

    private void select(String portfolioName) throws Exception {
        Fx.run(() -> app.wiring.portfolios().selectedProperty().set(app.wiring.portfolios().portfolios().stream()
                .filter(p -> p.name().equals(portfolioName)).findFirst().orElseThrow()));
        Fx.await(() -> app.wiring.portfolios().currentProperty().get() != null
                && app.wiring.portfolios().currentProperty().get().portfolio().name().equals(portfolioName));
    }

    private void screenshot(String name) throws Exception {
        Path out = Path.of("target/screenshots").resolve(name + ".png");
        Files.createDirectories(out.getParent());
        var image = Fx.call(() -> app.stage.getScene().snapshot(null));
        javax.imageio.ImageIO.write(javafx.embed.swing.SwingFXUtils.fromFXImage(image, null), "png", out.toFile());
    }

    private void size(double w, double h) throws Exception {
        Fx.run(() -> {
            app.stage.setWidth(w);
            app.stage.setHeight(h);
        });
        Fx.await(() -> true);
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "zh-CN"})
    void anEditMarksTheResultStaleAndSaveWaitsForAValidCurrentResult(String language) throws Exception {
        app = WorkbenchFixture.start(Locale.forLanguageTag(language));
        size(1280, 800);
        importAndAssess(SAMPLE, 25);
        AssessmentViewModel vm = app.wiring.assessment();
        Button save = app.lookup("#saveAssessment");
        Label stale = app.lookup("#staleNotice");
        Label source = app.lookup("#resultSource");
        assertThat(Fx.call(save::isDisabled)).isFalse();
        assertThat(Fx.call(stale::isVisible)).isFalse();
        // the result names what produced it
        Assessment before = Fx.call(() -> vm.assessmentProperty().get());
        assertThat(Fx.call(source::getText)).contains(before.inputs().portfolio().name())
                .contains(before.inputHash().substring(0, 12));

        TextField amount = app.lookup("#input-loan_amount");
        Fx.run(() -> amount.setText("-500"));
        // at once, before any recalculation: marked in the language of the screen, not saveable
        assertThat(Fx.call(stale::isVisible)).isTrue();
        assertThat(Fx.call(stale::getText)).contains(before.inputs().portfolio().name())
                .contains(language.equals("en") ? "Out of date" : "结果已过时");
        assertThat(Fx.call(save::isDisabled)).isTrue();
        Fx.await(() -> !vm.errorProperty().get().isEmpty());
        assertThat(Fx.call(() -> vm.errorProperty().get())).as("in the screen's language").contains("-500")
                .contains(language.equals("en") ? "above zero" : "大于零");
        assertThat(Fx.call(save::isDisabled)).as("an invalid amount never saves the previous result").isTrue();
        assertThat(Fx.call(() -> vm.assessmentProperty().get())).isSameAs(before);
        screenshot("loan-risk-stale-" + language);
        Fx.run(save::fire);
        assertThat(app.wiring.history().assessments()).isEmpty();

        // 800 万元 typed in the screen's unit: CNY in English
        Fx.run(() -> amount.setText(language.equals("en") ? "8000000" : "800"));
        awaitCurrentResult();
        assertThat(Fx.call(stale::isVisible)).isFalse();
        assertThat(Fx.call(save::isDisabled)).isFalse();
        assertThat(Fx.call(() -> vm.assessmentProperty().get().inputs().loan().amount())).isEqualByComparingTo("8000000");
        screenshot("loan-risk-" + language);
    }

    @Test
    void aPortfolioWithoutALoanRequestInheritsNothingAndSwitchingBackShowsOnlyItsOwnResult() throws Exception {
        app = WorkbenchFixture.start(Locale.ENGLISH);
        importAndAssess(SAMPLE, 25);
        AssessmentViewModel vm = app.wiring.assessment();
        String sampleName = Fx.call(() -> vm.assessmentProperty().get().inputs().portfolio().name());
        Fx.run(() -> vm.input(AssessmentViewModel.Input.LOAN_AMOUNT).set("900"));
        awaitCurrentResult();
        ValuationViewModel valuation = app.wiring.valuation();
        Fx.run(() -> valuation.input(ValuationViewModel.Input.PATHS).set("500"));
        Fx.await(() -> valuation.resultProperty().get() != null && !valuation.calculatingProperty().get());

        Fx.run(() -> app.wiring.portfolios().importFrom(NO_LOAN));
        Fx.await(() -> app.wiring.portfolios().currentProperty().get() != null
                && !app.wiring.portfolios().currentProperty().get().portfolio().name().equals(sampleName));
        // the Valuation screen's figures of the previous borrower are gone too
        assertThat(Fx.call(() -> {
            var shown = app.wiring.portfolios().currentProperty().get().portfolio().patents();
            return valuation.patents().stream().allMatch(v -> shown.contains(v.patent()));
        })).isTrue();
        TextField amount = app.lookup("#input-loan_amount");
        TextField term = app.lookup("#input-term_months");
        DatePicker start = app.lookup("#input-start-date");
        assertThat((String) Fx.call(amount::getText)).isEmpty();
        assertThat((String) Fx.call(term::getText)).isEmpty();
        assertThat(Fx.call(start::getValue)).isNull();
        Label grade = app.lookup("#grade");
        assertThat(Fx.call(grade::getText)).isEqualTo("–");
        assertThat(Fx.call(() -> vm.assessmentProperty().get())).isNull();
        Fx.await(() -> !vm.errorProperty().get().isEmpty());
        assertThat(Fx.call(() -> vm.errorProperty().get())).startsWith("Loan amount");
        Button save = app.lookup("#saveAssessment");
        assertThat(Fx.call(save::isDisabled)).isTrue();

        // back to the first borrower: its own request from its loan sheet, its own result only
        select(sampleName);
        awaitCurrentResult();
        assertThat((String) Fx.call(amount::getText)).as("1,500 万元 in CNY on the English screen").isEqualTo("15000000");
        Assessment back = Fx.call(() -> vm.assessmentProperty().get());
        assertThat(back.inputs().portfolio().name()).isEqualTo(sampleName);
        assertThat(Fx.call(() -> vm.resultPortfolioProperty().get().portfolio().name())).isEqualTo(sampleName);
        Fx.run(save::fire);
        Fx.await(() -> app.wiring.history().assessments().size() == 1);
        AssessmentSummary saved = Fx.call(() -> app.wiring.history().assessments().get(0));
        assertThat(saved.portfolio()).isEqualTo(sampleName);
        assertThat(saved.inputHash()).isEqualTo(back.inputHash());
    }

    @Test
    void theSameAssessmentIsNotSavedTwiceWithoutAskingAndTheSaveIsConfirmedOnTheScreen() throws Exception {
        app = WorkbenchFixture.start(Locale.ENGLISH);
        importAndAssess(SAMPLE, 25);
        Button save = app.lookup("#saveAssessment");
        Fx.run(save::fire);
        Fx.await(() -> app.wiring.history().assessments().size() == 1);
        Label saved = app.lookup("#savedMessage");
        Fx.await(saved::isVisible);
        assertThat(Fx.call(saved::getText)).isEqualTo("Assessment no. 1 saved.");

        app.dialogs.confirmAnswers.add(false);
        Fx.run(save::fire);
        Fx.await(() -> app.dialogs.confirmations.size() == 1 && app.wiring.tasks().running().isEmpty());
        assertThat(app.dialogs.confirmations.get(0)).startsWith("The same inputs and parameters were saved as"
                + " assessment no. 1");
        Fx.await(() -> saved.getText().startsWith("Not saved again"));
        assertThat(app.wiring.history().assessments()).hasSize(1);

        app.dialogs.confirmAnswers.add(true);
        Fx.run(save::fire);
        Fx.await(() -> app.wiring.history().assessments().size() == 2);
        assertThat(app.dialogs.confirmations).hasSize(2);
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "zh-CN"})
    void theStartDateIsTypedAsIsoOrInTheLanguagesFormAndEveryScreenUsesTheOneTimeline(String language) throws Exception {
        Locale locale = Locale.forLanguageTag(language);
        app = WorkbenchFixture.start(locale);
        size(1280, 800);
        importAndAssess(SAMPLE, 25);
        AssessmentViewModel vm = app.wiring.assessment();
        // the loan sheet's start (2026年12月1日) and valuation date (2026年9月30日)
        DatePicker start = app.lookup("#input-start-date");
        assertThat(Fx.call(start::getValue)).isEqualTo(LocalDate.of(2026, 12, 1));
        assertThat(Fx.call(() -> start.getEditor().getText())).isEqualTo("2026-12-01");

        // ISO in either language
        Fx.run(() -> {
            start.getEditor().setText("2026-11-30");
            DateField.commit(app.wiring.i18n(), start);
        });
        assertThat(Fx.call(start::getValue)).isEqualTo(LocalDate.of(2026, 11, 30));
        awaitCurrentResult();
        LoanTimeline t = Fx.call(() -> vm.assessmentProperty().get().results().timeline());
        assertThat(t.startDate()).isEqualTo(LocalDate.of(2026, 11, 30));
        assertThat(t.maturityDate()).isEqualTo(LocalDate.of(2029, 11, 30));
        screenshot("loan-risk-start-date-" + language);

        // the language's own form
        String local = language.equals("en") ? "12/15/2026" : "2026/12/15";
        Fx.run(() -> {
            start.getEditor().setText(local);
            DateField.commit(app.wiring.i18n(), start);
        });
        assertThat(Fx.call(start::getValue)).isEqualTo(LocalDate.of(2026, 12, 15));
        awaitCurrentResult();

        // text that is no date is marked and stops the assessment with a reason, never silently dropped
        Fx.run(() -> start.getEditor().setText("2026-13-45"));
        Fx.await(() -> !vm.errorProperty().get().isEmpty());
        assertThat(Fx.call(() -> vm.errorProperty().get())).contains("2026-11-30");
        assertThat(Fx.call(() -> start.getEditor().getStyleClass().contains("invalid"))).isTrue();
        Button save = app.lookup("#saveAssessment");
        assertThat(Fx.call(save::isDisabled)).isTrue();
        Fx.run(() -> {
            start.getEditor().setText("2026-12-15");
            DateField.commit(app.wiring.i18n(), start);
        });
        awaitCurrentResult();
        LoanTimeline timeline = Fx.call(() -> vm.assessmentProperty().get().results().timeline());

        // Valuation values on the same timeline: its valuation date and the years to the loan's maturity
        Fx.run(() -> app.workbench.navigate(ScreenId.VALUATION));
        ValuationViewModel valuation = app.wiring.valuation();
        assertThat(Fx.call(() -> valuation.asOfProperty().get())).isEqualTo(timeline.valuationDate());
        assertThat(Fx.call(() -> app.wiring.i18n().parseNumber(valuation.input(ValuationViewModel.Input.HORIZON_YEARS)
                .get()).getAsDouble())).isCloseTo(timeline.yearsToMaturity(), org.assertj.core.data.Offset.offset(1e-6));
        Label line = app.lookup("#valuationTimeline");
        assertThat(Fx.call(line::getText)).contains(app.wiring.i18n().date(timeline.maturityDate()));
        Fx.await(() -> valuation.resultProperty().get() != null && !valuation.calculatingProperty().get());
        screenshot("valuation-" + language);
        Fx.run(() -> {
            javafx.scene.Node n = line;
            while (n != null && !(n instanceof javafx.scene.control.ScrollPane)) {
                n = n.getParent();
            }
            ((javafx.scene.control.ScrollPane) n).setVvalue(1);
        });
        Fx.await(() -> true);
        screenshot("valuation-timeline-" + language);

        // the lapsed patent of the sample (ZL201620415372.5, 失效) has no legal life left on the chart
        Fx.run(() -> app.workbench.navigate(ScreenId.LOAN_RISK));
        ChartPane legalLife = app.lookup("#legalLifeChart");
        Fx.await(() -> legalLife.chart() != null);
        org.jfree.data.category.CategoryDataset data = Fx.call(() -> legalLife.chart().getCategoryPlot().getDataset());
        String lapsed = null;
        for (Object k : data.getColumnKeys()) {
            if (k.toString().startsWith("CN201620415372.5")) {
                lapsed = k.toString();
            }
        }
        assertThat(lapsed).isNotNull().contains(app.wiring.i18n().status(io.pledgebench.domain.LegalStatus.LAPSED));
        assertThat(data.getValue(0, data.getColumnIndex(lapsed)).doubleValue()).isZero();

        Fx.run(() -> app.workbench.navigate(ScreenId.CAPACITY));
        Fx.await(() -> true);
        screenshot("capacity-" + language);

        // patent detail judges eligibility at the valuation date against the loan's maturity
        Fx.run(() -> app.wiring.portfolios().selectedPatentProperty().set(app.wiring.portfolios().patents().get(0)));
        Fx.run(() -> app.workbench.navigate(ScreenId.PATENT));
        Fx.await(() -> app.wiring.patentDetail().detailProperty().get() != null
                && app.wiring.patentDetail().detailProperty().get().maturity().equals(timeline.maturityDate()));
        assertThat(Fx.call(() -> app.wiring.patentDetail().detailProperty().get().asOf())).isEqualTo(timeline.valuationDate());
        screenshot("patent-detail-" + language);
    }

    @Test
    void theEnglishStartDatePickerTakesAnIsoDateTypedAndEntered() throws Exception {
        app = WorkbenchFixture.start(Locale.ENGLISH);
        importAndAssess(SAMPLE, 25);
        DatePicker start = app.lookup("#input-start-date");
        org.testfx.api.FxRobot robot = new org.testfx.api.FxRobot();
        Fx.run(() -> {
            start.getEditor().requestFocus();
            start.getEditor().selectAll();
        });
        robot.write("2026-11-30");
        robot.type(javafx.scene.input.KeyCode.ENTER);
        Fx.await(() -> LocalDate.of(2026, 11, 30).equals(start.getValue()));
        awaitCurrentResult();
        assertThat(Fx.call(() -> app.wiring.assessment().assessmentProperty().get().inputs().loan().startDate()))
                .isEqualTo(LocalDate.of(2026, 11, 30));
    }

    /** Cold review of issue 16, item 5: "2026-13-45" and Enter put the old date back and hid the error. */
    @Test
    void anInvalidStartDateEnteredKeepsItsTextAndItsError() throws Exception {
        app = WorkbenchFixture.start(Locale.ENGLISH);
        size(1280, 800);
        importAndAssess(SAMPLE, 25);
        DatePicker start = app.lookup("#input-start-date");
        LocalDate before = Fx.call(start::getValue);
        double y = Fx.call(() -> start.localToScene(0, 0).getY());
        org.testfx.api.FxRobot robot = new org.testfx.api.FxRobot();
        Fx.run(() -> {
            start.getEditor().requestFocus();
            start.getEditor().selectAll();
        });
        robot.write("2026-13-45");
        robot.type(javafx.scene.input.KeyCode.ENTER);
        Fx.await(() -> true);
        assertThat((String) Fx.call(() -> start.getEditor().getText())).isEqualTo("2026-13-45");
        assertThat(Fx.call(start::getValue)).isEqualTo(before);
        assertThat(Fx.call(() -> app.wiring.assessment().startUnreadableProperty().get())).isTrue();
        assertThat(Fx.call(() -> app.wiring.assessment().staleProperty().get())).as("the result no longer matches").isTrue();
        Label error = app.lookup("#assessmentError");
        assertThat(Fx.call(error::getText)).isNotEmpty();
        // item 6: the messages appear over the results; the field being typed in stays where it was
        assertThat(Fx.call(() -> start.localToScene(0, 0).getY())).isEqualTo(y);
        screenshot("loan-risk-invalid-date-entered-en");
    }

    @Test
    void anOutOfDateResultIsNotTheReportOfTheCurrentAssessment() throws Exception {
        app = WorkbenchFixture.start(Locale.ENGLISH);
        importAndAssess(SAMPLE, 25);
        assertThat(Fx.call(() -> app.wiring.report().currentAssessmentProperty().get())).isNotNull();
        Fx.run(() -> app.wiring.assessment().input(AssessmentViewModel.Input.TERM_MONTHS).set("x"));
        assertThat(Fx.call(() -> app.wiring.report().currentAssessmentProperty().get())).isNull();
        Button preview = app.lookup("#reportPreview");
        assertThat(Fx.call(preview::isDisabled)).isTrue();
    }

    @Test
    void aPendingInvalidationIsPledgeableOnlyWhenTheOfficerRecordsThePartiesAcceptance() throws Exception {
        app = WorkbenchFixture.start(Locale.ENGLISH);
        Path csv = dir.resolve("pending.csv");
        Files.writeString(csv, "patent_number,title,type,filing_date,grant_date,status,owners,product_revenue\n"
                + "CN201710601862.3,Optical sensor,invention,2017-07-25,2020-03-06,pending_invalidation,Acme,30000000\n"
                + "CN201810458391.X,Lens,invention,2018-04-20,2021-02-05,valid,Acme,20000000\n", StandardCharsets.UTF_8);
        Fx.run(() -> app.wiring.portfolios().importFrom(csv));
        Fx.await(() -> app.wiring.portfolios().patents().size() == 2);
        AssessmentViewModel vm = app.wiring.assessment();
        Fx.run(() -> {
            vm.input(AssessmentViewModel.Input.PATHS).set("500");
            vm.input(AssessmentViewModel.Input.LOAN_AMOUNT).set("300");
            vm.input(AssessmentViewModel.Input.TERM_MONTHS).set("24");
            vm.input(AssessmentViewModel.Input.PD).set("2");
        });
        Fx.run(() -> app.workbench.navigate(ScreenId.LOAN_RISK));
        awaitCurrentResult();
        assertThat(Fx.call(() -> eligibilityOfPending(vm))).isEqualTo(io.pledgebench.risk.eligibility.Outcome.FAIL);

        CheckBox accept = app.lookup("#accept-CN201710601862_3");
        Fx.run(() -> accept.setSelected(true));
        awaitCurrentResult();
        Assessment a = Fx.call(() -> vm.assessmentProperty().get());
        assertThat(a.inputs().acceptedPendingInvalidation()).containsExactly("CN201710601862.3");
        assertThat(Fx.call(() -> eligibilityOfPending(vm))).isNotEqualTo(io.pledgebench.risk.eligibility.Outcome.FAIL);
    }

    private static io.pledgebench.risk.eligibility.Outcome eligibilityOfPending(AssessmentViewModel vm) {
        return vm.assessmentProperty().get().results().patents().stream()
                .filter(p -> p.patent().number().canonical().equals("CN201710601862.3")).findFirst().orElseThrow()
                .eligibility().checks().stream().filter(c -> c.rule().equals("pendingInvalidation")).findFirst()
                .orElseThrow().outcome();
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "zh-CN"})
    void anImplausibleRequestIsFlaggedAboveTheGrade(String language) throws Exception {
        app = WorkbenchFixture.start(Locale.forLanguageTag(language));
        size(1280, 800);
        importAndAssess(SAMPLE, 25);
        Label warning = app.lookup("#plausibilityWarning");
        assertThat(Fx.call(warning::isVisible)).isFalse();
        // 5,000,000 万元 against 8,650 万元 of revenue (issue 16 item 7); typed in CNY on the English screen
        String typed = language.equals("en") ? "50000000000" : "5000000";
        Fx.run(() -> app.wiring.assessment().input(AssessmentViewModel.Input.LOAN_AMOUNT).set(typed));
        awaitCurrentResult();
        assertThat(Fx.call(() -> app.wiring.assessment().assessmentProperty().get().results().plausibility()))
                .anySatisfy(f -> assertThat(f.code().flagged()).isTrue());
        assertThat(Fx.call(warning::isVisible)).isTrue();
        assertThat(Fx.call(warning::getText)).startsWith(language.equals("en") ? "Implausible request" : "申请金额不合理");
        screenshot("loan-risk-implausible-" + language);
    }
}
