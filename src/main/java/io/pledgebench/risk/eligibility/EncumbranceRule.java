package io.pledgebench.risk.eligibility;

import io.pledgebench.domain.LegalStatus;
import io.pledgebench.domain.Patent;

import java.util.Map;

/** Fail when a court has frozen the right (财产保全) or its ownership is disputed: CNIPA refuses the pledge. */
public record EncumbranceRule() implements EligibilityRule {

    public static final String ID = "encumbrance";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public EligibilityCheck check(Patent p, EligibilityContext ctx) {
        if (p.status() == LegalStatus.FROZEN) {
            return EligibilityCheck.fail(ID, "risk.eligibility.encumbrance.frozen");
        }
        if (p.status() == LegalStatus.DISPUTED) {
            return EligibilityCheck.fail(ID, "risk.eligibility.encumbrance.disputed");
        }
        return EligibilityCheck.pass(ID, "risk.eligibility.encumbrance.none");
    }

    @Override
    public Map<String, Object> parameters() {
        return Map.of();
    }
}
