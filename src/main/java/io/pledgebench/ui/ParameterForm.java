package io.pledgebench.ui;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ObservableSet;
import javafx.collections.SetChangeListener;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A column of parameters as Valuation and Loan &amp; risk show them: sections, a label above each field (wrapped,
 * never cut), check boxes, hints, and the fields the view model finds invalid marked.
 */
public final class ParameterForm extends VBox {

    private final Map<Object, TextField> fields = new LinkedHashMap<>();
    private final Map<Object, Label> labels = new LinkedHashMap<>();

    public ParameterForm() {
        super(6);
        getStyleClass().add("parameter-form");
    }

    public Label section(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("form-section");
        l.setWrapText(true);
        getChildren().add(l);
        return l;
    }

    public Label hint(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("text-muted");
        l.setWrapText(true);
        getChildren().add(l);
        return l;
    }

    /** A labelled text field bound both ways to {@code value}, with the id {@code input-KEY}. */
    public <K extends Enum<K>> TextField field(K key, String label, StringProperty value) {
        return field(key, key.name(), label, value);
    }

    /** A labelled text field bound both ways to {@code value}, with the id {@code input-NAME}, marked by {@code key}. */
    public TextField field(Object key, String name, String label, StringProperty value) {
        Label l = new Label(label);
        l.setWrapText(true);
        TextField f = new TextField();
        f.setId("input-" + name.toLowerCase(Locale.ROOT));
        f.textProperty().bindBidirectional(value);
        f.setAccessibleText(label);
        l.setLabelFor(f);
        fields.put(key, f);
        labels.put(key, l);
        getChildren().addAll(l, f);
        return f;
    }

    /** The label of the field of {@code key}. */
    public Label label(Object key) {
        return labels.get(key);
    }

    public CheckBox check(String label, BooleanProperty value) {
        CheckBox c = new CheckBox(label);
        c.selectedProperty().bindBidirectional(value);
        c.setWrapText(true);
        getChildren().add(c);
        return c;
    }

    /** Marks the fields in {@code invalid}, now and whenever it changes. */
    public <K> void markInvalid(ObservableSet<K> invalid) {
        marked.add(invalid);
        invalid.addListener((SetChangeListener<K>) c -> mark());
        mark();
    }

    /** The sets of invalid keys the form marks (Settings has two: the entries and the engine's parameters). */
    private final java.util.List<ObservableSet<?>> marked = new java.util.ArrayList<>();

    private void mark() {
        fields.forEach((k, f) -> {
            f.getStyleClass().remove("invalid");
            if (marked.stream().anyMatch(s -> s.contains(k))) {
                f.getStyleClass().add("invalid");
            }
        });
    }
}
