package io.pledgebench.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * The one way an amount of money is written, wherever it is shown — report tables and sentences, chart labels, the
 * workbench, monitoring messages: in Chinese in 万 of the currency with two decimals ("840.60", unit 万元), in English
 * in whole units of the currency with thousands separators ("8,406,000", unit CNY). An amount under 100 (a fee
 * surcharge) keeps its fen, which the usual format would print as 0.00 or round away: "0.0045" (万元), "45.5" (CNY).
 * A value that rounds to zero has no sign. Chart axes are ticked in the same unit and digits, with only the decimals
 * their tick size needs ({@code Charts.ticks}, {@code Scale.AMOUNT}).
 */
public final class Amounts {

    private static final BigDecimal WAN = BigDecimal.valueOf(10_000);
    private static final BigDecimal SMALL = BigDecimal.valueOf(100);

    private Amounts() {
    }

    /** {@code yuan} in the reader's unit, without the unit (a column header or the sentence names it). */
    public static String figure(BigDecimal yuan, Locale locale) {
        boolean small = yuan.signum() != 0 && yuan.abs().compareTo(SMALL) < 0;
        String shown;
        if (Text.isChinese(locale)) {
            shown = format(small ? "#,##0.00##" : "#,##0.00").format(yuan.divide(WAN));
        } else {
            shown = format(small ? "#,##0.##" : "#,##0").format(yuan);
        }
        // no "-0.00": a value that rounds to zero has no sign
        return shown.startsWith("-") && shown.matches("-[0.,]+") ? shown.substring(1) : shown;
    }

    /** {@link #figure(BigDecimal, Locale)} of a double; "–" for a value that is not a number. */
    public static String figure(double yuan, Locale locale) {
        return Double.isFinite(yuan) ? figure(BigDecimal.valueOf(yuan), locale) : "–";
    }

    /** The figure with its unit: "840.60万元", "8,406,000 CNY". */
    public static String withUnit(BigDecimal yuan, Locale locale, String currency) {
        return figure(yuan, locale) + (Text.isChinese(locale) ? "" : " ") + unit(locale, currency);
    }

    /**
     * An amount to be paid (an official fee, its surcharge, their total) to the fen, in yuan in both languages:
     * "1,440元", "1,237.5元", "1,440 CNY". Never in 万元: rounding a payable amount underpays it (ADR 0034).
     */
    public static String payable(BigDecimal yuan, Locale locale) {
        String shown = format("#,##0.##").format(yuan);
        return Text.isChinese(locale) ? shown + "元" : shown + " CNY";
    }

    /** {@link #withUnit(BigDecimal, Locale, String)} of a double; "–" for a value that is not a number. */
    public static String withUnit(double yuan, Locale locale, String currency) {
        return Double.isFinite(yuan) ? withUnit(BigDecimal.valueOf(yuan), locale, currency) : "–";
    }

    /** The unit amounts are written in: the currency code in English, 万元 (or 万 and the currency) in Chinese. */
    public static String unit(Locale locale, String currency) {
        String c = currency == null || currency.isBlank() ? "CNY" : currency;
        if (!Text.isChinese(locale)) {
            return c;
        }
        return switch (c) {
            case "CNY", "RMB" -> "万元";
            case "USD" -> "万美元";
            case "EUR" -> "万欧元";
            case "JPY" -> "万日元";
            case "GBP" -> "万英镑";
            case "HKD" -> "万港元";
            default -> "万（" + c + "）";
        };
    }

    /** DecimalFormat is not thread-safe and costly to build; a report formats thousands of amounts. */
    private static final ThreadLocal<java.util.Map<String, DecimalFormat>> FORMATS =
            ThreadLocal.withInitial(java.util.HashMap::new);

    private static DecimalFormat format(String pattern) {
        return FORMATS.get().computeIfAbsent(pattern, p -> {
            DecimalFormat f = new DecimalFormat(p, DecimalFormatSymbols.getInstance(Locale.ROOT));
            f.setRoundingMode(RoundingMode.HALF_UP);
            return f;
        });
    }
}
