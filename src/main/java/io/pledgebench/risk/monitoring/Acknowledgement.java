package io.pledgebench.risk.monitoring;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A named user's acknowledgement of an alert's condition ({@link Alert#key()}), with their comment, when it was
 * made, and the day it holds until ({@link MonitoringRules#acknowledge}: the alert's due date, at least the cure period
 * from the day it was made); if the condition persists after that day, the alert opens again. {@code givenFor} is the
 * monitoring day it was given for: a run for an earlier day does not see it, so re-running a past day gives what
 * that day gave.
 */
public record Acknowledgement(String alertKey, String user, String comment, Instant at, LocalDate holdsUntil,
                              LocalDate givenFor) {

    /**
     * An acknowledgement given for the monitoring day on which it was made ({@code at}, UTC): an acknowledgement
     * recorded before the day it was given for was stored (V21) reads as given for the day it was made.
     */
    public Acknowledgement(String alertKey, String user, String comment, Instant at, LocalDate holdsUntil) {
        this(alertKey, user, comment, at, holdsUntil, at.atZone(java.time.ZoneOffset.UTC).toLocalDate());
    }

    /**
     * Whether the acknowledgement had been given by monitoring day {@code day}: given for that day or an earlier one,
     * and recorded ({@code at}, UTC) on that day or before. An acknowledgement recorded today for an earlier day
     * (back-dated) takes effect from today: it does not change what an earlier night reported.
     */
    public boolean givenBy(LocalDate day) {
        return !givenFor.isAfter(day) && !recordedOn().isAfter(day);
    }

    /** The day the acknowledgement was recorded, UTC. */
    public LocalDate recordedOn() {
        return at.atZone(java.time.ZoneOffset.UTC).toLocalDate();
    }

    public Acknowledgement {
        Objects.requireNonNull(givenFor, "givenFor");
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
