package io.pledgebench.risk.eligibility;

import io.pledgebench.domain.Owner;
import io.pledgebench.domain.Patent;

import java.util.Map;
import java.util.stream.Collectors;

/**
 * Fail when the pledgor does not own the patent, or co-owns it without the co-owners' consent to the pledge
 * (CN Patent Law art. 14 and Civil Code art. 301: a co-owned right is encumbered only with the co-owners' consent).
 */
public record OwnershipRule() implements EligibilityRule {

    public static final String ID = "ownership";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public EligibilityCheck check(Patent p, EligibilityContext ctx) {
        String owners = p.owners().stream().map(Owner::name).collect(Collectors.joining("; "));
        if (p.owners().isEmpty()) {
            return EligibilityCheck.warning(ID, "risk.eligibility.ownership.unknown");
        }
        if (ctx.pledgor() == null) {
            return EligibilityCheck.warning(ID, "risk.eligibility.ownership.noPledgor", owners);
        }
        boolean owns = p.owners().stream().anyMatch(o -> o.key().equals(Owner.normalizeName(ctx.pledgor())));
        if (!owns) {
            return EligibilityCheck.fail(ID, "risk.eligibility.ownership.notOwner", ctx.pledgor(), owners);
        }
        if (!p.coOwned()) {
            return EligibilityCheck.pass(ID, "risk.eligibility.ownership.sole", ctx.pledgor());
        }
        if (Boolean.TRUE.equals(p.pledgeConsent())) {
            return EligibilityCheck.pass(ID, "risk.eligibility.ownership.consent", owners);
        }
        return EligibilityCheck.fail(ID, "risk.eligibility.ownership.noConsent", owners);
    }

    @Override
    public Map<String, Object> parameters() {
        return Map.of();
    }
}
