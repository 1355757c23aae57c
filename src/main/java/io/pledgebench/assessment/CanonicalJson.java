package io.pledgebench.assessment;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;

/**
 * A canonical JSON text of a tree of maps, lists, strings, numbers, booleans and nulls: object keys sorted, no
 * whitespace, doubles in Java's shortest round-trip form, BigDecimals in plain form. Equal trees give equal text,
 * whatever the map implementation, which makes its SHA-256 a stable fingerprint of an assessment's inputs.
 */
public final class CanonicalJson {

    private CanonicalJson() {
    }

    public static String write(Object tree) {
        StringBuilder b = new StringBuilder();
        write(tree, b);
        return b.toString();
    }

    /** SHA-256 of the UTF-8 canonical text, digested in pieces so that a large tree's text is never held whole. */
    public static String sha256(Object tree) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            StringBuilder b = new StringBuilder(FLUSH_AT + 64);
            write(tree, b, md);
            md.update(b.toString().getBytes(StandardCharsets.UTF_8));
            byte[] d = md.digest();
            StringBuilder hex = new StringBuilder(64);
            for (byte x : d) {
                hex.append(Character.forDigit((x >> 4) & 0xF, 16)).append(Character.forDigit(x & 0xF, 16));
            }
            return hex.toString();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java platform", e);
        }
    }

    private static final int FLUSH_AT = 8192;

    private static void write(Object v, StringBuilder b) {
        write(v, b, null);
    }

    /** Writes {@code v}; with a digest, text is fed to it whenever the buffer is full (never inside a surrogate pair). */
    private static void write(Object v, StringBuilder b, MessageDigest md) {
        if (md != null && b.length() >= FLUSH_AT && !Character.isHighSurrogate(b.charAt(b.length() - 1))) {
            md.update(b.toString().getBytes(StandardCharsets.UTF_8));
            b.setLength(0);
        }
        if (v == null) {
            b.append("null");
        } else if (v instanceof Map<?, ?> m) {
            Map<String, Object> sorted = new TreeMap<>();
            m.forEach((k, x) -> sorted.put(String.valueOf(k), x));
            b.append('{');
            boolean first = true;
            for (Map.Entry<String, Object> e : sorted.entrySet()) {
                if (!first) {
                    b.append(',');
                }
                first = false;
                string(e.getKey(), b);
                b.append(':');
                write(e.getValue(), b, md);
            }
            b.append('}');
        } else if (v instanceof Collection<?> c) {
            b.append('[');
            boolean first = true;
            for (Object x : c) {
                if (!first) {
                    b.append(',');
                }
                first = false;
                write(x, b, md);
            }
            b.append(']');
        } else if (v instanceof String s) {
            string(s, b);
        } else if (v instanceof BigDecimal d) {
            b.append(d.toPlainString());
        } else if (v instanceof Double d) {
            if (!Double.isFinite(d)) {
                throw new IllegalArgumentException("JSON cannot hold the number " + d);
            }
            b.append(d);
        } else if (v instanceof Number || v instanceof Boolean) {
            b.append(v);
        } else {
            string(v.toString(), b);
        }
    }

    private static void string(String s, StringBuilder b) {
        b.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"': b.append("\\\""); break;
                case '\\': b.append("\\\\"); break;
                case '\n': b.append("\\n"); break;
                case '\r': b.append("\\r"); break;
                case '\t': b.append("\\t"); break;
                default:
                    if (c < 0x20) {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
            }
        }
        b.append('"');
    }
}
