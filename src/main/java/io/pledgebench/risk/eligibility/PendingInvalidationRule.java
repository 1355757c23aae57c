package io.pledgebench.risk.eligibility;

import io.pledgebench.domain.LegalStatus;
import io.pledgebench.domain.Patent;

import java.util.Map;

/** Warn while an invalidation request is pending: the right may still be revoked ab initio. */
public record PendingInvalidationRule() implements EligibilityRule {

    public static final String ID = "pendingInvalidation";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public EligibilityCheck check(Patent p, EligibilityContext ctx) {
        if (p.status() == LegalStatus.PENDING_INVALIDATION) {
            return EligibilityCheck.warning(ID, "risk.eligibility.pendingInvalidation.pending");
        }
        return EligibilityCheck.pass(ID, "risk.eligibility.pendingInvalidation.none");
    }

    @Override
    public Map<String, Object> parameters() {
        return Map.of();
    }
}
