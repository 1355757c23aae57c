package io.pledgebench.ui;

import io.pledgebench.app.BookMonitor;
import io.pledgebench.report.charts.BookCharts;
import io.pledgebench.risk.monitoring.AlertStatus;
import io.pledgebench.risk.monitoring.BookAnalytics;
import io.pledgebench.store.AssessmentSummary;
import io.pledgebench.store.BookedLoan;
import io.pledgebench.store.RegistrationStatus;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.Region;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Separator;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

import java.util.function.Function;

/**
 * Controller of LoanBookView.fxml: the loan book (table, booking form, registration steps, close), the alerts of the
 * last monitoring run with Acknowledge, and the book's overview figures and charts.
 */
public final class LoanBookView {

    private final LoanBookViewModel vm;
    private final I18n i18n;
    private final ChartPane amounts;
    private final ChartPane coverage;
    private final ChartPane concentration;
    private final ChartPane alertChart;
    private final Label[] figures = new Label[7];
    private final ComboBox<String> grouping = new ComboBox<>();
    private Tab overview;
    /** The run whose charts are drawn (null: none yet, or the empty charts). */
    private BookMonitor.Run charted;

    @FXML private HBox toolbar;
    @FXML private Label message;
    @FXML private Label error;
    @FXML private TabPane tabs;

    LoanBookView(LoanBookViewModel vm, I18n i18n, DialogService dialogs, UiPreferences preferences) {
        this.vm = vm;
        this.i18n = i18n;
        amounts = new ChartPane(i18n, dialogs, preferences);
        coverage = new ChartPane(i18n, dialogs, preferences);
        concentration = new ChartPane(i18n, dialogs, preferences);
        alertChart = new ChartPane(i18n, dialogs, preferences);
    }

    @FXML
    private void initialize() {
        message.textProperty().bind(Bindings.createStringBinding(() -> i18n.render(vm.messageProperty().get()),
                vm.messageProperty()));
        error.textProperty().bind(vm.errorProperty());
        error.managedProperty().bind(vm.errorProperty().isNotEmpty());
        toolbar.getChildren().addAll(monitorBar());
        Tab loans = onlyWhileSelected(new Tab(i18n.get("ui.book.tab.loans")), loansTab());
        loans.setId("bookTabLoans");
        Tab alerts = onlyWhileSelected(new Tab(i18n.get("ui.book.tab.alerts")), alertsTab());
        alerts.setId("bookTabAlerts");
        Tab overview = onlyWhileSelected(new Tab(i18n.get("ui.book.tab.overview")), overviewTab());
        overview.setId("bookTabOverview");
        tabs.getTabs().addAll(loans, alerts, overview);
        this.overview = overview;
        // the charts of a run are drawn when the overview is on screen: drawing them (JFreeChart on the FX thread) as a
        // run ends held the FX thread while the officer looks at the loans
        overview.selectedProperty().addListener((o, was, now) -> {
            if (now) {
                showCharts(vm.runProperty().get());
            }
        });
        alerts.textProperty().bind(Bindings.createStringBinding(() -> vm.runProperty().get() == null
                ? i18n.get("ui.book.tab.alerts") : i18n.get("ui.book.tab.alertsCount", vm.runProperty().get().open()),
                vm.runProperty()));
        vm.runProperty().addListener((o, was, now) -> showRun(now));
        showRun(vm.runProperty().get());
    }

    private Node[] monitorBar() {
        Label label = new Label(i18n.get("ui.book.monitorAsOf"));
        DatePicker day = DateField.of(i18n, vm.asOfProperty(), vm.asOfUnreadableProperty(), "bookAsOf");
        day.setPrefWidth(140);
        Button run = new Button(i18n.get("ui.book.monitor"));
        run.setId("bookMonitor");
        run.getStyleClass().add("accent");
        run.setOnAction(e -> {
            DateField.commit(i18n, day);
            vm.monitor();
        });
        run.disableProperty().bind(vm.readyProperty().not().or(vm.monitoringProperty()));
        Button cancel = new Button(i18n.get("ui.status.cancel"));
        cancel.setId("bookMonitorCancel");
        cancel.setOnAction(e -> vm.cancelMonitor());
        cancel.visibleProperty().bind(vm.monitoringProperty());
        cancel.managedProperty().bind(vm.monitoringProperty());
        // the loans revalued so far of the open loans, beside the status bar's running task
        ProgressBar progress = new ProgressBar();
        progress.setId("bookMonitorProgress");
        progress.setPrefWidth(120);
        progress.progressProperty().bind(vm.monitorProgressProperty());
        progress.visibleProperty().bind(vm.monitoringProperty());
        progress.managedProperty().bind(vm.monitoringProperty());
        Label status = new Label();
        status.setId("bookMonitorStatus");
        status.setMinWidth(Region.USE_PREF_SIZE);
        status.textProperty().bind(vm.monitorStatusProperty());
        status.visibleProperty().bind(vm.monitoringProperty());
        status.managedProperty().bind(vm.monitoringProperty());
        Button refresh = new Button(i18n.get("ui.history.refresh"));
        refresh.setOnAction(e -> vm.refresh());
        refresh.disableProperty().bind(vm.readyProperty().not());
        return new Node[] {label, day, run, progress, status, cancel, refresh, statusUpdatesButton()};
    }

    /** Legal-status updates from a register file, previewed and applied (as the command line's events import). */
    private Button statusUpdatesButton() {
        Button button = new Button(i18n.get("ui.events.import"));
        button.setId("bookImportStatus");
        button.setOnAction(e -> vm.importStatusUpdates());
        button.disableProperty().bind(vm.readyProperty().not().or(vm.importingStatusUpdatesProperty()));
        return button;
    }

    // ------------------------------------------------------------------ loans

    private Node loansTab() {
        TableView<LoanBookViewModel.LoanRow> table = new TableView<>(vm.loans());
        table.setId("bookLoans");
        table.getStyleClass().addAll("dense", "striped");
        table.setPlaceholder(muted(i18n.get("ui.book.empty")));
        table.getColumns().add(text("ui.book.col.loan", r -> r.loan().loanId(), 48));
        table.getColumns().add(text("ui.book.col.borrower", r -> r.loan().borrower(), 100));
        table.getColumns().add(NumberColumn.of(i18n.amountHeader(i18n.get("ui.book.col.amount"), "CNY"),
                r -> r.loan().amount().doubleValue(), v -> i18n.amountFigure(v, "CNY"), 95));
        table.getColumns().add(text("ui.book.col.drawdown", r -> r.loan().drawdown().toString(), 105));
        table.getColumns().add(text("ui.book.col.maturity", r -> r.loan().maturity().toString(), 105));
        table.getColumns().add(text("ui.book.col.registration", this::registration, 85));
        table.getColumns().add(NumberColumn.of(i18n.get("ui.book.col.coverage"),
                r -> r.coverage() == null ? Double.NaN : r.coverage(), v -> i18n.number(v, 2), 60));
        table.getColumns().add(NumberColumn.of(i18n.get("ui.book.col.ltv"),
                r -> r.ltv() == null ? Double.NaN : r.ltv(), v -> i18n.percent(v, 0), 60));
        table.getColumns().add(text("ui.book.col.alerts", r -> r.openAlerts() == null ? "—"
                : Integer.toString(r.openAlerts()), 66));
        table.getColumns().add(text("ui.book.col.status", r -> r.loan().closedDate() == null
                ? i18n.get("ui.book.status.open") : i18n.get("ui.book.status.closed", r.loan().closedDate().toString()),
                64));
        // every header and every loan id, date and registration shown whole (the table scrolls sideways instead)
        Tables.readable(table);
        table.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> vm.selectedLoanProperty().set(now));
        vm.selectedLoanProperty().addListener((o, was, now) -> {
            if (now != table.getSelectionModel().getSelectedItem()) {
                table.getSelectionModel().select(now);
            }
        });
        VBox side = new VBox(6, bookForm(), new Separator(), selectedLoanForm());
        side.setPadding(new Insets(0, 4, 0, 10));
        ScrollPane scroll = new ScrollPane(side);
        scroll.setFitToWidth(true);
        scroll.setMinWidth(330);
        // the officer may widen the table or the form
        javafx.scene.control.SplitPane split = new javafx.scene.control.SplitPane(table, scroll);
        split.setDividerPositions(0.66);
        javafx.scene.control.SplitPane.setResizableWithParent(scroll, false);
        VBox box = new VBox(split);
        VBox.setVgrow(split, Priority.ALWAYS);
        box.setPadding(new Insets(8, 0, 0, 0));
        return box;
    }

    private String registration(LoanBookViewModel.LoanRow r) {
        BookedLoan l = r.loan();
        String s = book("book.registration." + l.registrationStatus().code());
        return l.registrationNumber() == null ? s : s + " " + l.registrationNumber();
    }

    private Node bookForm() {
        GridPane g = grid();
        int row = 0;
        Label title = new Label(i18n.get("ui.book.form.title"));
        title.getStyleClass().add("section-title");
        g.add(title, 0, row++, 2, 1);
        Label lead = muted(i18n.get("ui.book.form.lead"));
        g.add(lead, 0, row++, 2, 1);
        ComboBox<AssessmentSummary> assessment = new ComboBox<>(vm.signedAssessments());
        assessment.setId("bookAssessment");
        assessment.setMaxWidth(Double.MAX_VALUE);
        assessment.setPromptText(i18n.get("ui.book.assessment.prompt"));
        assessment.setConverter(new StringConverter<>() {
            @Override
            public String toString(AssessmentSummary a) {
                return a == null ? "" : i18n.get("ui.book.assessment.item", a.id(), a.portfolio(), i18n.date(a.asOf()));
            }

            @Override
            public AssessmentSummary fromString(String s) {
                return null;
            }
        });
        assessment.valueProperty().bindBidirectional(vm.assessmentProperty());
        assessment.setPlaceholder(muted(i18n.get("ui.book.assessment.none")));
        // the chooser takes the form's whole width, so its prompt and the assessment it names read whole
        Label assessmentLabel = new Label(i18n.get("ui.book.assessment"));
        assessmentLabel.setLabelFor(assessment);
        g.add(assessmentLabel, 0, row++, 2, 1);
        g.add(assessment, 0, row++, 2, 1);
        row = field(g, row, "ui.book.drawdown", DateField.of(i18n, vm.drawdownProperty(),
                vm.drawdownUnreadableProperty(), "bookDrawdown"));
        row = field(g, row, i18n.get("ui.book.amount", vm.amountUnit()), textField(vm.amountProperty(), "bookAmount"));
        // what a field accepts is a hint under it, not a placeholder: a long placeholder is cut in a field 1024 px
        // wide and gone once the user types (issue 16, layout)
        TextField rate = textField(vm.rateProperty(), "bookRate");
        row = field(g, row, "ui.book.rate", rate);
        row = hint(g, row, rate, i18n.get("ui.book.rate.prompt"));
        row = field(g, row, "ui.book.pledgee", textField(vm.pledgeeProperty(), "bookPledgee"));
        TextField coverageTrigger = textField(vm.coverageTriggerProperty(), "bookCoverageTrigger");
        row = field(g, row, "ui.book.coverageTrigger", coverageTrigger);
        row = hint(g, row, coverageTrigger, i18n.get("ui.book.coverageTrigger.prompt"));
        TextField valueDropTrigger = textField(vm.valueDropTriggerProperty(), "bookValueDropTrigger");
        row = field(g, row, "ui.book.valueDropTrigger", valueDropTrigger);
        row = hint(g, row, valueDropTrigger, i18n.get("ui.book.valueDropTrigger.prompt",
                i18n.percent(io.pledgebench.app.LoanBooking.DEFAULT_VALUE_DROP_TRIGGER, 0)));
        TextField registrationDays = textField(vm.registrationDaysProperty(), "bookRegistrationDays");
        row = field(g, row, "ui.book.registrationDays", registrationDays);
        row = hint(g, row, registrationDays, i18n.get("ui.book.registrationDays.prompt",
                io.pledgebench.store.NewBookedLoan.DEFAULT_REGISTRATION_DAYS));
        row = field(g, row, "ui.book.registrationNumber", textField(vm.registrationNumberProperty(),
                "bookRegistrationNumber"));
        row = field(g, row, "ui.book.registrationDate", DateField.of(i18n, vm.registrationDateProperty(),
                vm.registrationDateUnreadableProperty(), "bookRegistrationDate"));
        g.add(muted(i18n.get("ui.book.form.terms")), 0, row++, 2, 1);
        Button book = new Button(i18n.get("ui.book.book"));
        book.setId("bookLoan");
        book.getStyleClass().add("accent");
        book.setOnAction(e -> vm.book());
        book.disableProperty().bind(vm.readyProperty().not().or(vm.assessmentProperty().isNull()));
        book.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        g.add(book, 1, row);
        return g;
    }

    private Node selectedLoanForm() {
        GridPane g = grid();
        int row = 0;
        Label title = new Label();
        title.getStyleClass().add("section-title");
        title.textProperty().bind(Bindings.createStringBinding(() -> vm.selectedLoanProperty().get() == null
                ? i18n.get("ui.book.selected.none") : i18n.get("ui.book.selected.title",
                vm.selectedLoanProperty().get().loan().loanId()), vm.selectedLoanProperty()));
        title.setWrapText(true);
        g.add(title, 0, row++, 2, 1);
        ComboBox<RegistrationStatus> step = new ComboBox<>();
        step.setId("bookStep");
        step.getItems().addAll(RegistrationStatus.APPLIED, RegistrationStatus.REGISTERED, RegistrationStatus.CHANGED);
        step.setMaxWidth(Double.MAX_VALUE);
        step.valueProperty().bindBidirectional(vm.stepProperty());
        step.setButtonCell(stepCell());
        step.setCellFactory(l -> stepCell());
        row = field(g, row, "ui.book.step", step);
        row = field(g, row, "ui.book.registrationNumber", textField(vm.stepNumberProperty(), "bookStepNumber"));
        row = field(g, row, "ui.book.stepDate", DateField.of(i18n, vm.stepDateProperty(), vm.stepDateUnreadableProperty(),
                "bookStepDate"));
        Button record = new Button(i18n.get("ui.book.recordStep"));
        record.setId("bookRecordStep");
        record.setOnAction(e -> vm.recordStep());
        Button close = new Button(i18n.get("ui.book.closeLoan"));
        close.setId("bookClose");
        close.setOnAction(e -> vm.closeLoan());
        var none = vm.selectedLoanProperty().isNull();
        record.disableProperty().bind(none);
        close.disableProperty().bind(none);
        record.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        close.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        javafx.scene.layout.FlowPane buttons = new javafx.scene.layout.FlowPane(6, 6, record, close);
        g.add(buttons, 0, row, 2, 1);
        return g;
    }

    private ListCell<RegistrationStatus> stepCell() {
        return new ListCell<>() {
            @Override
            protected void updateItem(RegistrationStatus s, boolean empty) {
                super.updateItem(s, empty);
                setText(empty || s == null ? null : book("book.registration." + s.code()));
            }
        };
    }

    // ------------------------------------------------------------------ alerts

    private Node alertsTab() {
        TableView<AlertStatus> table = new TableView<>(vm.alerts());
        table.setId("bookAlerts");
        table.getStyleClass().addAll("dense", "striped");
        table.setPlaceholder(muted(i18n.get("ui.book.alerts.none")));
        table.getColumns().add(alertColumn("ui.book.col.severity", a -> book("book.severity."
                + a.alert().severity().code()), 80));
        table.getColumns().add(alertColumn("ui.book.col.type", a -> book("book.alertType."
                + a.alert().type().code()), 180));
        table.getColumns().add(alertColumn("ui.book.col.loan", a -> a.alert().loanId(), 48));
        table.getColumns().add(alertColumn("ui.book.col.patent", a -> a.alert().patentNumber() == null ? "—"
                : a.alert().patentNumber(), 165));
        table.getColumns().add(alertColumn("ui.book.col.since", a -> a.alert().date().toString(), 105));
        table.getColumns().add(alertColumn("ui.book.col.due", a -> a.alert().dueDate().toString(), 105));
        table.getColumns().add(alertColumn("ui.book.col.alertStatus", this::alertStatus, 110));
        table.getColumns().add(alertColumn("ui.book.col.reason", a -> i18n.render(a.alert().reason()), 300));
        table.getColumns().add(alertColumn("ui.book.col.action", a -> i18n.render(a.alert().action()), 300));
        Tables.readable(table);
        table.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> vm.selectedAlertProperty().set(now));
        Button ack = new Button(i18n.get("ui.book.acknowledge"));
        ack.setId("bookAcknowledge");
        ack.disableProperty().bind(vm.selectedAlertProperty().isNull());
        ack.setOnAction(e -> vm.acknowledge());
        ack.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        Label hint = muted(i18n.get("ui.book.alerts.lead"));
        HBox bar = new HBox(8, ack, hint);
        bar.setAlignment(Pos.CENTER_LEFT);
        // the selected alert's reason and action in full, as the table cuts them
        Label detail = new Label();
        detail.setId("bookAlertDetail");
        detail.setWrapText(true);
        detail.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        detail.textProperty().bind(Bindings.createStringBinding(() -> {
            AlertStatus a = vm.selectedAlertProperty().get();
            return a == null ? "" : i18n.get("ui.book.alertDetail", i18n.render(a.alert().reason()),
                    i18n.render(a.alert().action()));
        }, vm.selectedAlertProperty()));
        VBox.setVgrow(table, Priority.ALWAYS);
        VBox box = new VBox(8, bar, table, detail);
        box.setPadding(new Insets(8, 0, 0, 0));
        return box;
    }

    private String alertStatus(AlertStatus a) {
        String s = book("book.status." + a.status().code());
        if (a.status() == AlertStatus.Status.ACKNOWLEDGED) {
            return i18n.get("ui.book.alertStatus.by", s, a.acknowledgement().user());
        }
        return a.reopened() ? i18n.get("ui.book.alertStatus.reopened", s) : s;
    }

    // ------------------------------------------------------------------ overview

    private Node overviewTab() {
        GridPane fig = grid();
        String[] keys = {"ui.book.fig.loans", "ui.book.fig.exposure", "ui.book.fig.marketValue",
                "ui.book.fig.liquidationValue", "ui.book.fig.coverage", "ui.book.fig.lifetimeExpectedLoss",
                "ui.book.fig.capital"};
        for (int i = 0; i < keys.length; i++) {
            Label k = new Label(i18n.get(keys[i]));
            k.getStyleClass().add("fact-key");
            figures[i] = new Label("—");
            figures[i].getStyleClass().add("summary-value");
            figures[i].setId("bookFigure" + i);
            fig.add(k, (i % 4) * 2, i / 4);
            fig.add(figures[i], (i % 4) * 2 + 1, i / 4);
        }
        fig.getColumnConstraints().clear();
        grouping.getItems().addAll(i18n.get("ui.book.by.borrower"), i18n.get("ui.book.by.industry"),
                i18n.get("ui.book.by.ipc"), i18n.get("ui.book.by.scheme"));
        grouping.getSelectionModel().select(0);
        grouping.setId("bookGrouping");
        grouping.valueProperty().addListener((o, was, now) -> {
            charted = null;
            showCharts(vm.runProperty().get());
        });
        HBox groupBar = new HBox(6, new Label(i18n.get("ui.book.concentrationBy")), grouping);
        groupBar.setAlignment(Pos.CENTER_LEFT);
        GridPane charts = new GridPane();
        charts.setHgap(10);
        charts.setVgap(10);
        ColumnConstraints half = new ColumnConstraints();
        half.setPercentWidth(50);
        charts.getColumnConstraints().addAll(half, half);
        for (ChartPane p : new ChartPane[] {amounts, coverage, concentration, alertChart}) {
            p.setPrefHeight(300);
        }
        VBox concentrationBox = new VBox(4, groupBar, concentration);
        VBox.setVgrow(concentration, Priority.ALWAYS);
        charts.add(amounts, 0, 0);
        charts.add(coverage, 1, 0);
        charts.add(concentrationBox, 0, 1);
        charts.add(alertChart, 1, 1);
        VBox box = new VBox(10, fig, charts);
        box.setPadding(new Insets(8, 4, 8, 0));
        ScrollPane scroll = new ScrollPane(box);
        scroll.setFitToWidth(true);
        scroll.setId("bookOverview");
        return scroll;
    }

    private void showRun(BookMonitor.Run run) {
        if (run == null) {
            for (Label f : figures) {
                f.setText("—");
            }
        } else {
            BookAnalytics.Book b = run.book();
            figures[0].setText(i18n.integer(b.loans()));
            figures[1].setText(i18n.amount(b.exposure(), "CNY"));
            figures[2].setText(i18n.amount(b.marketValue(), "CNY"));
            figures[3].setText(i18n.amount(b.liquidationValue(), "CNY"));
            figures[4].setText(b.coverage() == null ? "—" : i18n.number(b.coverage(), 2));
            figures[5].setText(i18n.amount(b.lifetimeExpectedLoss(), "CNY"));
            figures[6].setText(i18n.amount(b.capital(), "CNY"));
        }
        charted = null;
        if (run == null || overview == null || overview.isSelected()) {
            showCharts(run);
        }
    }

    /** Draws the charts of {@code run} (null: says there is none), unless they are drawn already. */
    private void showCharts(BookMonitor.Run run) {
        String none = i18n.get("ui.book.overview.none");
        if (run == null) {
            amounts.setChart(null, null, none);
            coverage.setChart(null, null, none);
            concentration.setChart(null, null, none);
            alertChart.setChart(null, null, none);
            charted = null;
            return;
        }
        if (run == charted) {
            return;
        }
        charted = run;
        BookAnalytics.Book b = run.book();
        var locale = i18n.locale();
        String day = run.asOf().toString();
        amounts.setChart(BookCharts.amounts(b, "CNY", locale), "book-amounts-" + day, none);
        coverage.setChart(BookCharts.coverageDistribution(b.coverageDistribution(), locale), "book-coverage-" + day,
                none);
        int g = Math.max(0, grouping.getSelectionModel().getSelectedIndex());
        BookAnalytics.Groups groups = switch (g) {
            case 1 -> b.byIndustry();
            case 2 -> b.byIpcSection();
            case 3 -> BookCharts.named(b.byScheme(), i18n::term);
            default -> b.byBorrower();
        };
        String[] titles = {"book.report.byBorrower", "book.report.byIndustry", "book.report.byIpc",
                "book.report.byScheme"};
        concentration.setChart(BookCharts.concentration(io.pledgebench.domain.Text.of(titles[g]).render(locale),
                groups, locale), "book-concentration-" + day, none);
        alertChart.setChart(BookCharts.alertsBySeverity(BookCharts.countBySeverity(run.alerts()), locale), "book-alerts-" + day, none);
    }

    // ------------------------------------------------------------------ helpers

    /**
     * Gives {@code tab} its {@code content} only while it is selected: a tab pane keeps every tab's content in the
     * scene, styled and laid out even when hidden, so a monitoring run's 20,000 alerts made the FX thread build the
     * hidden alerts table's rows as the run ended. The content (its selection, its scroll) survives a switch.
     */
    private static Tab onlyWhileSelected(Tab tab, Node content) {
        tab.setContent(tab.isSelected() ? content : null);
        tab.selectedProperty().addListener((o, was, now) -> tab.setContent(now ? content : null));
        return tab;
    }

    private static GridPane grid() {
        GridPane g = new GridPane();
        g.setHgap(8);
        g.setVgap(6);
        ColumnConstraints label = new ColumnConstraints();
        label.setMinWidth(90);
        ColumnConstraints value = new ColumnConstraints();
        value.setHgrow(Priority.ALWAYS);
        value.setFillWidth(true);
        g.getColumnConstraints().addAll(label, value);
        return g;
    }

    private int field(GridPane g, int row, String keyOrText, Node input) {
        String text = keyOrText.startsWith("ui.") ? i18n.get(keyOrText) : keyOrText;
        Label l = new Label(text);
        l.setWrapText(true);
        l.setLabelFor(input);
        g.add(l, 0, row);
        g.add(input, 1, row);
        if (input instanceof javafx.scene.control.Control c) {
            c.setMaxWidth(Double.MAX_VALUE);
        }
        return row + 1;
    }

    /** What {@code input} accepts, wrapped under it in the value column; read out with the field. */
    private static int hint(GridPane g, int row, Control input, String text) {
        Label l = muted(text);
        l.getStyleClass().add("field-hint");
        l.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        input.setAccessibleHelp(text);
        g.add(l, 1, row);
        return row + 1;
    }

    private static TextField textField(javafx.beans.property.StringProperty value, String id) {
        TextField f = new TextField();
        f.setId(id);
        f.textProperty().bindBidirectional(value);
        return f;
    }

    private static Label muted(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("text-muted");
        l.setWrapText(true);
        return l;
    }

    private TableColumn<LoanBookViewModel.LoanRow, String> text(String key,
                                                                Function<LoanBookViewModel.LoanRow, String> value,
                                                                double width) {
        TableColumn<LoanBookViewModel.LoanRow, String> c = new TableColumn<>(i18n.get(key));
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        c.setPrefWidth(width);
        return Tables.whole(c, value);
    }

    private TableColumn<AlertStatus, String> alertColumn(String key, Function<AlertStatus, String> value, double width) {
        TableColumn<AlertStatus, String> c = new TableColumn<>(i18n.get(key));
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        c.setPrefWidth(width);
        return c;
    }

    /** A word of the loan book's own bundle (registration steps, severities, alert types) in the screen's language. */
    private String book(String key) {
        return io.pledgebench.domain.Text.of(key).render(i18n.locale());
    }
}
