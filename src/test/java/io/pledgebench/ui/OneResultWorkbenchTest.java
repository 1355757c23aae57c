package io.pledgebench.ui;

import io.pledgebench.assessment.Assessment;
import io.pledgebench.assessment.PatentAssessment;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.title.TextTitle;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every screen reads the one assessment result (cold review of issue 16): the Borrowing capacity chart's HHI and
 * bars are the engine's collateral pool, as on Loan &amp; risk (item 3: 0.152 / 6.6 beside 0.163 / 6.1, and a
 * cost-only patent as the tallest bar); a patent's collateral verdict and its reason are the same on Borrowing
 * capacity and Patent detail (item 2: "Warning", "Eligible: no" and "0 of 22" for one patent, the reason — no value —
 * stated nowhere).
 */
class OneResultWorkbenchTest {

    private static final Path SAMPLE = Path.of("sample-portfolios/cn-tech-sme");
    private static final Path NO_REVENUE = Path.of("sample-portfolios/us-amazon");

    private WorkbenchFixture app;

    @AfterEach
    void close() throws Exception {
        if (app != null) {
            app.close();
        }
    }

    private Assessment awaitCurrentResult() throws Exception {
        AssessmentViewModel vm = app.wiring.assessment();
        try {
            Fx.await(() -> vm.assessmentProperty().get() != null && !vm.calculatingProperty().get()
                    && !vm.staleProperty().get() && app.wiring.tasks().running().isEmpty());
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("no current result; error: " + Fx.call(() -> vm.errorProperty().get()), e);
        }
        return Fx.call(() -> vm.assessmentProperty().get());
    }

    private void screenshot(String name) throws Exception {
        Path out = Path.of("target/screenshots").resolve(name + ".png");
        Files.createDirectories(out.getParent());
        var image = Fx.call(() -> app.stage.getScene().snapshot(null));
        javax.imageio.ImageIO.write(javafx.embed.swing.SwingFXUtils.fromFXImage(image, null), "png", out.toFile());
    }

    private void start(String language) throws Exception {
        app = WorkbenchFixture.start(Locale.forLanguageTag(language));
        Fx.run(() -> {
            app.stage.setWidth(1280);
            app.stage.setHeight(800);
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "zh-CN"})
    void borrowingCapacityShowsTheHhiAndPoolOfLoanAndRisk(String language) throws Exception {
        start(language);
        Fx.run(() -> app.wiring.portfolios().importFrom(SAMPLE));
        Fx.await(() -> app.wiring.portfolios().patents().size() == 25);
        Fx.run(() -> app.wiring.assessment().input(AssessmentViewModel.Input.PATHS).set("500"));
        Fx.run(() -> app.workbench.navigate(ScreenId.LOAN_RISK));
        Assessment a = awaitCurrentResult();
        Label hhi = app.lookup("#hhi");
        String shown = Fx.call(hhi::getText);
        assertThat(shown).isEqualTo(Fx.call(() -> app.wiring.i18n().number(a.results().collateral().hhi(), 3)));

        Fx.run(() -> app.workbench.navigate(ScreenId.CAPACITY));
        ChartPane concentration = app.lookup("#concentrationChart");
        Fx.await(() -> concentration.chart() != null);
        JFreeChart chart = Fx.call(concentration::chart);
        String subtitle = ((TextTitle) chart.getSubtitle(chart.getSubtitleCount() - 1)).getText();
        // the chart formats with a point in both languages, as the report does
        String engineHhi = String.format(Locale.ROOT, "%.3f", a.results().collateral().hhi());
        String engineEffective = String.format(Locale.ROOT, "%.1f", a.results().collateral().effectiveNumber());
        assertThat(subtitle).contains(engineHhi, engineEffective);
        assertThat(shown).isEqualTo(engineHhi);
        // every bar is a member of the engine's pool: a patent valued by the cost approach alone is not one
        var data = chart.getCategoryPlot().getDataset();
        List<String> pool = a.results().patents().stream()
                .filter(p -> p.collateral() != null && p.collateral().countsAsCollateral())
                .map(p -> p.patent().number().withKind()).toList();
        List<String> costOnly = a.results().patents().stream()
                .filter(p -> p.collateral() != null && !p.collateral().countsAsCollateral() && p.collateral().eligible())
                .map(p -> p.patent().number().withKind()).toList();
        assertThat(costOnly).as("the sample has a pledgeable patent that does not count (cost only)").isNotEmpty();
        for (Object key : data.getColumnKeys()) {
            String bar = key.toString();
            assertThat(costOnly).doesNotContain(bar);
            if (!pool.contains(bar)) {
                assertThat(bar).as("only the 'others' bar is not a patent").matches(".*\\d.*");
            }
        }
        // and the table states why such a patent counts for nothing
        TableView<CapacityView.Carrier> items = app.lookup("#capacityTable");
        String reason = Fx.call(() -> items.getItems().stream().filter(c -> costOnly.contains(c.patent().number()
                .withKind())).findFirst().orElseThrow().verdict().brief(app.wiring.i18n()));
        assertThat(reason).contains(language.equals("en") ? "no value usable as collateral" : "无可作为押品的价值");
        screenshot("capacity-one-pool-" + language);
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "zh-CN"})
    void aPatentWithoutValueReadsTheSameVerdictAndReasonOnEveryScreen(String language) throws Exception {
        start(language);
        Fx.run(() -> app.wiring.portfolios().importFrom(NO_REVENUE));
        Fx.await(() -> app.wiring.portfolios().patents().size() == 22);
        AssessmentViewModel vm = app.wiring.assessment();
        Fx.run(() -> {
            vm.input(AssessmentViewModel.Input.PATHS).set("300");
            vm.input(AssessmentViewModel.Input.LOAN_AMOUNT).set(language.equals("en") ? "5000000" : "500");
            vm.input(AssessmentViewModel.Input.TERM_MONTHS).set("24");
            vm.input(AssessmentViewModel.Input.PD).set("2");
            vm.startDateProperty().set(LocalDate.of(2026, 12, 1));
            app.workbench.navigate(ScreenId.LOAN_RISK);
        });
        Assessment a = awaitCurrentResult();
        PatentAssessment first = a.results().patents().get(0);
        CollateralVerdict verdict = CollateralVerdict.of(first);
        assertThat(verdict.counts()).isFalse();
        String why = Fx.call(() -> verdict.explain(app.wiring.i18n()));
        assertThat(why).startsWith(language.equals("en") ? "no value usable as collateral: " : "无可作为押品的价值：");

        Fx.run(() -> app.workbench.navigate(ScreenId.CAPACITY));
        TableView<CapacityView.Carrier> items = app.lookup("#capacityTable");
        Fx.await(() -> !items.getItems().isEmpty());
        String cell = Fx.call(() -> items.getItems().stream().filter(c -> c.patent().equals(first.patent()))
                .findFirst().orElseThrow().verdict().brief(app.wiring.i18n()));
        assertThat(why).startsWith(cell.substring(cell.indexOf(language.equals("en") ? "no value" : "无可作为")));
        screenshot("capacity-no-value-" + language);

        Fx.run(() -> app.wiring.portfolios().selectedPatentProperty().set(
                app.wiring.portfolios().patents().stream().filter(r -> r.patent().equals(first.patent()))
                        .findFirst().orElseThrow()));
        Fx.run(() -> app.workbench.navigate(ScreenId.PATENT));
        Label title = app.lookup("#eligibilityTitle");
        Fx.await(() -> title.getText().contains(why));
        assertThat(Fx.call(title::getText)).contains(language.equals("en")
                ? "Does not count as collateral in the current assessment" : "在当前评估中不计入押品");
        screenshot("detail-no-value-" + language);
    }
}
