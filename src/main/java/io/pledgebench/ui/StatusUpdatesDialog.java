package io.pledgebench.ui;

import io.pledgebench.app.StatusEventImport;
import io.pledgebench.domain.LegalEvent;
import io.pledgebench.domain.LegalStatus;
import io.pledgebench.io.ImportProblem;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The preview of a legal-status file before it is applied to the loan book: the updates per patent (how many, the
 * days, the events and statuses, the designated states named), then the refusals and notices with file, row, column,
 * value and reason in the screen's language. "Apply" is the confirmation; a refused file can only be closed.
 */
final class StatusUpdatesDialog extends Dialog<Boolean> {

    /** A refusal or a notice, as one row of the second table. */
    record Line(boolean refusal, ImportProblem problem) {
    }

    private final I18n i18n;

    StatusUpdatesDialog(String title, StatusEventImport.Preview preview, I18n i18n) {
        this.i18n = i18n;
        setTitle(title);
        setHeaderText(title);
        setResizable(true);
        List<StatusEventImport.PatentUpdates> perPatent = preview.perPatent();
        Label lead = new Label(preview.refused()
                ? i18n.get("ui.events.preview.refused", preview.fileName(), preview.refusals().size())
                : i18n.get("ui.events.preview.lead", preview.fileName(), preview.updates().size(), perPatent.size()));
        lead.setWrapText(true);
        lead.setId("eventsLead");
        VBox content = new VBox(10, lead);

        if (!perPatent.isEmpty()) {
            TableView<StatusEventImport.PatentUpdates> patents = new TableView<>(
                    FXCollections.observableArrayList(perPatent));
            patents.setId("eventsPerPatent");
            patents.setAccessibleText(i18n.get("ui.events.preview.perPatent"));
            patents.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
            patents.getColumns().add(column("ui.events.col.patent", StatusEventImport.PatentUpdates::patentNumber, 180));
            patents.getColumns().add(column("ui.events.col.updates", u -> i18n.number(u.updates(), 0), 70));
            patents.getColumns().add(column("ui.events.col.from", u -> i18n.date(u.first()), 130));
            patents.getColumns().add(column("ui.events.col.to", u -> i18n.date(u.last()), 130));
            patents.getColumns().add(column("ui.events.col.what", this::what, 290));
            patents.getColumns().add(column("ui.events.col.states", u -> String.join(", ", u.states()), 160));
            patents.setPrefHeight(Math.min(320, 48 + 40.0 * perPatent.size()));
            patents.setMinHeight(Math.min(320, 48 + 40.0 * perPatent.size()));
            VBox.setVgrow(patents, Priority.ALWAYS);
            content.getChildren().addAll(new Label(i18n.get("ui.events.preview.perPatent")), patents);
        }

        List<Line> lines = new ArrayList<>();
        preview.refusals().forEach(p -> lines.add(new Line(true, p)));
        preview.notices().forEach(p -> lines.add(new Line(false, p)));
        if (!lines.isEmpty()) {
            TableView<Line> problems = new TableView<>(FXCollections.observableArrayList(lines));
            problems.setId("eventsProblems");
            problems.setAccessibleText(i18n.get("ui.events.preview.problems"));
            problems.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
            problems.getColumns().add(column("ui.events.col.kind", l -> i18n.get(l.refusal()
                    ? "ui.events.refusal" : "ui.events.notice"), 80));
            problems.getColumns().add(column("ui.events.col.file", l -> text(l.problem().file()), 140));
            problems.getColumns().add(column("ui.events.col.row", l -> l.problem().row() == null ? ""
                    : i18n.number(l.problem().row(), 0), 50));
            problems.getColumns().add(column("ui.events.col.column", l -> text(l.problem().column()), 100));
            problems.getColumns().add(column("ui.events.col.value", l -> text(l.problem().value()), 100));
            TableColumn<Line, String> reason = column("ui.events.col.reason", l -> i18n.chinese()
                    && l.problem().reasonZh() != null ? l.problem().reasonZh() : l.problem().reason(), 450);
            wrap(reason);
            problems.getColumns().add(reason);
            problems.setPrefHeight(Math.min(300, 44 + 48.0 * lines.size()));
            problems.setMinHeight(Math.min(300, 44 + 48.0 * lines.size()));
            VBox.setVgrow(problems, Priority.ALWAYS);
            content.getChildren().addAll(new Label(i18n.get("ui.events.preview.problems")), problems);
        }
        content.setPadding(new Insets(4, 12, 0, 12));
        getDialogPane().setContent(content);
        getDialogPane().setPrefWidth(1100);
        getDialogPane().setMinWidth(1100);

        ButtonType close = new ButtonType(i18n.get(preview.refused() ? "ui.events.close" : "ui.dialog.cancel"),
                ButtonBar.ButtonData.CANCEL_CLOSE);
        if (preview.refused()) {
            getDialogPane().getButtonTypes().add(close);
            getDialogPane().lookupButton(close).setId("eventsCancel");
            setResultConverter(b -> false);
        } else {
            ButtonType apply = new ButtonType(i18n.get("ui.events.apply", preview.updates().size()),
                    ButtonBar.ButtonData.OK_DONE);
            getDialogPane().getButtonTypes().addAll(apply, close);
            getDialogPane().lookupButton(apply).setId("eventsApply");
            getDialogPane().lookupButton(close).setId("eventsCancel");
            setResultConverter(b -> b == apply);
        }
    }

    /** The events and statuses of one patent's updates, in the screen's words. */
    private String what(StatusEventImport.PatentUpdates u) {
        List<String> words = new ArrayList<>();
        for (LegalEvent.Kind k : u.events()) {
            words.add(i18n.get("ui.events.kind." + k.name().toLowerCase(java.util.Locale.ROOT)));
        }
        for (LegalStatus s : u.statuses()) {
            words.add(i18n.get("ui.legalStatus." + s.code()));
        }
        return String.join(i18n.chinese() ? "、" : ", ", words);
    }

    /** A column whose long sentences wrap within the row instead of ending in an ellipsis. */
    private static <S> void wrap(TableColumn<S, String> column) {
        column.setCellFactory(c -> new javafx.scene.control.TableCell<>() {
            private final javafx.scene.text.Text text = new javafx.scene.text.Text();

            {
                text.wrappingWidthProperty().bind(column.widthProperty().subtract(12));
                text.getStyleClass().add("text");
            }

            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                text.setText(empty || item == null ? "" : item);
                setGraphic(empty ? null : text);
                setText(null);
            }
        });
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }

    private <S> TableColumn<S, String> column(String key, Function<S, String> value, double width) {
        TableColumn<S, String> c = new TableColumn<>(i18n.get(key));
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        c.setPrefWidth(width);
        c.setSortable(false);
        return c;
    }
}
