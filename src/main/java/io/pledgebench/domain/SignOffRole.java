package io.pledgebench.domain;

import java.util.Locale;

/**
 * Four-eyes sign-off of a saved assessment: the maker prepares it, a different person checks it; when a valuer
 * (评估师) appraised the patents, the valuer signs as appraiser.
 */
public enum SignOffRole {
    MAKER("maker"),
    CHECKER("checker"),
    VALUER("valuer");

    private final String code;

    SignOffRole(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static SignOffRole parse(String code) {
        for (SignOffRole r : values()) {
            if (r.code.equals(code == null ? null : code.trim().toLowerCase(Locale.ROOT))) {
                return r;
            }
        }
        throw new IllegalArgumentException("sign-off role must be maker, checker or valuer, was '" + code + "'");
    }
}
