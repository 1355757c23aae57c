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

    /** Why {@code value} cannot be a cell of a column holding at most {@code maxLength} characters, or null. */
    static Text problem(String value, int maxLength) {
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
        }
        return null;
    }
}
