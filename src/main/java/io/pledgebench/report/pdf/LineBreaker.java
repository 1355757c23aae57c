package io.pledgebench.report.pdf;

import java.util.ArrayList;
import java.util.List;

/**
 * Greedy line breaking for mixed Chinese and Latin text: Latin text breaks at spaces (and after hyphens and
 * slashes), CJK text between any two characters, except that closing punctuation never starts a line and
 * opening punctuation never ends one (the basic rules of Chinese typesetting, GB/T 15834 / W3C clreq).
 * A word wider than the line is cut where it overflows.
 */
final class LineBreaker {

    private static final String NO_BREAK_BEFORE = "，。、；：？！）》」』】〉〕”’…·%‰,.;:!?)]}°";
    private static final String NO_BREAK_AFTER = "（《「『【〈〔“‘([{";

    interface Advance {
        float of(int codePoint);
    }

    private LineBreaker() {
    }

    /** Lines of {@code text} no wider than {@code maxWidth} (same units as the advances); '\n' forces a break. */
    static List<String> wrap(String text, float maxWidth, Advance advance) {
        List<String> lines = new ArrayList<>();
        for (String paragraph : text.split("\n", -1)) {
            wrapParagraph(paragraph, maxWidth, advance, lines);
        }
        return lines;
    }

    private static void wrapParagraph(String text, float maxWidth, Advance advance, List<String> lines) {
        int n = text.length();
        int start = 0;
        if (n == 0) {
            lines.add("");
            return;
        }
        while (start < n) {
            float width = 0;
            int lastBreak = -1;
            int i = start;
            int end = n;
            while (i < n) {
                int cp = text.codePointAt(i);
                if (i > start && canBreakBefore(text, i)) {
                    lastBreak = i;
                }
                float w = advance.of(cp);
                if (width + w > maxWidth && i > start && cp != ' ') {
                    end = lastBreak > start ? lastBreak : i;
                    break;
                }
                width += w;
                i += Character.charCount(cp);
            }
            lines.add(text.substring(start, end).stripTrailing());
            start = end;
            while (start < n && text.charAt(start) == ' ') {
                start++;
            }
        }
    }

    static boolean canBreakBefore(String text, int i) {
        int prev = text.codePointBefore(i);
        int cur = text.codePointAt(i);
        if (NO_BREAK_BEFORE.indexOf(cur) >= 0 && cur != ' ') {
            return false;
        }
        if (NO_BREAK_AFTER.indexOf(prev) >= 0) {
            return false;
        }
        if (prev == ' ' && cur != ' ') {
            return true;
        }
        if (cur == ' ') {
            return false;
        }
        if (prev == '-' || prev == '/') {
            return Character.isLetterOrDigit(cur);
        }
        return isCjk(prev) || isCjk(cur);
    }

    /**
     * CJK radicals, punctuation, kana and ideographs (U+2E80–9FFF), Hangul syllables, compatibility ideographs,
     * vertical and full-width forms, and the supplementary ideograph planes: text that breaks between characters.
     */
    static boolean isCjk(int cp) {
        return (cp >= 0x2E80 && cp <= 0x9FFF) || (cp >= 0xAC00 && cp <= 0xD7AF) || (cp >= 0xF900 && cp <= 0xFAFF)
                || (cp >= 0xFE30 && cp <= 0xFE4F) || (cp >= 0xFF00 && cp <= 0xFFEF) || (cp >= 0x20000 && cp <= 0x3FFFF);
    }
}
