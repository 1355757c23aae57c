package io.pledgebench.risk.monitoring;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A named user's acknowledgement of an alert's condition ({@link Alert#key()}), with their comment, when it was
 * made, and the day it holds until ({@link MonitoringRules#acknowledge}: the alert's due date, at least the cure period
 * from the day it was made); if the condition persists after that day, the alert opens again.
 */
public record Acknowledgement(String alertKey, String user, String comment, Instant at, LocalDate holdsUntil) {

    public Acknowledgement {
        Objects.requireNonNull(alertKey, "alertKey");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(comment, "comment");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(holdsUntil, "holdsUntil");
        if (user.isBlank()) {
            throw new IllegalArgumentException("an acknowledgement needs the user's name");
        }
        if (comment.isBlank()) {
            throw new IllegalArgumentException("an acknowledgement needs a comment saying what was done");
        }
    }
}
