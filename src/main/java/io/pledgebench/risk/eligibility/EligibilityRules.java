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

    /** Every rule, legal and portfolio, against one context. */
    public EligibilityResult evaluate(Patent patent, EligibilityContext context) {
        return evaluate(patent, context, null);
    }

    /** The rules of one stage (null = all) against {@code context}, in report order. */
    public EligibilityResult evaluate(Patent patent, EligibilityContext context, EligibilityRule.Stage stage) {
        List<EligibilityCheck> checks = new ArrayList<>(rules.size());
        Outcome status = Outcome.PASS;
        for (EligibilityRule r : rules) {
            if (stage != null && r.stage() != stage) {
                continue;
            }
            EligibilityCheck c = r.check(patent, context);
            checks.add(c);
            status = status.worst(c.outcome());
        }
        return new EligibilityResult(patent.number().canonical(), status, checks);
    }

    /** The rule with this id, if the set has it. */
    public java.util.Optional<EligibilityRule> rule(String id) {
        return rules.stream().filter(r -> r.id().equals(id)).findFirst();
    }

    public Map<String, Object> parameters() {
        Map<String, Object> m = new LinkedHashMap<>();
        for (EligibilityRule r : rules) {
            m.put(r.id(), r.parameters());
        }
        return m;
    }
}
