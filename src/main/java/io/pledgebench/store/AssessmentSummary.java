package io.pledgebench.store;

import java.time.Instant;
import java.time.LocalDate;

/** One line of the list of saved assessments. */
public record AssessmentSummary(long id, String portfolio, Instant createdAt, String author, LocalDate asOf,
                                String inputHash, String maker, String checker) {
}
