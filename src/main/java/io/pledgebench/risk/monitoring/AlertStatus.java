package io.pledgebench.risk.monitoring;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.time.LocalDate;

/**
 * An alert found on a monitoring date with its status: open, or acknowledged (with the acknowledgement that holds).
 * An acknowledged alert whose condition persists past the acknowledged due date opens again ({@code reopened}).
 */
public record AlertStatus(Alert alert, Status status, Acknowledgement acknowledgement, boolean reopened) {

    public enum Status {
        OPEN, ACKNOWLEDGED;

        public String code() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public AlertStatus {
        Objects.requireNonNull(alert, "alert");
        Objects.requireNonNull(status, "status");
        if (status == Status.ACKNOWLEDGED && acknowledgement == null) {
            throw new IllegalArgumentException("an acknowledged alert needs its acknowledgement");
        }
    }

    /**
     * The status of each alert found on {@code asOf}, given every acknowledgement made so far for that day or an earlier one
     * (the newest per alert key counts), ordered by severity, then due date, loan and patent.
     */
    public static List<AlertStatus> of(Collection<Alert> found, Collection<Acknowledgement> acknowledgements,
                                       LocalDate asOf) {
        Map<String, Acknowledgement> newest = new HashMap<>();
        for (Acknowledgement a : acknowledgements) {
            if (!a.givenBy(asOf)) {
                continue; // given for a later monitoring day: on asOf nobody had acknowledged it yet
            }
            newest.merge(a.alertKey(), a, (x, y) -> y.at().isAfter(x.at()) ? y : x);
        }
        List<AlertStatus> out = new ArrayList<>();
        for (Alert alert : found) {
            Acknowledgement ack = newest.get(alert.key());
            if (ack == null) {
                out.add(new AlertStatus(alert, Status.OPEN, null, false));
            } else if (asOf.isAfter(ack.holdsUntil())) {
                out.add(new AlertStatus(alert, Status.OPEN, ack, true));
            } else {
                out.add(new AlertStatus(alert, Status.ACKNOWLEDGED, ack, false));
            }
        }
        out.sort(Comparator.comparing((AlertStatus s) -> s.alert().severity())
                .thenComparing(s -> s.alert().dueDate())
                .thenComparing(s -> s.alert().loanId())
                .thenComparing(s -> s.alert().patentNumber() == null ? "" : s.alert().patentNumber())
                .thenComparing(s -> s.alert().type()));
        return out;
    }
}
