package io.pledgebench.risk.eligibility;

import io.pledgebench.domain.Text;
import java.util.List;
import java.util.Optional;

import io.pledgebench.domain.Patent;

import java.util.Map;

/** Warn when one patent carries more than {@code maximumShare} of the collateral value. */
public record SinglePatentConcentrationRule(double maximumShare) implements EligibilityRule {

    public static final String ID = "singlePatentShare";

    public SinglePatentConcentrationRule {
        if (!(maximumShare > 0 && maximumShare <= 1)) {
            throw new IllegalArgumentException("maximum single-patent share must lie in (0, 1], was " + maximumShare);
        }
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public EligibilityCheck check(Patent p, EligibilityContext ctx) {
        Double share = ctx.valueShares().get(p.number().canonical());
        if (share == null) {
            return EligibilityCheck.pass(ID, "risk.eligibility.concentration.notInPool");
        }
        if (share > maximumShare) {
            return EligibilityCheck.warning(ID, "risk.eligibility.concentration.high", share, maximumShare);
        }
        return EligibilityCheck.pass(ID, "risk.eligibility.concentration.ok", share, maximumShare);
    }

    @Override
    public Stage stage() {
        return Stage.PORTFOLIO;
    }

    @Override
    public Optional<Text> condition(List<String> patents, EligibilityContext context) {
        return Optional.of(Text.of("assessment.condition.concentration", EligibilityRule.numbers(patents)));
    }

    @Override
    public Map<String, Object> parameters() {
        return Map.of("maximumShare", maximumShare);
    }
}
