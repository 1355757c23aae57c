package io.pledgebench.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Optional;

/**
 * The database file as it was before one large unit of work (an import), taken with every earlier commit on the disk:
 * its length, its two header blocks, and the SHA-256 of everything between them and its end.
 *
 * <p>H2 writes the uncommitted rows of a large transaction to the file in chunks while the transaction runs. When a later
 * write fails for want of room, the last chunk H2 reads back holds that open transaction, and H2 rolls it back while
 * opening, which is a write: a read-only opening (list, verify) then fails with "This store is read-only"
 * (docs/adr/0029-back-to-the-file-before-the-import.md). With H2's reuse of free space inside the file turned off and no
 * chunk freed for the unit of work, every chunk it writes lies after {@link #length}, and only the header blocks change
 * in place: putting
 * them back and cutting the file at {@link #length} gives the file byte for byte as it was, which is proved before the
 * cut by the hash of the part in between.
 */
final class SafePoint {

    /** H2's store header: two blocks of 4,096 bytes at the start of the file. */
    private static final int HEAD = 2 * 4096;

    private final long length;
    private final byte[] head;
    private final byte[] restHash;

    private SafePoint(long length, byte[] head, byte[] restHash) {
        this.length = length;
        this.head = head;
        this.restHash = restHash;
    }

    /** The file as it is now, when it is a plain H2 file that ends with a whole chunk; empty otherwise. */
    static Optional<SafePoint> take(Path mv) throws IOException {
        if (Database.FileKind.of(mv) != Database.FileKind.PLAIN || Database.FileKind.cutShort(mv).isPresent()) {
            return Optional.empty();
        }
        try (FileChannel ch = FileChannel.open(mv, StandardOpenOption.READ)) {
            long length = ch.size();
            if (length <= HEAD) {
                return Optional.empty();
            }
            ByteBuffer head = ByteBuffer.allocate(HEAD);
            readFully(ch, head, 0);
            return Optional.of(new SafePoint(length, head.array(), hash(ch, HEAD, length)));
        }
    }

    /** Where the file ended. */
    long length() {
        return length;
    }

    /**
     * Whether the file still holds, below {@link #length}, exactly what it held then apart from its header blocks: then
     * nothing written since lies there.
     */
    boolean fits(Path mv) throws IOException {
        try (FileChannel ch = FileChannel.open(mv, StandardOpenOption.READ)) {
            return ch.size() >= length && Arrays.equals(hash(ch, HEAD, length), restHash);
        }
    }

    /**
     * Puts the file back as it was: the header blocks written back and everything after {@link #length} cut off. Needs
     * no room on the disk (the header blocks are overwritten in place).
     *
     * @return false, touching nothing, when the file no longer holds what it held then ({@link #fits})
     */
    boolean restore(Path mv) throws IOException {
        if (!fits(mv)) {
            return false;
        }
        try (FileChannel ch = FileChannel.open(mv, StandardOpenOption.WRITE)) {
            ch.truncate(length);
            ByteBuffer b = ByteBuffer.wrap(head);
            while (b.hasRemaining()) {
                ch.write(b, b.position());
            }
            ch.force(true);
        }
        return true;
    }

    private static void readFully(FileChannel ch, ByteBuffer b, long at) throws IOException {
        while (b.hasRemaining()) {
            if (ch.read(b, at + b.position()) < 0) {
                throw new IOException("the file ended before byte " + (at + b.limit()));
            }
        }
    }

    private static byte[] hash(FileChannel ch, long from, long to) throws IOException {
        MessageDigest md;
        try {
            md = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
        ByteBuffer buf = ByteBuffer.allocate(1 << 16);
        for (long at = from; at < to; ) {
            buf.clear();
            buf.limit((int) Math.min(buf.capacity(), to - at));
            int n = ch.read(buf, at);
            if (n < 0) {
                throw new IOException("the file ended at byte " + at);
            }
            buf.flip();
            md.update(buf);
            at += n;
        }
        return md.digest();
    }
}
