package io.pledgebench.report;

import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * How the report prints numbers: amounts with thousands separators and no decimals, ratios as percentages,
 * rates of a few basis points with two decimals. The same formats are public so tests can look for the exact
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

    /** 1234567.89 → "1,234,568". */
    public static String amount(double v) {
        return finite(v) ? format("#,##0").format(v) : "–";
    }

    /** 0.0235 → "2.35%". */
    public static String percent(double v) {
        return finite(v) ? format("0.00%").format(v) : "–";
    }

    /** 0.25 → "25.0%". */
    public static String percent1(double v) {
        return finite(v) ? format("0.0%").format(v) : "–";
    }

    /**
     * A threshold ratio, such as a covenant's minimum coverage, printed exactly (up to 4 decimals, no trailing zeros):
     * 0.125 → "0.125×", 0.1875 → "0.1875×", 1.25 → "1.25×".
     */
    public static String threshold(double v) {
        return finite(v) ? format("0.####").format(v) + "×" : "–";
    }

    /** A ratio such as coverage: 2.345 → "2.35×". */
    public static String times(double v) {
        return finite(v) ? format("0.00").format(v) + "×" : "–";
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
     * quantity: every amount of a report is printed by this method or {@link #moneyWithUnit}.
     */
    public static String money(double v, Locale locale) {
        if (!finite(v)) {
            return "–";
        }
        return chinese(locale) ? format("#,##0.00").format(v / 10_000d) : amount(v);
    }

    /** {@link #money} followed by its unit: "8,406,000 CNY", "840.60万元". */
    public static String moneyWithUnit(double v, Locale locale, String currency) {
        String unit = moneyUnit(locale, currency);
        return finite(v) ? money(v, locale) + (chinese(locale) ? unit : " " + unit) : "–";
    }

    /** The unit amounts are printed in: the currency code in English, 万元 (or 万 and the currency's name) in Chinese. */
    public static String moneyUnit(Locale locale, String currency) {
        return io.pledgebench.report.charts.AmountFormat.unit(locale, currency);
    }

    private static boolean chinese(Locale locale) {
        return locale != null && "zh".equals(locale.getLanguage());
    }

    private static boolean finite(double v) {
        return Double.isFinite(v);
    }
}
