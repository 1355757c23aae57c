package io.pledgebench.store;

import io.pledgebench.domain.SignOff;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;

/**
 * SHA-256 over a sequence of fields. Each field is written as its length, a colon and its text, so that no
 * two different field lists produce the same input ("ab","c" vs "a","bc"); null is written as "-".
 */
final class Hashes {

    static final String GENESIS = "0".repeat(64);

    private Hashes() {
    }

    static String sha256(String... fields) {
        StringBuilder sb = new StringBuilder();
        for (String f : fields) {
            if (f == null) {
                sb.append("-;");
            } else {
                sb.append(f.length()).append(':').append(f).append(';');
            }
        }
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(sb.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** A SHA-256 digest to feed with {@link #update(MessageDigest, String)}. */
    static MessageDigest sha256Digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /**
     * Feeds one field as {@link #sha256(String...)} writes it ({@code length:text;}, or {@code -;} for null), so that
     * feeding the fields one by one gives the hash of the whole list without building it as one string.
     */
    static void update(MessageDigest digest, String field) {
        if (field == null) {
            digest.update("-;".getBytes(StandardCharsets.UTF_8));
            return;
        }
        digest.update((field.length() + ":").getBytes(StandardCharsets.UTF_8));
        digest.update(field.getBytes(StandardCharsets.UTF_8));
        digest.update((byte) ';');
    }

    /**
     * Instants are stored as UTC date-times at millisecond precision, so a hash computed before saving equals
     * the one recomputed after reading back, whatever the machine's time zone.
     */
    static Instant storable(Instant t) {
        return t.truncatedTo(ChronoUnit.MILLIS);
    }

    static LocalDateTime utc(Instant t) {
        return LocalDateTime.ofInstant(storable(t), ZoneOffset.UTC);
    }

    static Instant fromUtc(LocalDateTime t) {
        return t.toInstant(ZoneOffset.UTC);
    }

    static String text(Instant t) {
        return storable(t).toString();
    }

    /** The text the audit entry of sign-off {@code s} carries; {@code verify} compares the stored row with it. */
    static String auditDetails(SignOff s) {
        String details = "role=" + s.role().code() + "; signed_by=" + s.signedBy() + "; signed_at=" + text(s.signedAt())
                + "; comment_sha256=" + sha256(s.comment());
        // a valuer's record adds what the valuer gave; a maker's or checker's stays as it was always audited
        return s.appraiser() == null ? details : details + "; qualification=" + s.appraiser().qualificationNo()
                + "; firm_sha256=" + sha256(s.appraiser().firm());
    }
}
