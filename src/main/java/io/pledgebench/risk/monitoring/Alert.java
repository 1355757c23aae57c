package io.pledgebench.risk.monitoring;

import io.pledgebench.domain.Text;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One condition found on a booked loan: what ({@code type}, {@code reason}), how urgent, which loan and patent
 * ({@code patentNumber} is {@code null} for a loan-level alert), since when ({@code date}: the day the condition
 * arose, such as the fee's due date or the day the trigger was found broken) and by when to act ({@code dueDate}),
 * with the action to take. {@code condition} identifies the condition across monitoring runs, so an acknowledgement
 * made on one day still applies to the same condition the next day, and a new condition is a new alert.
 */
public record Alert(AlertType type, Severity severity, String loanId, String patentNumber, LocalDate date,
                    LocalDate dueDate, Text reason, Text action, String condition) {

    public Alert {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(loanId, "loanId");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(dueDate, "dueDate");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(condition, "condition");
    }

    /** The identity of the condition: type, loan, patent and what distinguishes this occurrence. */
    public String key() {
        return type.code() + "|" + loanId + "|" + (patentNumber == null ? "" : patentNumber) + "|" + condition;
    }
}
