package io.pledgebench.io;

import io.pledgebench.domain.Text;

/**
 * A cell value that cannot be accepted, with the reason as a bundle text so it can be reported in English
 * and Chinese. Thrown by the value parsers and caught per cell by the readers, which turn it into an
 * {@link ImportProblem}; it never leaves the {@code io} package.
 */
final class RejectedValue extends Exception {

    private static final long serialVersionUID = 1L;
    private final transient Text reason;

    RejectedValue(Text reason) {
        super(reason.key(), null, false, false);
        this.reason = reason;
    }

    static RejectedValue of(String key, Object... args) {
        return new RejectedValue(Text.of(key, args));
    }

    Text reason() {
        return reason;
    }
}
