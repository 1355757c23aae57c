package io.pledgebench.risk.eligibility;

/** Verdict of one eligibility rule, ordered from best to worst. */
public enum Outcome {
    PASS("pass"), WARNING("warning"), FAIL("fail");

    private final String code;

    Outcome(String code) {
        this.code = code;
    }

    /** The code used in JSON and the database. */
    public String code() {
        return code;
    }

    public Outcome worst(Outcome other) {
        return other.ordinal() > ordinal() ? other : this;
    }
}
