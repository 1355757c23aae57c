package io.pledgebench.ui;

import io.pledgebench.assessment.Assessment;
import io.pledgebench.assessment.AssessmentInputs;
import io.pledgebench.assessment.AssessmentParameters;
import io.pledgebench.assessment.AssessmentPipeline;
import io.pledgebench.io.PortfolioReader;
import io.pledgebench.store.StoredPortfolio;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** The Loan &amp; risk view model: what the officer types becomes the pipeline's inputs and parameters. */
class AssessmentViewModelTest {

    private static final LocalDate AS_OF = LocalDate.of(2025, 6, 30);
    private static final StoredPortfolio SAMPLE = new StoredPortfolio(1, Instant.EPOCH, "test", "hash",
            PortfolioReader.read(Path.of("sample-portfolios/cn-tech-sme")).portfolio());

    private final SimpleObjectProperty<StoredPortfolio> portfolio = new SimpleObjectProperty<>();
    private BackgroundTasks tasks;
    private AssessmentViewModel vm;

    @BeforeAll
    static void toolkit() throws Exception {
        Fx.startToolkit();
    }

    @BeforeEach
    void setUp() throws Exception {
        tasks = new BackgroundTasks();
        vm = Fx.call(() -> new AssessmentViewModel(portfolio, new SimpleObjectProperty<>(), tasks, new I18n(Locale.ENGLISH), () -> AS_OF));
        Fx.run(() -> vm.input(AssessmentViewModel.Input.PATHS).set("1000"));
    }

    @AfterEach
    void tearDown() throws Exception {
        // Settles the pending debounce so that it cannot fire after the workers are gone.
        Fx.run(() -> {
            portfolio.set(null);
            vm.recalculate();
        });
        tasks.close();
    }

    @Test
    void theLoanRequestOfThePortfolioIsShownInTheScreensUnitCnyInEnglish() throws Exception {
        Fx.run(() -> portfolio.set(SAMPLE));
        // sample-portfolios/README.md: a loan request of 1,500 万元 over 36 months
        assertThat(Fx.call(() -> vm.input(AssessmentViewModel.Input.LOAN_AMOUNT).get())).as("typed in CNY on the English screen").isEqualTo("15000000");
        assertThat(Fx.call(() -> vm.input(AssessmentViewModel.Input.TERM_MONTHS).get())).isEqualTo("36");
        assertThat(vm.amountUnit()).isEqualTo("CNY");
    }

    @Test
    void theResultIsThePipelinesForTheSameInputsAndParameters() throws Exception {
        Fx.run(() -> {
            portfolio.set(SAMPLE);
            vm.input(AssessmentViewModel.Input.LOAN_AMOUNT).set("8000000");
            vm.input(AssessmentViewModel.Input.PD).set("2.5");
            vm.input(AssessmentViewModel.Input.SHARE_FUND).set("30");
            vm.recalculate();
        });
        Fx.await(() -> vm.assessmentProperty().get() != null && !vm.calculatingProperty().get());
        Assessment got = Fx.call(() -> vm.assessmentProperty().get());
        assertThat(got.inputs().loan().amount()).isEqualByComparingTo("8000000");
        assertThat(got.inputs().pdOverride()).isEqualTo(0.025);
        assertThat(got.parameters().risk().riskSharing().compensationFund()).isEqualTo(0.30);
        assertThat(got.results().pdSource()).isEqualTo("officer");
        // the sample names its valuation date (评估基准日 2026-09-30): the workbench values it as of that day
        assertThat(got.inputs().asOf()).isEqualTo(SAMPLE.portfolio().loan().valuationDate()).isNotEqualTo(AS_OF);
        Assessment direct = AssessmentPipeline.run(new AssessmentInputs(SAMPLE.portfolio(), got.inputs().loan(),
                got.inputs().asOf(), 1, 1000, 0.025, List.of()), got.parameters());
        assertThat(got.inputHash()).isEqualTo(direct.inputHash());
        assertThat(got.results().recommendation()).isEqualTo(direct.results().recommendation());
        assertThat(got.parameters().stress()).isEqualTo(AssessmentParameters.defaults().stress());
    }

    /**
     * Issue 14 item 1: Loan & risk's "Save report" prints the one report document (method tables and the valuation
     * date), not the assess --json tree a second writer used to print.
     */
    @Test
    void theSavedReportOfTheScreenIsTheReportDocuments(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(io.pledgebench.report.charts.ReportFont.find().isPresent());
        Fx.run(() -> {
            portfolio.set(SAMPLE);
            vm.recalculate();
        });
        Fx.await(() -> vm.assessmentProperty().get() != null && !vm.calculatingProperty().get());
        Path file = dir.resolve("report.pdf");
        var task = Fx.call(() -> vm.saveReport(file, locale -> AS_OF));
        Fx.await(() -> task.isDone());
        assertThat(Fx.call(task::getException)).isNull();
        try (var d = org.apache.pdfbox.Loader.loadPDF(file.toFile())) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(d).replaceAll("\\s+", "");
            assertThat(text).contains("Valuationdate2026-09-30").contains("Parametersandinputs:");
        }
    }

    @Test
    void aMissingLoanAmountAsksForItInsteadOfAssessing() throws Exception {
        // The US sample has no loan sheet (and no amounts, so the portfolio currency stays CNY).
        StoredPortfolio noLoan = new StoredPortfolio(2, Instant.EPOCH, "test", "hash",
                PortfolioReader.read(Path.of("sample-portfolios/us-amazon")).portfolio());
        Fx.run(() -> {
            portfolio.set(noLoan);
            vm.recalculate();
        });
        assertThat(Fx.call(() -> vm.errorProperty().get())).isEqualTo("Loan amount (CNY): enter a value.");
        assertThat(Fx.call(() -> vm.invalid().contains(AssessmentViewModel.Input.LOAN_AMOUNT))).isTrue();
        assertThat(Fx.call(() -> vm.assessmentProperty().get())).isNull();
    }

    @Test
    void riskSharesAboveTheWholeLossAreRefusedWithTheEnginesReason() throws Exception {
        Fx.run(() -> {
            portfolio.set(SAMPLE);
            vm.input(AssessmentViewModel.Input.SHARE_FUND).set("60");
            vm.input(AssessmentViewModel.Input.SHARE_INSURER).set("50");
            vm.recalculate();
        });
        assertThat(Fx.call(() -> vm.errorProperty().get())).contains("add up to").contains("more than 1");
        assertThat(Fx.call(() -> vm.calculatingProperty().get())).isFalse();
    }

    @Test
    void anOwnStressScenarioRunsBesidesTheStandardOnesAsTheCommandLinesStressOption() throws Exception {
        Fx.run(() -> {
            portfolio.set(SAMPLE);
            UserStressScenario s = vm.addStress();
            s.nameProperty().set("severe");
            s.valueFactorProperty().set("0.6");
            s.pdMultiplierProperty().set("1.5");
            s.rateShiftProperty().set("2");
            s.topInvalidatedProperty().set("2");
            s.lapse().add(io.pledgebench.domain.PatentType.UTILITY_MODEL);
            vm.recalculate();
        });
        Fx.await(() -> vm.assessmentProperty().get() != null && !vm.calculatingProperty().get());
        Assessment got = Fx.call(() -> vm.assessmentProperty().get());
        // The same scenario as `assess --stress severe:value=0.6,pd=1.5,rate=0.02,lapse=utility_model,top=2`.
        var cli = io.pledgebench.risk.StressScenario.parse("severe:value=0.6,pd=1.5,rate=0.02,lapse=utility_model,top=2");
        assertThat(got.parameters().stress()).hasSize(AssessmentParameters.defaults().stress().size() + 1)
                .last().isEqualTo(cli);
        assertThat(got.results().stress()).anySatisfy(r -> assertThat(r.scenario()).isEqualTo(cli));
        Assessment direct = AssessmentPipeline.run(new AssessmentInputs(SAMPLE.portfolio(), got.inputs().loan(), got.inputs().asOf(), 1,
                1000, got.inputs().pdOverride(), List.of()), got.parameters());
        assertThat(got.results().stress()).isEqualTo(direct.results().stress());

        Fx.run(() -> {
            vm.removeStress(vm.userStress().get(0));
            vm.recalculate();
        });
        Fx.await(() -> !vm.calculatingProperty().get()
                && vm.assessmentProperty().get().parameters().stress().equals(AssessmentParameters.defaults().stress()));
    }

    @Test
    void aBadOwnScenarioStopsTheAssessmentWithItsReasonOnTheRow() throws Exception {
        UserStressScenario[] rows = new UserStressScenario[2];
        Fx.run(() -> {
            portfolio.set(SAMPLE);
            rows[0] = vm.addStress();
            rows[1] = vm.addStress();
            rows[1].pdMultiplierProperty().set("0");
            vm.recalculate();
        });
        assertThat(Fx.call(() -> vm.errorProperty().get()))
                .isEqualTo("Stress scenario \u201cScenario 2\u201d: the PD multiplier must be a number > 0, was \u201c0\u201d.");
        assertThat(rows[0].problemProperty().get()).isNull();
        assertThat(Fx.call(() -> vm.calculatingProperty().get())).isFalse();
        assertThat(Fx.call(() -> vm.assessmentProperty().get())).isNull();

        Fx.run(() -> {
            rows[1].pdMultiplierProperty().set("2");
            rows[1].nameProperty().set("Scenario 1");
            vm.recalculate();
        });
        assertThat(Fx.call(() -> vm.errorProperty().get())).contains("Two stress scenarios are named \u201cScenario 1\u201d");
    }
}
