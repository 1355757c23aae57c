package io.pledgebench.io;

import io.pledgebench.domain.LegalEvent;
import io.pledgebench.domain.Portfolio;

import java.util.List;
import java.util.Map;

/**
 * What a reader found: a portfolio made of the good rows (null for a file that only carries legal
 * events), legal events keyed by canonical patent number to merge onto patents already stored, every
 * problem found, and how many data rows were read. Readers never throw on a bad row.
 */
public record ImportResult(Portfolio portfolio, Map<String, List<LegalEvent>> events, List<ImportProblem> problems,
                           int rowsRead) {

    public ImportResult {
        events = events == null ? Map.of() : Map.copyOf(events);
        problems = problems == null ? List.of() : List.copyOf(problems);
    }

    public boolean hasProblems() {
        return !problems.isEmpty();
    }

    public boolean eventsOnly() {
        return portfolio == null;
    }
}
