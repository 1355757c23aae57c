package io.pledgebench.risk.eligibility;

import io.pledgebench.domain.Patent;
import io.pledgebench.domain.Text;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** One legal test a patent must meet to be pledged. Rules are immutable and carry their own parameters. */
public interface EligibilityRule {

    /**
     * When a rule can judge: {@code LEGAL} rules need only the patent and the loan and run before valuation (their
     * verdict decides what is valued as collateral); {@code PORTFOLIO} rules need the collateral values and run after.
     */
    enum Stage { LEGAL, PORTFOLIO }

    /** Stable identifier, used in JSON, reports and configuration. */
    String id();

    EligibilityCheck check(Patent patent, EligibilityContext context);

    /** The rule's configurable parameters, printed with every assessment. */
    Map<String, Object> parameters();

    default Stage stage() {
        return Stage.LEGAL;
    }

    /**
     * The condition a credit committee attaches when this rule warned on the pledgeable {@code patents} (canonical
     * numbers, never empty), or empty when a warning of this rule needs no condition of its own.
     */
    default Optional<Text> condition(List<String> patents, EligibilityContext context) {
        return Optional.empty();
    }

    /**
     * Whether this rule's {@code check} of a pledgeable patent calls for a condition of the loan: by default a warning.
     * A rule may attach a condition to a pass (an obligation for the term, such as fees falling due, is a condition of
     * the loan, not a doubt about the patent).
     */
    default boolean conditioned(EligibilityCheck check) {
        return check.outcome() == Outcome.WARNING;
    }

    /**
     * The conditions of the loan for the pledgeable patents whose checks by this rule were {@link #conditioned}, keyed
     * by canonical number in portfolio order (never empty): by default the one {@link #condition} naming them all.
     */
    default List<Text> conditions(Map<String, EligibilityCheck> checks, EligibilityContext context) {
        return condition(List.copyOf(checks.keySet()), context).map(List::of).orElse(List.of());
    }

    /** Every patent number of a condition, joined: a condition never cuts its list. */
    static String numbers(List<String> patents) {
        return String.join(", ", patents);
    }
}
