package io.pledgebench.domain;

import java.util.Locale;

/** Reads the parts of an International Patent Classification symbol that the defaults are keyed by. */
public final class Ipc {

    private Ipc() {
    }

    /** Section letter A–H of a symbol such as {@code H01L 21/00}; null when absent or not a section letter. */
    public static Character section(String ipc) {
        if (ipc == null) {
            return null;
        }
        String s = ipc.trim().toUpperCase(Locale.ROOT);
        if (s.isEmpty()) {
            return null;
        }
        char c = s.charAt(0);
        return c >= 'A' && c <= 'H' ? c : null;
    }
}
