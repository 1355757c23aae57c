package io.pledgebench.domain;

import java.util.Objects;

/**
 * What a valuer (评估师) records when signing an assessment as its appraiser: the qualification certificate number
 * (资格证书编号) and the appraisal firm (评估机构). Both are the valuer's own input, never filled in by the application.
 */
public record Appraiser(String qualificationNo, String firm) {

    public Appraiser {
        qualificationNo = require(qualificationNo, "the appraiser's qualification number", 100);
        firm = require(firm, "the appraiser's firm", 400);
    }

    private static String require(String value, String what, int max) {
        Objects.requireNonNull(value, what);
        String v = value.strip();
        if (v.isEmpty()) {
            throw new IllegalArgumentException(what + " is empty: a valuer signs with both a qualification number and a firm");
        }
        if (v.length() > max) {
            throw new IllegalArgumentException(what + " exceeds " + max + " characters (" + v.length() + ")");
        }
        return v;
    }
}
