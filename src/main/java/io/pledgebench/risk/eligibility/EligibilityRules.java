package io.pledgebench.risk.eligibility;

import io.pledgebench.domain.Patent;
import io.pledgebench.domain.PatentType;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The set of rules a bank applies, in report order. */
public record EligibilityRules(List<EligibilityRule> rules) {

    public EligibilityRules {
        rules = List.copyOf(rules);
    }

    /** The SPEC's rules with their default parameters. */
    public static EligibilityRules defaults() {
        Map<PatentType, Double> minimumLife = new EnumMap<>(PatentType.class);
        minimumLife.put(PatentType.INVENTION, 8.0);
        minimumLife.put(PatentType.UTILITY_MODEL, 4.0);
        return new EligibilityRules(List.of(
                new OwnershipRule(),
                new GrantedRule(),
                new InForceRule(InForceRule.CN_GRACE_MONTHS),
                new EncumbranceRule(),
                new AlreadyPledgedRule(),
                new ExpiryBeforeMaturityRule(),
                new PendingInvalidationRule(),
                new RemainingLifeRule(minimumLife),
                new InUseRule(2.0),
                new AnnualFeeDueRule(),
                new SinglePatentConcentrationRule(0.5)));
    }

    public EligibilityResult evaluate(Patent patent, EligibilityContext context) {
        List<EligibilityCheck> checks = new ArrayList<>(rules.size());
        Outcome status = Outcome.PASS;
        for (EligibilityRule r : rules) {
            EligibilityCheck c = r.check(patent, context);
            checks.add(c);
            status = status.worst(c.outcome());
        }
        return new EligibilityResult(patent.number().canonical(), status, checks);
    }

    public Map<String, Object> parameters() {
        Map<String, Object> m = new LinkedHashMap<>();
        for (EligibilityRule r : rules) {
            m.put(r.id(), r.parameters());
        }
        return m;
    }
}
