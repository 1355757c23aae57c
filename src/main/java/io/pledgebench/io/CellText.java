package io.pledgebench.io;

import io.pledgebench.domain.Text;

/**
 * Checks every cell before its value is parsed: a value longer than the database column that stores it would
 * fail the whole import at the last step, and control characters (other than tab and line breaks, which
 * spreadsheets put in wrapped titles) come from binary data or terminal escape sequences that would reach
 * stderr, logs and reports.
 */
final class CellText {

    /** The widest text column of the database (titles, descriptions). */
    static final int MAX_LENGTH = 4000;

    private CellText() {
    }

    /** Why {@code value} cannot be a cell of a free-text column holding at most {@code maxLength} characters, or null. */
    static Text problem(String value, int maxLength) {
        return problem(value, maxLength, false);
    }

    /**
     * Why {@code value} cannot be a cell of a column holding at most {@code maxLength} characters, or null. Refused in
     * every cell: control characters other than tab and line breaks, and the bidi embedding, override and isolate
     * characters (U+202A–U+202E, U+2066–U+2069), which reorder how the text around them is shown, so that an owner
     * {@code A <U+202E>dtL B} reads on screen as another name than the one stored. Refused as well in a one-line
     * column ({@code oneLine}: names, numbers, codes, everything but titles and free text), where a line break or tab
     * would split the name in a listing: tab, line feed, carriage return and the Unicode line and paragraph
     * separators. Free text (a title wrapped in its spreadsheet cell) keeps its line breaks, and every one-line output
     * shows them escaped ({@link io.pledgebench.domain.OneLine}).
     */
    static Text problem(String value, int maxLength, boolean oneLine) {
        if (value == null) {
            return null;
        }
        if (value.length() > maxLength) {
            return Text.of("hardening.value.tooLong", String.valueOf(value.length()), String.valueOf(maxLength));
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == 0x7F || c >= 0x80 && c < 0xA0) {
                return Text.of("hardening.value.controlCharacter", String.format("%04X", (int) c));
            }
            if (isBidiControl(c)) {
                return Text.of("hardening.value.bidiCharacter", String.format("%04X", (int) c));
            }
            if (oneLine && (c == '\t' || c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029')) {
                return Text.of("hardening.value.lineBreak", String.format("%04X", (int) c));
            }
        }
        return null;
    }

    /** The bidi embedding and override (U+202A–U+202E) and isolate (U+2066–U+2069) characters. */
    static boolean isBidiControl(char c) {
        return c >= '\u202A' && c <= '\u202E' || c >= '\u2066' && c <= '\u2069';
    }
}
