package io.pledgebench.ui;

import io.pledgebench.assessment.Assessment;
import io.pledgebench.assessment.PatentAssessment;
import io.pledgebench.domain.Patent;
import io.pledgebench.report.charts.Charts;
import io.pledgebench.report.charts.Compositions;
import io.pledgebench.report.charts.Share;
import io.pledgebench.risk.CollateralCalculator;
import io.pledgebench.risk.Recommendation;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.StackPane;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;

/**
 * Controller of CapacityView.fxml: how much the enterprise could borrow against its patents (the collateral
 * capacity and what limits the loan) and which patents carry it, from the same assessment as Loan &amp; risk.
 */
public final class CapacityView {

    /** A patent's part of the lending capacity. */
    public record Carrier(Patent patent, CollateralCalculator.ItemResult item, double shareOfAdvance,
                          CollateralVerdict verdict) {
    }

    private final AssessmentViewModel vm;
    private final I18n i18n;
    private final ChartPane concentration;
    private final ChartPane composition;
    private final ChartPane fields;

    @FXML private ScreenHeader header;
    @FXML private Label error;
    @FXML private Label staleNotice;
    @FXML private javafx.scene.layout.VBox results;
    @FXML private FactTiles headline;
    @FXML private TableView<Carrier> items;
    @FXML private StackPane concentrationHolder;
    @FXML private StackPane compositionHolder;
    @FXML private StackPane fieldHolder;

    CapacityView(AssessmentViewModel vm, I18n i18n, DialogService dialogs, UiPreferences preferences) {
        this.vm = vm;
        this.i18n = i18n;
        concentration = new ChartPane(i18n, dialogs, preferences);
        composition = new ChartPane(i18n, dialogs, preferences);
        fields = new ChartPane(i18n, dialogs, preferences);
    }

    @FXML
    private void initialize() {
        // the same result as Loan & risk: marked there and here while it no longer matches the entries
        staleNotice.textProperty().bind(Bindings.createStringBinding(() -> vm.resultPortfolioProperty().get() == null
                ? "" : i18n.get("ui.loanRisk.stale", vm.resultPortfolioProperty().get().portfolio().name()),
                vm.resultPortfolioProperty()));
        staleNotice.visibleProperty().bind(vm.staleProperty());
        staleNotice.managedProperty().bind(vm.staleProperty());
        vm.staleProperty().addListener((o, was, now) -> {
            results.getStyleClass().remove("results-stale");
            if (now) {
                results.getStyleClass().add("results-stale");
            }
        });
        header.show(i18n, vm.portfolioProperty(), vm.calculatingProperty());
        error.textProperty().bind(vm.errorProperty());
        error.managedProperty().bind(vm.errorProperty().isNotEmpty());
        concentration.setId("concentrationChart");
        composition.setId("compositionChart");
        concentrationHolder.getChildren().add(concentration);
        compositionHolder.getChildren().add(composition);
        fields.setId("fieldChart");
        fieldHolder.getChildren().add(fields);
        buildTable();
        vm.assessmentProperty().addListener((o, was, now) -> show(now));
        show(vm.assessmentProperty().get());
        if (vm.assessmentProperty().get() == null && vm.portfolioProperty().get() != null) {
            vm.recalculate();
        }
    }

    private String money(double v) {
        return i18n.amount(v, vm.portfolioProperty().get() == null ? "CNY"
                : vm.portfolioProperty().get().portfolio().currency());
    }

    private void buildTable() {
        TableColumn<Carrier, String> number = new TableColumn<>(i18n.get("ui.patent.number"));
        number.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().patent().number().withKind()));
        number.setPrefWidth(150);
        Tables.whole(number, c -> c.patent().number().withKind());
        TableColumn<Carrier, String> title = new TableColumn<>(i18n.get("ui.patent.title"));
        title.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().patent().title()));
        title.setPrefWidth(220);
        TableColumn<Carrier, String> type = new TableColumn<>(i18n.get("ui.patent.type"));
        type.setCellValueFactory(c -> new ReadOnlyStringWrapper(i18n.type(c.getValue().patent().type())));
        TableColumn<Carrier, String> eligible = new TableColumn<>(i18n.get("ui.capacity.eligible"));
        // the assessment's one verdict on the patent, with its reason (Patent detail reads the same)
        eligible.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().verdict().brief(i18n)));
        eligible.setPrefWidth(200);
        Tables.whole(eligible, c -> c.verdict().brief(i18n));
        // what each patent carries first, so a 1024 px window shows the figures; title and type follow (cold review
        // 16 #8: the values were scrolled out of sight behind the title)
        items.getColumns().add(number);
        items.getColumns().add(amountColumn("ui.capacity.advanceAmount", c -> c.item().advanceAmount()));
        items.getColumns().add(number("ui.capacity.share", Carrier::shareOfAdvance, v -> i18n.percent(v, 1)));
        items.getColumns().add(eligible);
        items.getColumns().add(amountColumn("ui.loanRisk.marketValue", c -> c.item().marketValue()));
        items.getColumns().add(amountColumn("ui.loanRisk.liquidationValue", c -> c.item().liquidationValue()));
        items.getColumns().add(number("ui.loanRisk.advanceRate", c -> c.item().advanceRate(), v -> i18n.percent(v, 1)));
        items.getColumns().add(title);
        items.getColumns().add(type);
        Tables.readable(items);
    }

    /** An amount column: the figure in the screen's unit, the unit in the header (万元 / CNY). */
    private TableColumn<Carrier, Double> amountColumn(String key, ToDoubleFunction<Carrier> value) {
        TableColumn<Carrier, Double> c = number(key, value, v -> i18n.amountFigure(v, currency()));
        Tables.whole(c, r -> i18n.amountFigure(value.applyAsDouble(r), currency()));
        c.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> i18n.amountHeader(i18n.get(key), currency()), vm.portfolioProperty()));
        return c;
    }

    private String currency() {
        return vm.portfolioProperty().get() == null ? "CNY" : vm.portfolioProperty().get().portfolio().currency();
    }

    private TableColumn<Carrier, Double> number(String key, ToDoubleFunction<Carrier> value, Function<Double, String> f) {
        return NumberColumn.of(i18n.get(key), value, f, 120);
    }

    /**
     * The market values of the engine's collateral pool — the set its HHI and effective number are computed on, as
     * Loan &amp; risk and the report show them: eligible and counted as collateral (a patent valued by the cost
     * approach alone counts for nothing under the default policy), with a value.
     */
    static List<Share> poolShares(List<Carrier> rows) {
        List<Share> values = new ArrayList<>();
        for (Carrier r : rows) {
            if (r.item().countsAsCollateral() && r.item().marketValue() > 0) {
                values.add(new Share(r.patent().number().withKind(), r.item().marketValue()));
            }
        }
        return values;
    }

    private void show(Assessment a) {
        if (a == null) {
            headline.clear();
            items.getItems().clear();
            concentration.setChart(null, null, i18n.get("ui.capacity.placeholder"));
            composition.setChart(null, null, i18n.get("ui.capacity.placeholder"));
            fields.setChart(null, null, i18n.get("ui.capacity.placeholder"));
            return;
        }
        CollateralCalculator.CollateralAssessment c = a.results().collateral();
        Recommendation rec = a.results().recommendation();
        FactTiles facts = headline.clear()
                .add(i18n.get("ui.capacity.collateralCapacity"), money(c.capacity()), "capacity")
                .add(i18n.get("ui.loanRisk.maxLoan"), money(rec.maxLoan()))
                .add(i18n.get("ui.capacity.limitedBy"), i18n.get("ui.capacity.limitedBy." + rec.limitedBy()));
        if (rec.debtServiceCapacity() != null) {
            facts.add(i18n.get("ui.loanRisk.debtServiceCapacity"), money(rec.debtServiceCapacity()));
        }
        facts.add(i18n.get("ui.loanRisk.marketValue"), money(c.marketValue()));

        Map<String, PatentAssessment> byNumber = new HashMap<>();
        for (PatentAssessment p : a.results().patents()) {
            byNumber.put(p.patent().number().canonical(), p);
        }
        double totalAdvance = c.items().stream().mapToDouble(CollateralCalculator.ItemResult::advanceAmount).sum();
        List<Carrier> rows = new ArrayList<>();
        for (CollateralCalculator.ItemResult item : c.items()) {
            PatentAssessment p = byNumber.get(item.patentNumber());
            if (p != null) {
                rows.add(new Carrier(p.patent(), item, totalAdvance > 0 ? item.advanceAmount() / totalAdvance : 0,
                        CollateralVerdict.of(p)));
            }
        }
        rows.sort(Comparator.comparingDouble((Carrier r) -> -r.item().advanceAmount()));
        items.getItems().setAll(rows);

        List<Share> values = poolShares(rows);
        concentration.setChart(values.isEmpty() ? null : Charts.concentration(values, 12, i18n.locale(), c.hhi()),
                "concentration", i18n.get("ui.capacity.nothingEligible"));
        Map<String, Double> mv = new HashMap<>();
        for (Carrier r : rows) {
            mv.put(r.patent().number().canonical(), r.item().marketValue());
        }
        List<Patent> patents = rows.stream().map(Carrier::patent).toList();
        List<Share> byType = Compositions.byType(patents, p -> mv.getOrDefault(p.number().canonical(), 0.0),
                i18n.locale());
        composition.setChart(byType.stream().allMatch(s -> s.value() <= 0) ? null
                : Charts.compositionByType(byType, i18n.locale(), currency()), "composition", i18n.get("ui.capacity.nothingEligible"));
        List<Share> byField = Compositions.byIpcSection(patents, p -> mv.getOrDefault(p.number().canonical(), 0.0),
                i18n.locale());
        fields.setChart(byField.stream().allMatch(s -> s.value() <= 0) ? null
                : Charts.compositionByField(byField, i18n.locale(), currency()), "fields", i18n.get("ui.capacity.nothingEligible"));
    }
}
