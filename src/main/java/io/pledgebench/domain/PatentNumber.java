package io.pledgebench.domain;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A normalised patent or application number.
 *
 * <p>Accepted forms: CN application numbers with check digit, optionally behind {@code ZL} or {@code CN}
 * ({@code ZL 2021 1 0123456.7}, {@code 97101765.4}); CN publication numbers ({@code CN112345678B});
 * US numbers ({@code US 11,234,567 B2}, {@code US-11557320-B1}, {@code USD645062}, {@code USRE28436},
 * {@code USPP03823}); EP publication and application numbers ({@code EP1000000B1}, {@code EP 1 000 000},
 * {@code EP99203729.6}); any other two-letter office code followed by the number.
 *
 * <p>{@link #canonical()} excludes the kind code, so the A1 and B1 publications of one patent and its
 * application number in different spellings compare equal.
 */
public record PatentNumber(String jurisdiction, String number, String kind, boolean application) {

    private static final Pattern CN_APPLICATION = Pattern.compile("(\\d{12}|\\d{8})\\.?([0-9X])?");
    private static final Pattern CN_PUBLICATION = Pattern.compile("(\\d{7,9})([ABCUYS]\\d?)");
    private static final Pattern US_NUMBER = Pattern.compile("(RE|PP|PLT|D|H|T|X)?(\\d{1,11})([A-Z]\\d?)?");
    private static final Pattern EP_NUMBER = Pattern.compile("(\\d{1,8})(?:\\.(\\d))?([AB]\\d?)?");
    private static final Pattern SEPARATORS = Pattern.compile("[\\s,\\-/_]");
    /**
     * Office codes of WIPO ST.3: the ISO 3166 countries, the regional offices and WIPO, and the former states whose
     * patents still appear in family data (SU, DD, CS, YU). Anything else is a typo or a word, not an office.
     */
    private static final java.util.Set<String> OFFICES = officeCodes();
    private static final Pattern OTHER = Pattern.compile("([A-Z0-9]*?\\d[A-Z0-9.]*?)([A-Z]\\d?)?");

    public PatentNumber {
        // checked by hand: String.matches compiles its pattern on every call, and a number is made per row of an import
        if (jurisdiction == null || jurisdiction.length() != 2 || !upperAscii(jurisdiction.charAt(0))
                || !upperAscii(jurisdiction.charAt(1))) {
            throw new IllegalArgumentException("jurisdiction must be a two-letter office code");
        }
        if (number == null || number.isEmpty()) {
            throw new IllegalArgumentException("number is empty");
        }
    }

    private static boolean upperAscii(char c) {
        return c >= 'A' && c <= 'Z';
    }

    /** Number without kind code, e.g. {@code CN202110123456.7}, {@code US11234567}, {@code EP1000000}. */
    public String canonical() {
        return jurisdiction + number;
    }

    /** Canonical form followed by the kind code when known, e.g. {@code US11234567B2}. */
    public String withKind() {
        return kind == null ? canonical() : canonical() + kind;
    }

    /** The CN patent-certificate form {@code ZL202110123456.7} for CN application numbers. */
    public Optional<String> zlForm() {
        return "CN".equals(jurisdiction) && application ? Optional.of("ZL" + number) : Optional.empty();
    }

    /** Patent type implied by the number itself (CN application type digit, US design prefix). */
    public Optional<PatentType> impliedType() {
        if ("CN".equals(jurisdiction) && application) {
            char typeDigit = number.length() == 14 ? number.charAt(4) : number.charAt(2);
            switch (typeDigit) {
                case '1': case '8': return Optional.of(PatentType.INVENTION);
                case '2': case '9': return Optional.of(PatentType.UTILITY_MODEL);
                case '3': return Optional.of(PatentType.DESIGN);
                default: return Optional.empty();
            }
        }
        if ("CN".equals(jurisdiction) && kind != null) {
            switch (kind.charAt(0)) {
                case 'U': case 'Y': return Optional.of(PatentType.UTILITY_MODEL);
                case 'S': return Optional.of(PatentType.DESIGN);
                default: return Optional.of(PatentType.INVENTION);
            }
        }
        if ("US".equals(jurisdiction)) {
            return Optional.of(number.startsWith("D") ? PatentType.DESIGN : PatentType.INVENTION);
        }
        return Optional.empty();
    }

    @Override
    public String toString() {
        return canonical();
    }

    /** Parses a number that carries its office code (or is a CN application number). */
    public static PatentNumber parse(String raw) {
        return parse(raw, null);
    }

    /**
     * Parses {@code raw}; {@code defaultJurisdiction} is used when the text has no office code.
     *
     * @throws IllegalArgumentException with a reason a user can act on
     */
    public static PatentNumber parse(String raw, String defaultJurisdiction) {
        if (raw == null || raw.isBlank()) {
            throw new IllegalArgumentException("patent number is empty");
        }
        String s = Normalizer.normalize(raw, Normalizer.Form.NFKC).toUpperCase(Locale.ROOT);
        s = SEPARATORS.matcher(s).replaceAll("");
        if (s.startsWith("ZL")) {
            return parseCn(s.substring(2), raw, true);
        }
        if (s.length() > 2 && Character.isLetter(s.charAt(0)) && Character.isLetter(s.charAt(1))
                && !(s.startsWith("RE") || s.startsWith("PP") || s.startsWith("PLT"))) {
            String office = s.substring(0, 2);
            String body = s.substring(2);
            switch (office) {
                case "CN": return parseCn(body, raw, false);
                case "US": return parseUs(body, raw);
                case "EP": return parseEp(body, raw);
                default: return parseOther(office, body, raw);
            }
        }
        if (CN_APPLICATION.matcher(s).matches() && (s.contains(".") || s.length() == 13 || s.length() == 9)) {
            return parseCn(s, raw, true);
        }
        if (defaultJurisdiction != null) {
            return parse(defaultJurisdiction + s, null);
        }
        throw new IllegalArgumentException("'" + raw + "' has no office code (CN, US, EP, …) and is not a CN application number");
    }

    private static PatentNumber parseCn(String body, String raw, boolean zl) {
        Matcher app = CN_APPLICATION.matcher(body);
        if (app.matches()) {
            String digits = app.group(1);
            char expected = cnCheckDigit(digits);
            if (app.group(2) == null) {
                throw RefusedInputException.of("io.patentNumber.noCheckDigit", raw, "." + expected);
            }
            char given = app.group(2).charAt(0);
            if (given != expected) {
                throw RefusedInputException.of("io.patentNumber.checkDigit", raw, String.valueOf(given),
                        String.valueOf(expected));
            }
            return new PatentNumber("CN", digits + "." + given, null, true);
        }
        if (!zl) {
            Matcher pub = CN_PUBLICATION.matcher(body);
            if (pub.matches()) {
                return new PatentNumber("CN", pub.group(1), pub.group(2), false);
            }
        }
        throw new IllegalArgumentException("'" + raw + "' is neither a CN application number (8 or 12 digits + check digit)"
                + " nor a CN publication number (7–9 digits + kind code)");
    }

    /**
     * Check digit of a CN application number: digits weighted 2,3,…,9,2,3,4,5 from the left, sum mod 11,
     * 10 written as X (CNIPA numbering standard ZC 0006-2003).
     */
    public static char cnCheckDigit(String digits) {
        int sum = 0;
        for (int i = 0; i < digits.length(); i++) {
            sum += (digits.charAt(i) - '0') * (2 + i % 8);
        }
        int r = sum % 11;
        return r == 10 ? 'X' : (char) ('0' + r);
    }

    private static PatentNumber parseUs(String body, String raw) {
        Matcher m = US_NUMBER.matcher(body);
        if (!m.matches()) {
            throw new IllegalArgumentException("'" + raw + "' is not a US patent number (e.g. US 11,234,567 B2, USD645062, USRE28436)");
        }
        String prefix = m.group(1);
        String digits = m.group(2);
        String number;
        if (prefix == null) {
            number = digits.replaceFirst("^0+(?=\\d)", "");
        } else {
            number = ("PLT".equals(prefix) ? "PP" : prefix) + digits;
        }
        return new PatentNumber("US", number, m.group(3), false);
    }

    private static PatentNumber parseEp(String body, String raw) {
        Matcher m = EP_NUMBER.matcher(body);
        if (!m.matches()) {
            throw new IllegalArgumentException("'" + raw + "' is not an EP number (e.g. EP1000000B1 or application EP99203729.6)");
        }
        String digits = m.group(1);
        if (digits.length() == 8) {
            String check = m.group(2);
            return new PatentNumber("EP", check == null ? digits : digits + "." + check, m.group(3), true);
        }
        if (m.group(2) != null) {
            throw new IllegalArgumentException("'" + raw + "': only EP application numbers (8 digits) carry a check digit");
        }
        return new PatentNumber("EP", String.format("%07d", Long.parseLong(digits)), m.group(3), false);
    }

    private static java.util.Set<String> officeCodes() {
        java.util.Set<String> codes = new java.util.HashSet<>(java.util.Set.of(java.util.Locale.getISOCountries()));
        codes.addAll(java.util.List.of("EP", "WO", "EA", "AP", "OA", "GC", "EM", "XN", "XV", "SU", "DD", "CS", "YU"));
        return java.util.Set.copyOf(codes);
    }

    private static PatentNumber parseOther(String office, String body, String raw) {
        if (!OFFICES.contains(office)) {
            throw new IllegalArgumentException("'" + raw + "' starts with " + office
                    + ", which is not a patent office code (WIPO ST.3: a country such as JP, KR, DE, or WO, EA, AP, OA, GC)");
        }
        Matcher m = OTHER.matcher(body);
        if (!m.matches()) {
            throw new IllegalArgumentException("'" + raw + "' is not a patent number of office " + office);
        }
        return new PatentNumber(office, m.group(1), m.group(2), false);
    }
}
