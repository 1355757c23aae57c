package io.pledgebench.store;

import java.time.Instant;

/** One row of the audit log: who did what to which record, chained to the previous row by its hash. */
public record AuditEntry(long id, Instant at, String actor, String action, String entity, String entityId,
                         String details, String prevHash, String hash) {

    /** The hash this row must carry given its content and its predecessor's hash. */
    public String expectedHash() {
        return AuditLog.hashOf(prevHash, at, actor, action, entity, entityId, details);
    }
}
