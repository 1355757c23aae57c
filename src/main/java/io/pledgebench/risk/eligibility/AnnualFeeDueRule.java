package io.pledgebench.risk.eligibility;

import io.pledgebench.domain.LegalStatus;
import io.pledgebench.domain.Patent;
import io.pledgebench.domain.Text;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The annual fees of a granted right in force, against the loan's start (drawdown) and maturity (issue 14 item 6;
 * committee review 14, items 7 and 10). A fee paid up to a date before drawdown is a warning on that patent and a
 * dated condition: the pledgor shows the receipt before drawdown, since CNIPA does not register a pledge on a patent
 * whose annual fee is unpaid (专利权质押登记办法, 2021, art. 12); a fee date not recorded asks for the same receipt.
 * Fees falling due after drawdown and before maturity are a pass: keeping them paid is one condition of the loan for
 * the patents concerned, not a warning repeated on each. An application (no annual fee before grant) and a right not
 * in force pay no fee this rule could judge: a pass, the right itself being judged by {@link InForceRule}, as is a
 * fee already unpaid at the valuation date (its grace period).
 */
public record AnnualFeeDueRule() implements EligibilityRule {

    public static final String ID = "annualFeeDue";
    static final String NOT_RECORDED = "risk.eligibility.annualFee.notRecorded";
    static final String DUE_BEFORE_START = "risk.eligibility.annualFee.dueBeforeStart";
    /** Fees falling due during the term, after drawdown: a condition of the loan, not a patent's warning. */
    public static final String DUE_IN_TERM = "risk.eligibility.annualFee.dueInTerm";
    static final String NO_FEE = "risk.eligibility.annualFee.noFeeJudged";
    static final String OVERDUE = "risk.eligibility.annualFee.unpaidAtValuation";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public EligibilityCheck check(Patent p, EligibilityContext ctx) {
        Optional<LocalDate> expiry = p.legalExpiry();
        if (p.status() == LegalStatus.APPLICATION || p.status() == LegalStatus.LAPSED
                || p.status() == LegalStatus.INVALIDATED
                || expiry.isPresent() && !expiry.get().isAfter(ctx.asOf())) {
            return EligibilityCheck.pass(ID, NO_FEE);
        }
        LocalDate paid = p.annualFeePaidUntil();
        if (paid == null) {
            return EligibilityCheck.warning(ID, NOT_RECORDED);
        }
        if (paid.isBefore(ctx.asOf())) {
            return EligibilityCheck.pass(ID, OVERDUE, paid.toString());
        }
        if (paid.isBefore(ctx.start())) {
            return EligibilityCheck.warning(ID, DUE_BEFORE_START, paid.toString(), ctx.start().toString());
        }
        if (paid.isBefore(ctx.maturity())) {
            return EligibilityCheck.pass(ID, DUE_IN_TERM, paid.toString(), ctx.maturity().toString());
        }
        return EligibilityCheck.pass(ID, "risk.eligibility.annualFee.paidBeyondTerm", paid.toString(),
                ctx.maturity().toString());
    }

    @Override
    public boolean conditioned(EligibilityCheck check) {
        return check.outcome() == Outcome.WARNING || DUE_IN_TERM.equals(check.reason().key());
    }

    /**
     * Two conditions at most: the receipts to show before drawdown (fees paid to a date before it, or not recorded),
     * dated and naming the patents; and keeping the fees that fall due during the term paid until maturity.
     */
    @Override
    public List<Text> conditions(Map<String, EligibilityCheck> checks, EligibilityContext context) {
        List<String> receipts = new ArrayList<>();
        List<String> inTerm = new ArrayList<>();
        checks.forEach((number, c) -> (DUE_IN_TERM.equals(c.reason().key()) ? inTerm : receipts).add(number));
        List<Text> out = new ArrayList<>(2);
        if (!receipts.isEmpty()) {
            // an existing loan was drawn already: the receipts are due now, not before a drawdown
            out.add(context.existingLoan()
                    ? Text.of("assessment.condition.feeReceipts", receipts.size(), EligibilityRule.numbers(receipts))
                    : Text.of("assessment.condition.feeReceiptsBeforeDrawdown", receipts.size(),
                            context.start().toString(), EligibilityRule.numbers(receipts)));
        }
        if (!inTerm.isEmpty()) {
            out.add(Text.of("assessment.condition.keepFeesPaidNamed", inTerm.size(), context.maturity().toString(),
                    EligibilityRule.numbers(inTerm)));
        }
        return out;
    }

    @Override
    public Map<String, Object> parameters() {
        return Map.of();
    }
}
