package io.pledgebench.risk.eligibility;

import io.pledgebench.domain.Text;
import java.util.List;
import java.util.Optional;

import io.pledgebench.domain.LegalTerm;
import io.pledgebench.domain.Patent;
import io.pledgebench.domain.PatentType;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Warn when the remaining legal life at the assessment date is below the bank's policy minimum for the patent's
 * type; types without a minimum are not checked.
 */
public record RemainingLifeRule(Map<PatentType, Double> minimumYears) implements EligibilityRule {

    public static final String ID = "remainingLife";

    public RemainingLifeRule {
        minimumYears = Map.copyOf(minimumYears);
        minimumYears.forEach((t, y) -> {
            if (y == null || !(y >= 0)) {
                throw new IllegalArgumentException("minimum remaining life for " + t.code() + " must be ≥ 0 years, was " + y);
            }
        });
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public EligibilityCheck check(Patent p, EligibilityContext ctx) {
        Double min = minimumYears.get(p.type());
        if (min == null) {
            return EligibilityCheck.pass(ID, "risk.eligibility.remainingLife.noPolicy", p.type().ordinal());
        }
        Optional<LocalDate> expiry = p.legalExpiry();
        if (expiry.isEmpty()) {
            return EligibilityCheck.warning(ID, "risk.eligibility.remainingLife.unknown");
        }
        double years = LegalTerm.remainingYears(expiry.get(), ctx.asOf());
        if (years < min) {
            return EligibilityCheck.warning(ID, "risk.eligibility.remainingLife.short", years, expiry.get().toString(),
                    min, p.type().ordinal());
        }
        return EligibilityCheck.pass(ID, "risk.eligibility.remainingLife.ok", years, min, p.type().ordinal());
    }

    @Override
    public Optional<Text> condition(List<String> patents, EligibilityContext context) {
        return Optional.of(Text.of("assessment.condition.remainingLifeNamed", patents.size(), EligibilityRule.numbers(patents)));
    }

    @Override
    public Map<String, Object> parameters() {
        Map<String, Object> m = new LinkedHashMap<>();
        for (PatentType t : PatentType.values()) {
            if (minimumYears.containsKey(t)) {
                m.put(t.code(), minimumYears.get(t));
            }
        }
        return m;
    }
}
