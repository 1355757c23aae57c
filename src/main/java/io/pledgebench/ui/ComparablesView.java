package io.pledgebench.ui;

import io.pledgebench.domain.PatentType;
import io.pledgebench.io.ImportProblem;
import io.pledgebench.domain.ComparableTransaction;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.collections.MapChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.GridPane;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/** Controller of ComparablesView.fxml: the stored comparables, the add/edit form, the import problems. */
public final class ComparablesView {

    private final ComparablesViewModel vm;
    private final I18n i18n;
    private final Map<ComparablesViewModel.Field, TextField> fields = new EnumMap<>(ComparablesViewModel.Field.class);
    private final Map<ComparablesViewModel.Field, Label> errors = new EnumMap<>(ComparablesViewModel.Field.class);

    @FXML private Button newButton;
    @FXML private Button deleteButton;
    @FXML private Button importButton;
    @FXML private Button saveButton;
    @FXML private Label message;
    @FXML private Label formTitle;
    @FXML private SplitPane split;
    @FXML private TableView<ComparableTransaction> table;
    @FXML private TitledPane problemPane;
    @FXML private TableView<ImportProblem> problemTable;
    @FXML private GridPane form;

    ComparablesView(ComparablesViewModel vm, I18n i18n) {
        this.vm = vm;
        this.i18n = i18n;
    }

    @FXML
    private void initialize() {
        message.textProperty().bind(Bindings.createStringBinding(() -> i18n.render(vm.messageProperty().get()),
                vm.messageProperty()));
        var ready = vm.readyProperty();
        newButton.disableProperty().bind(ready.not());
        importButton.disableProperty().bind(ready.not());
        saveButton.disableProperty().bind(ready.not());
        deleteButton.disableProperty().bind(vm.selectedProperty().isNull());
        formTitle.textProperty().bind(Bindings.createStringBinding(() -> vm.selectedProperty().get() == null
                ? i18n.get("ui.comparables.form.new")
                : i18n.get("ui.comparables.form.edit", vm.selectedProperty().get().reference()), vm.selectedProperty()));

        table.getColumns().add(column("ui.comparables.reference", ComparableTransaction::reference, 120));
        table.getColumns().add(column("ui.comparables.date", t -> i18n.date(t.date()), 135));
        table.getColumns().add(column("ui.comparables.price", t -> i18n.number(t.price().doubleValue(), t.price().scale() > 0 ? 2 : 0) + " "
                + t.currency(), 140));
        table.getColumns().add(column("ui.comparables.patent_type", t -> i18n.type(t.patentType()), 115));
        table.getColumns().add(column("ui.comparables.ipc", t -> t.ipc() == null ? "" : t.ipc(), 90));
        table.getColumns().add(column("ui.comparables.remaining_life", t -> t.remainingLife() == null ? ""
                : i18n.number(t.remainingLife(), 1), 170));
        table.getColumns().add(column("ui.comparables.description", ComparableTransaction::description, 200));
        table.getColumns().add(column("ui.comparables.source", ComparableTransaction::source, 160));
        table.setItems(vm.transactions());
        Tables.readable(table);
        table.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (now != null) {
                vm.selectedProperty().set(now);
            }
        });
        vm.selectedProperty().addListener((o, was, now) -> select(now));
        select(vm.selectedProperty().get());

        buildForm();
        buildProblems();
    }

    private void select(ComparableTransaction t) {
        if (t == null) {
            table.getSelectionModel().clearSelection();
        } else {
            table.getItems().stream().filter(r -> r.id().equals(t.id())).findFirst()
                    .ifPresent(r -> table.getSelectionModel().select(r));
        }
    }

    private void buildForm() {
        int row = 0;
        for (ComparablesViewModel.Field f : ComparablesViewModel.Field.values()) {
            Label label = new Label(i18n.get(f.labelKey()));
            label.setWrapText(true);
            label.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            form.add(label, 0, row);
            if (f == ComparablesViewModel.Field.PATENT_TYPE) {
                ComboBox<PatentType> type = new ComboBox<>();
                type.setId("comparable-" + f.name().toLowerCase(Locale.ROOT));
                type.getItems().setAll(PatentType.values());
                type.setCellFactory(l -> new TypeCell());
                type.setButtonCell(new TypeCell());
                type.valueProperty().bindBidirectional(vm.patentTypeProperty());
                type.setMaxWidth(Double.MAX_VALUE);
                label.setLabelFor(type);
                form.add(type, 1, row);
            } else {
                TextField field = new TextField();
                field.setId("comparable-" + f.name().toLowerCase(Locale.ROOT));
                field.textProperty().bindBidirectional(vm.field(f));
                if (f == ComparablesViewModel.Field.DATE) {
                    field.setPromptText("2024-06-30");
                }
                label.setLabelFor(field);
                fields.put(f, field);
                form.add(field, 1, row);
            }
            row++;
            Label error = new Label();
            error.getStyleClass().add("error-text");
            error.setWrapText(true);
            error.setManaged(false);
            error.setVisible(false);
            errors.put(f, error);
            form.add(error, 1, row++);
        }
        vm.invalid().addListener((MapChangeListener<ComparablesViewModel.Field, io.pledgebench.domain.Text>) c ->
                markInvalid());
        markInvalid();
    }

    private void markInvalid() {
        for (ComparablesViewModel.Field f : ComparablesViewModel.Field.values()) {
            var reason = vm.invalid().get(f);
            Label error = errors.get(f);
            error.setText(reason == null ? "" : i18n.render(reason));
            error.setVisible(reason != null);
            error.setManaged(reason != null);
            TextField field = fields.get(f);
            if (field != null) {
                field.getStyleClass().remove("invalid");
                if (reason != null) {
                    field.getStyleClass().add("invalid");
                }
            }
        }
    }

    private void buildProblems() {
        TableColumn<ImportProblem, Integer> row = new TableColumn<>(i18n.get("ui.problems.row"));
        row.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().row()));
        row.setPrefWidth(60);
        problemTable.getColumns().add(row);
        problemTable.getColumns().add(problemColumn("ui.problems.column",
                p -> p.column() == null ? "" : p.column(), 120));
        problemTable.getColumns().add(problemColumn("ui.problems.value",
                p -> p.value() == null ? "" : p.value(), 140));
        problemTable.getColumns().add(problemColumn("ui.problems.reason",
                i18n::reason, 420));
        problemTable.setItems(vm.problems());
        vm.problems().addListener((ListChangeListener<ImportProblem>) c -> showProblems());
        showProblems();
    }

    private void showProblems() {
        boolean any = !vm.problems().isEmpty();
        if (any && !split.getItems().contains(problemPane)) {
            split.getItems().add(problemPane);
            split.setDividerPositions(0.6);
        } else if (!any) {
            split.getItems().remove(problemPane);
        }
    }

    private TableColumn<ComparableTransaction, String> column(String key, Function<ComparableTransaction, String> value,
                                                              double width) {
        TableColumn<ComparableTransaction, String> c = new TableColumn<>(i18n.get(key));
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        c.setPrefWidth(width);
        return c;
    }

    private TableColumn<ImportProblem, String> problemColumn(String key, Function<ImportProblem, String> value,
                                                             double width) {
        TableColumn<ImportProblem, String> c = new TableColumn<>(i18n.get(key));
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        c.setPrefWidth(width);
        return c;
    }

    @FXML
    private void newTransaction() {
        vm.newTransaction();
    }

    @FXML
    private void save() {
        vm.save();
    }

    @FXML
    private void delete() {
        vm.deleteSelected();
    }

    @FXML
    private void importCsv() {
        vm.chooseAndImport();
    }

    private final class TypeCell extends ListCell<PatentType> {
        @Override
        protected void updateItem(PatentType t, boolean empty) {
            super.updateItem(t, empty);
            setText(empty || t == null ? null : i18n.type(t));
        }
    }
}
