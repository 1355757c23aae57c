package io.pledgebench.store;

import java.time.Instant;

/** A recorded sign-off: role, who signed, when, and their comment. */
public record SignOff(SignOffRole role, String signedBy, Instant signedAt, String comment) {

    /** The text the audit entry of this sign-off carries; {@code verify} compares the stored row with it. */
    String auditDetails() {
        return "role=" + role.code() + "; signed_by=" + signedBy + "; signed_at=" + Hashes.text(signedAt)
                + "; comment_sha256=" + Hashes.sha256(comment);
    }
}
