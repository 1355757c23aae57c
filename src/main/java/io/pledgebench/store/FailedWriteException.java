package io.pledgebench.store;

import io.pledgebench.domain.LocalizedMessage;
import io.pledgebench.domain.Text;

import java.nio.file.Path;

/**
 * A write to the database file failed (a full disk, a file size limit, an input/output error): nothing of the unit of
 * work was stored, and the message says what became of the file ({@link UnfinishedWrite}) and what to do. On the
 * command line this is exit 2: the user's disk, not PledgeBench, has to change.
 */
public final class FailedWriteException extends StoreException implements LocalizedMessage {

    private static final long serialVersionUID = 1L;
    private final transient Text text;
    private final boolean diskFull;
    private final boolean closed;
    private final transient Path file;

    private FailedWriteException(Path file, Text text, boolean diskFull, boolean closed, Throwable cause) {
        super(text.english(), cause);
        this.file = file;
        this.text = text;
        this.diskFull = diskFull;
        this.closed = closed;
    }

    /** A failed write that H2 met (its store stopped, the database is closed) or that happened while opening it. */
    static FailedWriteException of(Path file, UnfinishedWrite.Outcome outcome, Throwable cause) {
        return of(file, outcome, true, cause);
    }

    /**
     * @param closed whether the database is closed now (H2 stopped its store): false when only a file PledgeBench
     *               writes beside it (the witness) found the disk full and the unit of work was rolled back
     */
    static FailedWriteException of(Path file, UnfinishedWrite.Outcome outcome, boolean closed, Throwable cause) {
        boolean full = UnfinishedWrite.noRoom(cause);
        String what = switch (outcome) {
            case DISCARDED, NOTHING_LEFT -> "discarded";
            case DELETED -> "deleted";
            case RESTORED -> "restored";
            case NOT_REPAIRED -> "notRepaired";
        };
        Text text = full ? Text.of("security.db.diskFull." + what, file.toString())
                : Text.of("security.db.writeFailed." + what, file.toString(), reason(cause));
        return new FailedWriteException(file, text, full, closed, cause);
    }

    /** The first line of the innermost message: H2's or the operating system's words for what failed. */
    private static String reason(Throwable cause) {
        Throwable t = cause;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return String.valueOf(t.getMessage()).lines().findFirst().orElse(t.getClass().getSimpleName());
    }

    /** The same failure, told with what a check made afterwards found the database to hold. */
    public FailedWriteException checked(Text found) {
        FailedWriteException f = new FailedWriteException(file, found, diskFull, closed, getCause());
        f.addSuppressed(this);
        return f;
    }

    /** The database file the write went to. */
    public Path file() {
        return file;
    }

    /**
     * The same failure, met before the import wrote anything of its own (while the database was opened, read for the
     * patents it holds, or prepared): nothing of the import was stored, whatever became of the file.
     */
    public FailedWriteException beforeTheImport() {
        if (text.key().endsWith(".deleted") || text.key().endsWith(".restored")) {
            // already says that nothing was stored, and what became of the file
            return this;
        }
        return checked(Text.of(diskFull ? "security.db.diskFull.importNotStored" : "security.db.writeFailed.importNotStored",
                file.toString()));
    }

    /** Whether there was no room for the write (disk full, quota, file size limit). */
    public boolean diskFull() {
        return diskFull;
    }

    /** Whether the database was closed by the failure: nothing more can be done with it until it is opened again. */
    public boolean databaseClosed() {
        return closed;
    }

    @Override
    public Text text() {
        return text;
    }
}
