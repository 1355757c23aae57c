package io.pledgebench.domain;

import java.time.Instant;

/** A recorded sign-off: role, who signed, when, and their comment. */
public record SignOff(SignOffRole role, String signedBy, Instant signedAt, String comment) {
}
