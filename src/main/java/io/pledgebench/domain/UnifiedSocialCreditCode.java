package io.pledgebench.domain;

import java.util.Locale;

/**
 * China's unified social credit code (统一社会信用代码, GB 32100-2015): 18 characters from a 31-character
 * alphabet (digits and capitals without I, O, S, V, Z); the last is a check character computed with
 * weights 3^i mod 31 over the first 17.
 */
public record UnifiedSocialCreditCode(String value) {

    static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    public UnifiedSocialCreditCode {
        String problem = problem(value);
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
        value = value.trim().toUpperCase(Locale.ROOT);
    }

    /** Why {@code text} is not a valid code, or null if it is one. */
    public static String problem(String text) {
        if (text == null) {
            return "unified social credit code is empty";
        }
        String v = text.trim().toUpperCase(Locale.ROOT);
        if (v.length() != 18) {
            return "unified social credit code '" + text + "' has " + v.length() + " characters, not 18";
        }
        for (int i = 0; i < 18; i++) {
            if (ALPHABET.indexOf(v.charAt(i)) < 0) {
                return "unified social credit code '" + text + "' contains '" + v.charAt(i)
                        + "' at position " + (i + 1) + " (I, O, S, V, Z and lower-case letters are not used)";
            }
        }
        char expected = checkCharacter(v.substring(0, 17));
        if (v.charAt(17) != expected) {
            return "unified social credit code '" + text + "' ends in '" + v.charAt(17)
                    + "' but its check character is '" + expected + "'";
        }
        return null;
    }

    /** Check character for the first 17 characters of a code. */
    public static char checkCharacter(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += ALPHABET.indexOf(first17.charAt(i)) * WEIGHTS[i];
        }
        int c = 31 - sum % 31;
        return ALPHABET.charAt(c == 31 ? 0 : c);
    }

    @Override
    public String toString() {
        return value;
    }
}
