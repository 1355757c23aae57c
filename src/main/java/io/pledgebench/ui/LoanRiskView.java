package io.pledgebench.ui;

import io.pledgebench.assessment.Assessment;
import io.pledgebench.assessment.AssessmentResults;
import io.pledgebench.assessment.StressResult;
import io.pledgebench.domain.Text;
import io.pledgebench.report.charts.Charts;
import io.pledgebench.report.charts.CoveragePoint;
import io.pledgebench.report.charts.LegalLife;
import io.pledgebench.report.charts.StressImpact;
import io.pledgebench.risk.CollateralCalculator;
import io.pledgebench.risk.CreditRiskCalculator;
import io.pledgebench.risk.Recommendation;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.SetChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Controller of LoanRiskView.fxml: the loan request and risk settings, the recommendation with its grade, charts. */
public final class LoanRiskView {

    private final AssessmentViewModel vm;
    private final HistoryViewModel history;
    private final PortfoliosViewModel portfolios;
    private final I18n i18n;
    private final DialogService dialogs;
    private final UiPreferences preferences;
    private final Runnable openReport;
    private final ChartPane coverage;
    private final ChartPane stress;
    private final ChartPane legalLife;

    @FXML private ScreenHeader header;
    @FXML private Button report;
    @FXML private Button preview;
    @FXML private Button assess;
    @FXML private Button save;
    @FXML private Label error;
    @FXML private Label staleNotice;
    @FXML private Label plausibility;
    @FXML private Label savedMessage;
    @FXML private Label resultSource;
    @FXML private VBox results;
    @FXML private ParameterForm form;
    @FXML private Label grade;
    @FXML private FactTiles headline;
    @FXML private VBox recommendation;
    @FXML private GridPane riskGrid;
    @FXML private StackPane coverageHolder;
    @FXML private TableView<StressResult> stressTable;
    @FXML private StackPane stressHolder;
    @FXML private StackPane legalLifeHolder;

    /** The print date in an edition's language: by the workbench's clock, in the edition's zone (Beijing time in Chinese). */
    private final java.util.function.Function<java.util.Locale, LocalDate> printDateIn;

    private final ParameterSetsViewModel parameterSets;

    LoanRiskView(AssessmentViewModel vm, HistoryViewModel history, PortfoliosViewModel portfolios,
                 ParameterSetsViewModel parameterSets, I18n i18n, DialogService dialogs, UiPreferences preferences,
                 Runnable openReport, java.util.function.Function<java.util.Locale, LocalDate> printDateIn) {
        this.vm = vm;
        this.parameterSets = parameterSets;
        this.printDateIn = printDateIn;
        this.openReport = openReport;
        this.history = history;
        this.portfolios = portfolios;
        this.i18n = i18n;
        this.dialogs = dialogs;
        this.preferences = preferences;
        coverage = new ChartPane(i18n, dialogs, preferences);
        stress = new ChartPane(i18n, dialogs, preferences);
        legalLife = new ChartPane(i18n, dialogs, preferences);
    }

    @FXML
    private void initialize() {
        header.show(i18n, vm.portfolioProperty(), vm.calculatingProperty());
        assess.disableProperty().bind(vm.portfolioProperty().isNull());
        report.disableProperty().bind(vm.assessmentProperty().isNull().or(vm.calculatingProperty())
                .or(vm.staleProperty()));
        preview.disableProperty().bind(vm.assessmentProperty().isNull().or(vm.calculatingProperty())
                .or(vm.staleProperty()));
        // nothing is saved while the entries are invalid or the result does not match them
        save.disableProperty().bind(vm.canSaveProperty().not().or(history.readyProperty().not()));
        error.textProperty().bind(vm.errorProperty());
        error.managedProperty().bind(vm.errorProperty().isNotEmpty());
        staleNotice.textProperty().bind(Bindings.createStringBinding(() -> vm.resultPortfolioProperty().get() == null
                ? "" : i18n.get("ui.loanRisk.stale", vm.resultPortfolioProperty().get().portfolio().name()),
                vm.resultPortfolioProperty()));
        staleNotice.visibleProperty().bind(vm.staleProperty());
        staleNotice.managedProperty().bind(vm.staleProperty());
        vm.staleProperty().addListener((o, was, now) -> markStale(now));
        markStale(vm.staleProperty().get());
        // what became of a save started here (not the history screen's printing or sign-off)
        savedMessage.textProperty().bind(Bindings.createStringBinding(() -> saveOutcome(history.messageProperty().get()),
                history.messageProperty()));
        savedMessage.managedProperty().bind(savedMessage.visibleProperty());
        vm.assessmentProperty().addListener((o, was, now) -> {
            if (now != null && was != now) {
                // a confirmation belongs to the result it was given for
                savedMessage.setVisible(false);
            }
        });
        history.messageProperty().addListener((o, was, now) -> savedMessage.setVisible(!saveOutcome(now).isEmpty()));
        savedMessage.setVisible(false);
        coverage.setId("coverageChart");
        stress.setId("stressChart");
        legalLife.setId("legalLifeChart");
        coverageHolder.getChildren().add(coverage);
        stressHolder.getChildren().add(stress);
        legalLifeHolder.getChildren().add(legalLife);
        buildForm();
        buildStressTable();
        vm.assessmentProperty().addListener((o, was, now) -> show(now));
        show(vm.assessmentProperty().get());
        if (vm.assessmentProperty().get() == null && vm.portfolioProperty().get() != null) {
            vm.recalculate();
        }
    }

    @FXML
    private void assess() {
        vm.recalculate();
    }

    @FXML
    private void saveAssessment() {
        Assessment a = vm.assessmentProperty().get();
        if (a != null && vm.canSaveProperty().get()) {
            // the stored portfolio the result was computed for, whatever is selected now
            var stored = vm.resultPortfolioProperty().get();
            history.save(a, stored == null ? null : stored.id(), parameterSets.used().orElse(null), vm.client());
        }
    }

    private String saveOutcome(Text message) {
        return message != null && (message.key().equals("ui.history.saved") || message.key().equals("ui.history.duplicate.kept"))
                ? i18n.render(message) : "";
    }

    private void markStale(boolean isStale) {
        results.getStyleClass().remove("results-stale");
        if (isStale) {
            results.getStyleClass().add("results-stale");
        }
    }

    @FXML
    private void previewReport() {
        openReport.run();
    }

    @FXML
    private void saveReport() {
        Assessment a = vm.assessmentProperty().get();
        if (a == null) {
            return;
        }
        String name = a.inputs().portfolio().name().replaceAll("[\\\\/:*?\"<>|]", "_") + "-assessment.pdf";
        dialogs.chooseSaveFile(i18n.get("ui.loanRisk.saveReport.title"), preferences.lastFolder().orElse(null), name,
                "PDF", List.of("*.pdf")).ifPresent(file -> {
                    var task = vm.saveReport(file, printDateIn);
                    task.setOnSucceeded(e -> dialogs.showInformation(i18n.get("ui.loanRisk.saveReport.title"),
                            i18n.get("ui.loanRisk.saveReport.done", file)));
                    task.setOnFailed(e -> dialogs.showError(i18n.get("ui.loanRisk.saveReport.failed"),
                            task.getException().getMessage(), task.getException()));
                });
    }

    private void buildForm() {
        // a named parameter set from Settings puts its values into the fields below
        Label setLabel = new Label(i18n.get("ui.parameterSets.choose"));
        setLabel.setWrapText(true);
        javafx.scene.control.ComboBox<io.pledgebench.store.ParameterSetRepository.ParameterSet> set =
                new javafx.scene.control.ComboBox<>(parameterSets.sets());
        set.setId("parameterSet");
        set.setMaxWidth(Double.MAX_VALUE);
        set.setPromptText(i18n.get("ui.parameterSets.none"));
        javafx.util.StringConverter<io.pledgebench.store.ParameterSetRepository.ParameterSet> names =
                new javafx.util.StringConverter<>() {
                    @Override
                    public String toString(io.pledgebench.store.ParameterSetRepository.ParameterSet p) {
                        return p == null ? "" : p.name();
                    }

                    @Override
                    public io.pledgebench.store.ParameterSetRepository.ParameterSet fromString(String s) {
                        return parameterSets.sets().stream().filter(p -> p.name().equals(s)).findFirst().orElse(null);
                    }
                };
        set.setConverter(names);
        set.valueProperty().bindBidirectional(parameterSets.chosenProperty());
        setLabel.setLabelFor(set);
        set.setAccessibleText(setLabel.getText());
        // the way back to no set, offered once a set is chosen (cold review 16 #11: the list had no "none" entry)
        javafx.scene.control.Hyperlink none = new javafx.scene.control.Hyperlink(i18n.get("ui.parameterSets.useNone"));
        none.setId("parameterSetNone");
        none.visibleProperty().bind(parameterSets.chosenProperty().isNotNull());
        none.managedProperty().bind(none.visibleProperty());
        none.setOnAction(e -> parameterSets.chosenProperty().set(null));
        form.getChildren().addAll(setLabel, set, none);
        section("ui.assessment.section.loan");
        field(AssessmentViewModel.Input.LOAN_AMOUNT);
        field(AssessmentViewModel.Input.TERM_MONTHS);
        Label startLabel = new Label(i18n.get("ui.assessment.startDate"));
        startLabel.setWrapText(true);
        DatePicker start = DateField.of(i18n, vm.startDateProperty(), vm.startUnreadableProperty(), "input-start-date");
        start.setPromptText(i18n.get("ui.assessment.startDate.prompt"));
        start.setAccessibleText(startLabel.getText());
        startLabel.setLabelFor(start);
        Label dateLabel = new Label(i18n.get("ui.valuation.asOf"));
        DatePicker date = DateField.of(i18n, vm.asOfProperty(), vm.asOfUnreadableProperty(), "input-as-of");
        date.setAccessibleText(dateLabel.getText());
        dateLabel.setLabelFor(date);
        Label maturity = new Label();
        maturity.setId("maturity");
        maturity.getStyleClass().add("text-muted");
        maturity.setWrapText(true);
        maturity.textProperty().bind(Bindings.createStringBinding(() -> {
            io.pledgebench.domain.LoanTimeline t = vm.timelineProperty().get();
            return t == null ? "" : i18n.get("ui.assessment.maturity", i18n.date(t.maturityDate()),
                    i18n.number(t.yearsToMaturity(), 1));
        }, vm.timelineProperty()));
        form.getChildren().addAll(startLabel, start, dateLabel, date, maturity);
        clientField();
        pendingBox.setId("acceptPending");
        form.getChildren().add(pendingBox);
        vm.portfolioProperty().addListener((o, was, now) -> showPending());
        showPending();
        section("ui.assessment.section.pd");
        field(AssessmentViewModel.Input.PD);
        hint("ui.assessment.pdHint");
        section("ui.assessment.section.advance");
        field(AssessmentViewModel.Input.ADVANCE_INVENTION_LOW);
        field(AssessmentViewModel.Input.ADVANCE_INVENTION_HIGH);
        field(AssessmentViewModel.Input.ADVANCE_UTILITY_LOW);
        field(AssessmentViewModel.Input.ADVANCE_UTILITY_HIGH);
        field(AssessmentViewModel.Input.ADVANCE_DESIGN_LOW);
        field(AssessmentViewModel.Input.ADVANCE_DESIGN_HIGH);
        section("ui.assessment.section.sharing");
        field(AssessmentViewModel.Input.SHARE_FUND);
        field(AssessmentViewModel.Input.SHARE_INSURER);
        field(AssessmentViewModel.Input.SHARE_GUARANTOR);
        section("ui.valuation.section.monteCarlo");
        field(AssessmentViewModel.Input.PATHS);
        field(AssessmentViewModel.Input.SEED);
        buildUserStress();
        form.markInvalid(vm.invalid());
    }

    /** The bank the assessment is for (委托方): saved with it and named in the report, not an input of the engine. */
    private void clientField() {
        Label clientLabel = new Label(i18n.get("ui.assessment.client"));
        clientLabel.setWrapText(true);
        TextField client = new TextField();
        client.setId("input-client");
        client.setPromptText(i18n.get("ui.assessment.client.prompt"));
        client.textProperty().bindBidirectional(vm.clientProperty());
        client.setAccessibleText(clientLabel.getText());
        clientLabel.setLabelFor(client);
        Label clientError = new Label();
        clientError.setId("clientError");
        clientError.getStyleClass().add("error-text");
        clientError.setWrapText(true);
        clientError.textProperty().bind(vm.clientErrorProperty());
        clientError.managedProperty().bind(vm.clientErrorProperty().isNotEmpty());
        clientError.visibleProperty().bind(vm.clientErrorProperty().isNotEmpty());
        form.getChildren().addAll(clientLabel, client, clientError);
    }

    private final VBox stressRows = new VBox(8);
    private final VBox pendingBox = new VBox(4);

    /** One box per patent under pending invalidation: the officer records that the parties accept its pledge. */
    private void showPending() {
        pendingBox.getChildren().clear();
        List<io.pledgebench.domain.Patent> pending = vm.pendingInvalidation();
        if (pending.isEmpty()) {
            return;
        }
        Label title = new Label(i18n.get("ui.assessment.acceptPending"));
        title.setWrapText(true);
        pendingBox.getChildren().add(title);
        for (io.pledgebench.domain.Patent p : pending) {
            String number = p.number().canonical();
            javafx.scene.control.CheckBox box = new javafx.scene.control.CheckBox(p.number().withKind());
            box.setId("accept-" + number.replaceAll("[^A-Za-z0-9]", "_"));
            box.setSelected(vm.acceptedPendingInvalidation().contains(number));
            box.selectedProperty().addListener((o, was, now) -> {
                if (now) {
                    vm.acceptedPendingInvalidation().add(number);
                } else {
                    vm.acceptedPendingInvalidation().remove(number);
                }
            });
            pendingBox.getChildren().add(box);
        }
        hintInto(pendingBox, "ui.assessment.acceptPending.hint");
    }

    private void hintInto(VBox box, String key) {
        Label l = new Label(i18n.get(key));
        l.getStyleClass().add("text-muted");
        l.setWrapText(true);
        box.getChildren().add(l);
    }

    private void buildUserStress() {
        section("ui.stress.section");
        hint("ui.stress.hint");
        stressRows.setId("userStress");
        javafx.scene.control.Button add = new javafx.scene.control.Button(i18n.get("ui.stress.add"));
        add.setId("addStress");
        add.setOnAction(e -> vm.addStress());
        form.getChildren().addAll(stressRows, add);
        vm.userStress().addListener((javafx.collections.ListChangeListener<UserStressScenario>) c -> {
            while (c.next()) {
                // Edits inside a row (c.wasUpdated) keep the row, and the focus in it.
                if (c.wasAdded() || c.wasRemoved()) {
                    showUserStress();
                    return;
                }
            }
        });
        showUserStress();
    }

    private void showUserStress() {
        stressRows.getChildren().clear();
        int i = 0;
        for (UserStressScenario s : vm.userStress()) {
            stressRows.getChildren().add(stressRow(s, i++));
        }
    }

    private javafx.scene.Node stressRow(UserStressScenario s, int index) {
        TextField name = new TextField();
        name.setId("stress-name-" + index);
        name.textProperty().bindBidirectional(s.nameProperty());
        name.setAccessibleText(i18n.get("ui.stress.name"));
        javafx.scene.layout.HBox.setHgrow(name, javafx.scene.layout.Priority.ALWAYS);
        javafx.scene.control.Button remove = new javafx.scene.control.Button("✕");
        remove.setId("stress-remove-" + index);
        remove.setAccessibleText(i18n.get("ui.stress.remove"));
        remove.setTooltip(new javafx.scene.control.Tooltip(i18n.get("ui.stress.remove")));
        remove.setOnAction(e -> vm.removeStress(s));
        javafx.scene.layout.HBox head = new javafx.scene.layout.HBox(6, name, remove);
        GridPane grid = new GridPane();
        grid.setHgap(6);
        grid.setVgap(4);
        stressField(grid, 0, "ui.stress.value", s.valueFactorProperty(), "stress-value-" + index);
        stressField(grid, 1, "ui.stress.pd", s.pdMultiplierProperty(), "stress-pd-" + index);
        stressField(grid, 2, "ui.stress.rate", s.rateShiftProperty(), "stress-rate-" + index);
        stressField(grid, 3, "ui.stress.top", s.topInvalidatedProperty(), "stress-top-" + index);
        javafx.scene.layout.FlowPane lapse = new javafx.scene.layout.FlowPane(8, 4);
        lapse.getChildren().add(new Label(i18n.get("ui.stress.lapse")));
        for (io.pledgebench.domain.PatentType t : io.pledgebench.domain.PatentType.values()) {
            javafx.scene.control.CheckBox box = new javafx.scene.control.CheckBox(i18n.type(t));
            box.setSelected(s.lapse().contains(t));
            box.selectedProperty().addListener((o, was, now) -> {
                if (now) {
                    s.lapse().add(t);
                } else {
                    s.lapse().remove(t);
                }
            });
            lapse.getChildren().add(box);
        }
        Label problem = new Label();
        problem.getStyleClass().add("error-text");
        problem.setWrapText(true);
        problem.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> i18n.render(s.problemProperty().get()), s.problemProperty()));
        problem.managedProperty().bind(s.problemProperty().isNotNull());
        problem.visibleProperty().bind(s.problemProperty().isNotNull());
        VBox card = new VBox(4, head, grid, lapse, problem);
        card.getStyleClass().add("stress-card");
        return card;
    }

    private void stressField(GridPane grid, int row, String key, javafx.beans.property.StringProperty value,
                             String id) {
        Label label = new Label(i18n.get(key));
        label.setWrapText(true);
        TextField f = new TextField();
        f.setId(id);
        f.setPrefColumnCount(6);
        f.textProperty().bindBidirectional(value);
        label.setLabelFor(f);
        grid.add(label, 0, row);
        grid.add(f, 1, row);
        f.setAccessibleText(label.getText());
    }

    private void section(String key) {
        form.section(i18n.get(key));
    }

    private void hint(String key) {
        form.hint(i18n.get(key));
    }

    private void field(AssessmentViewModel.Input in) {
        TextField f = form.field(in, i18n.get(in.labelKey(), vm.amountUnit()), vm.input(in));
        if (in == AssessmentViewModel.Input.LOAN_AMOUNT) {
            // the amount's unit follows the portfolio's currency
            vm.portfolioProperty().addListener((o, was, now) -> {
                String label = i18n.get(in.labelKey(), vm.amountUnit());
                f.setAccessibleText(label);
                form.label(in).setText(label);
            });
        }
    }

    private String currency() {
        return vm.portfolioProperty().get() == null ? "CNY" : vm.portfolioProperty().get().portfolio().currency();
    }

    private String money(double v) {
        return i18n.amount(v, currency());
    }

    private String scenarioName(StressResult s) {
        return s.scenario().name().equals(s.scenario().id())
                ? i18n.render(Text.of("assessment.stress." + s.scenario().id())) : s.scenario().name();
    }

    private void buildStressTable() {
        TableColumn<StressResult, String> name = new TableColumn<>(i18n.get("ui.loanRisk.stress.scenario"));
        name.setCellValueFactory(c -> new ReadOnlyStringWrapper(scenarioName(c.getValue())));
        name.setPrefWidth(240);
        stressTable.getColumns().add(name);
        stressTable.getColumns().add(amountColumn("ui.loanRisk.marketValue", StressResult::marketValue));
        stressTable.getColumns().add(amountColumn("ui.loanRisk.liquidationValue", StressResult::liquidationValue));
        stressTable.getColumns().add(amountColumn("ui.loanRisk.capacity", StressResult::capacity));
        stressTable.getColumns().add(number("ui.loanRisk.coverage", StressResult::coverage, i18n::multiple));
        stressTable.getColumns().add(number("ui.loanRisk.ltv", s -> s.ltv() == null ? Double.NaN : s.ltv(),
                v -> i18n.percent(v, 1)));
        stressTable.getColumns().add(number("PD", StressResult::pd, v -> i18n.percent(v, 2)));
        stressTable.getColumns().add(amountColumn("ui.loanRisk.expectedLoss", StressResult::expectedLoss));
        // headers never cut ("市场价值（万…"), a long scenario whole in its tooltip (cold review 16 #10)
        Tables.readable(stressTable);
    }

    /** An amount column: the figure in the screen's unit, the unit in the header (万元 / CNY). */
    private TableColumn<StressResult, Double> amountColumn(String key, java.util.function.ToDoubleFunction<StressResult> value) {
        TableColumn<StressResult, Double> c = number(key, value, v -> i18n.amountFigure(v, currency()));
        c.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> i18n.amountHeader(i18n.get(key), currency()), vm.portfolioProperty()));
        return c;
    }

    private TableColumn<StressResult, Double> number(String key, java.util.function.ToDoubleFunction<StressResult> value,
                                                     Function<Double, String> format) {
        return NumberColumn.of(key.startsWith("ui.") ? i18n.get(key) : key, value, format, 120);
    }

    private void show(Assessment a) {
        recommendation.getChildren().clear();
        showSource(a);
        showPlausibility(a);
        if (a == null) {
            grade.setText("–");
            headline.clear();
            new Facts(riskGrid, false);
            stressTable.getItems().clear();
            String why = i18n.get("ui.loanRisk.placeholder");
            coverage.setChart(null, null, why);
            stress.setChart(null, null, why);
            legalLife.setChart(null, null, why);
            Label l = new Label(why);
            l.getStyleClass().add("text-muted");
            l.setWrapText(true);
            recommendation.getChildren().add(l);
            return;
        }
        AssessmentResults r = a.results();
        Recommendation rec = r.recommendation();
        CollateralCalculator.CollateralAssessment c = r.collateral();
        CreditRiskCalculator.CreditRisk risk = r.risk();
        grade.setText(rec.grade());
        headline.clear()
                .add(i18n.get("ui.loanRisk.recommendedLoan"), money(rec.recommendedLoan()), "recommendedLoan")
                .add(i18n.get("ui.loanRisk.maxLoan"), money(rec.maxLoan()), "maxLoan")
                .add(i18n.get("ui.loanRisk.requested"), money(rec.requested()))
                .add(i18n.get("ui.loanRisk.ltvRecommended"), rec.ltv() == null ? "–" : i18n.percent(rec.ltv(), 1))
                .add(i18n.get("ui.loanRisk.coverageMax"), i18n.multiple(rec.coverage()), "coverageMax")
                .add(i18n.get("ui.loanRisk.coverageRequested"), i18n.multiple(c.minimumCoverage()), "coverageRequested");
        list("ui.loanRisk.reasons", rec.reasons());
        list("ui.loanRisk.conditions", rec.conditions());
        list("ui.loanRisk.notes", r.notes());

        Facts f = new Facts(riskGrid, false)
                .add(i18n.get("ui.loanRisk.pdSource"), i18n.get("ui.loanRisk.pdSource." + r.pdSource()))
                .add("PD", i18n.percent(risk.pd(), 2))
                .add("LGD", i18n.percent(risk.lgd(), 1))
                .add("EAD", money(risk.ead()))
                .add(i18n.get("ui.loanRisk.expectedLoss"), money(risk.expectedLoss()))
                .add(i18n.get("ui.loanRisk.riskWeight"), i18n.percent(risk.irb().riskWeight(), 1))
                .add(i18n.get("ui.loanRisk.capital"), money(risk.capital()))
                .add(i18n.get("ui.loanRisk.minimumRate"), i18n.percent(risk.minimumRate().rate(), 2))
                .add(i18n.get("ui.loanRisk.bankNetLoss"), money(risk.sharedLoss().bankNet()))
                .add(i18n.get("ui.loanRisk.marketValue"), money(c.marketValue()))
                .add(i18n.get("ui.loanRisk.liquidationValue"), money(c.liquidationValue()))
                .add(i18n.get("ui.loanRisk.advanceRate"), i18n.percent(c.advanceRate(), 1))
                .add(i18n.get("ui.loanRisk.haircut"), i18n.percent(c.diversificationHaircut(), 1))
                .add(i18n.get("ui.loanRisk.capacity"), money(c.capacity()))
                .add("HHI", i18n.number(c.hhi(), 3), "hhi")
                .add(i18n.get("ui.loanRisk.effectiveNumber"), i18n.number(c.effectiveNumber(), 1));
        if (rec.debtServiceCapacity() != null) {
            f.add(i18n.get("ui.loanRisk.debtServiceCapacity"), money(rec.debtServiceCapacity()));
        }

        stressTable.getItems().setAll(r.stress());
        showCharts(a, r, rec, c);
    }

    /** What the shown result was computed for: portfolio, loan, timeline, PD source and simulation. */
    private void showSource(Assessment a) {
        if (a == null) {
            resultSource.setText("");
            resultSource.setManaged(false);
            return;
        }
        var t = a.results().timeline();
        var loan = a.inputs().loan();
        resultSource.setText(i18n.get("ui.loanRisk.resultFor", a.inputs().portfolio().name(),
                i18n.amount(loan.amount(), loan.currency()), loan.termMonths(), i18n.date(t.startDate()),
                i18n.date(t.maturityDate()), i18n.date(t.valuationDate()), Long.toString(a.inputs().seed()),
                i18n.integer(a.inputs().paths()), a.inputHash().substring(0, 12)));
        resultSource.setManaged(true);
    }

    /** The engine's plausibility flag, in full view above the figures (SPEC revision 2, "Plausibility"). */
    private void showPlausibility(Assessment a) {
        List<String> lines = new ArrayList<>();
        if (a != null) {
            for (io.pledgebench.risk.Plausibility.Finding f : a.results().plausibility()) {
                if (f.code().flagged()) {
                    lines.add("• " + i18n.render(f.text()));
                }
            }
        }
        boolean flagged = !lines.isEmpty();
        plausibility.setText(flagged ? i18n.get("ui.loanRisk.implausible") + "\n" + String.join("\n", lines) : "");
        plausibility.setVisible(flagged);
        plausibility.setManaged(flagged);
    }

    private void list(String titleKey, List<Text> lines) {
        if (lines.isEmpty()) {
            return;
        }
        Label t = new Label(i18n.get(titleKey));
        t.getStyleClass().add("section-title");
        recommendation.getChildren().add(t);
        for (Text line : lines) {
            Label l = new Label("• " + i18n.render(line));
            l.setWrapText(true);
            recommendation.getChildren().add(l);
        }
    }

    private void showCharts(Assessment a, AssessmentResults r, Recommendation rec,
                            CollateralCalculator.CollateralAssessment c) {
        // the series are the report's (assessment.ChartSeries): computed once, drawn alike
        List<CoveragePoint> points = vm.coverageOverTerm(a);
        coverage.setChart(points.isEmpty() ? null : Charts.coverageOverTerm(points, vm.gradeCoverageThreshold(a),
                i18n.locale()), "coverage", i18n.get("ui.loanRisk.noCoverage"));

        java.util.Map<String, String> names = new java.util.HashMap<>();
        r.stress().forEach(s -> names.put(s.scenario().id(), scenarioName(s)));
        List<StressImpact> impacts = StressImpact.of(io.pledgebench.assessment.ChartSeries.stress(a), names::get);
        stress.setChart(impacts.isEmpty() ? null : Charts.stressTornado(i18n.get("ui.loanRisk.coverage"), impacts,
                Charts.decimal(3), i18n.locale(), true), "stress", i18n.get("ui.loanRisk.noStress"));

        List<LegalLife> shown = vm.legalLives(a);
        legalLife.setChart(shown.isEmpty() ? null : Charts.legalLifeVersusTerm(shown, r.timeline().yearsToMaturity(),
                i18n.date(r.timeline().maturityDate()), i18n.locale()), "legal-life", i18n.get("ui.loanRisk.noLegalLife"));
    }
}
