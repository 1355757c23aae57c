package io.pledgebench.risk.eligibility;

import io.pledgebench.domain.LegalStatus;
import io.pledgebench.domain.Patent;

import java.util.Map;

/** Fail for an application: only a granted right can be registered as a pledge with CNIPA. */
public record GrantedRule() implements EligibilityRule {

    public static final String ID = "granted";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public EligibilityCheck check(Patent p, EligibilityContext ctx) {
        if (p.status() == LegalStatus.APPLICATION) {
            return EligibilityCheck.fail(ID, "risk.eligibility.granted.application");
        }
        if (p.grantDate() != null) {
            return EligibilityCheck.pass(ID, "risk.eligibility.granted.on", p.grantDate().toString());
        }
        return EligibilityCheck.pass(ID, "risk.eligibility.granted.byStatus", p.status().ordinal());
    }

    @Override
    public Map<String, Object> parameters() {
        return Map.of();
    }
}
