package io.pledgebench.io;

import io.pledgebench.domain.Text;

import java.util.ArrayList;
import java.util.List;

/** Collects the problems and notes of one import, each placed by file, sheet, row and column. */
final class ProblemLog {

    private final List<ImportProblem> problems = new ArrayList<>();
    private final List<ImportNote> notes = new ArrayList<>();

    void add(String file, String sheet, Integer row, String column, String value, Text reason) {
        problems.add(new ImportProblem(file, sheet, row, column, value, reason.english(), reason.chinese()));
    }

    void add(String file, String sheet, Integer row, String column, String value, RejectedValue rejected) {
        add(file, sheet, row, column, value, rejected.reason());
    }

    void add(ImportProblem problem) {
        problems.add(problem);
    }

    void note(String file, String sheet, Text message) {
        notes.add(new ImportNote(file, sheet, message.english(), message.chinese()));
    }

    void addAll(ImportResult other) {
        problems.addAll(other.problems());
        notes.addAll(other.notes());
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
