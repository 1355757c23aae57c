package io.pledgebench.domain;

/**
 * Text from files (file names, titles, zip entry names, library messages quoting them) as one line that can be
 * printed or logged safely: control characters, line and paragraph separators (U+2028, U+2029) and format
 * characters (zero-width, bidi overrides that reorder what is shown) are written as {@code \n}, {@code \r},
 * {@code \t} or {@code \\uXXXX}. A file named {@code "a\n#2  forged"} can then never forge a line of a listing or a
 * log record. The one definition used by the log formatter, {@code import}, {@code list} and import problems.
 */
public final class OneLine {

    private OneLine() {
    }

    /** {@code s} with every unsafe character escaped; "null" for null. */
    public static String of(String s) {
        if (s == null) {
            return "null";
        }
        StringBuilder b = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean unsafe = isUnsafe(c);
            if (unsafe && b == null) {
                b = new StringBuilder(s.length() + 16).append(s, 0, i);
            }
            if (b != null) {
                if (!unsafe) {
                    b.append(c);
                } else if (c == '\n') {
                    b.append("\\n");
                } else if (c == '\r') {
                    b.append("\\r");
                } else if (c == '\t') {
                    b.append("\\t");
                } else {
                    b.append(String.format("\\u%04X", (int) c));
                }
            }
        }
        return b == null ? s : b.toString();
    }

    /** Control, format (zero-width, bidi), line- and paragraph-separator characters. */
    public static boolean isUnsafe(char c) {
        int type = Character.getType(c);
        return type == Character.CONTROL || type == Character.FORMAT || type == Character.LINE_SEPARATOR
                || type == Character.PARAGRAPH_SEPARATOR;
    }
}
