package io.pledgebench.risk.eligibility;

import io.pledgebench.domain.Text;
import java.util.List;
import java.util.Optional;

import io.pledgebench.domain.LegalStatus;
import io.pledgebench.domain.Patent;

import java.util.Map;

/**
 * Fail while an invalidation request is pending: the right may still be revoked ab initio, and CNIPA does not
 * register a pledge on a patent under invalidation unless the parties accept it (专利权质押登记办法, 2021, art. 12).
 * When the officer records that the parties accept the pending request, the patent may be pledged with a warning
 * and a condition to monitor the proceedings.
 */
public record PendingInvalidationRule() implements EligibilityRule {

    public static final String ID = "pendingInvalidation";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public EligibilityCheck check(Patent p, EligibilityContext ctx) {
        if (p.status() == LegalStatus.PENDING_INVALIDATION) {
            if (ctx.acceptedPendingInvalidation().contains(p.number().canonical())) {
                return EligibilityCheck.warning(ID, "risk.eligibility.pendingInvalidation.accepted");
            }
            return EligibilityCheck.fail(ID, "risk.eligibility.pendingInvalidation.pending");
        }
        return EligibilityCheck.pass(ID, "risk.eligibility.pendingInvalidation.none");
    }

    @Override
    public Optional<Text> condition(List<String> patents, EligibilityContext context) {
        return Optional.of(Text.of("assessment.condition.monitorInvalidation", EligibilityRule.numbers(patents)));
    }

    @Override
    public Map<String, Object> parameters() {
        return Map.of();
    }
}
