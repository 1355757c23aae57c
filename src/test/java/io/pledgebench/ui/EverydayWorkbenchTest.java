package io.pledgebench.ui;

import io.pledgebench.store.AssessmentSummary;
import io.pledgebench.store.ParameterSetRepository;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Issue 16, what was left for a credit officer's every day: the Valuation chart names the patent it shows, History
 * shows each saved assessment's recommended amount (万元 in Chinese, CNY in English), an empty set name is said beside
 * the Save button, and parameter sets hold the valuation's settings, the yes/no switches included.
 */
class EverydayWorkbenchTest {

    private static final Path SAMPLE = Path.of("sample-portfolios/cn-tech-sme");
    private static final java.time.Clock CLOCK = java.time.Clock.fixed(java.time.Instant.parse("2026-03-02T09:00:00Z"),
            java.time.ZoneOffset.UTC);

    private WorkbenchFixture app;

    @AfterEach
    void close() throws Exception {
        if (app != null) {
            app.close();
        }
    }

    private void importSample() throws Exception {
        Fx.run(() -> app.wiring.portfolios().importFrom(SAMPLE));
        Fx.await(() -> app.wiring.portfolios().patents().size() == 25);
        Fx.run(() -> app.wiring.assessment().input(AssessmentViewModel.Input.PATHS).set("500"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "zh-CN"})
    void theValuationChartNamesThePatentItShows(String language) throws Exception {
        app = WorkbenchFixture.start(Locale.forLanguageTag(language));
        importSample();
        Fx.run(() -> app.workbench.navigate(ScreenId.VALUATION));
        ValuationViewModel vm = app.wiring.valuation();
        Fx.await(() -> vm.resultProperty().get() != null && !vm.calculatingProperty().get());
        ValuedPatent second = Fx.call(() -> vm.patents().get(1));
        Fx.run(() -> vm.selectedProperty().set(second));
        ChartPane methods = app.lookup("#methodsChart");
        String title = Fx.call(() -> methods.chart().getTitle().getText());
        // cold review 16 #8: "Value by valuation method" for a patent named nowhere on the screen
        assertThat(title).contains(second.patent().number().withKind()).contains(second.patent().title())
                .startsWith(language.equals("en") ? "Value by valuation method: " : "各评估方法的价值：");
        WorkbenchLanguageTest.screenshot(app, "valuation-chart-title-" + language);
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "zh-CN"})
    void historyShowsTheRecommendedAmountInTheScreensUnit(String language) throws Exception {
        app = WorkbenchFixture.start(Locale.forLanguageTag(language));
        importSample();
        AssessmentViewModel vm = app.wiring.assessment();
        Fx.run(() -> app.workbench.navigate(ScreenId.LOAN_RISK));
        Fx.await(() -> vm.assessmentProperty().get() != null && !vm.staleProperty().get()
                && app.wiring.tasks().running().isEmpty());
        double recommended = Fx.call(() -> vm.assessmentProperty().get().results().recommendation().recommendedLoan());
        double requested = Fx.call(() -> vm.assessmentProperty().get().inputs().loan().amount().doubleValue());
        assertThat(recommended).as("the sample recommends less than it asks, so the two columns differ")
                .isPositive().isLessThan(requested);
        Fx.run(() -> app.wiring.history().save(vm.assessmentProperty().get(),
                app.wiring.portfolios().currentProperty().get().id()));
        Fx.await(() -> app.wiring.history().assessments().size() == 1);
        Fx.run(() -> app.workbench.navigate(ScreenId.HISTORY));
        javafx.scene.control.TableView<AssessmentSummary> table = app.lookup("#historyTable");
        javafx.scene.control.TableColumn<AssessmentSummary, ?> column = Fx.call(() -> table.getColumns().stream()
                .filter(c -> "recommendedColumn".equals(c.getId())).findFirst().orElseThrow());
        assertThat(Fx.call(column::getText)).isEqualTo(language.equals("en") ? "Recommended loan" : "建议贷款额");
        String cell = String.valueOf(Fx.call(() -> column.getCellData(0)));
        WorkbenchLanguageTest.screenshot(app, "history-recommended-" + language);
        Matcher m = Pattern.compile(language.equals("en") ? "([\\d,]+(?:\\.\\d+)?) CNY" : "([\\d,]+\\.\\d{2})万元")
                .matcher(cell);
        assertThat(m.matches()).as("'" + cell + "' in " + (language.equals("en") ? "CNY" : "万元")).isTrue();
        double shown = Double.parseDouble(m.group(1).replace(",", "")) * (language.equals("en") ? 1 : 10_000);
        assertThat(shown).isCloseTo(recommended, within(language.equals("en") ? 0.5 : 50.0));
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "zh-CN"})
    void anEmptySetNameIsSaidBesideTheSaveButton(String language) throws Exception {
        app = WorkbenchFixture.start(Locale.forLanguageTag(language));
        Fx.run(() -> app.workbench.navigate(ScreenId.SETTINGS));
        ParameterSetsViewModel sets = app.wiring.parameterSets();
        javafx.scene.control.Button save = app.lookup("#saveParameterSet");
        javafx.scene.control.Label problem = app.lookup("#parameterSetSaveProblem");
        assertThat(Fx.call(problem::isVisible)).isFalse();
        Fx.run(() -> sets.nameProperty().set("   "));
        Fx.run(save::fire);
        Fx.await(() -> problem.isVisible());
        assertThat(Fx.call(problem::getText)).isEqualTo(language.equals("en")
                ? "Give the set a name of 1 to 200 characters." : "请为方案命名（1 至 200 个字符）。");
        // right under the button the officer clicked, not at the top of a long form (cold review 16 #11)
        double gap = Fx.call(() -> problem.localToScene(problem.getLayoutBounds()).getMinY()
                - save.localToScene(save.getLayoutBounds()).getMaxY());
        assertThat(gap).isBetween(0.0, 40.0);
        assertThat(Fx.call(sets::sets)).isEmpty();
        // the screen scrolled to the button, as the officer sees it after clicking
        Fx.run(() -> {
            for (javafx.scene.Node n = save; n != null; n = n.getParent()) {
                if (n instanceof javafx.scene.control.ScrollPane sp) {
                    sp.setVvalue(sp.getVmax());
                }
            }
        });
        Fx.await(() -> true);
        WorkbenchLanguageTest.screenshot(app, "settings-empty-set-name-" + language);

        // a value refused: said there too, with the value's reason
        Fx.run(() -> sets.input(AssessmentViewModel.Input.ADVANCE_INVENTION_HIGH).set("150"));
        Fx.run(() -> sets.nameProperty().set("strict"));
        Fx.run(save::fire);
        assertThat(Fx.call(problem::getText)).startsWith(language.equals("en") ? "Not saved: " : "未保存：")
                .contains("150");
        // and gone once a save goes through
        Fx.run(() -> sets.input(AssessmentViewModel.Input.ADVANCE_INVENTION_HIGH).set("40"));
        Fx.run(save::fire);
        Fx.await(() -> sets.sets().size() == 1);
        assertThat(Fx.call(problem::isVisible)).isFalse();
    }

    @Test
    void aSetHoldsTheValuationSettingsWithItsSwitchesAndChoosingItSetsThemOnBothScreens() throws Exception {
        app = WorkbenchFixture.start(Locale.ENGLISH);
        Fx.run(() -> app.workbench.navigate(ScreenId.SETTINGS));
        ParameterSetsViewModel sets = app.wiring.parameterSets();
        ValuationViewModel valuation = app.wiring.valuation();
        boolean midYear = Fx.call(() -> valuation.midYearProperty().get());
        boolean tab = Fx.call(() -> valuation.taxAmortisationProperty().get());
        boolean hazard = Fx.call(() -> valuation.hazardProperty().get());
        // typed in Settings' own fields: every switch the other way from the engine's default
        javafx.scene.control.TextField growth = app.lookup("#input-set_revenue_growth");
        javafx.scene.control.TextField correlation = app.lookup("#input-set_correlation");
        javafx.scene.control.CheckBox mid = app.lookup("#set-check-midyear");
        javafx.scene.control.CheckBox tax = app.lookup("#set-check-tab");
        javafx.scene.control.CheckBox lost = app.lookup("#set-check-hazard");
        Fx.run(() -> {
            growth.setText("4");
            correlation.setText("0.6");
            mid.setSelected(!midYear);
            tax.setSelected(!tab);
            lost.setSelected(!hazard);
            sets.nameProperty().set("settings");
        });
        var saving = Fx.call(sets::save).orElseThrow();
        Fx.await(() -> saving.isDone() && sets.sets().size() == 1);
        WorkbenchLanguageTest.screenshot(app, "settings-set-valuation-settings-en");

        // stored: the numbers with the other values, the switches as yes/no
        ParameterSetRepository repo = new ParameterSetRepository(app.wiring.databaseProperty().get(), CLOCK);
        ParameterSetRepository.ParameterSet stored = repo.list().get(0);
        assertThat(stored.values().get("REVENUE_GROWTH")).isCloseTo(0.04, within(1e-12));
        assertThat(stored.values().get("CORRELATION")).isCloseTo(0.6, within(1e-12));
        assertThat(stored.switches()).isEqualTo(Map.of("MID_YEAR", !midYear, "TAX_AMORTISATION", !tab,
                "HAZARD", !hazard));

        // chosen for the assessment: the Valuation screen (one state with Loan & risk) values with them
        Fx.run(() -> sets.chosenProperty().set(stored));
        assertThat(Fx.call(() -> valuation.input(ValuationViewModel.Input.REVENUE_GROWTH).get())).isEqualTo("4");
        assertThat(Fx.call(() -> valuation.input(ValuationViewModel.Input.CORRELATION).get())).isEqualTo("0.6");
        assertThat(Fx.call(() -> List.of(valuation.midYearProperty().get(), valuation.taxAmortisationProperty().get(),
                valuation.hazardProperty().get()))).containsExactly(!midYear, !tab, !hazard);
        assertThat(Fx.call(sets::used).orElseThrow().edited()).isFalse();
        // a switch flipped after choosing the set: the assessment records the set as changed, with the switch as used
        Fx.run(() -> valuation.hazardProperty().set(hazard));
        ParameterSetRepository.UsedSet used = Fx.call(sets::used).orElseThrow();
        assertThat(used.edited()).isTrue();
        assertThat(used.switches()).containsEntry("HAZARD", hazard);

        // back to no set: the engine's defaults again
        Fx.run(() -> sets.chosenProperty().set(null));
        assertThat(Fx.call(() -> List.of(valuation.midYearProperty().get(), valuation.taxAmortisationProperty().get(),
                valuation.hazardProperty().get()))).containsExactly(midYear, tab, hazard);

        // a set saved before sets held the settings: the defaults stand in, and the form says values were filled in
        ParameterSetRepository.ParameterSet older = repo.save("older", Map.of("PATHS", 500.0), "test");
        assertThat(older.switches()).isEmpty();
        assertThat(repo.list().stream().filter(s -> s.name().equals("older")).findFirst().orElseThrow().switches())
                .isEmpty();
        Fx.run(() -> sets.edit(older));
        assertThat(Fx.call(() -> sets.midYearProperty().get())).isEqualTo(midYear);
        assertThat(Fx.call(() -> sets.noticeProperty().get())).isNotNull();
    }
}
