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
    static final String LAPSED = "risk.eligibility.inForce.lapsed";
    static final String INVALIDATED = "risk.eligibility.inForce.invalidated";
    static final String EXPIRED = "risk.eligibility.inForce.expired";
    static final String FEE_UNPAID = "risk.eligibility.inForce.feeUnpaid";

    /**
     * The legal state this rule found on the date it checked, named by the reason of its verdict: "expired" (the
     * term ended), "lapsed" (recorded as lapsed, or the annual fee unpaid past the grace period), "invalidated";
     * empty for a right in force (or in its fee grace period). The report's status column reads this, so the state
     * printed is the one the eligibility verdict used (one source), not the register's last recorded status.
     */
    public static java.util.Optional<String> stateFound(String reasonKey) {
        if (reasonKey == null) {
            return java.util.Optional.empty();
        }
        return switch (reasonKey) {
            case EXPIRED -> java.util.Optional.of("expired");
            case LAPSED, FEE_UNPAID -> java.util.Optional.of("lapsed");
            case INVALIDATED -> java.util.Optional.of("invalidated");
            default -> java.util.Optional.empty();
        };
    }

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
            return EligibilityCheck.fail(ID, LAPSED);
        }
        if (p.status() == LegalStatus.INVALIDATED) {
            return EligibilityCheck.fail(ID, INVALIDATED);
        }
        java.util.Optional<LocalDate> expiry = p.legalExpiry();
        if (expiry.isPresent() && !expiry.get().isAfter(ctx.asOf())) {
            return EligibilityCheck.fail(ID, EXPIRED, expiry.get().toString(),
                    ctx.asOf().toString());
        }
        LocalDate paid = p.annualFeePaidUntil();
        if (paid != null && paid.isBefore(ctx.asOf())) {
            LocalDate graceEnd = paid.plusMonths(graceMonths);
            if (graceEnd.isBefore(ctx.asOf())) {
                return EligibilityCheck.fail(ID, FEE_UNPAID, paid.toString(), graceMonths,
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
