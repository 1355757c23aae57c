package io.pledgebench.domain;

import java.util.Locale;

/**
 * Four-eyes sign-off of a saved assessment: the maker prepares it, a different person checks it; when a valuer
 * (评估师) appraised the patents, the valuer signs as appraiser.
 */
public enum SignOffRole {
    MAKER("maker"),
    CHECKER("checker"),
    VALUER("valuer"),
    /**
     * The second appraisal professional (评估专业人员): the Asset Appraisal Law (资产评估法, art. 26) requires the
     * appraisal report signed by at least two. A valuer who signs after the first is recorded in this role.
     */
    SECOND_VALUER("valuer2");

    private final String code;

    SignOffRole(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    /** Whether this role is an appraisal professional's, who signs with a qualification number and a firm. */
    public boolean valuer() {
        return this == VALUER || this == SECOND_VALUER;
    }

    public static SignOffRole parse(String code) {
        for (SignOffRole r : values()) {
            if (r.code.equals(code == null ? null : code.trim().toLowerCase(Locale.ROOT))) {
                return r;
            }
        }
        throw new IllegalArgumentException("sign-off role must be maker, checker or valuer (valuer2: the second valuer), was '" + code + "'");
    }
}
