package io.pledgebench.risk.eligibility;

import io.pledgebench.domain.LegalStatus;
import io.pledgebench.domain.Patent;

import java.time.LocalDate;
import java.util.Map;

/**
 * Fail when the right has lapsed or been invalidated, or when an annual fee is unpaid: after the grace period
 * (CN Implementing Regulations rule 98: six months with a surcharge) the right has lapsed; inside it CNIPA refuses to
 * register a pledge (专利权质押登记办法, 2021, art. 12: a patent whose annual fee is unpaid is not registered), so the
 * verdict is a fail whose reason names the remedy: pay the fee with the month's surcharge, then register.
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
        java.util.Optional<LocalDate> expiry = p.legalExpiry();
        if (expiry.isPresent() && !expiry.get().isAfter(ctx.asOf())) {
            return EligibilityCheck.fail(ID, "risk.eligibility.inForce.expired", expiry.get().toString(),
                    ctx.asOf().toString());
        }
        LocalDate paid = p.annualFeePaidUntil();
        if (paid != null && paid.isBefore(ctx.asOf())) {
            LocalDate graceEnd = paid.plusMonths(graceMonths);
            if (graceEnd.isBefore(ctx.asOf())) {
                return EligibilityCheck.fail(ID, "risk.eligibility.inForce.feeUnpaid", paid.toString(), graceMonths,
                        graceEnd.toString(), ctx.asOf().toString());
            }
            if (ctx.existingLoan()) {
                // the pledge of an existing loan is registered already: the fee must be paid to keep the right alive
                return EligibilityCheck.warning(ID, "risk.eligibility.inForce.inGracePledged", paid.toString(),
                        graceEnd.toString());
            }
            return EligibilityCheck.fail(ID, "risk.eligibility.inForce.inGrace", paid.toString(),
                    graceEnd.toString());
        }
        return EligibilityCheck.pass(ID, "risk.eligibility.inForce.ok", p.status().ordinal());
    }

    @Override
    public Map<String, Object> parameters() {
        return Map.of("graceMonths", graceMonths);
    }
}
