package io.pledgebench.risk.eligibility;

import io.pledgebench.domain.Text;
import java.util.List;
import java.util.Optional;

import io.pledgebench.domain.LegalTerm;
import io.pledgebench.domain.Patent;

import java.util.Map;

/**
 * Warn when the patent has not been used in products for at least {@code minimumYears}: an unproven patent's
 * value rests on forecasts only.
 */
public record InUseRule(double minimumYears) implements EligibilityRule {

    public static final String ID = "inUse";

    public InUseRule {
        if (!(minimumYears >= 0)) {
            throw new IllegalArgumentException("minimum years in use must be ≥ 0, was " + minimumYears);
        }
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public EligibilityCheck check(Patent p, EligibilityContext ctx) {
        if (p.inUseSince() == null) {
            return EligibilityCheck.warning(ID, "risk.eligibility.inUse.notRecorded", minimumYears);
        }
        double years = LegalTerm.yearsBetween(p.inUseSince(), ctx.asOf());
        if (years < minimumYears) {
            return EligibilityCheck.warning(ID, "risk.eligibility.inUse.short", p.inUseSince().toString(),
                    Math.max(0, years), minimumYears);
        }
        return EligibilityCheck.pass(ID, "risk.eligibility.inUse.ok", p.inUseSince().toString(), years);
    }

    @Override
    public Optional<Text> condition(List<String> patents, EligibilityContext context) {
        return Optional.of(Text.of("assessment.condition.evidenceOfUseNamed", patents.size(), EligibilityRule.numbers(patents)));
    }

    @Override
    public Map<String, Object> parameters() {
        return Map.of("minimumYears", minimumYears);
    }
}
