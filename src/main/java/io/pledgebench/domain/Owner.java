package io.pledgebench.domain;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Objects;

/**
 * One holder of a patent right with an optional share (0 &lt; share ≤ 1).
 * A null share means the register gives none; co-owners then hold equal parts by default
 * (CN Patent Law art. 14 leaves it to agreement), which {@link Patent#shareOf} reports.
 */
public record Owner(String name, Double share) {

    public Owner {
        Objects.requireNonNull(name, "name");
        name = name.trim();
        if (name.isEmpty()) {
            throw new IllegalArgumentException("owner name is empty");
        }
        if (share != null && (share.isNaN() || share <= 0 || share > 1)) {
            throw new IllegalArgumentException("owner share must be in (0, 1], was " + share);
        }
    }

    /**
     * A key under which spellings of the same holder compare equal: case, punctuation, spacing and
     * full-width forms are ignored ("Amazon Technologies, Inc." = "AMAZON TECHNOLOGIES INC").
     */
    public String key() {
        return normalizeName(name);
    }

    public static String normalizeName(String name) {
        String n = Normalizer.normalize(name, Normalizer.Form.NFKC).toUpperCase(Locale.ROOT);
        StringBuilder b = new StringBuilder(n.length());
        n.codePoints().filter(Character::isLetterOrDigit).forEach(b::appendCodePoint);
        return b.toString();
    }
}
