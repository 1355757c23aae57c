package io.pledgebench.ui;

import io.pledgebench.report.charts.Charts;
import io.pledgebench.report.charts.MethodValue;
import io.pledgebench.report.charts.ValueDistribution;
import io.pledgebench.valuation.MethodResult;
import io.pledgebench.valuation.MonteCarloResult;
import io.pledgebench.valuation.PortfolioDistribution;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.SetChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import java.util.stream.Collectors;

/** Controller of ValuationView.fxml. */
public final class ValuationView {

    private final ValuationViewModel vm;
    private final I18n i18n;
    private final ChartPane distribution;
    private final ChartPane methods;

    @FXML private ScreenHeader header;
    @FXML private Button calculate;
    @FXML private Label error;
    @FXML private Label staleNotice;
    @FXML private ParameterForm form;
    @FXML private FactTiles summary;
    @FXML private TableView<ValuedPatent> patentTable;
    @FXML private Label placeholder;
    @FXML private StackPane distributionHolder;
    @FXML private StackPane methodsHolder;

    ValuationView(ValuationViewModel vm, I18n i18n, DialogService dialogs, UiPreferences preferences) {
        this.vm = vm;
        this.i18n = i18n;
        this.distribution = new ChartPane(i18n, dialogs, preferences);
        this.methods = new ChartPane(i18n, dialogs, preferences);
    }

    @FXML
    private void initialize() {
        header.show(i18n, vm.portfolioProperty(), vm.calculatingProperty());
        calculate.disableProperty().bind(vm.portfolioProperty().isNull());
        error.textProperty().bind(vm.errorProperty());
        error.managedProperty().bind(vm.errorProperty().isNotEmpty());
        // a rate edited here or on Loan & risk: the figures below were computed with the earlier entries
        staleNotice.setText(i18n.get("ui.valuation.stale"));
        staleNotice.visibleProperty().bind(vm.staleProperty());
        staleNotice.managedProperty().bind(vm.staleProperty());
        placeholder.setText(i18n.get("ui.valuation.placeholder"));
        buildForm();
        buildTable();
        distribution.setId("distributionChart");
        methods.setId("methodsChart");
        distributionHolder.getChildren().add(distribution);
        methodsHolder.getChildren().add(methods);
        vm.resultProperty().addListener((o, was, now) -> showResult(now));
        vm.selectedProperty().addListener((o, was, now) -> showMethods(now));
        showResult(vm.resultProperty().get());
        showMethods(vm.selectedProperty().get());
        if (vm.resultProperty().get() == null && vm.portfolioProperty().get() != null) {
            vm.recalculate();
        }
    }

    @FXML
    private void calculate() {
        vm.recalculate();
    }

    private void buildForm() {
        // one state with Loan & risk (ADR 0025): what is typed here is what the assessment values with
        form.hint(i18n.get("ui.valuation.shared")).setId("valuationShared");
        section("ui.valuation.section.discount");
        field(ValuationViewModel.Input.RISK_FREE);
        field(ValuationViewModel.Input.TECHNOLOGY_PREMIUM);
        field(ValuationViewModel.Input.MARKET_PREMIUM);
        field(ValuationViewModel.Input.CAPITAL_PREMIUM);
        field(ValuationViewModel.Input.MANAGEMENT_PREMIUM);
        section("ui.valuation.section.income");
        field(ValuationViewModel.Input.TAX_RATE);
        field(ValuationViewModel.Input.PROFIT_SHARE);
        field(ValuationViewModel.Input.REVENUE_GROWTH);
        field(ValuationViewModel.Input.SHARE_DECAY);
        check("ui.valuation.midYear", vm.midYearProperty(), "check-midyear");
        check("ui.valuation.tab", vm.taxAmortisationProperty(), "check-tab");
        section("ui.valuation.section.monteCarlo");
        // the loan's one timeline, entered on Loan & risk: valuation date and horizon are not a second set of dates
        Label timeline = new Label();
        timeline.setId("valuationTimeline");
        timeline.setWrapText(true);
        timeline.getStyleClass().add("text-muted");
        timeline.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> {
            io.pledgebench.domain.LoanTimeline t = vm.timeline();
            return t != null ? i18n.get("ui.valuation.timeline", i18n.date(t.valuationDate()), i18n.date(t.maturityDate()),
                    i18n.number(t.yearsToMaturity(), 2))
                    : i18n.get("ui.valuation.noTimeline", i18n.date(vm.asOfProperty().get()));
        }, vm.asOfProperty(), vm.input(ValuationViewModel.Input.HORIZON_YEARS)));
        form.getChildren().add(timeline);
        field(ValuationViewModel.Input.PATHS);
        field(ValuationViewModel.Input.SEED);
        field(ValuationViewModel.Input.CORRELATION);
        check("ui.valuation.hazard", vm.hazardProperty(), "check-hazard");
        form.markInvalid(vm.invalid());
    }

    private void section(String key) {
        form.section(i18n.get(key));
    }

    private void field(ValuationViewModel.Input in) {
        form.field(in, i18n.get(in.labelKey()), vm.input(in));
    }

    private void check(String key, javafx.beans.property.BooleanProperty p, String id) {
        form.check(i18n.get(key), p).setId(id);
    }

    private String currency() {
        return vm.portfolioProperty().get() == null ? "CNY" : vm.portfolioProperty().get().portfolio().currency();
    }

    private void buildTable() {
        TableColumn<ValuedPatent, String> number = new TableColumn<>(i18n.get("ui.patent.number"));
        number.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().patent().number().withKind()));
        number.setPrefWidth(140);
        Tables.whole(number, v -> v.patent().number().withKind());
        TableColumn<ValuedPatent, String> title = new TableColumn<>(i18n.get("ui.patent.title"));
        title.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().patent().title()));
        title.setPrefWidth(220);
        // the number and its value first: at 1024 px the title no longer pushes the value out of sight (cold review
        // 16 #8); the title follows, and the chart below names the selected patent with it
        patentTable.getColumns().add(number);
        patentTable.getColumns().add(amountColumn("ui.valuation.value", v -> v.valuation().value()));
        patentTable.getColumns().add(title);
        patentTable.getColumns().add(amountColumn("ui.valuation.mean", v -> v.distribution().mean()));
        patentTable.getColumns().add(amountColumn("ui.valuation.p5", v -> v.distribution().p5()));
        patentTable.getColumns().add(amountColumn("ui.valuation.p95", v -> v.distribution().p95()));
        patentTable.getColumns().add(NumberColumn.of(i18n.get("ui.valuation.probabilityLost"),
                (ValuedPatent v) -> v.distribution().probabilityLost(), v -> i18n.percent(v, 1), 110));
        TableColumn<ValuedPatent, String> used = new TableColumn<>(i18n.get("ui.valuation.methods"));
        used.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().valuation().valued()
                ? c.getValue().valuation().methods().stream().filter(MethodResult::applied)
                        .map(m -> i18n.render(m.name())).collect(Collectors.joining(", "))
                : i18n.render(c.getValue().valuation().notValuedReason())));
        used.setPrefWidth(320);
        patentTable.getColumns().add(used);
        patentTable.setItems(vm.patents());
        Tables.readable(patentTable);
        patentTable.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (now != null) {
                vm.selectedProperty().set(now);
            }
        });
        vm.selectedProperty().addListener((o, was, now) -> patentTable.getSelectionModel().select(now));
    }

    private TableColumn<ValuedPatent, Double> amountColumn(String key, ToDoubleFunction<ValuedPatent> value) {
        // the figure in the screen's unit, the unit in the header (万元 / CNY)
        TableColumn<ValuedPatent, Double> c = NumberColumn.of(i18n.get(key), value, v -> i18n.amountFigure(v, currency()), 120);
        Tables.whole(c, v -> i18n.amountFigure(value.applyAsDouble(v), currency()));
        c.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> i18n.amountHeader(i18n.get(key), currency()), vm.portfolioProperty()));
        return c;
    }

    private void showResult(MonteCarloResult r) {
        summary.clear();
        if (r == null) {
            distribution.setChart(null, null, i18n.get("ui.valuation.placeholder"));
            return;
        }
        PortfolioDistribution p = r.portfolio();
        String cur = currency();
        List<String[]> facts = new ArrayList<>();
        facts.add(new String[] {i18n.get("ui.valuation.summary.deterministic"), i18n.amount(p.deterministicValue(), cur)});
        facts.add(new String[] {i18n.get("ui.valuation.summary.mean"), i18n.amount(p.mean(), cur)});
        facts.add(new String[] {"P5", i18n.amount(p.p5(), cur)});
        facts.add(new String[] {"P50", i18n.amount(p.p50(), cur)});
        facts.add(new String[] {"P95", i18n.amount(p.p95(), cur)});
        facts.add(new String[] {i18n.get("ui.valuation.summary.standardError"), i18n.amount(p.standardError(), cur)});
        for (int i = 0; i < facts.size(); i++) {
            summary.add(facts.get(i)[0], facts.get(i)[1], "summary-" + i);
        }
        distribution.setChart(Charts.valueDistribution(new ValueDistribution(p.sortedSample(), p.p5(), p.p50(), p.p95(),
                cur), i18n.locale(), true), "value-distribution", null);
    }

    private void showMethods(ValuedPatent v) {
        if (v == null) {
            methods.setChart(null, null, i18n.get("ui.valuation.selectPatent"));
            return;
        }
        List<MethodValue> values = v.valuation().methods().stream().filter(MethodResult::applied)
                .map(m -> new MethodValue(i18n.render(m.name()), m.value())).collect(Collectors.toList());
        if (values.isEmpty()) {
            methods.setChart(null, null, i18n.get("ui.valuation.notValued", v.patent().number().withKind(),
                    i18n.render(v.valuation().notValuedReason())));
            return;
        }
        org.jfree.chart.JFreeChart chart = Charts.valueByMethod(values, v.valuation().valued() ? v.valuation().value()
                : null, currency(), i18n.locale());
        // the chart names the patent it shows: the table's selection may be scrolled away (cold review 16 #8)
        chart.getTitle().setText(methodsTitle(v));
        methods.setChart(chart, "methods-" + v.patent().number().canonical(), null);
    }

    /** The title of the value-by-method chart of {@code v}: which patent it shows. */
    String methodsTitle(ValuedPatent v) {
        return i18n.get("ui.valuation.methodsTitle", v.patent().number().withKind(), v.patent().title());
    }
}
