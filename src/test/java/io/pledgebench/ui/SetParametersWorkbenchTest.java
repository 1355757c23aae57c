package io.pledgebench.ui;

import io.pledgebench.app.SetParameters;
import io.pledgebench.assessment.Assessment;
import io.pledgebench.assessment.AssessmentParameters;
import io.pledgebench.domain.PatentType;
import io.pledgebench.store.ParameterSetRepository;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Issue 16 item 6: Settings shows rates as percentages in the user's language, and a named parameter set holds the
 * engine's hazards, economic lives, method weights and liquidation parameters too, each edited and validated in
 * Settings, used by the assessment made with the set and recorded beside it; a set saved before it held them loads
 * with the engine's defaults and says so.
 */
class SetParametersWorkbenchTest {

    private WorkbenchFixture app;

    @AfterEach
    void close() throws Exception {
        if (app != null) {
            app.close();
        }
    }

    private static void collect(TreeItem<String> item, List<String> out) {
        if (item.getValue() != null) {
            out.add(item.getValue());
        }
        item.getChildren().forEach(c -> collect(c, out));
    }


    /** Scrolls Settings so that {@code selector} is at the top of the window (the screen is taller than 800 px). */
    private void scrollTo(String selector) throws Exception {
        javafx.scene.Node node = app.lookup(selector);
        Fx.run(() -> {
            javafx.scene.Node n = node;
            while (n != null && !(n instanceof javafx.scene.control.ScrollPane)) {
                n = n.getParent();
            }
            javafx.scene.control.ScrollPane pane = (javafx.scene.control.ScrollPane) n;
            double y = pane.getContent().sceneToLocal(node.localToScene(0, 0)).getY();
            double room = pane.getContent().getBoundsInLocal().getHeight() - pane.getViewportBounds().getHeight();
            pane.setVvalue(room <= 0 ? 0 : Math.min(1, y / room));
        });
        Fx.run(() -> { });
    }


    @ParameterizedTest
    @ValueSource(strings = {"en", "zh-CN"})
    void theSettingsTreeShowsRatesAsPercentagesInTheUsersLanguage(String language) throws Exception {
        app = WorkbenchFixture.start(Locale.forLanguageTag(language));
        app.size(1280, 800);
        Fx.run(() -> app.workbench.navigate(ScreenId.SETTINGS));
        TreeView<String> tree = app.lookup("#parameterTree");
        List<String> items = new ArrayList<>();
        Fx.run(() -> collect(tree.getRoot(), items));
        I18n i18n = app.wiring.i18n();
        double riskFree = AssessmentParameters.defaults().valuation().riskFreeRate();
        String riskFreeItem = items.stream().filter(s -> s.startsWith(i18n.term("riskFreeRate"))).findFirst()
                .orElseThrow();
        // the default 2.5 % (0.025 stored) reads as a percentage, never as the decimal
        assertThat(riskFreeItem).endsWith(i18n.percent(riskFree, SettingsView.percentDecimals(riskFree)))
                .contains("%").doesNotContain("0.025");
        String taxItem = items.stream().filter(s -> s.startsWith(i18n.term("taxRate"))).findFirst().orElseThrow();
        assertThat(taxItem).contains("25").contains("%").doesNotContain("0.25");
        assertThat(SettingsView.percentDecimals(0.0995)).isEqualTo(2);
        assertThat(i18n.percent(0.0995, SettingsView.percentDecimals(0.0995))).isEqualTo("9.95%");
        // the years and counts stay numbers
        assertThat(SettingsViewModel.isFraction(List.of("valuation", "defaultEconomicLife"))).isFalse();
        assertThat(SettingsViewModel.isFraction(List.of("risk", "liquidation", "invention", "yearsToSell"))).isFalse();
        assertThat(SettingsViewModel.isFraction(List.of("risk", "liquidation", "invention", "fireSaleDiscount")))
                .isTrue();
        Fx.run(() -> tree.getRoot().getChildren().forEach(c -> c.setExpanded(true)));
        scrollTo("#parameterTree");
        WorkbenchLanguageTest.screenshot(app, "settings-tree-percent-" + language);
    }

    @Test
    void aSetsHazardAndLiquidationAreWhatTheAssessmentUsesAndRecords() throws Exception {
        app = WorkbenchFixture.start(Locale.ENGLISH);
        app.size(1280, 800);
        app.importSample();
        AssessmentViewModel vm = app.wiring.assessment();
        Fx.run(() -> vm.input(AssessmentViewModel.Input.PATHS).set("500"));
        Fx.run(() -> app.workbench.navigate(ScreenId.LOAN_RISK));
        app.awaitAssessed();
        Assessment before = Fx.call(() -> vm.assessmentProperty().get());

        // typed in Settings' own fields: a harsher fire sale of inventions (95 % against the default 88 %), a higher hazard
        Fx.run(() -> app.workbench.navigate(ScreenId.SETTINGS));
        ParameterSetsViewModel sets = app.wiring.parameterSets();
        for (AssessmentViewModel.Input in : ParameterSetsViewModel.PARAMETERS) {
            Fx.run(() -> sets.input(in).set(vm.input(in).get()));
        }
        TextField fireSale = app.lookup("#input-liquidation_invention_fire_sale");
        TextField hazard = app.lookup("#input-hazard_invention");
        Fx.run(() -> fireSale.setText("95"));
        Fx.run(() -> hazard.setText("10"));
        // and the legal dimension weighing claims more and litigation less (25 % and 5 % against 15 % and 15 %)
        Fx.run(() -> sets.more("INDICATOR_WEIGHT_CLAIMS").set("25"));
        Fx.run(() -> sets.more("INDICATOR_WEIGHT_LITIGATION").set("5"));
        Fx.run(() -> sets.nameProperty().set("fire sale"));
        var saving = Fx.call(sets::save).orElseThrow();
        Fx.await(() -> saving.isDone() && sets.sets().size() == 1);
        ParameterSetRepository.ParameterSet saved = Fx.call(() -> sets.sets().get(0));
        assertThat(saved.values().get("LIQUIDATION_INVENTION_FIRE_SALE")).isCloseTo(0.95, within(1e-12));
        assertThat(saved.values().get("HAZARD_INVENTION")).isCloseTo(0.10, within(1e-12));
        assertThat(saved.values()).containsKeys(SetParameters.ALL.stream().map(SetParameters.Parameter::name)
                .toArray(String[]::new));
        scrollTo("#parameterSetForms");
        WorkbenchLanguageTest.screenshot(app, "settings-set-parameters-en");
        scrollTo("#input-liquidation_invention_fire_sale");
        WorkbenchLanguageTest.screenshot(app, "settings-set-parameters-liquidation-en");

        Fx.run(() -> app.workbench.navigate(ScreenId.LOAN_RISK));
        javafx.scene.control.ComboBox<ParameterSetRepository.ParameterSet> choice = app.lookup("#parameterSet");
        Fx.run(() -> choice.setValue(saved));
        Fx.await(() -> vm.assessmentProperty().get() != before);
        app.awaitAssessed();
        Assessment made = Fx.call(() -> vm.assessmentProperty().get());
        assertThat(made.parameters().risk().liquidation().get(PatentType.INVENTION).fireSaleDiscount())
                .isCloseTo(0.95, within(1e-12));
        assertThat(made.parameters().valuation().hazardPerYear().get(PatentType.INVENTION))
                .isCloseTo(0.10, within(1e-12));
        assertThat(made.parameters().scoring().weights().indicators().get(io.pledgebench.scoring.Indicator.CLAIMS))
                .isCloseTo(0.25, within(1e-12));
        assertThat(made.parameters().scoring().weights().scenario()).isEqualTo("custom");
        assertThat(made.results().collateral().liquidationValue())
                .as("a deeper fire-sale discount recovers less").isLessThan(before.results().collateral().liquidationValue());
        assertThat(made.inputHash()).isNotEqualTo(before.inputHash());

        javafx.scene.control.Button save = app.lookup("#saveAssessment");
        Fx.run(save::fire);
        Fx.await(() -> app.wiring.history().assessments().size() == 1);
        long id = app.wiring.history().assessments().get(0).id();
        ParameterSetRepository.UsedSet used = new ParameterSetRepository(app.wiring.databaseProperty().get(),
                WorkbenchFixture.TODAY).usedBy(id).orElseThrow();
        assertThat(used.name()).isEqualTo("fire sale");
        assertThat(used.edited()).isFalse();
        assertThat(used.values().get("LIQUIDATION_INVENTION_FIRE_SALE")).isCloseTo(0.95, within(1e-12));
        assertThat(used.values().get("HAZARD_INVENTION")).isCloseTo(0.10, within(1e-12));
        assertThat(used.values().get("INDICATOR_WEIGHT_LITIGATION")).isCloseTo(0.05, within(1e-12));
        // the history says which set each assessment was made with
        assertThat(app.wiring.history().assessments().get(0).parameterSet()).isEqualTo("fire sale");
        Fx.run(() -> app.workbench.navigate(ScreenId.HISTORY));
        javafx.scene.control.TableView<?> history = app.lookup("#historyTable");
        assertThat(Fx.call(() -> history.getColumns().stream().map(c -> c.getText()).toList())).contains("Parameter set");
        WorkbenchLanguageTest.screenshot(app, "history-parameter-set-en");
        Fx.run(() -> app.workbench.navigate(ScreenId.LOAN_RISK));

        // no set: the engine's defaults again, and the very same input hash as before any set
        Fx.run(() -> choice.setValue(null));
        Fx.await(() -> vm.assessmentProperty().get() != made);
        app.awaitAssessed();
        assertThat(Fx.call(() -> vm.assessmentProperty().get().inputHash())).isEqualTo(before.inputHash());
    }

    @Test
    void aSetSavedBeforeSetsHeldTheEngineParametersLoadsWithTheirDefaultsAndSaysSo() throws Exception {
        app = WorkbenchFixture.start(Locale.ENGLISH);
        app.size(1280, 800);
        ParameterSetRepository repo = new ParameterSetRepository(app.wiring.databaseProperty().get(),
                WorkbenchFixture.TODAY);
        // as saved by the version before: the entries of Loan & risk and the valuation rates only
        Map<String, Double> old = new java.util.HashMap<>();
        AssessmentViewModel vm = app.wiring.assessment();
        for (AssessmentViewModel.Input in : ParameterSetsViewModel.PARAMETERS) {
            double typed = app.wiring.i18n().parseNumber(Fx.call(() -> vm.input(in).get())).orElseThrow();
            old.put(in.name(), in.percent() ? typed / 100 : typed);
        }
        repo.save("older", old, "test");
        ParameterSetsViewModel sets = Fx.call(() -> app.wiring.parameterSets());
        Fx.run(sets::refresh);
        Fx.await(() -> sets.sets().size() == 1 && app.wiring.tasks().running().isEmpty());
        Fx.run(() -> app.workbench.navigate(ScreenId.SETTINGS));
        Fx.run(() -> sets.edit(sets.sets().get(0)));
        AssessmentParameters d = AssessmentParameters.defaults();
        assertThat(Fx.call(() -> sets.more("ECONOMIC_LIFE_A").get()))
                .isEqualTo(app.wiring.i18n().editable(d.valuation().economicLifeBySection().get('A')));
        assertThat(Fx.call(() -> sets.more("HAZARD_UTILITY_MODEL").get()))
                .isEqualTo(app.wiring.i18n().editable(d.valuation().hazardPerYear().get(PatentType.UTILITY_MODEL) * 100));
        javafx.scene.control.Label message = app.lookup("#parameterSetNotice");
        // the engine's parameters and the Valuation screen's settings (ADR 0032) the older set lacks
        int lacking = SetParameters.ALL.size() + io.pledgebench.app.ValuationSettings.NUMBERS.size()
                + io.pledgebench.app.ValuationSettings.SWITCHES.size();
        assertThat(Fx.call(message::getText)).contains("older").contains(Integer.toString(lacking))
                .contains("defaults");
        scrollTo("#parameterSetNotice");
        WorkbenchLanguageTest.screenshot(app, "settings-older-set-en");

        // chosen: the assessment is made with the defaults for what the set lacks, which is no edit of the set
        Fx.run(() -> sets.chosenProperty().set(sets.sets().get(0)));
        assertThat(Fx.call(() -> vm.setParameters())).isEqualTo(SetParameters.of(d));
        assertThat(Fx.call(() -> sets.used().orElseThrow().edited())).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "zh-CN"})
    void anEngineParameterOutsideItsRangeIsRefusedNamingTheFieldTheRangeAndTheValue(String language) throws Exception {
        app = WorkbenchFixture.start(Locale.forLanguageTag(language));
        app.size(1280, 800);
        Fx.run(() -> app.workbench.navigate(ScreenId.SETTINGS));
        ParameterSetsViewModel sets = app.wiring.parameterSets();
        Fx.run(() -> sets.more("ECONOMIC_LIFE_G").set("45"));
        Fx.run(() -> sets.nameProperty().set("long lives"));
        assertThat(Fx.call(sets::save)).isEmpty();
        assertThat(Fx.call(() -> sets.errorProperty().get())).contains("45")
                .contains(language.equals("en") ? "IPC section G (years): enter a number of years from 0.5 to 30"
                        : "IPC G 部（年）：请输入 0.5 至 30 之间的年数");
        assertThat(Fx.call(() -> sets.invalidMore())).containsExactly("ECONOMIC_LIFE_G");
        Fx.run(() -> sets.more("ECONOMIC_LIFE_G").set("4"));
        Fx.run(() -> sets.more("HAZARD_DESIGN").set("150"));
        assertThat(Fx.call(sets::save)).isEmpty();
        assertThat(Fx.call(() -> sets.errorProperty().get())).contains("150")
                .contains(language.equals("en") ? "enter a percentage from 0 to 100" : "请输入 0 至 100 之间的百分数");
        Fx.run(() -> sets.more("HAZARD_DESIGN").set("5"));
        for (SetParameters.Parameter x : SetParameters.ALL) {
            if (x.group() == SetParameters.Group.METHOD_WEIGHT) {
                Fx.run(() -> sets.more(x.name()).set("0"));
            }
        }
        assertThat(Fx.call(sets::save)).isEmpty();
        assertThat(Fx.call(() -> sets.errorProperty().get()))
                .contains(language.equals("en") ? "are all 0" : "均为 0");
        Fx.run(() -> sets.more("METHOD_WEIGHT_COST").set("100"));
        // the quality score's dimension weights must add up to 100 % (GB/T 42748-2023 weighs them 40/30/30)
        Fx.run(() -> sets.more("SCORING_WEIGHT_LEGAL").set("50"));
        assertThat(Fx.call(sets::save)).isEmpty();
        assertThat(Fx.call(() -> sets.errorProperty().get())).contains("110")
                .contains(language.equals("en") ? "must add up to 100 %" : "合计须为 100%");
        assertThat(Fx.call(() -> sets.invalidMore())).contains("SCORING_WEIGHT_LEGAL", "SCORING_WEIGHT_ECONOMIC");
        Fx.run(() -> sets.more("SCORING_WEIGHT_LEGAL").set("40"));
        // and the indicators within each dimension add up to 100 % of it (claims 15 % → 30 %: legal adds up to 115 %)
        TextField claims = app.lookup("#input-indicator_weight_claims");
        Fx.run(() -> claims.setText("30"));
        assertThat(Fx.call(sets::save)).isEmpty();
        assertThat(Fx.call(() -> sets.errorProperty().get())).contains("115")
                .contains(language.equals("en") ? "indicators of the Legal" : "法律价值维度各指标的权重");
        assertThat(Fx.call(() -> sets.invalidMore())).contains("INDICATOR_WEIGHT_CLAIMS", "INDICATOR_WEIGHT_LITIGATION")
                .doesNotContain("INDICATOR_WEIGHT_CITATIONS");
        assertThat(Fx.call(() -> claims.getStyleClass().contains("invalid"))).isTrue();
        scrollTo("#input-indicator_weight_claims");
        WorkbenchLanguageTest.screenshot(app, "settings-indicator-weights-invalid-" + language);
        Fx.run(() -> claims.setText("15"));
        // royalty rates: below 100 % (the engine's RoyaltyRange), and rising from low to typical to high
        javafx.scene.control.TextField high = app.lookup("#input-royalty_g_high");
        Fx.run(() -> high.setText("100"));
        assertThat(Fx.call(sets::save)).isEmpty();
        assertThat(Fx.call(() -> sets.errorProperty().get())).contains("100")
                .contains(language.equals("en") ? "IPC section G: high royalty rate (%): enter a percentage from 0 to 99"
                        : "IPC G 部：许可费率上限（%）：请输入 0 至 99 之间的百分数");
        Fx.run(() -> high.setText("3"));
        assertThat(Fx.call(sets::save)).isEmpty();
        assertThat(Fx.call(() -> sets.errorProperty().get()))
                .contains(language.equals("en") ? "IPC section G: the royalty rates must rise" : "IPC G 部：许可费率须按");
        assertThat(Fx.call(() -> high.getStyleClass().contains("invalid"))).isTrue();
        scrollTo("#input-royalty_g_high");
        WorkbenchLanguageTest.screenshot(app, "settings-royalty-invalid-" + language);
        scrollTo("#parameterSetError");
        WorkbenchLanguageTest.screenshot(app, "settings-set-parameters-invalid-" + language);
        assertThat(Fx.call(sets::sets)).isEmpty();
    }
}
