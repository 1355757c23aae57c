package io.pledgebench.domain;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The name of a person who signs (maker, checker, author). Names are compared for the maker ≠ checker rule, so a
 * name must look like what it is: no control characters (a newline would forge a line in a listing or a log), no
 * invisible format characters (zero-width space, joiner, bidi overrides that reorder what is shown), and no
 * characters that Unicode NFKC folds into others (full-width letters, ligatures): such a name is refused with the
 * form to type instead, rather than silently changed. Homoglyphs across scripts (Cyrillic а for Latin a) are not
 * caught; see docs/security.md.
 */
public final class PersonName {

    public static final int MAX_LENGTH = 200;

    private PersonName() {
    }

    /**
     * Returns {@code name} without surrounding white space if it is acceptable.
     *
     * @throws RefusedInputException naming the offending character or the normalised form
     */
    public static String check(String name) {
        if (name == null || name.isBlank()) {
            throw RefusedInputException.of("security.name.empty");
        }
        String s = name.strip();
        if (s.length() > MAX_LENGTH) {
            throw RefusedInputException.of("security.name.tooLong", String.valueOf(s.length()), String.valueOf(MAX_LENGTH));
        }
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            if (isInvisible(cp)) {
                throw RefusedInputException.of("security.name.invisible", shown(s), String.format("%04X", cp));
            }
            i += Character.charCount(cp);
        }
        String nfkc = Normalizer.normalize(s, Normalizer.Form.NFKC);
        if (!nfkc.equals(s)) {
            throw RefusedInputException.of("security.name.notNormalised", s, nfkc);
        }
        return s;
    }

    /**
     * The form two names are compared in: NFKC, without invisible characters, case folded. Used for names stored
     * before they were checked, too, so {@code alice} and {@code alice\u200b} are the same person.
     */
    public static String comparisonKey(String name) {
        StringBuilder b = new StringBuilder();
        Normalizer.normalize(name, Normalizer.Form.NFKC).strip().codePoints()
                .filter(cp -> !isInvisible(cp)).forEach(b::appendCodePoint);
        return b.toString().toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT);
    }

    /** Control and format characters, line and paragraph separators, and blank fillers that render as nothing. */
    static boolean isInvisible(int cp) {
        int type = Character.getType(cp);
        return type == Character.CONTROL || type == Character.FORMAT || type == Character.LINE_SEPARATOR
                || type == Character.PARAGRAPH_SEPARATOR || type == Character.PRIVATE_USE || type == Character.UNASSIGNED
                || type == Character.SURROGATE
                || cp == 0x034F || cp >= 0xFE00 && cp <= 0xFE0F || cp >= 0xE0100 && cp <= 0xE01EF
                || cp == 0x115F || cp == 0x1160 || cp == 0x3164 || cp == 0xFFA0 || cp == 0x2800
                // the rest of Unicode's Default_Ignorable_Code_Point (DerivedCoreProperties.txt): Khmer inherent vowels,
                // Mongolian variation selectors, musical formatting, tag characters, reserved ignorables
                || cp == 0x17B4 || cp == 0x17B5 || cp >= 0x180B && cp <= 0x180F || cp >= 0x1BCA0 && cp <= 0x1BCA3
                || cp >= 0x1D173 && cp <= 0x1D17A || cp >= 0xFFF0 && cp <= 0xFFF8 || cp >= 0xE0000 && cp <= 0xE0FFF;
    }

    /** The name with invisible characters shown as {@code \\uXXXX}, for a one-line message. */
    public static String shown(String name) {
        StringBuilder b = new StringBuilder();
        name.codePoints().forEach(cp -> {
            if (isInvisible(cp)) {
                b.append(String.format("\\u%04X", cp));
            } else {
                b.appendCodePoint(cp);
            }
        });
        return b.toString();
    }
}
