package io.pledgebench.report.charts;

import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.FieldPosition;
import java.text.NumberFormat;
import java.text.ParsePosition;
import java.util.Locale;

/**
 * Compact amounts for axes and chart labels in the reader's convention: thousands, millions and billions
 * in English (1.25M), 万 and 亿 in Chinese (125万). Tables print full amounts; charts only need magnitude.
 */
public final class AmountFormat extends NumberFormat {

    private static final long serialVersionUID = 1L;

    private final boolean chinese;
    private final DecimalFormat digits;

    public AmountFormat(Locale locale) {
        this.chinese = locale != null && "zh".equals(locale.getLanguage());
        this.digits = new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(Locale.ROOT));
        this.digits.setRoundingMode(RoundingMode.HALF_EVEN);
    }

    @Override
    public StringBuffer format(double number, StringBuffer toAppendTo, FieldPosition pos) {
        if (!Double.isFinite(number)) {
            return toAppendTo.append(number);
        }
        double abs = Math.abs(number);
        String sign = number < 0 ? "-" : "";
        if (chinese) {
            if (abs >= 1e8) {
                return toAppendTo.append(sign).append(digits.format(abs / 1e8)).append('亿');
            }
            if (abs >= 1e4) {
                return toAppendTo.append(sign).append(digits.format(abs / 1e4)).append('万');
            }
            return toAppendTo.append(sign).append(digits.format(abs));
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
