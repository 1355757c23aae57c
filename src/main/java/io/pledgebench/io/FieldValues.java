package io.pledgebench.io;

import io.pledgebench.domain.LegalStatus;
import io.pledgebench.domain.Owner;
import io.pledgebench.domain.PatentType;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parsers for the value forms of SPEC "Portfolio input": dates (ISO, {@code 2023/1/5}, {@code 2023年1月5日},
 * {@code 20230105}, Excel serials), rates ({@code 0.25}, {@code 25%}), amounts with thousands separators and
 * {@code 元}/{@code 万元}/{@code 亿元} units, counts, yes/no, owners {@code name[:share]; …}, patent types and
 * legal statuses in English or Chinese. Each refuses what it cannot read without guessing.
 */
final class FieldValues {

    /** Excel's day zero for the 1900 date system (serial 1 = 1900-01-01, after its 1900-02-29 quirk: 61 = 1900-03-01). */
    private static final LocalDate EXCEL_EPOCH = LocalDate.of(1899, 12, 30);
    private static final int FIRST_UNAMBIGUOUS_SERIAL = 61;
    private static final int LAST_PLAUSIBLE_YEAR = 2200;
    private static final int FIRST_PLAUSIBLE_YEAR = 1850;
    /**
     * Above any real amount (10^15 yuan exceeds world GDP) and within the database's NUMERIC(24, 6), so an amount
     * with a wrong unit or stray digits is refused here instead of overflowing the store at the end of an import.
     */
    private static final BigDecimal MAX_AMOUNT = BigDecimal.TEN.pow(15);
    /** Above any economic life or company age; also keeps an overflowing 1e400 (infinite as a double) out. */
    private static final int MAX_YEARS = 1000;
    /** Weights are relative; a bound keeps an overflowing 1e400 out. */
    private static final double MAX_WEIGHT = 1_000_000;

    private static final Pattern YMD = Pattern.compile("(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?");
    private static final Pattern ISO_DATE_TIME = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})[T ]\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:?\\d{2})?");
    private static final Pattern COMPACT = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})");
    private static final Pattern SERIAL = Pattern.compile("\\d{1,5}(\\.0+)?");
    private static final Pattern DMY_OR_MDY = Pattern.compile("\\d{1,2}[-/.]\\d{1,2}[-/.]\\d{2,4}");
    private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");
    private static final Pattern GROUPED = Pattern.compile("[+-]?\\d{1,3}(,\\d{3})+(\\.\\d*)?");
    private static final Pattern OWNER_SEPARATOR = Pattern.compile("\\s*[;；、]\\s*");
    private static final Pattern CURRENCY_PREFIX = Pattern.compile("^(RMB|CNY|USD|EUR|[¥$€])");
    private static final Pattern WHOLE = Pattern.compile("(\\d{1,9})(\\.0+)?");
    /** A whole number of any length ({@code 99999999999999999999}, {@code 12345678901.0}). */
    private static final Pattern TOO_LONG_WHOLE = Pattern.compile("\\d{10,}(\\.0+)?");
    private static final Pattern YEARS_UNIT = Pattern.compile("\\s*(年|years?|y)$");

    private FieldValues() {
    }

    /** Unit of the amounts in a column, from its header: {@code 产品收入（万元）} holds amounts in 万元. */
    enum AmountUnit {
        YUAN(BigDecimal.ONE), WAN(BigDecimal.valueOf(10_000)), YI(BigDecimal.valueOf(100_000_000));

        final BigDecimal factor;

        AmountUnit(BigDecimal factor) {
            this.factor = factor;
        }
    }

    /** NFKC (full-width digits and punctuation to ASCII) and trimmed, so {@code ２０２３／１／５} reads like 2023/1/5. */
    static String clean(String raw) {
        if (raw == null) {
            return "";
        }
        if (plainAscii(raw)) {
            return raw;
        }
        return Normalizer.normalize(raw, Normalizer.Form.NFKC).replace('\u00a0', ' ').strip();
    }

    /** Decimal places an amount keeps in the database (NUMERIC(24, 6)). */
    static final int AMOUNT_SCALE = 6;
    /** Significant digits a double keeps exactly enough to give the written number back. */
    private static final int DOUBLE_DIGITS = 17;

    /**
     * Refuses superscripts, subscripts, circled or other "number forms" ({@code 10⁶}, {@code ⑤⓪⓪}) and digits of other
     * scripts: NFKC would turn {@code 10⁶} into {@code 106} and {@code ⑤⓪⓪} into {@code 500}, a number nobody wrote.
     * Full-width digits ({@code ５００}) are the same digits and stay accepted.
     */
    static void plainDigits(String raw) throws RejectedValue {
        if (raw == null || plainAscii(raw)) {
            return;
        }
        for (int i = 0; i < raw.length(); ) {
            int cp = raw.codePointAt(i);
            int type = Character.getType(cp);
            boolean otherDigit = type == Character.DECIMAL_DIGIT_NUMBER && cp > 0x7F && !(cp >= 0xFF10 && cp <= 0xFF19);
            if (type == Character.OTHER_NUMBER || type == Character.LETTER_NUMBER || otherDigit) {
                throw RejectedValue.of("io.value.notPlainDigits", raw, new String(Character.toChars(cp)),
                        String.format("%04X", cp));
            }
            i += Character.charCount(cp);
        }
    }

    /**
     * A number for a double column (rates, years) read exactly enough: refused when it has more significant digits
     * than a double keeps or is so small it would become 0 ({@code 1e-999999999}).
     */
    private static double exactDouble(String raw, String s, String badKey) throws RejectedValue {
        BigDecimal b;
        try {
            b = new BigDecimal(s);
        } catch (NumberFormatException | ArithmeticException e) {
            throw RejectedValue.of(badKey, raw);
        }
        BigDecimal stripped = b.stripTrailingZeros();
        if (stripped.precision() > DOUBLE_DIGITS) {
            throw RejectedValue.of("io.value.tooManyDigits", raw, String.valueOf(stripped.precision()),
                    String.valueOf(DOUBLE_DIGITS));
        }
        double d = b.doubleValue();
        if (b.signum() != 0 && (d == 0 || Math.abs(d) < Double.MIN_NORMAL)) {
            throw RejectedValue.of("io.value.underflow", raw);
        }
        return d;
    }

    /** An optional sign, digits and at most one decimal point: what most cells hold, checked without a regex. */
    private static boolean plainNumber(String s) {
        int n = s.length();
        int i = n > 0 && (s.charAt(0) == '-' || s.charAt(0) == '+') ? 1 : 0;
        boolean digit = false;
        boolean dot = false;
        for (; i < n; i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                digit = true;
            } else if (c == '.' && !dot) {
                dot = true;
            } else {
                return false;
            }
        }
        return digit;
    }

    /** Printable ASCII without surrounding blanks: nothing for NFKC or trimming to change (the common case). */
    private static boolean plainAscii(String s) {
        int n = s.length();
        if (n == 0 || s.charAt(0) == ' ' || s.charAt(n - 1) == ' ') {
            return n == 0;
        }
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c < 0x20 || c > 0x7E) {
                return false;
            }
        }
        return true;
    }

    static LocalDate date(String raw) throws RejectedValue {
        plainDigits(raw);
        String s = clean(raw);
        if (s.length() == 10 && s.charAt(4) == '-' && s.charAt(7) == '-') {
            return isoDate(raw, s);
        }
        Matcher m = ISO_DATE_TIME.matcher(s);
        if (m.matches()) {
            s = m.group(1);
        }
        m = YMD.matcher(s);
        if (m.matches()) {
            return ymd(raw, m.group(1), m.group(2), m.group(3));
        }
        m = COMPACT.matcher(s);
        if (m.matches()) {
            return ymd(raw, m.group(1), m.group(2), m.group(3));
        }
        if (SERIAL.matcher(s).matches()) {
            int dot = s.indexOf('.');
            long serial = Long.parseLong(dot < 0 ? s : s.substring(0, dot));
            if (serial < FIRST_UNAMBIGUOUS_SERIAL) {
                throw RejectedValue.of("io.value.dateSerialTooSmall", raw);
            }
            LocalDate d = EXCEL_EPOCH.plusDays(serial);
            return plausible(raw, d);
        }
        if (DMY_OR_MDY.matcher(s).matches()) {
            throw RejectedValue.of("io.value.dateAmbiguous", raw);
        }
        throw RejectedValue.of("io.value.badDate", raw);
    }

    private static LocalDate isoDate(String raw, String s) throws RejectedValue {
        for (int i = 0; i < 10; i++) {
            if (i != 4 && i != 7 && !Character.isDigit(s.charAt(i))) {
                throw RejectedValue.of("io.value.badDate", raw);
            }
        }
        return ymd(raw, s.substring(0, 4), s.substring(5, 7), s.substring(8, 10));
    }

    private static LocalDate ymd(String raw, String y, String mo, String d) throws RejectedValue {
        try {
            return plausible(raw, LocalDate.of(Integer.parseInt(y), Integer.parseInt(mo), Integer.parseInt(d)));
        } catch (DateTimeException e) {
            throw RejectedValue.of("io.value.noSuchDate", raw);
        }
    }

    private static LocalDate plausible(String raw, LocalDate d) throws RejectedValue {
        if (d.getYear() < FIRST_PLAUSIBLE_YEAR || d.getYear() > LAST_PLAUSIBLE_YEAR) {
            throw RejectedValue.of("io.value.dateOutOfRange", raw, String.valueOf(FIRST_PLAUSIBLE_YEAR),
                    String.valueOf(LAST_PLAUSIBLE_YEAR));
        }
        return d;
    }

    /**
     * A rate as a decimal in [0, 1]: {@code 0.25} or {@code 25%}; a bare number above 1 is refused because it
     * could mean 25 % or 2,500 %. In a column whose header says {@code %}, bare numbers are percent.
     */
    static double rate(String raw, boolean percentColumn) throws RejectedValue {
        plainDigits(raw);
        String s = clean(raw).replace(" ", "");
        boolean percent = s.endsWith("%");
        if (percent) {
            s = s.substring(0, s.length() - 1);
        }
        if (!plainNumber(s) && !NUMBER.matcher(s).matches()) {
            throw RejectedValue.of("io.value.badRate", raw);
        }
        double v = exactDouble(raw, s, "io.value.badRate");
        if (percent || percentColumn) {
            if (v < 0 || v > 100) {
                throw RejectedValue.of("io.value.rateOutOfRange", raw);
            }
            return v / 100.0;
        }
        if (v < 0) {
            throw RejectedValue.of("io.value.rateOutOfRange", raw);
        }
        if (v > 1) {
            throw RejectedValue.of("io.value.rateAmbiguous", raw, s);
        }
        return v;
    }

    /**
     * An amount in the portfolio currency. Thousands separators, a currency sign and a unit word
     * ({@code 元}, {@code 万元}/{@code 万}, {@code 亿元}/{@code 亿}) are understood; a unit in the value wins over
     * the column's unit.
     */
    static BigDecimal amount(String raw, AmountUnit columnUnit, boolean mayBeNegative) throws RejectedValue {
        plainDigits(raw);
        String s = clean(raw).replace(" ", "");
        if (!s.isEmpty() && !Character.isDigit(s.charAt(0))) {
            s = CURRENCY_PREFIX.matcher(s).replaceFirst("");
        }
        AmountUnit unit = columnUnit;
        if (s.endsWith("亿元") || s.endsWith("亿")) {
            unit = AmountUnit.YI;
            s = s.substring(0, s.length() - (s.endsWith("亿元") ? 2 : 1));
        } else if (s.endsWith("万元") || s.endsWith("万")) {
            unit = AmountUnit.WAN;
            s = s.substring(0, s.length() - (s.endsWith("万元") ? 2 : 1));
        } else if (s.endsWith("元")) {
            unit = AmountUnit.YUAN;
            s = s.substring(0, s.length() - 1);
        }
        if (!plainNumber(s)) {
            if (GROUPED.matcher(s).matches()) {
                s = s.replace(",", "");
            }
            if (!NUMBER.matcher(s).matches()) {
                throw RejectedValue.of("io.value.badAmount", raw);
            }
        }
        BigDecimal v;
        try {
            v = new BigDecimal(s).multiply(unit.factor);
        } catch (NumberFormatException | ArithmeticException exponentOverflow) {
            throw RejectedValue.of("io.value.badAmount", raw);
        }
        if (!mayBeNegative && v.signum() < 0) {
            throw RejectedValue.of("io.value.negativeAmount", raw);
        }
        if (v.abs().compareTo(MAX_AMOUNT) > 0) {
            throw RejectedValue.of("hardening.value.amountTooLarge", raw, MAX_AMOUNT.toPlainString());
        }
        int decimals = v.signum() == 0 ? 0 : v.stripTrailingZeros().scale();
        if (decimals > AMOUNT_SCALE) {
            if (decimals > 1000 && v.abs().compareTo(BigDecimal.ONE.movePointLeft(AMOUNT_SCALE)) < 0) {
                throw RejectedValue.of("io.value.underflow", raw);
            }
            throw RejectedValue.of("io.value.tooManyDecimals", raw, String.valueOf(decimals), String.valueOf(AMOUNT_SCALE));
        }
        return v;
    }

    /** A whole count ≥ 0; {@code 12.0} (how spreadsheets store integers) is accepted. */
    static int count(String raw) throws RejectedValue {
        plainDigits(raw);
        String s = clean(raw).replace(",", "");
        if (s.length() <= 9 && plainNumber(s) && s.charAt(0) != '-' && s.charAt(0) != '+' && s.indexOf('.') < 0) {
            return Integer.parseInt(s);
        }
        Matcher m = WHOLE.matcher(s);
        if (!m.matches()) {
            if (TOO_LONG_WHOLE.matcher(s).matches()) {
                java.math.BigInteger whole = new java.math.BigInteger(s.replaceFirst("\\..*", ""));
                if (whole.compareTo(java.math.BigInteger.valueOf(Integer.MAX_VALUE)) > 0) {
                    // a whole number, only too large to be a count (review 13b: it was called "not a whole number")
                    throw RejectedValue.of("io.value.countTooLarge", raw, String.format(Locale.ROOT, "%,d", Integer.MAX_VALUE));
                }
                return whole.intValueExact();
            }
            throw RejectedValue.of("io.value.badCount", raw);
        }
        int value;
        try {
            value = Integer.parseInt(m.group(1));
        } catch (NumberFormatException tooLarge) {
            throw RejectedValue.of("io.value.countTooLarge", raw, String.format(Locale.ROOT, "%,d", Integer.MAX_VALUE));
        }
        return value;
    }

    /** A non-negative number of years, e.g. economic life. */
    static double years(String raw) throws RejectedValue {
        plainDigits(raw);
        String s = clean(raw);
        if (!plainNumber(s)) {
            s = YEARS_UNIT.matcher(s).replaceFirst("");
        }
        if (!(plainNumber(s) || NUMBER.matcher(s).matches()) || Double.parseDouble(s) < 0) {
            throw RejectedValue.of("io.value.badYears", raw);
        }
        double years = exactDouble(raw, s, "io.value.badYears");
        if (years > MAX_YEARS) {
            throw RejectedValue.of("hardening.value.yearsTooLarge", raw, String.valueOf(MAX_YEARS));
        }
        return years;
    }

    /**
     * A non-negative relative weight, e.g. a patent's contribution to its product: {@code 2}, {@code 0.6} or
     * {@code 60%}; only the ratio between the patents of one product matters.
     */
    static double weight(String raw) throws RejectedValue {
        String s = clean(raw).replace(" ", "");
        boolean percent = s.endsWith("%");
        if (percent) {
            s = s.substring(0, s.length() - 1);
        }
        if (!(plainNumber(s) || NUMBER.matcher(s).matches())) {
            throw RejectedValue.of("io.value.badWeight", raw);
        }
        double v = Double.parseDouble(s);
        if (!(v >= 0 && v <= MAX_WEIGHT)) {
            throw RejectedValue.of("io.value.badWeight", raw);
        }
        return percent ? v / 100.0 : v;
    }

    static boolean yesNo(String raw) throws RejectedValue {
        switch (clean(raw).toLowerCase(Locale.ROOT)) {
            case "yes": case "y": case "true": case "1": case "是": case "有": case "已备案": case "同意": case "已同意":
            case "√":
                return true;
            case "no": case "n": case "false": case "0": case "否": case "无": case "未备案": case "不同意": case "未同意":
                return false;
            default:
                throw RejectedValue.of("io.value.badYesNo", raw);
        }
    }

    static PatentType type(String raw) throws RejectedValue {
        return PatentType.parse(clean(raw)).orElseThrow(() -> RejectedValue.of("io.value.badType", raw));
    }

    static LegalStatus status(String raw) throws RejectedValue {
        return LegalStatus.parse(clean(raw)).orElseThrow(() -> RejectedValue.of("io.value.badStatus", raw));
    }

    /** Shares must add up to 100 % within this tolerance (half a percentage point: 33.3 + 33.3 + 33.3 is fine). */
    private static final BigDecimal SHARE_TOLERANCE = new BigDecimal("0.5");
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /**
     * Owners written {@code name[:share]; name[:share]; …} (also {@code ；} or {@code 、} between owners and
     * {@code ：} before a share). A share is a percent ({@code 50%}), a decimal fraction ({@code 0.5}), or a bare
     * number; bare numbers that add up to 100 (with any percents) are percents ({@code A:50;B:50}). When any owner has a
     * share, every owner needs one and they must add up to 100 % (±0.5 %); otherwise the sum is stated. Text after
     * a colon that starts like a number but is not one ({@code A Ltd:1e-1}) is refused, never kept as part of a name.
     */
    static List<Owner> owners(String raw) throws RejectedValue {
        plainDigits(raw);
        String text = clean(raw);
        String[] parts = text.indexOf(';') < 0 && text.indexOf('；') < 0 && text.indexOf('、') < 0
                ? new String[] {text} : OWNER_SEPARATOR.split(text);
        List<String> names = new ArrayList<>();
        List<String> written = new ArrayList<>();
        for (String part : parts) {
            if (part.isBlank()) {
                continue;
            }
            int colon = Math.max(part.lastIndexOf(':'), part.lastIndexOf('：'));
            String after = colon < 0 ? "" : part.substring(colon + 1).strip();
            if (colon > 0 && !part.substring(0, colon).isBlank() && looksLikeShare(after)) {
                names.add(part.substring(0, colon).strip());
                written.add(after.replace(" ", ""));
            } else {
                names.add(part.strip());
                written.add(null);
            }
        }
        if (names.isEmpty()) {
            throw RejectedValue.of("io.value.noOwner", raw);
        }
        long withShare = written.stream().filter(w -> w != null).count();
        if (withShare == 0) {
            return names.stream().map(n -> new Owner(n, null)).toList();
        }
        List<BigDecimal> values = new ArrayList<>();
        BigDecimal percents = BigDecimal.ZERO;
        BigDecimal bare = BigDecimal.ZERO;
        boolean bareAboveOne = false;
        for (String w : written) {
            if (w == null) {
                values.add(null);
                continue;
            }
            boolean percent = w.endsWith("%");
            String number = percent ? w.substring(0, w.length() - 1) : w;
            if (!plainNumber(number) || number.startsWith("-") || number.startsWith("+") || number.length() > 20) {
                throw RejectedValue.of("io.value.badShare", raw, w);
            }
            BigDecimal v = new BigDecimal(number);
            if (v.signum() == 0) {
                throw RejectedValue.of("io.value.badShare", raw, w);
            }
            values.add(percent ? v.negate() : v);
            if (percent) {
                percents = percents.add(v);
            } else {
                bare = bare.add(v);
                bareAboveOne |= v.compareTo(BigDecimal.ONE) > 0;
            }
        }
        if (withShare < names.size()) {
            throw RejectedValue.of("io.value.shareMissing", raw, names.get(written.indexOf(null)));
        }
        // bare numbers are percents if read so they complete 100 %, or if any is above 1 (no fraction can be)
        BigDecimal asPercents = percents.add(bare);
        BigDecimal asFractions = percents.add(bare.multiply(HUNDRED));
        boolean barePercent = bareAboveOne || within(asPercents) && !within(asFractions);
        BigDecimal sum = barePercent ? asPercents : asFractions;
        if (!within(sum)) {
            throw RejectedValue.of("io.value.sharesNot100", raw, sum.stripTrailingZeros().toPlainString());
        }
        List<Owner> out = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            BigDecimal v = values.get(i);
            BigDecimal fraction = v.signum() < 0 || barePercent
                    ? v.abs().divide(HUNDRED, java.math.MathContext.DECIMAL64) : v;
            if (fraction.compareTo(BigDecimal.ONE) > 0) {
                throw RejectedValue.of("io.value.badShare", raw, written.get(i));
            }
            out.add(new Owner(names.get(i), fraction.doubleValue()));
        }
        return out;
    }

    private static boolean within(BigDecimal percentSum) {
        return percentSum.subtract(HUNDRED).abs().compareTo(SHARE_TOLERANCE) <= 0;
    }

    /** Text after a colon that is meant as a share: it starts with a digit or a decimal point. */
    private static boolean looksLikeShare(String after) {
        return !after.isEmpty() && (Character.isDigit(after.charAt(0)) || after.charAt(0) == '.')
                || after.startsWith("-") && after.length() > 1 && Character.isDigit(after.charAt(1));
    }
}