package io.pledgebench.ui;

import io.pledgebench.io.ColumnMapping;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

import java.util.ArrayList;
import java.util.List;

/**
 * The import preview as a dialog: one line per column of the file with its first values, the field it is read as
 * (a drop-down: a patent field or "not used"), and a suggestion the officer can take with one click; saved templates
 * that fit the file can be applied, and the choices saved under a name. Nothing is stored until "Import".
 */
final class ImportPreviewDialog extends Dialog<ImportPreview.Decision> {

    /** The drop-down's item for "not used" (a ComboBox item cannot be null). */
    private static final String NOT_USED = "";

    private final I18n i18n;

    ImportPreviewDialog(String title, ImportPreview preview, I18n i18n) {
        this.i18n = i18n;
        setTitle(title);
        setHeaderText(title);
        setResizable(true);
        Label lead = new Label(i18n.get("ui.preview.lead", preview.source()));
        lead.setWrapText(true);
        lead.setId("previewLead");

        TableView<ImportPreview.Column> table = new TableView<>(FXCollections.observableArrayList(preview.columns()));
        table.setId("previewTable");
        table.setAccessibleText(i18n.get("ui.preview.table"));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPrefHeight(Math.min(480, 44 + 40.0 * preview.columns().size()));
        table.setMinHeight(Math.min(480, 44 + 40.0 * preview.columns().size()));
        table.getColumns().add(textColumn("ui.preview.header", ImportPreview.Column::header, 190));
        table.getColumns().add(textColumn("ui.preview.examples", c -> String.join(" · ", c.examples()), 220));
        table.getColumns().add(choiceColumn());
        table.getColumns().add(suggestionColumn());
        VBox.setVgrow(table, Priority.ALWAYS);

        VBox content = new VBox(10, lead);
        if (!preview.templates().isEmpty()) {
            ComboBox<String> templates = new ComboBox<>(FXCollections.observableArrayList(preview.templates().keySet()));
            templates.setId("templateChoice");
            templates.getSelectionModel().selectFirst();
            Button apply = new Button(i18n.get("ui.preview.applyTemplate"));
            apply.setId("applyTemplate");
            apply.setOnAction(e -> {
                preview.apply(templates.getValue());
                table.refresh();
            });
            Label offer = new Label(i18n.get("ui.preview.templateFits"));
            HBox row = new HBox(8, offer, templates, apply);
            row.setAlignment(Pos.CENTER_LEFT);
            content.getChildren().add(row);
        }
        content.getChildren().add(table);
        TextField name = new TextField();
        name.setId("templateName");
        name.setPromptText(i18n.get("ui.preview.templateName.prompt"));
        name.textProperty().bindBidirectional(preview.templateNameProperty());
        HBox.setHgrow(name, Priority.ALWAYS);
        HBox save = new HBox(8, new Label(i18n.get("ui.preview.templateName")), name);
        save.setAlignment(Pos.CENTER_LEFT);
        content.getChildren().add(save);
        content.setPadding(new Insets(4, 12, 0, 12));
        getDialogPane().setContent(content);
        getDialogPane().setPrefWidth(960);
        getDialogPane().setMinWidth(960);

        ButtonType importType = new ButtonType(i18n.get("ui.preview.import"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(i18n.get("ui.dialog.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        getDialogPane().getButtonTypes().addAll(importType, cancel);
        getDialogPane().lookupButton(importType).setId("previewImport");
        getDialogPane().lookupButton(cancel).setId("previewCancel");
        setResultConverter(b -> b == importType ? preview.decision() : null);
    }

    private TableColumn<ImportPreview.Column, String> textColumn(String key,
                                                                 java.util.function.Function<ImportPreview.Column, String> value,
                                                                 double width) {
        TableColumn<ImportPreview.Column, String> c = new TableColumn<>(i18n.get(key));
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        c.setPrefWidth(width);
        c.setSortable(false);
        return c;
    }

    private String fieldLabel(String code) {
        if (code == null || code.equals(NOT_USED)) {
            return i18n.get("ui.preview.notUsed");
        }
        // the field's human name in the screen's language, never its id (cold review 16 #9: "patent_number")
        if (i18n.chinese()) {
            return ColumnMapping.chineseName(code);
        }
        String term = i18n.term(code);
        String name = term.equals(code) ? code.replace('_', ' ') : term;
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    private TableColumn<ImportPreview.Column, String> choiceColumn() {
        TableColumn<ImportPreview.Column, String> c = new TableColumn<>(i18n.get("ui.preview.readAs"));
        c.setPrefWidth(240);
        c.setSortable(false);
        List<String> items = new ArrayList<>();
        items.add(NOT_USED);
        items.addAll(ImportPreview.fields());
        c.setCellFactory(col -> new TableCell<>() {
            private final ComboBox<String> box = new ComboBox<>(FXCollections.observableArrayList(items));
            private ImportPreview.Column bound;

            {
                box.setMaxWidth(Double.MAX_VALUE);
                box.setConverter(new StringConverter<>() {
                    @Override
                    public String toString(String code) {
                        return fieldLabel(code);
                    }

                    @Override
                    public String fromString(String s) {
                        return s;
                    }
                });
                box.valueProperty().addListener((o, was, now) -> {
                    if (bound != null) {
                        bound.choiceProperty().set(now == null || now.equals(NOT_USED) ? null : now);
                    }
                });
            }

            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                bound = null;
                if (empty || getTableRow() == null || getTableRow().getItem() == null) {
                    setGraphic(null);
                    return;
                }
                ImportPreview.Column column = getTableRow().getItem();
                box.setValue(column.choiceProperty().get() == null ? NOT_USED : column.choiceProperty().get());
                box.setId("field-" + getIndex());
                box.setAccessibleText(i18n.get("ui.preview.readAs.accessible", column.header()));
                bound = column;
                setGraphic(box);
            }
        });
        c.setCellValueFactory(cell -> cell.getValue().choiceProperty());
        return c;
    }

    private TableColumn<ImportPreview.Column, String> suggestionColumn() {
        TableColumn<ImportPreview.Column, String> c = new TableColumn<>(i18n.get("ui.preview.suggestion"));
        c.setPrefWidth(250);
        c.setSortable(false);
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(cell.getValue().suggestion()));
        c.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(String suggestion, boolean empty) {
                super.updateItem(suggestion, empty);
                if (empty || suggestion == null || getTableRow() == null || getTableRow().getItem() == null) {
                    setGraphic(null);
                    setText(null);
                    return;
                }
                ImportPreview.Column column = getTableRow().getItem();
                Button use = new Button(i18n.get("ui.preview.useSuggestion", fieldLabel(suggestion)));
                use.setId("suggestion-" + getIndex());
                use.setMnemonicParsing(false);
                use.setOnAction(e -> {
                    column.choiceProperty().set(suggestion);
                    getTableView().refresh();
                });
                setGraphic(use);
            }
        });
        return c;
    }
}
