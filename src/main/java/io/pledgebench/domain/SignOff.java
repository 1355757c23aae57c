package io.pledgebench.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * A recorded sign-off: role, who signed, when, and their comment; a valuer's sign-off also carries what the valuer
 * recorded as appraiser (qualification number and firm), which no other role has.
 */
public record SignOff(SignOffRole role, String signedBy, Instant signedAt, String comment, Appraiser appraiser) {

    public SignOff {
        Objects.requireNonNull(role, "role");
        if (role.valuer() && appraiser == null) {
            throw new IllegalArgumentException("a valuer's sign-off records the qualification number and the firm");
        }
        if (!role.valuer() && appraiser != null) {
            throw new IllegalArgumentException("only a valuer's sign-off records a qualification number and a firm, not a "
                    + role.code() + "'s");
        }
    }

    /** A maker's or checker's sign-off. */
    public SignOff(SignOffRole role, String signedBy, Instant signedAt, String comment) {
        this(role, signedBy, signedAt, comment, null);
    }
}
