package io.pledgebench.ui;

import io.pledgebench.domain.LegalEvent;
import io.pledgebench.domain.Patent;
import io.pledgebench.report.charts.Charts;
import io.pledgebench.report.charts.MethodValue;
import io.pledgebench.risk.eligibility.EligibilityCheck;
import io.pledgebench.scoring.DimensionScore;
import io.pledgebench.scoring.IndicatorScore;
import io.pledgebench.valuation.MethodResult;
import io.pledgebench.valuation.PatentValuation;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.StackPane;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Controller of PatentDetailView.fxml. */
public final class PatentDetailView {

    /** One indicator row of the score table, with its dimension. */
    public record IndicatorRow(DimensionScore dimension, IndicatorScore indicator) {
    }

    private final PatentDetailViewModel vm;
    private final I18n i18n;
    private final ChartPane chart;

    @FXML private Label heading;
    @FXML private Label error;
    @FXML private GridPane facts;
    @FXML private StackPane methodsHolder;
    @FXML private Label eligibilityTitle;
    @FXML private TableView<EligibilityCheck> checks;
    @FXML private Label scoreTitle;
    @FXML private TableView<IndicatorRow> indicators;
    @FXML private Label valuationTitle;
    @FXML private TableView<MethodResult> methods;
    @FXML private TableView<LegalEvent> events;

    PatentDetailView(PatentDetailViewModel vm, I18n i18n, DialogService dialogs, UiPreferences preferences) {
        this.vm = vm;
        this.i18n = i18n;
        this.chart = new ChartPane(i18n, dialogs, preferences);
    }

    @FXML
    private void initialize() {
        error.textProperty().bind(vm.errorProperty());
        error.managedProperty().bind(vm.errorProperty().isNotEmpty());
        chart.setId("patentMethodsChart");
        methodsHolder.getChildren().add(chart);
        // rules, reasons and bases are read whole: they wrap within their columns
        checks.getColumns().add(Tables.wrap(column("ui.detail.rule", c -> i18n.get("ui.detail.outcome."
                + c.outcome().code()) + " · " + i18n.ruleName(c.rule()), 220)));
        checks.getColumns().add(Tables.wrap(column("ui.detail.reason", c -> i18n.render(c.reason()), 600)));
        indicators.getColumns().add(column("ui.detail.dimension", r -> i18n.render(r.dimension().dimension().label()), 110));
        indicators.getColumns().add(Tables.wrap(column("ui.detail.indicator",
                r -> i18n.render(r.indicator().indicator().label()), 180)));
        indicators.getColumns().add(column("ui.detail.indicatorScore", r -> r.indicator().available()
                ? i18n.number(r.indicator().score(), 0) : i18n.get("ui.detail.noData"), 80));
        indicators.getColumns().add(column("ui.detail.weight", r -> i18n.percent(r.indicator().weight(), 0), 70));
        indicators.getColumns().add(column("ui.detail.contribution", r -> i18n.number(r.indicator().contribution(), 1), 90));
        indicators.getColumns().add(Tables.wrap(column("ui.detail.basis",
                r -> i18n.render(r.indicator().basis()), 400)));
        methods.getColumns().add(Tables.wrap(column("ui.detail.method", m -> i18n.render(m.name()), 200)));
        TableColumn<MethodResult, String> value = column("ui.valuation.value",
                m -> m.applied() ? i18n.amountFigure(m.value(), currency()) : "–", 130);
        value.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> i18n.amountHeader(i18n.get("ui.valuation.value"), currency()), vm.detailProperty()));
        value.setStyle("-fx-alignment: CENTER-RIGHT;");
        methods.getColumns().add(value);
        methods.getColumns().add(column("ui.detail.weightUsed", m -> {
            Double w = vm.detailProperty().get() == null ? null
                    : vm.detailProperty().get().valuation().weightsUsed().get(m.methodId());
            return w == null ? "" : i18n.percent(w, 0);
        }, 90));
        methods.getColumns().add(Tables.wrap(column("ui.detail.why", m -> {
            var d = vm.detailProperty().get();
            var reason = d == null ? null : d.valuation().reasons().get(m.methodId());
            return reason != null ? i18n.render(reason) : m.skipReason() == null ? "" : i18n.render(m.skipReason());
        }, 420)));
        events.getColumns().add(column("ui.detail.eventDate", e -> i18n.date(e.date()), 110));
        // the kind in the screen's words (the same words as the status-file preview), not the enum's name
        events.getColumns().add(column("ui.detail.eventKind",
                e -> i18n.get("ui.events.kind." + e.kind().name().toLowerCase(java.util.Locale.ROOT)), 120));
        events.getColumns().add(column("ui.detail.eventCode", e -> e.code() == null ? "" : e.code(), 80));
        events.getColumns().add(Tables.wrap(column("ui.detail.eventDescription",
                e -> e.description() == null ? "" : e.description(), 400)));
        Tables.readable(checks);
        Tables.readable(indicators);
        Tables.readable(methods);
        Tables.readable(events);
        vm.detailProperty().addListener((o, was, now) -> show(now));
        show(vm.detailProperty().get());
    }

    private String currency() {
        return vm.detailProperty().get() == null ? "CNY" : vm.detailProperty().get().currency();
    }

    private <T> TableColumn<T, String> column(String key, Function<T, String> value, double width) {
        TableColumn<T, String> c = new TableColumn<>(i18n.get(key));
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        c.setPrefWidth(width);
        return c;
    }

    private void show(PatentDetailViewModel.Detail d) {
        facts.getChildren().clear();
        if (d == null) {
            heading.setText(i18n.get("ui.detail.none"));
            eligibilityTitle.setText("");
            scoreTitle.setText("");
            valuationTitle.setText("");
            checks.getItems().clear();
            indicators.getItems().clear();
            methods.getItems().clear();
            events.getItems().clear();
            chart.setChart(null, null, i18n.get("ui.detail.none"));
            return;
        }
        Patent p = d.patent();
        heading.setText(p.number().withKind() + "  " + p.title());
        Facts f = new Facts(facts, false)
                .add(i18n.get("ui.patent.type"), i18n.type(p.type()))
                .add(i18n.get("ui.patent.status"), i18n.status(p.status()))
                .add(i18n.get("ui.patent.filingDate"), i18n.date(p.filingDate()))
                .add(i18n.get("ui.patent.grantDate"), i18n.date(p.grantDate()))
                .add(i18n.get("ui.patent.expiry"), p.legalExpiry().map(i18n::date).orElse(i18n.get("ui.detail.unknown")))
                .add(i18n.get("ui.patent.owners"), PatentRow.of(p, d.asOf()).owners());
        optional(f, "ui.patent.ipc", p.ipc());
        optional(f, "ui.detail.annualFeePaidUntil", p.annualFeePaidUntil() == null ? null : i18n.date(p.annualFeePaidUntil()));
        optional(f, "ui.detail.claims", p.totalClaims() == null ? null
                : i18n.get("ui.detail.claimsValue", p.totalClaims(), p.independentClaims() == null ? "?" : p.independentClaims()));
        optional(f, "ui.detail.familySize", p.familySize() == null ? null : i18n.integer(p.familySize()));
        optional(f, "ui.detail.citedBy", p.citedBy() == null ? null : i18n.integer(p.citedBy()));
        optional(f, "ui.detail.productRevenue", amount(p.productRevenue(), d.currency()));
        optional(f, "ui.detail.licenceRevenue", amount(p.licenceRevenue(), d.currency()));
        optional(f, "ui.detail.royaltyRate", p.royaltyRate() == null ? null : i18n.percent(p.royaltyRate(), 2));
        optional(f, "ui.detail.openLicence", p.openLicenceRoyalty() == null ? null : i18n.percent(p.openLicenceRoyalty(), 2));
        optional(f, "ui.detail.inUseSince", p.inUseSince() == null ? null : i18n.date(p.inUseSince()));
        optional(f, "ui.detail.pledgeConsent", p.pledgeConsent() == null ? null
                : i18n.get(p.pledgeConsent() ? "ui.capacity.yes" : "ui.capacity.no"));

        eligibilityTitle.setText(i18n.get("ui.detail.eligibility", i18n.get("ui.detail.outcome." + d.eligibility().status().code()),
                i18n.date(d.maturity())) + "\n"
                + (d.verdict() == null ? i18n.get("ui.verdict.notAssessed") : d.verdict().sentence(i18n)));
        eligibilityTitle.setWrapText(true);
        checks.getItems().setAll(d.eligibility().checks());

        scoreTitle.setText(i18n.get("ui.detail.score", i18n.number(d.score().overall(), 1),
                i18n.percent(d.score().confidence(), 0)));
        List<IndicatorRow> rows = new ArrayList<>();
        for (DimensionScore ds : d.score().dimensions()) {
            for (IndicatorScore is : ds.indicators()) {
                rows.add(new IndicatorRow(ds, is));
            }
        }
        indicators.getItems().setAll(rows);

        PatentValuation v = d.valuation();
        valuationTitle.setText(v.valued() ? i18n.get("ui.detail.valuation", i18n.amount(v.value(), d.currency()))
                : i18n.get("ui.valuation.notValued", p.number().withKind(), i18n.render(v.notValuedReason())));
        methods.getItems().setAll(v.methods());
        List<MethodValue> values = v.methods().stream().filter(MethodResult::applied)
                .map(m -> new MethodValue(i18n.render(m.name()), m.value())).collect(Collectors.toList());
        chart.setChart(values.isEmpty() ? null : Charts.valueByMethod(values, v.valued() ? v.value() : null, d.currency(),
                i18n.locale()), "methods-" + p.number().canonical(), i18n.get("ui.detail.noMethod"));
        events.getItems().setAll(p.events());
    }

    private String amount(BigDecimal v, String currency) {
        return v == null ? null : i18n.amount(v, currency);
    }

    private void optional(Facts f, String key, String value) {
        if (value != null && !value.isBlank()) {
            f.add(i18n.get(key), value);
        }
    }
}
