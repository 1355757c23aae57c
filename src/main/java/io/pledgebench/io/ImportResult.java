package io.pledgebench.io;

import io.pledgebench.domain.LegalEvent;
import io.pledgebench.domain.Portfolio;

import java.util.List;
import java.util.Map;

/**
 * What a reader found: a portfolio made of the good rows (null for a file that only carries legal
 * events), legal events keyed by canonical patent number to merge onto patents already stored, every
 * problem found, notes that do not block the import, and how many data rows were read. Readers never
 * throw on a bad row.
 */
public record ImportResult(Portfolio portfolio, Map<String, List<LegalEvent>> events, List<ImportProblem> problems,
                           int rowsRead, List<ImportNote> notes, List<ColumnUse> columns) {

    public ImportResult {
        events = events == null ? Map.of() : Map.copyOf(events);
        problems = problems == null ? List.of() : List.copyOf(problems);
        notes = notes == null ? List.of() : List.copyOf(notes);
        columns = columns == null ? List.of() : List.copyOf(columns);
    }

    public ImportResult(Portfolio portfolio, Map<String, List<LegalEvent>> events, List<ImportProblem> problems,
                        int rowsRead, List<ImportNote> notes) {
        this(portfolio, events, problems, rowsRead, notes, List.of());
    }

    /** Columns of the patent table that were neither recognised nor deliberately ignored. */
    public List<ColumnUse> unrecognisedColumns() {
        return columns.stream().filter(ColumnUse::unrecognised).toList();
    }

    public ImportResult(Portfolio portfolio, Map<String, List<LegalEvent>> events, List<ImportProblem> problems,
                        int rowsRead) {
        this(portfolio, events, problems, rowsRead, List.of(), List.of());
    }

    public boolean hasProblems() {
        return !problems.isEmpty();
    }

    public boolean eventsOnly() {
        return portfolio == null;
    }

    /** Number of data rows that were refused (a row with several bad cells counts once). */
    public long rowsRejected() {
        return problems.stream().filter(p -> p.row() != null)
                .map(p -> p.file() + '\u0000' + p.sheet() + '\u0000' + p.row()).distinct().count();
    }
}
