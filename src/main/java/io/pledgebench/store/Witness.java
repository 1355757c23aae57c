package io.pledgebench.store;

import io.pledgebench.io.OutputFile;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The audit chain's length and head hash, kept in a file beside the database ({@code pledgebench.witness}) and
 * rewritten (atomically) after every change to the chain. Deleting the newest audit entries, or rewriting the whole
 * chain, leaves the database consistent in itself; the witness no longer matches it, which {@link IntegrityCheck}
 * reports. Someone who can write the folder can rewrite the witness too: the head and length are therefore also
 * printed by {@code verify} and on reports, to be noted outside (see docs/security.md).
 *
 * <p>Before a write commits, the head it will leave is announced in the file ({@code pendingLength},
 * {@code pendingHead}); after the commit the file is rewritten without it. A chain longer than the witness is then
 * either that announced head (a crash between the commit and the rewrite) or entries PledgeBench did not write: an
 * entry appended by hand with a correctly computed hash is found although the unkeyed chain itself is consistent.
 */
public record Witness(long length, String head, long pendingLength, String pendingHead) {

    public Witness(long length, String head) {
        this(length, head, -1, "");
    }

    /** This witness with the head the running write will leave announced. */
    Witness announcing(Witness next) {
        return new Witness(length, head, next.length(), next.head());
    }

    /** The chain's length and head as recorded, without an announcement. */
    Witness committed() {
        return new Witness(length, head);
    }

    /**
     * Whether a chain of {@code chainLength} entries ending in {@code lastHash} is accounted for: the recorded head
     * itself, or the head announced by a write that committed before the file was rewritten.
     */
    boolean accountsFor(long chainLength, String lastHash) {
        return chainLength == length && (length == 0 || head.equals(lastHash))
                || chainLength == pendingLength && pendingHead.equals(lastHash);
    }

    /** How a chain stands against this witness; each caller words the finding in its own sentence. */
    enum Verdict {
        /** The recorded head, or the head a committed write announced. */
        FITS,
        /** The witness file was edited or damaged. */
        UNREADABLE,
        /** The chain is shorter than recorded: its newest entries were deleted. */
        DELETED,
        /** The entry at the recorded length no longer has the recorded hash. */
        REWRITTEN,
        /** Entries after the recorded head that no write of PledgeBench announced. */
        APPENDED
    }

    /** The hash of the chain's entry at a 1-based position. */
    @FunctionalInterface
    interface HashAt<E extends Exception> {
        String at(long position) throws E;
    }

    /** A chain of {@code chainLength} entries ending in {@code lastHash} against this witness (one classifier). */
    <E extends Exception> Verdict judge(long chainLength, String lastHash, HashAt<E> hashAt) throws E {
        if (!readable()) {
            return Verdict.UNREADABLE;
        }
        if (chainLength < length) {
            return Verdict.DELETED;
        }
        if (chainLength == length && (length == 0 || head.equals(lastHash))) {
            return Verdict.FITS; // the recorded head itself: no need to look further into the chain
        }
        if (length > 0 && !head.equals(hashAt.at(length))) {
            return Verdict.REWRITTEN;
        }
        if (chainLength > length && !accountsFor(chainLength, lastHash)) {
            return Verdict.APPENDED;
        }
        return Verdict.FITS;
    }

    private static final String MAGIC = "pledgebench-witness 1";

    /** The witness beside the database, if there is one that can be read. */
    static Optional<Witness> read(Path file) {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            long length = -1;
            String head = null;
            long pendingLength = -1;
            String pendingHead = "";
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (line.startsWith("length=")) {
                    length = Long.parseLong(line.substring("length=".length()).trim());
                } else if (line.startsWith("head=")) {
                    head = line.substring("head=".length()).trim();
                } else if (line.startsWith("pending-length=")) {
                    pendingLength = Long.parseLong(line.substring("pending-length=".length()).trim());
                } else if (line.startsWith("pending-head=")) {
                    pendingHead = line.substring("pending-head=".length()).trim();
                }
            }
            return length < 0 || head == null ? Optional.of(new Witness(-1, ""))
                    : Optional.of(new Witness(length, head, pendingLength, pendingHead));
        } catch (IOException | NumberFormatException e) {
            return Optional.of(new Witness(-1, ""));
        }
    }

    /** Whether the file could be read (a witness with length -1 is unreadable, which is reported as such). */
    public boolean readable() {
        return length >= 0;
    }

    void write(Path file) {
        String text = MAGIC + "\nlength=" + length + "\nhead=" + head + "\n"
                + (pendingLength < 0 ? "" : "pending-length=" + pendingLength + "\npending-head=" + pendingHead + "\n");
        OutputFile.of(file).overwrite(true).write(out -> out.write(text.getBytes(StandardCharsets.UTF_8)));
    }
}
