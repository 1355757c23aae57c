package io.pledgebench.ui;

import io.pledgebench.domain.Portfolio;
import io.pledgebench.io.ImportProblem;
import io.pledgebench.store.PortfolioSummary;
import io.pledgebench.store.StoredPortfolio;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TitledPane;
import javafx.scene.input.DragEvent;
import javafx.scene.input.Dragboard;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import org.controlsfx.control.table.TableFilter;

import java.io.File;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Function;

/** Controller of PortfoliosView.fxml. */
public final class PortfoliosView {

    private final PortfoliosViewModel vm;
    private final I18n i18n;
    private final Runnable openPatent;

    @FXML private BorderPane root;
    @FXML private CheckBox keepGoodRows;
    @FXML private Button importFileButton;
    @FXML private Button importFolderButton;
    @FXML private Button deleteButton;
    @FXML private Label message;
    @FXML private ListView<PortfolioSummary> portfolioList;
    @FXML private GridPane facts;
    @FXML private TableView<PatentRow> patentTable;
    @FXML private javafx.scene.layout.VBox problemsPane;
    @FXML private Label problemsTitle;
    @FXML private javafx.scene.control.SplitPane tablesSplit;
    @FXML private TableView<ImportProblem> problemTable;

    /** {@code openPatent}: shows the selected patent's detail (double-click or Enter on a row). */
    PortfoliosView(PortfoliosViewModel vm, I18n i18n, Runnable openPatent) {
        this.vm = vm;
        this.i18n = i18n;
        this.openPatent = openPatent;
    }

    @FXML
    private void initialize() {
        keepGoodRows.selectedProperty().bindBidirectional(vm.keepGoodRowsProperty());
        importFileButton.disableProperty().bind(vm.readyProperty().not());
        importFolderButton.disableProperty().bind(vm.readyProperty().not());
        deleteButton.disableProperty().bind(vm.canDeleteProperty().not());
        message.textProperty().bind(Bindings.createStringBinding(() -> {
            StringBuilder b = new StringBuilder(i18n.render(vm.messageProperty().get()));
            for (var n : vm.notes()) {
                b.append(System.lineSeparator()).append("· ").append(i18n.chinese() ? n.describeZh() : n.describe());
            }
            return b.toString();
        }, vm.messageProperty(), vm.notes()));

        portfolioList.setItems(vm.portfolios());
        portfolioList.setPlaceholder(emptyState());
        portfolioList.setCellFactory(l -> {
            PortfolioCell cell = new PortfolioCell();
            // Cells take the list's width and wrap their text to it instead of scrolling the list sideways or cutting
            // the import date ("导入于 2026…", issue 16, layout)
            cell.setPrefWidth(0);
            cell.setWrapText(true);
            return cell;
        });
        portfolioList.getSelectionModel().select(vm.selectedProperty().get());
        portfolioList.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (now != null || vm.portfolios().isEmpty()) {
                vm.selectedProperty().set(now);
            }
        });
        vm.selectedProperty().addListener((o, was, now) -> portfolioList.getSelectionModel().select(now));

        vm.currentProperty().addListener((o, was, now) -> showFacts(now));
        showFacts(vm.currentProperty().get());
        buildPatentTable();
        buildProblemTable();
        installDrop();
    }

    @FXML
    private void importFile() {
        vm.chooseAndImportFile();
    }

    @FXML
    private void importFolder() {
        vm.chooseAndImportFolder();
    }

    /** What an empty workbench says: where to start, with the buttons to do it. */
    private javafx.scene.Node emptyState() {
        Label title = new Label(i18n.get("ui.start.title"));
        title.getStyleClass().add("section-title");
        title.setWrapText(true);
        Label text = new Label(i18n.get("ui.start.text"));
        text.setWrapText(true);
        text.getStyleClass().add("text-muted");
        Button file = new Button(i18n.get("ui.portfolios.importFile"));
        file.getStyleClass().add("accent");
        file.setOnAction(e -> vm.chooseAndImportFile());
        Button folder = new Button(i18n.get("ui.portfolios.importFolder"));
        folder.setOnAction(e -> vm.chooseAndImportFolder());
        Button sample = new Button(i18n.get("ui.start.sample"));
        sample.setId("openSample");
        sample.setOnAction(e -> vm.openSample());
        for (Button b : List.of(file, folder, sample)) {
            b.setMaxWidth(Double.MAX_VALUE);
            b.setWrapText(true);
            b.disableProperty().bind(vm.readyProperty().not());
        }
        javafx.scene.layout.VBox box = new javafx.scene.layout.VBox(8, title, text, file, folder, sample);
        box.setId("emptyState");
        box.setPadding(new javafx.geometry.Insets(12));
        box.setAlignment(javafx.geometry.Pos.TOP_LEFT);
        return box;
    }

    @FXML
    private void copyProblems() {
        javafx.scene.input.ClipboardContent content = new javafx.scene.input.ClipboardContent();
        content.putString(vm.problemsAsTabSeparated());
        javafx.scene.input.Clipboard.getSystemClipboard().setContent(content);
    }

    @FXML
    private void exportProblems() {
        vm.exportProblems();
    }

    @FXML
    private void delete() {
        vm.deleteSelected();
    }

    private void buildPatentTable() {
        patentTable.getColumns().add(Tables.whole(column("ui.patent.number", r -> r.patent().number().withKind(), 172),
                r -> r.patent().number().withKind()));
        patentTable.getColumns().add(column("ui.patent.title", r -> r.patent().title(), 260));
        patentTable.getColumns().add(column("ui.patent.type", r -> i18n.type(r.patent().type()), 112));
        TableColumn<PatentRow, String> status = column("ui.patent.status", r -> i18n.status(r.patent().status()), 150);
        patentTable.getColumns().add(status);
        patentTable.getColumns().add(dateColumn("ui.patent.filingDate", r -> r.patent().filingDate()));
        patentTable.getColumns().add(dateColumn("ui.patent.grantDate", r -> r.patent().grantDate()));
        patentTable.getColumns().add(dateColumn("ui.patent.expiry", PatentRow::expiry));
        TableColumn<PatentRow, Double> remaining = new TableColumn<>(i18n.get("ui.patent.remainingLife"));
        remaining.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().remainingYears()));
        remaining.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(Double v, boolean empty) {
                super.updateItem(v, empty);
                getStyleClass().remove("text-muted");
                if (empty || v == null) {
                    setText(null);
                } else if (v == 0.0) {
                    setText(i18n.get("ui.patent.expired"));
                    getStyleClass().add("text-muted");
                } else {
                    setText(i18n.years(v));
                }
            }
        });
        remaining.setPrefWidth(110);
        remaining.setStyle("-fx-alignment: CENTER-RIGHT;");
        patentTable.getColumns().add(remaining);
        patentTable.getColumns().add(column("ui.patent.owners", PatentRow::owners, 220));
        patentTable.getColumns().add(Tables.whole(column("ui.patent.ipc", r -> r.patent().ipc() == null ? ""
                : r.patent().ipc(), 100), r -> r.patent().ipc() == null ? "" : r.patent().ipc()));
        patentTable.setItems(vm.patents());
        Tables.readable(patentTable);
        TableFilter.forTableView(patentTable).lazy(true).apply();
        patentTable.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (now != null) {
                vm.selectedPatentProperty().set(now);
            }
        });
        patentTable.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2 && patentTable.getSelectionModel().getSelectedItem() != null) {
                openPatent.run();
            }
        });
        patentTable.setOnKeyPressed(e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.ENTER && patentTable.getSelectionModel().getSelectedItem() != null) {
                openPatent.run();
            }
        });
    }

    private void buildProblemTable() {
        TableColumn<ImportProblem, String> file = problemColumn("ui.problems.file", ImportProblem::file, 140);
        file.setId("problemFileColumn");
        problemTable.getColumns().add(Tables.whole(file, p -> p.file() == null ? "" : p.file()));
        TableColumn<ImportProblem, String> sheet = problemColumn("ui.problems.sheet", ImportProblem::sheet, 80);
        sheet.setId("problemSheetColumn");
        problemTable.getColumns().add(sheet);
        // a column that says nothing the heading does not (every problem in the file it names; no sheets in a CSV)
        // is hidden, so the reasons get the width
        Runnable columns = () -> {
            String source = vm.problemSourceProperty().get();
            file.setVisible(vm.problems().stream().anyMatch(p -> p.file() == null || !p.file().equals(source)));
            sheet.setVisible(vm.problems().stream().anyMatch(p -> p.sheet() != null && !p.sheet().isBlank()));
        };
        vm.problems().addListener((javafx.collections.ListChangeListener<ImportProblem>) c -> columns.run());
        vm.problemSourceProperty().addListener((o, was, now) -> columns.run());
        columns.run();
        TableColumn<ImportProblem, Integer> row = new TableColumn<>(i18n.get("ui.problems.row"));
        row.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().row()));
        row.setPrefWidth(60);
        Tables.whole(row, p -> p.row() == null ? "" : p.row().toString());
        problemTable.getColumns().add(row);
        TableColumn<ImportProblem, String> column = problemColumn("ui.problems.column", ImportProblem::column, 130);
        problemTable.getColumns().add(Tables.whole(column, p -> p.column() == null ? "" : p.column()));
        problemTable.getColumns().add(Tables.wrap(problemColumn("ui.problems.value", ImportProblem::value, 140)));
        TableColumn<ImportProblem, String> reason = problemColumn("ui.problems.reason", i18n::reason, 360);
        // a reason is the officer's only clue to what to fix: it wraps within its column instead of ending in "…"
        Tables.wrap(reason, "problem-reason");
        problemTable.getColumns().add(reason);
        problemTable.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        problemTable.setItems(vm.problems());
        Tables.readable(problemTable);
        problemsTitle.textProperty().bind(Bindings.createStringBinding(
                () -> i18n.get("ui.problems.heading", vm.problems().size(), vm.problemSourceProperty().get()),
                vm.problems(), vm.problemSourceProperty()));
        // the problems share the space with the patents (the divider moves) only while there are any
        problemsPane.visibleProperty().bind(Bindings.isNotEmpty(vm.problems()));
        vm.problems().addListener((javafx.collections.ListChangeListener<ImportProblem>) c -> showProblems());
        showProblems();
    }

    private void showProblems() {
        boolean any = !vm.problems().isEmpty();
        if (any && !tablesSplit.getItems().contains(problemsPane)) {
            tablesSplit.getItems().add(problemsPane);
            // the problems are what the officer must act on: they get most of the height (the divider moves)
            tablesSplit.setDividerPositions(vm.patents().isEmpty() ? 0.3 : 0.45);
        } else if (!any) {
            tablesSplit.getItems().remove(problemsPane);
        }
    }

    /**
     * The dashed frame shown while a file is dragged over the screen, in a text stylesheet of its own added on the
     * first drag: JavaFX's binary form of workbench.css loses the {@code dashed} keyword (ADR 0024).
     */
    static final String DROP_TARGET_CSS = PortfoliosView.class.getResource("drop-target.css").toExternalForm();

    private void installDrop() {
        root.setOnDragOver(this::dragOver);
        root.setOnDragExited(e -> root.getStyleClass().remove("drop-target"));
        root.setOnDragDropped(e -> {
            Dragboard db = e.getDragboard();
            boolean done = false;
            if (db.hasFiles() && vm.readyProperty().get()) {
                for (File f : db.getFiles()) {
                    vm.importFrom(f.toPath());
                }
                done = true;
            }
            root.getStyleClass().remove("drop-target");
            e.setDropCompleted(done);
            e.consume();
        });
    }

    private void dragOver(DragEvent e) {
        if (e.getGestureSource() == null && e.getDragboard().hasFiles() && vm.readyProperty().get()) {
            e.acceptTransferModes(TransferMode.COPY);
            if (!root.getStyleClass().contains("drop-target")) {
                if (!root.getStylesheets().contains(DROP_TARGET_CSS)) {
                    root.getStylesheets().add(DROP_TARGET_CSS);
                }
                root.getStyleClass().add("drop-target");
            }
        }
        e.consume();
    }

    private void showFacts(StoredPortfolio sp) {
        facts.getChildren().clear();
        if (sp == null) {
            return;
        }
        Portfolio p = sp.portfolio();
        int row = 0;
        fact(row++, "ui.portfolios.fact.name", p.name());
        Portfolio.Pledgor pledgor = p.pledgor();
        fact(row++, "ui.portfolios.fact.pledgor", pledgor.name() == null ? ""
                : pledgor.inferred() ? i18n.get("ui.portfolios.fact.pledgorInferred", pledgor.name()) : pledgor.name());
        if (p.enterprise() != null && p.enterprise().creditCode() != null) {
            fact(row++, "ui.portfolios.fact.creditCode", p.enterprise().creditCode().toString());
        }
        fact(row++, "ui.portfolios.fact.patents", i18n.integer(p.patents().size()));
        if (p.loan() != null) {
            fact(row++, "ui.portfolios.fact.loan", i18n.get("ui.portfolios.fact.loanValue",
                    i18n.amount(p.loan().amount(), p.loan().currency()), p.loan().termMonths()));
        }
        fact(row++, "ui.portfolios.fact.source", p.source());
        fact(row, "ui.portfolios.fact.imported", i18n.get("ui.portfolios.fact.importedValue",
                i18n.date(LocalDate.ofInstant(sp.importedAt(), ZoneId.systemDefault())), sp.importedBy()));
    }

    private void fact(int row, String key, String value) {
        Label k = new Label(i18n.get(key));
        k.getStyleClass().add("fact-key");
        Label v = new Label(value);
        v.setWrapText(true);
        facts.addRow(row, k, v);
    }

    private TableColumn<PatentRow, String> column(String key, Function<PatentRow, String> value, double width) {
        TableColumn<PatentRow, String> c = new TableColumn<>(i18n.get(key));
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        c.setPrefWidth(width);
        return c;
    }

    private TableColumn<PatentRow, LocalDate> dateColumn(String key, Function<PatentRow, LocalDate> value) {
        TableColumn<PatentRow, LocalDate> c = new TableColumn<>(i18n.get(key));
        c.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        c.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(LocalDate d, boolean empty) {
                super.updateItem(d, empty);
                setText(empty ? null : i18n.date(d));
            }
        });
        c.setPrefWidth(118);
        return Tables.whole(c, r -> i18n.date(value.apply(r)));
    }

    private <V> TableColumn<ImportProblem, String> problemColumn(String key, Function<ImportProblem, V> value,
                                                                 double width) {
        TableColumn<ImportProblem, String> c = new TableColumn<>(i18n.get(key));
        c.setCellValueFactory(cell -> {
            V v = value.apply(cell.getValue());
            ObservableValue<String> s = new ReadOnlyStringWrapper(v == null ? "" : v.toString());
            return s;
        });
        c.setPrefWidth(width);
        return c;
    }

    private final class PortfolioCell extends ListCell<PortfolioSummary> {
        /**
         * One label per line of the stored portfolio's text (name, patents, import date), each measuring itself in the
         * fonts it is drawn with: a list cell's skin answers the theme's fixed cell size (2 em) whatever its text, and a
         * height measured from one multi-line text drew the third line cut in English beside a Chinese name
         * ("25 patents...", issue 16, layout).
         */
        private final javafx.scene.layout.VBox lines = new javafx.scene.layout.VBox();

        PortfolioCell() {
            setContentDisplay(javafx.scene.control.ContentDisplay.GRAPHIC_ONLY);
            lines.prefWidthProperty().bind(widthProperty().subtract(snappedLeftInset() + snappedRightInset() + 2));
        }

        @Override
        protected double computePrefHeight(double width) {
            double single = super.computePrefHeight(width);
            if (getGraphic() == null) {
                return single;
            }
            double room = (width > 0 ? width : getWidth()) - snappedLeftInset() - snappedRightInset();
            return Math.max(single, Math.ceil(lines.prefHeight(room > 0 ? room : -1)) + snappedTopInset()
                    + snappedBottomInset());
        }

        @Override
        protected void updateItem(PortfolioSummary s, boolean empty) {
            super.updateItem(s, empty);
            setText(null);
            if (empty || s == null) {
                setGraphic(null);
                setTooltip(null);
                setAccessibleText(null);
                return;
            }
            String text = i18n.get("ui.portfolios.listItem", s.name(), s.patentCount(),
                    i18n.date(LocalDate.ofInstant(s.importedAt(), ZoneId.systemDefault())));
            lines.getChildren().setAll(java.util.Arrays.stream(text.split("\n")).map(line -> {
                javafx.scene.control.Label l = new javafx.scene.control.Label(line);
                l.setWrapText(true);
                l.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
                return l;
            }).toList());
            setGraphic(lines);
            setAccessibleText(text);
            // the lines wrap; the tooltip shows the text whole as well
            setTooltip(new javafx.scene.control.Tooltip(text));
        }
    }
}
