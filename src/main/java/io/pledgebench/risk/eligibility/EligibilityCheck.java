package io.pledgebench.risk.eligibility;

import io.pledgebench.domain.Text;

import java.util.Objects;

/** What one rule found for one patent: the rule, its verdict and a sentence naming the facts. */
public record EligibilityCheck(String rule, Outcome outcome, Text reason) {

    public EligibilityCheck {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(reason, "reason");
    }

    static EligibilityCheck pass(String rule, String key, Object... args) {
        return new EligibilityCheck(rule, Outcome.PASS, Text.of(key, args));
    }

    static EligibilityCheck warning(String rule, String key, Object... args) {
        return new EligibilityCheck(rule, Outcome.WARNING, Text.of(key, args));
    }

    static EligibilityCheck fail(String rule, String key, Object... args) {
        return new EligibilityCheck(rule, Outcome.FAIL, Text.of(key, args));
    }
}
