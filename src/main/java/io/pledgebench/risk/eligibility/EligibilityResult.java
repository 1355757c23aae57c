package io.pledgebench.risk.eligibility;

import io.pledgebench.domain.Text;

import java.util.List;

/** The verdict on one patent: the worst outcome of its checks, and every check. */
public record EligibilityResult(String patentNumber, Outcome status, List<EligibilityCheck> checks) {

    public EligibilityResult {
        checks = List.copyOf(checks);
    }

    /** The reasons behind the status: the failing and warning checks, or all checks when every rule passed. */
    public List<Text> reasons() {
        List<Text> bad = checks.stream().filter(c -> c.outcome() != Outcome.PASS).map(EligibilityCheck::reason).toList();
        return bad.isEmpty() ? checks.stream().map(EligibilityCheck::reason).toList() : bad;
    }

    /**
     * The same verdict keeping only the checks that did not pass: what large portfolios keep per patent, so that their
     * results fit in memory.
     */
    public EligibilityResult summary() {
        return new EligibilityResult(patentNumber, status,
                checks.stream().filter(c -> c.outcome() != Outcome.PASS).toList());
    }

    /** This verdict with {@code more} checks (of a later stage) added after its own. */
    public EligibilityResult plus(EligibilityResult more) {
        List<EligibilityCheck> all = new java.util.ArrayList<>(checks);
        all.addAll(more.checks());
        return new EligibilityResult(patentNumber, status.worst(more.status()), all);
    }

    public boolean pledgeable() {
        return status != Outcome.FAIL;
    }
}
