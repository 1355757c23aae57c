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

    /**
     * A multiple with two decimals, grouped, and its sign in {@code locale}: 578.03 → "578.03×" / "578.03倍",
     * 0.14 → "0.14×"; a multiple that is not a number → "–". Never a money format: a ratio has no unit.
     */
    public static String format(double v, Locale locale) {
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            return "–";
        }
        java.text.DecimalFormat f = new java.text.DecimalFormat("#,##0.00",
                java.text.DecimalFormatSymbols.getInstance(Locale.ROOT));
        // half up, as every other figure of the report and the screens is rounded (0.125 → 0.13, not 0.12)
        f.setRoundingMode(java.math.RoundingMode.HALF_UP);
        return f.format(v) + sign(locale);
    }
}
