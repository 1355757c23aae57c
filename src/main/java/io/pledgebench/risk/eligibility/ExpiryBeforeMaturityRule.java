package io.pledgebench.risk.eligibility;

import io.pledgebench.domain.Patent;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

/** Fail when the right expires before the loan matures: the collateral would vanish while the loan is open. */
public record ExpiryBeforeMaturityRule() implements EligibilityRule {

    public static final String ID = "expiryBeforeMaturity";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public EligibilityCheck check(Patent p, EligibilityContext ctx) {
        Optional<LocalDate> expiry = p.legalExpiry();
        if (expiry.isEmpty()) {
            return EligibilityCheck.warning(ID, "risk.eligibility.expiry.unknown");
        }
        if (expiry.get().isBefore(ctx.maturity())) {
            return EligibilityCheck.fail(ID, "risk.eligibility.expiry.beforeMaturity", expiry.get().toString(),
                    ctx.maturity().toString());
        }
        return EligibilityCheck.pass(ID, "risk.eligibility.expiry.afterMaturity", expiry.get().toString(),
                ctx.maturity().toString());
    }

    @Override
    public Map<String, Object> parameters() {
        return Map.of();
    }
}
