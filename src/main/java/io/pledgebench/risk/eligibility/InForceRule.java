package io.pledgebench.risk.eligibility;

import io.pledgebench.domain.LegalStatus;
import io.pledgebench.domain.Patent;

import java.time.LocalDate;
import java.util.Map;

/**
 * Fail when the right has lapsed or been invalidated, or when the annual fee was not paid and the grace period
 * has ended (CN Implementing Regulations rule 98: six months with a surcharge); warn while in the grace period.
 */
public record InForceRule(int graceMonths) implements EligibilityRule {

    public static final String ID = "inForce";
    public static final int CN_GRACE_MONTHS = 6;

    public InForceRule {
        if (graceMonths < 0) {
            throw new IllegalArgumentException("fee grace period must be ≥ 0 months, was " + graceMonths);
        }
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public EligibilityCheck check(Patent p, EligibilityContext ctx) {
        if (p.status() == LegalStatus.LAPSED) {
            return EligibilityCheck.fail(ID, "risk.eligibility.inForce.lapsed");
        }
        if (p.status() == LegalStatus.INVALIDATED) {
            return EligibilityCheck.fail(ID, "risk.eligibility.inForce.invalidated");
        }
        LocalDate paid = p.annualFeePaidUntil();
        if (paid != null && paid.isBefore(ctx.asOf())) {
            LocalDate graceEnd = paid.plusMonths(graceMonths);
            if (graceEnd.isBefore(ctx.asOf())) {
                return EligibilityCheck.fail(ID, "risk.eligibility.inForce.feeUnpaid", paid.toString(), graceMonths,
                        graceEnd.toString(), ctx.asOf().toString());
            }
            return EligibilityCheck.warning(ID, "risk.eligibility.inForce.inGrace", paid.toString(),
                    graceEnd.toString());
        }
        return EligibilityCheck.pass(ID, "risk.eligibility.inForce.ok", p.status().ordinal());
    }

    @Override
    public Map<String, Object> parameters() {
        return Map.of("graceMonths", graceMonths);
    }
}
