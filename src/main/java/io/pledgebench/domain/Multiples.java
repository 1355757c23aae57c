package io.pledgebench.domain;

import java.util.Locale;

/**
 * How a multiple (a coverage, a debt-service cover, a loan's multiple of revenue) is signed in each language, one
 * definition for the report's tables and sentences and the charts' axes (ADR 0019): "1.25倍" in Chinese — a credit
 * committee reads "覆盖倍数不低于1.25倍", a "×" is a symbol in Chinese prose — and "1.25×" in English.
 */
public final class Multiples {

    private Multiples() {
    }

    /** The sign after a multiple in {@code locale}: "倍" in Chinese, "×" in English. */
    public static String sign(Locale locale) {
        return Text.isChinese(locale) ? "倍" : "×";
    }
}
