package io.pledgebench.store;

import java.io.IOException;
import java.nio.file.Path;

/** Failed writes as the store reports them, for tests of the screens that show them. */
public final class FailedWrites {

    private FailedWrites() {
    }

    /** A full disk met by H2 while writing {@code file}, whose unfinished write was cut off (the database closed). */
    public static FailedWriteException diskFull(Path file) {
        return FailedWriteException.of(file, UnfinishedWrite.Outcome.DISCARDED, new IllegalStateException(
                "Writing to " + file + " failed; length 2048 at 139264", new IOException("No space left on device")));
    }
}
