package io.pledgebench.report.charts;

import io.pledgebench.domain.Amounts;

import java.text.FieldPosition;
import java.text.NumberFormat;
import java.text.ParsePosition;
import java.util.Locale;

/**
 * Amounts on charts as labels (a marker, a bar's value), in the one amount format of {@link Amounts} — "1,250,000" in
 * English, "125.00" (万元) in Chinese — in the reader's unit, which the axis title or the sentence names ({@link #unit}).
 * Amount axes are ticked in the same unit by {@code Charts.ticks} with {@code Scale.AMOUNT}, so one quantity has one
 * format on a page (no compact "1.25M").
 */
public final class AmountFormat extends NumberFormat {

    private static final long serialVersionUID = 1L;

    private final Locale locale;

    private AmountFormat(Locale locale) {
        this.locale = locale;
    }

    /** The label format: an amount as the report's tables print it, without the unit. */
    public static AmountFormat labels(Locale locale) {
        return new AmountFormat(locale);
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
        return toAppendTo.append(Amounts.figure(number, locale));
    }

    @Override
    public StringBuffer format(long number, StringBuffer toAppendTo, FieldPosition pos) {
        return format((double) number, toAppendTo, pos);
    }

    /** Labels only format; reading one back is not needed, so it is not offered. */
    @Override
    public Number parse(String source, ParsePosition parsePosition) {
        throw new UnsupportedOperationException("chart amounts are for display only");
    }
}
