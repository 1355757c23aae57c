package io.pledgebench.report.charts;

import io.pledgebench.domain.Amounts;

import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.FieldPosition;
import java.text.NumberFormat;
import java.text.ParsePosition;
import java.util.Locale;

/**
 * Amounts on charts in the reader's unit, which the axis title names ({@link #unit}): on an axis, compact in English
 * (1.25M) and in 万元 in Chinese (125); as a label (a marker, a bar's value), the one amount format of
 * {@link Amounts} — "1,250,000" in English, "125.00" (万元) in Chinese — so one quantity has one format on a page.
 */
public final class AmountFormat extends NumberFormat {

    private static final long serialVersionUID = 1L;

    private final Locale locale;
    private final boolean chinese;
    private final boolean label;
    private final DecimalFormat digits;

    /** The axis format. */
    public AmountFormat(Locale locale) {
        this(locale, false);
    }

    private AmountFormat(Locale locale, boolean label) {
        this.locale = locale;
        this.chinese = locale != null && "zh".equals(locale.getLanguage());
        this.label = label;
        this.digits = new DecimalFormat("#,##0.##",
                DecimalFormatSymbols.getInstance(Locale.ROOT));
        this.digits.setRoundingMode(RoundingMode.HALF_UP);
    }

    /** The label format: an amount as the report's tables print it, without the unit. */
    public static AmountFormat labels(Locale locale) {
        return new AmountFormat(locale, true);
    }

    /** The unit chart amounts are in: the currency in English, 万元 (or 万 and the currency) in Chinese. */
    public static String unit(Locale locale, String currency) {
        return Amounts.unit(locale, currency);
    }

    @Override
    public StringBuffer format(double number, StringBuffer toAppendTo, FieldPosition pos) {
        if (!Double.isFinite(number)) {
            return toAppendTo.append(number);
        }
        if (label) {
            // a label is an amount as the tables print it: the one amount format
            return toAppendTo.append(Amounts.figure(number, locale));
        }
        double abs = Math.abs(number);
        if (chinese) {
            abs /= 1e4;
        }
        String shown = digits.format(abs);
        // no "-0" or "-0.00": a value that rounds to zero has no sign
        String sign = number < 0 && !shown.matches("[0.,]+") ? "-" : "";
        if (chinese) {
            return toAppendTo.append(sign).append(shown);
        }
        if (abs >= 1e9) {
            return toAppendTo.append(sign).append(digits.format(abs / 1e9)).append('B');
        }
        if (abs >= 1e6) {
            return toAppendTo.append(sign).append(digits.format(abs / 1e6)).append('M');
        }
        if (abs >= 1e3) {
            return toAppendTo.append(sign).append(digits.format(abs / 1e3)).append('K');
        }
        return toAppendTo.append(sign).append(digits.format(abs));
    }

    @Override
    public StringBuffer format(long number, StringBuffer toAppendTo, FieldPosition pos) {
        return format((double) number, toAppendTo, pos);
    }

    /** Chart axes only format; reading a compact amount back would lose precision, so it is not offered. */
    @Override
    public Number parse(String source, ParsePosition parsePosition) {
        throw new UnsupportedOperationException("compact amounts are for display only");
    }
}
