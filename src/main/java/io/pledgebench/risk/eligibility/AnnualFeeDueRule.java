package io.pledgebench.risk.eligibility;

import io.pledgebench.domain.Text;
import java.util.List;
import java.util.Optional;

import io.pledgebench.domain.Patent;

import java.util.Map;

/** Warn when an annual fee falls due before the loan matures: the loan agreement must oblige the pledgor to pay it. */
public record AnnualFeeDueRule() implements EligibilityRule {

    public static final String ID = "annualFeeDue";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public EligibilityCheck check(Patent p, EligibilityContext ctx) {
        if (p.annualFeePaidUntil() == null) {
            return EligibilityCheck.warning(ID, "risk.eligibility.annualFee.notRecorded");
        }
        if (p.annualFeePaidUntil().isBefore(ctx.maturity())) {
            return EligibilityCheck.warning(ID, "risk.eligibility.annualFee.dueInTerm", p.annualFeePaidUntil().toString(),
                    ctx.maturity().toString());
        }
        return EligibilityCheck.pass(ID, "risk.eligibility.annualFee.paidBeyondTerm", p.annualFeePaidUntil().toString(),
                ctx.maturity().toString());
    }

    @Override
    public Optional<Text> condition(List<String> patents, EligibilityContext context) {
        return Optional.of(Text.of("assessment.condition.keepFeesPaidNamed", patents.size(), context.maturity().toString(),
                EligibilityRule.numbers(patents)));
    }

    @Override
    public Map<String, Object> parameters() {
        return Map.of();
    }
}
