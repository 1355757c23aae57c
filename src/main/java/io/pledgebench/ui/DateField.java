package io.pledgebench.ui;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.scene.control.DatePicker;

import java.time.LocalDate;

/**
 * A date picker bound to a view model's date that reads ISO and the language's own forms ({@link I18n#parseDate}),
 * shows ISO, and tells the view model while its text is not a date (marked, never silently dropped).
 */
final class DateField {

    private DateField() {
    }

    static DatePicker of(I18n i18n, ObjectProperty<LocalDate> value, BooleanProperty unreadable, String id) {
        DatePicker picker = new DatePicker();
        picker.setId(id);
        picker.setConverter(i18n.dateConverter(picker::getValue));
        picker.setPromptText(i18n.get("ui.date.prompt"));
        picker.valueProperty().bindBidirectional(value);
        picker.setMaxWidth(Double.MAX_VALUE);
        picker.getEditor().textProperty().addListener((o, was, now) -> {
            boolean bad = now != null && !now.isBlank() && i18n.parseDate(now).isEmpty();
            if (unreadable != null) {
                unreadable.set(bad);
            }
            picker.getEditor().getStyleClass().remove("invalid");
            if (bad) {
                picker.getEditor().getStyleClass().add("invalid");
            }
        });
        // an empty field is no date (for a start date: the valuation date); the picker commits on Enter or leaving
        picker.getEditor().focusedProperty().addListener((o, was, focused) -> {
            if (!focused) {
                commit(i18n, picker);
            }
        });
        picker.getEditor().setOnAction(e -> commit(i18n, picker));
        // Enter on text that is no date: the picker's own handling would put the last date back and hide the error
        // (cold review 16 #5); the text and its error stay until the user corrects them
        // (the picker's skin commits on the key's release, its behaviour on the press: both are kept from it)
        picker.addEventFilter(javafx.scene.input.KeyEvent.ANY, e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.ENTER && !picker.isShowing()) {
                String text = picker.getEditor().getText();
                if (text != null && !text.isBlank() && i18n.parseDate(text).isEmpty()) {
                    e.consume();
                }
            }
        });
        return picker;
    }

    /** Takes the typed text as the value when it is a date, or no date when it is empty. */
    static void commit(I18n i18n, DatePicker picker) {
        String text = picker.getEditor().getText();
        if (text == null || text.isBlank()) {
            picker.setValue(null);
            return;
        }
        i18n.parseDate(text).ifPresent(picker::setValue);
    }
}
