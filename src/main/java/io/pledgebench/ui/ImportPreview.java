package io.pledgebench.ui;

import io.pledgebench.io.ColumnMapping;
import io.pledgebench.io.ColumnUse;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The import preview before anything is stored: each column of the patent table with its first values, the field
 * it is read as (recognised by its header, or "not used"), a suggestion for an unused column, and the officer's
 * choice. A suggestion is only shown; the choice starts as what the reader did and changes only when the officer
 * picks a field, ignores a column, or applies a saved template. The choices that differ from the reader's make the
 * mapping, which can be saved as a named template.
 */
public final class ImportPreview {

    /** One column of the file and the officer's choice for it: a field code, or null for "not used". */
    public static final class Column {
        private final ColumnUse use;
        private final ObjectProperty<String> choice;

        Column(ColumnUse use) {
            this.use = use;
            this.choice = new SimpleObjectProperty<>(this, "choice", use.used() ? use.field() : null);
        }

        public String header() {
            return use.header();
        }

        public List<String> examples() {
            return use.examples();
        }

        /** The field the reader used without being told, or null. */
        public String recognised() {
            return use.used() && !use.mapped() ? use.field() : null;
        }

        /** A field this column may be, for the officer to confirm; null when none or when already used. */
        public String suggestion() {
            return use.used() ? null : use.suggestion();
        }

        public ObjectProperty<String> choiceProperty() {
            return choice;
        }

        /** What the officer's choice changes: a field for a column the reader did not use, or ignore for one it did. */
        Optional<String> mapping() {
            String c = choice.get();
            if (c == null) {
                return use.used() ? Optional.of(ColumnMapping.IGNORE) : Optional.empty();
            }
            return use.used() && c.equals(use.field()) && !use.mapped() ? Optional.empty() : Optional.of(c);
        }
    }

    /** What the officer decided: the mapping to read the file with, and a template name to save it under (or null). */
    public record Decision(ColumnMapping mapping, String saveAsTemplate) {
    }

    private final String source;
    private final List<Column> columns = new ArrayList<>();
    private final Map<String, ColumnMapping> templates;
    private final StringProperty templateName = new SimpleStringProperty(this, "templateName", "");

    public ImportPreview(String source, List<ColumnUse> uses, Map<String, ColumnMapping> matchingTemplates) {
        this.source = source;
        // the columns that need a decision come first, then the others in the file's order
        for (ColumnUse u : uses) {
            if (u.unrecognised()) {
                columns.add(new Column(u));
            }
        }
        for (ColumnUse u : uses) {
            if (!u.unrecognised()) {
                columns.add(new Column(u));
            }
        }
        this.templates = new LinkedHashMap<>(matchingTemplates);
    }

    public String source() {
        return source;
    }

    public List<Column> columns() {
        return columns;
    }

    /** Saved templates whose headers this file has, offered to the officer (never applied unasked). */
    public Map<String, ColumnMapping> templates() {
        return templates;
    }

    /** The name to save the choices under; blank saves nothing. */
    public StringProperty templateNameProperty() {
        return templateName;
    }

    /** Sets each column named by the template to the template's field (or "not used"), and proposes its name. */
    public void apply(String template) {
        ColumnMapping m = templates.get(template);
        if (m == null) {
            return;
        }
        for (Column c : columns) {
            m.fieldFor(c.header()).ifPresent(f -> c.choice.set(f.equals(ColumnMapping.IGNORE) ? null : f));
        }
        templateName.set(template);
    }

    /** The officer's choices as a mapping: only where they differ from what the reader did by itself. */
    public ColumnMapping mapping() {
        Map<String, String> m = new LinkedHashMap<>();
        for (Column c : columns) {
            c.mapping().ifPresent(f -> m.put(c.header(), f));
        }
        return ColumnMapping.of(m);
    }

    /** The field codes the officer can choose from, in the order of the specification. */
    public static List<String> fields() {
        return ColumnMapping.fieldCodes();
    }

    public Decision decision() {
        String name = templateName.get() == null ? "" : templateName.get().strip();
        return new Decision(mapping(), name.isEmpty() ? null : name);
    }
}
