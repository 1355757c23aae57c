package io.pledgebench.store;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One line of the list of saved assessments: who saved what and when, its grade, requested loan and recommended loan
 * (from the saved result; null in a result that does not hold them), the sign-offs with their comments (null when not signed), and
 * the named parameter set it was made with ({@code parameterSet} null: none chosen; {@code parameterSetEdited}: the
 * officer changed some of its values before assessing).
 */
public record AssessmentSummary(long id, String portfolio, Instant createdAt, String author, LocalDate asOf,
                                String inputHash, String maker, String checker, String grade, Double amount,
                                String currency, String makerComment, String checkerComment, String parameterSet,
                                boolean parameterSetEdited, Double recommended) {

    /** A line without a parameter set. */
    public AssessmentSummary(long id, String portfolio, Instant createdAt, String author, LocalDate asOf,
                             String inputHash, String maker, String checker, String grade, Double amount,
                             String currency, String makerComment, String checkerComment) {
        this(id, portfolio, createdAt, author, asOf, inputHash, maker, checker, grade, amount, currency, makerComment,
                checkerComment, null, false, null);
    }

    /** Where the assessment stands in the maker/checker sign-off. */
    public enum Status { UNSIGNED, MAKER_SIGNED, CHECKED }

    public Status status() {
        return checker != null ? Status.CHECKED : maker != null ? Status.MAKER_SIGNED : Status.UNSIGNED;
    }
}
