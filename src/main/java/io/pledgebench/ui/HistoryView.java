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
        refresh.disableProperty().bind(vm.readyProperty().not());
        table.getColumns().add(column("ui.history.id", s -> Long.toString(s.id()), 60));
        table.getColumns().add(column("ui.history.portfolio", AssessmentSummary::portfolio, 240));
        table.getColumns().add(column("ui.history.created", s -> i18n.date(LocalDate.ofInstant(s.createdAt(),
                ZoneId.systemDefault())) + " " + s.createdAt().atZone(ZoneId.systemDefault()).toLocalTime()
                .withNano(0), 180));
        table.getColumns().add(column("ui.history.author", AssessmentSummary::author, 110));
        table.getColumns().add(column("ui.valuation.asOf", s -> i18n.date(s.asOf()), 120));
        table.getColumns().add(column("ui.history.maker", s -> s.maker() == null ? "" : s.maker(), 110));
        table.getColumns().add(column("ui.history.checker", s -> s.checker() == null ? "" : s.checker(), 110));
        table.getColumns().add(column("ui.history.inputHash", s -> s.inputHash().substring(0, 16) + "…", 170));
        table.setItems(vm.assessments());
        table.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> vm.selectedProperty().set(now));
        vm.selectedProperty().addListener((o, was, now) -> table.getSelectionModel().select(now));
        table.getSelectionModel().select(vm.selectedProperty().get());
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
    private void refresh() {
        vm.refresh(null);
    }
}
