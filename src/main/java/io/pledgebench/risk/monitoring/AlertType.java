package io.pledgebench.risk.monitoring;

/** The kinds of post-loan alert (SPEC rev. 2, "The loan book and post-loan monitoring"), with their JSON codes. */
public enum AlertType {
    FEE_DUE("fee_due"),
    FEE_IN_GRACE("fee_in_grace"),
    STATUS_CHANGE("status_change"),
    EXPIRY_BEFORE_MATURITY("expiry_before_maturity"),
    COVERAGE_BREACH("coverage_breach"),
    VALUE_DROP("value_drop"),
    REGISTRATION_MISSING("registration_missing"),
    APPRAISAL_STALE("appraisal_stale");

    private final String code;

    AlertType(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static AlertType ofCode(String code) {
        for (AlertType t : values()) {
            if (t.code.equals(code)) {
                return t;
            }
        }
        throw new IllegalArgumentException("unknown alert type: " + code);
    }
}
