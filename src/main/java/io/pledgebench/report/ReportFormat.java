package io.pledgebench.report;

import io.pledgebench.domain.Amounts;
import io.pledgebench.domain.Multiples;

import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * How the report prints numbers, one format per kind of figure in both languages: amounts in the reader's unit
 * ({@link #money}), rates, shares and probabilities as percentages with two decimals ({@link #percent}), multipliers
 * and factors with four decimals ({@link #factor}), collateral-to-loan ratios as "0.00×" / "0.00倍" ({@link #times}),
 * durations in years with one decimal ({@link #years}), lists in a sentence joined by ", " / "、" ({@link #list}). The same formats are public so tests can look for the exact
 * text of a number taken from the assessment JSON.
 */
public final class ReportFormat {

    private ReportFormat() {
    }

    /** DecimalFormat is not thread-safe and costly to build; a report formats thousands of numbers. */
    private static final ThreadLocal<Map<String, DecimalFormat>> FORMATS = ThreadLocal.withInitial(HashMap::new);

    private static DecimalFormat format(String pattern) {
        return FORMATS.get().computeIfAbsent(pattern, p -> {
            DecimalFormat f = new DecimalFormat(p, DecimalFormatSymbols.getInstance(Locale.ROOT));
            f.setRoundingMode(RoundingMode.HALF_UP);
            return f;
        });
    }

    /**
     * Every rate, share and probability of the report, in both languages: a percentage with two decimals and no space
     * before the sign, 0.0235 → "2.35%", 1 → "100.00%".
     */
    public static String percent(double v) {
        return finite(v) ? format("0.00%").format(v) : "–";
    }

    /**
     * A multiplier or factor applied to a figure (a scale factor, a cost index, a discount factor, an adjustment, a
     * stress multiplier), always with four decimals: 1 → "1.0000", 0.7 → "0.7000". Ratios of collateral to a loan are
     * {@link #times} ("0.14×").
     */
    public static String factor(double v) {
        return fixed(v, 4);
    }

    /**
     * A threshold ratio, such as a covenant's minimum coverage, printed exactly (up to 4 decimals, no trailing zeros)
     * with the multiple's sign of {@code locale}: 0.125 → "0.125×", 0.1875 → "0.1875×", 1.25 → "1.25×" in English,
     * "1.25倍" in Chinese.
     */
    public static String threshold(double v, Locale locale) {
        return finite(v) ? format("0.####").format(v) + Multiples.sign(locale) : "–";
    }

    /**
     * A ratio such as coverage in the reader's language, in tables as in sentences: "2.35×" in English, "2.35倍" in
     * Chinese (a committee reads "覆盖倍数不低于1.25倍"; a "×" is a code sign in Chinese prose).
     */
    public static String times(double v, Locale locale) {
        return Multiples.format(v, locale);
    }

    /**
     * A duration in years, in tables, parameters and sentences alike: one decimal, 7.61 → "7.6", 2 → "2.0" (the unit is
     * in the table header or the sentence).
     */
    public static String years(double v) {
        return fixed(v, 1);
    }

    /**
     * Items of a list printed in a sentence (patents, offices, types), joined as the reader's language joins them:
     * "、" in Chinese, ", " in English — or "; " in English when an item holds a comma itself ("Acme Co., Ltd.; Nanling
     * University"), so the reader still sees where each item ends.
     */
    public static String list(java.util.Collection<String> items, Locale locale) {
        if (io.pledgebench.domain.Text.isChinese(locale)) {
            return String.join("、", items);
        }
        return String.join(items.stream().anyMatch(i -> i.contains(",")) ? "; " : ", ", items);
    }

    /** A plain number with up to {@code digits} decimals. */
    public static String number(double v, int digits) {
        return finite(v) ? format(digits == 0 ? "#,##0" : "#,##0." + "#".repeat(digits)).format(v) : "–";
    }

    /** A number with exactly {@code digits} decimals. */
    public static String fixed(double v, int digits) {
        return finite(v) ? format(digits == 0 ? "#,##0" : "#,##0." + "0".repeat(digits)).format(v) : "–";
    }

    /**
     * An amount in the reader's unit, without the unit (the table header or the sentence names it): yuan with
     * thousands separators in English ("8,406,000"), 万元 with two decimals in Chinese ("840.60"). One format per
     * quantity, the one of {@link Amounts} that charts and the workbench use too.
     */
    public static String money(double v, Locale locale) {
        return Amounts.figure(v, locale);
    }

    /** {@link #money} followed by its unit: "8,406,000 CNY", "840.60万元". */
    public static String moneyWithUnit(double v, Locale locale, String currency) {
        return Amounts.withUnit(v, locale, currency);
    }

    /** The unit amounts are printed in: the currency code in English, 万元 (or 万 and the currency's name) in Chinese. */
    public static String moneyUnit(Locale locale, String currency) {
        return Amounts.unit(locale, currency);
    }

    private static boolean finite(double v) {
        return Double.isFinite(v);
    }
}
