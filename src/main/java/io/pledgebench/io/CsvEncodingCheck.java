package io.pledgebench.io;

import io.pledgebench.domain.Text;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Refuses CSV bytes that {@link CsvTables#decode} would turn into wrong text without noticing: GB18030 decodes
 * almost any byte sequence, so Latin-1, a UTF-8 file with GBK lines pasted in, a file cut inside a character,
 * UTF-16 without a byte-order mark and binary files would otherwise import as mojibake or as a table whose
 * headers match nothing. Each check names what the file looks like, so the user knows how to save it.
 */
final class CsvEncodingCheck {

    /** Share of 2-byte sequences outside GB2312 above which the bytes are not Chinese text but Latin-1/Windows-1252. */
    private static final double MAX_NON_GB2312_SHARE = 0.5;
    /** Share of characters that are control characters above which decoded text is binary, not a table. */
    private static final double MAX_CONTROL_SHARE = 0.01;

    private CsvEncodingCheck() {
    }

    /** Why {@code bytes} cannot be read as CSV text, or null when they can. */
    static Text problem(byte[] bytes, String shown) {
        if (hasBom(bytes)) {
            return null;
        }
        if (indexOf(bytes, (byte) 0) >= 0) {
            return utf16(bytes) ? Text.of("hardening.file.utf16WithoutBom", shown) : Text.of("hardening.file.binary", shown);
        }
        if (controlShare(bytes) > MAX_CONTROL_SHARE) {
            return Text.of("hardening.file.binary", shown);
        }
        if (validUtf8(bytes, 0, bytes.length)) {
            return null;
        }
        if (cutInsideUtf8Character(bytes)) {
            return Text.of("hardening.file.cutInsideCharacter", shown, "UTF-8");
        }
        Text mixed = mixedLines(bytes, shown);
        if (mixed != null) {
            return mixed;
        }
        Text latin1 = latin1(bytes, shown);
        if (latin1 != null) {
            return latin1;
        }
        String gb = new String(bytes, java.nio.charset.Charset.forName("GB18030"));
        int bad = gb.indexOf('\uFFFD');
        if (bad >= 0 && bad == gb.length() - 1) {
            return Text.of("hardening.file.cutInsideCharacter", shown, "GBK/GB18030");
        }
        return bad >= 0 ? Text.of("hardening.file.binary", shown) : null;
    }

    /** Valid UTF-8 but for the first bytes of a multi-byte character at the very end: the file was cut off. */
    private static boolean cutInsideUtf8Character(byte[] b) {
        for (int k = 1; k <= 3 && k < b.length; k++) {
            int lead = b[b.length - k] & 0xFF;
            int length = lead >= 0xF0 && lead <= 0xF4 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC2 && lead < 0xE0 ? 2 : 0;
            if (length > k) {
                for (int i = b.length - k + 1; i < b.length; i++) {
                    if ((b[i] & 0xC0) != 0x80) {
                        return false;
                    }
                }
                return validUtf8(b, 0, b.length - k);
            }
            if ((lead & 0xC0) != 0x80) {
                return false;
            }
        }
        return false;
    }

    private static boolean hasBom(byte[] b) {
        return b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF
                || b.length >= 2 && ((b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE || (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF);
    }

    private static int indexOf(byte[] b, byte v) {
        for (int i = 0; i < b.length; i++) {
            if (b[i] == v) {
                return i;
            }
        }
        return -1;
    }

    /** UTF-16 text of mostly Latin characters has NUL in every other byte, on one side only. */
    private static boolean utf16(byte[] b) {
        int even = 0;
        int odd = 0;
        for (int i = 0; i < b.length; i++) {
            if (b[i] == 0) {
                if (i % 2 == 0) {
                    even++;
                } else {
                    odd++;
                }
            }
        }
        int half = b.length / 2;
        return half > 0 && (Math.max(even, odd) >= 0.4 * half && Math.min(even, odd) <= 0.05 * half);
    }

    private static boolean validUtf8(byte[] b, int from, int to) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(b, from, to - from));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    /** A file whose lines are partly UTF-8 with non-ASCII text and partly not: two encodings, or cut mid-character. */
    private static Text mixedLines(byte[] b, String shown) {
        int utf8Line = 0;
        int otherLine = 0;
        int line = 1;
        int start = 0;
        for (int i = 0; i <= b.length && (utf8Line == 0 || otherLine == 0); i++) {
            if (i == b.length || b[i] == '\n') {
                boolean ascii = true;
                for (int k = start; k < i; k++) {
                    if (b[k] < 0) {
                        ascii = false;
                        break;
                    }
                }
                if (!ascii) {
                    if (validUtf8(b, start, i)) {
                        utf8Line = utf8Line == 0 ? line : utf8Line;
                    } else {
                        otherLine = otherLine == 0 ? line : otherLine;
                    }
                }
                line++;
                start = i + 1;
            }
        }
        return utf8Line > 0 && otherLine > 0
                ? Text.of("hardening.file.mixedEncoding", shown, String.valueOf(utf8Line), String.valueOf(otherLine)) : null;
    }

    /**
     * Chinese text in GBK/GB18030 is almost entirely GB2312 characters (lead and trail bytes 0xA1–0xFE); Latin-1
     * and Windows-1252 accented letters are followed by ASCII, which makes pairs GB2312 never uses.
     */
    private static Text latin1(byte[] b, String shown) {
        int pairs = 0;
        int outside = 0;
        int firstOutsideLine = 0;
        int line = 1;
        int i = 0;
        while (i < b.length) {
            int lead = b[i] & 0xFF;
            if (lead < 0x80) {
                if (lead == '\n') {
                    line++;
                }
                i++;
                continue;
            }
            pairs++;
            int trail = i + 1 < b.length ? b[i + 1] & 0xFF : -1;
            boolean gb2312 = lead >= 0xA1 && lead <= 0xF7 && trail >= 0xA1 && trail <= 0xFE;
            if (!gb2312) {
                outside++;
                firstOutsideLine = firstOutsideLine == 0 ? line : firstOutsideLine;
            }
            boolean fourByte = trail >= 0x30 && trail <= 0x39;
            i += fourByte ? 4 : trail >= 0x40 ? 2 : 1;
        }
        return pairs > 0 && outside > MAX_NON_GB2312_SHARE * pairs
                ? Text.of("hardening.file.latin1", shown, String.valueOf(firstOutsideLine)) : null;
    }

    /** Share of bytes that are control characters other than tab and line breaks (text has none, binary many). */
    private static double controlShare(byte[] b) {
        if (b.length == 0) {
            return 0;
        }
        long control = 0;
        for (byte x : b) {
            if (x >= 0 && x < 0x20 && x != '\t' && x != '\n' && x != '\r' || x == 0x7F) {
                control++;
            }
        }
        return (double) control / b.length;
    }
}
