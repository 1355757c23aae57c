package io.pledgebench.store;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One line of the list of saved assessments: who saved what and when, its grade and requested loan (from the saved
 * result; null in a result that does not hold them), and the sign-offs with their comments (null when not signed).
 */
public record AssessmentSummary(long id, String portfolio, Instant createdAt, String author, LocalDate asOf,
                                String inputHash, String maker, String checker, String grade, Double amount,
                                String currency, String makerComment, String checkerComment) {

    /** Where the assessment stands in the maker/checker sign-off. */
    public enum Status { UNSIGNED, MAKER_SIGNED, CHECKED }

    public Status status() {
        return checker != null ? Status.CHECKED : maker != null ? Status.MAKER_SIGNED : Status.UNSIGNED;
    }
}
