package io.pledgebench.io;

import io.pledgebench.domain.Text;

import java.util.ArrayList;
import java.util.List;

/** Collects the problems and notes of one import, each placed by file, sheet, row and column. */
final class ProblemLog {

    /** Longest value repeated in a problem; a 1 MB cell is named by its start and length, not copied to stderr. */
    static final int SHOWN_LENGTH = 200;

    private final List<ImportProblem> problems = new ArrayList<>();
    private final List<ImportNote> notes = new ArrayList<>();
    private final List<ColumnUse> columns = new ArrayList<>();

    void add(String file, String sheet, Integer row, String column, String value, Text reason) {
        problems.add(new ImportProblem(escaped(file), escaped(sheet), row, escaped(column), shown(value),
                escaped(reason.english()), escaped(reason.chinese())));
    }

    /**
     * The value as a one-line problem can show it: control characters and line breaks written as Java escapes
     * (backslash, u, four hex digits) so an escape sequence in a cell cannot act on the terminal, and a long value
     * cut with its length stated.
     */
    static String shown(String value) {
        if (value == null) {
            return null;
        }
        return escaped(value.length() > SHOWN_LENGTH
                ? value.substring(0, SHOWN_LENGTH) + "\u2026 (" + value.length() + " characters)" : value);
    }

    /** Control, format and line-break characters escaped ({@link io.pledgebench.domain.OneLine}): reasons quote values, and headers and names are data too. */
    private static String escaped(String v) {
        return v == null ? null : io.pledgebench.domain.OneLine.of(v);
    }

    void add(String file, String sheet, Integer row, String column, String value, RejectedValue rejected) {
        add(file, sheet, row, column, value, rejected.reason());
    }

    /** A date field of a record without a sheet: null when empty, and null with a problem logged when not a date. */
    java.time.LocalDate date(String file, Integer row, String column, String value) {
        if (value.isEmpty()) {
            return null;
        }
        try {
            return FieldValues.date(value);
        } catch (RejectedValue e) {
            add(file, null, row, column, value, e);
            return null;
        }
    }

    void add(ImportProblem problem) {
        problems.add(problem);
    }

    /** Adds a note found elsewhere (already escaped). */
    void note(ImportNote note) {
        notes.add(note);
    }

    void note(String file, String sheet, Text message) {
        notes.add(new ImportNote(escaped(file), escaped(sheet), escaped(message.english()), escaped(message.chinese())));
    }

    void addAll(ImportResult other) {
        problems.addAll(other.problems());
        notes.addAll(other.notes());
    }

    /** How the columns of the patent table were used (one table per import). */
    void columns(String file, String sheet, List<ColumnUse> uses) {
        columns.clear();
        columns.addAll(uses);
    }

    List<ColumnUse> columns() {
        return columns;
    }

    List<ImportProblem> problems() {
        return problems;
    }

    List<ImportNote> notes() {
        return notes;
    }

    int problemCount() {
        return problems.size();
    }
}
