package io.pledgebench.ui;

import io.pledgebench.store.AssessmentSummary;
import io.pledgebench.domain.SignOffRole;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.function.Function;

/** Controller of HistoryView.fxml. */
public final class HistoryView {

    private final HistoryViewModel vm;
    private final I18n i18n;
    private final Runnable openReport;

    @FXML private Button print;
    @FXML private Button openReportButton;
    @FXML private Button signMaker;
    @FXML private Button signChecker;
    @FXML private Button signValuer;
    @FXML private Button refresh;
    @FXML private Label message;
    @FXML private TableView<AssessmentSummary> table;

    private final java.util.function.Supplier<LocalDate> today;

    HistoryView(HistoryViewModel vm, I18n i18n, Runnable openReport, java.util.function.Supplier<LocalDate> today) {
        this.vm = vm;
        this.today = today;
        this.i18n = i18n;
        this.openReport = openReport;
    }

    @FXML
    private void initialize() {
        message.textProperty().bind(Bindings.createStringBinding(() -> i18n.render(vm.messageProperty().get()),
                vm.messageProperty()));
        var none = vm.selectedProperty().isNull();
        print.disableProperty().bind(none);
        openReportButton.disableProperty().bind(none);
        signMaker.disableProperty().bind(none);
        signChecker.disableProperty().bind(none);
        signValuer.disableProperty().bind(none);
        refresh.disableProperty().bind(vm.readyProperty().not());
        // what was decided first (grade, amount, where the sign-off stands), then who saved it and when
        table.getColumns().add(column("ui.history.id", s -> Long.toString(s.id()), 60));
        table.getColumns().add(column("ui.history.portfolio", AssessmentSummary::portfolio, 200));
        table.getColumns().add(column("ui.history.grade", s -> s.grade() == null ? "–" : s.grade(), 70));
        TableColumn<AssessmentSummary, String> amount = column("ui.history.amount", this::amount, 140);
        amount.setStyle("-fx-alignment: CENTER-RIGHT;");
        table.getColumns().add(Tables.whole(amount, this::amount));
        // what the assessment recommends lending, beside what was asked for (cold review 16 #11)
        TableColumn<AssessmentSummary, String> recommended = column("ui.history.recommended", this::recommended, 140);
        recommended.setId("recommendedColumn");
        recommended.setStyle("-fx-alignment: CENTER-RIGHT;");
        table.getColumns().add(Tables.whole(recommended, this::recommended));
        table.getColumns().add(column("ui.history.status", this::status, 130));
        // which named parameter set the assessment was made with (issue 16 item 6), and whether it was changed
        table.getColumns().add(Tables.whole(column("ui.history.parameterSet", this::parameterSet, 160),
                this::parameterSet));
        table.getColumns().add(column("ui.history.maker", s -> s.maker() == null ? "" : s.maker(), 100));
        table.getColumns().add(column("ui.history.checker", s -> s.checker() == null ? "" : s.checker(), 100));
        table.getColumns().add(column("ui.history.comment", this::comments, 240));
        table.getColumns().add(Tables.whole(column("ui.history.created", this::created, 180), this::created));
        table.getColumns().add(column("ui.history.author", AssessmentSummary::author, 100));
        table.getColumns().add(column("ui.valuation.asOf", s -> i18n.date(s.asOf()), 120));
        table.getColumns().add(column("ui.history.inputHash", s -> s.inputHash().substring(0, 16) + "…", 170));
        table.setItems(vm.assessments());
        Tables.readable(table);
        table.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> vm.selectedProperty().set(now));
        vm.selectedProperty().addListener((o, was, now) -> table.getSelectionModel().select(now));
        table.getSelectionModel().select(vm.selectedProperty().get());
    }

    private String amount(AssessmentSummary s) {
        return s.amount() == null ? "–" : i18n.amount(s.amount(), s.currency() == null ? "CNY" : s.currency());
    }

    private String recommended(AssessmentSummary s) {
        return s.recommended() == null ? "–" : i18n.amount(s.recommended(), s.currency() == null ? "CNY" : s.currency());
    }

    private String status(AssessmentSummary s) {
        return switch (s.status()) {
            case UNSIGNED -> i18n.get("ui.history.status.unsigned");
            case MAKER_SIGNED -> i18n.get("ui.history.status.makerSigned");
            case CHECKED -> i18n.get("ui.history.status.checked");
        };
    }

    /** The sign-off comments, each after its role. */
    private String comments(AssessmentSummary s) {
        java.util.List<String> parts = new java.util.ArrayList<>();
        if (s.makerComment() != null && !s.makerComment().isBlank()) {
            parts.add(i18n.get("ui.history.commentBy", i18n.get("ui.history.role.maker"), s.makerComment()));
        }
        if (s.checkerComment() != null && !s.checkerComment().isBlank()) {
            parts.add(i18n.get("ui.history.commentBy", i18n.get("ui.history.role.checker"), s.checkerComment()));
        }
        return String.join(" · ", parts);
    }

    private String created(AssessmentSummary s) {
        return i18n.date(LocalDate.ofInstant(s.createdAt(), ZoneId.systemDefault())) + " "
                + s.createdAt().atZone(ZoneId.systemDefault()).toLocalTime().withNano(0);
    }

    private String parameterSet(AssessmentSummary s) {
        return s.parameterSet() == null ? i18n.get("ui.history.parameterSet.none")
                : s.parameterSetEdited() ? i18n.get("ui.history.parameterSet.edited", s.parameterSet()) : s.parameterSet();
    }

    private TableColumn<AssessmentSummary, String> column(String key, Function<AssessmentSummary, String> value,
                                                          double width) {
        TableColumn<AssessmentSummary, String> c = new TableColumn<>(i18n.get(key));
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        c.setPrefWidth(width);
        return c;
    }

    @FXML
    private void print() {
        vm.printSelected(today);
    }

    @FXML
    private void openReport() {
        openReport.run();
    }

    @FXML
    private void signMaker() {
        vm.signOff(SignOffRole.MAKER);
    }

    @FXML
    private void signChecker() {
        vm.signOff(SignOffRole.CHECKER);
    }

    @FXML
    private void signValuer() {
        vm.signAsValuer();
    }

    @FXML
    private void refresh() {
        vm.refresh(null);
    }
}
