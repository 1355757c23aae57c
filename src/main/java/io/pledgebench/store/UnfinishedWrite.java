package io.pledgebench.store;

import io.pledgebench.domain.Text;
import io.pledgebench.io.OutputFile;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

/**
 * A write of H2's that this process saw fail (a full disk, a file size limit): H2 stops the store at once, and the
 * file ends with the part of the chunk that was written, which {@link Database.FileKind#cutShort} cannot tell from a
 * file cut short by someone else. This process, which saw the write fail, cuts the unfinished chunk off again: back to
 * the end of the last chunk H2 itself reads from the file (every byte after it is the failed write's), which leaves the
 * file byte for byte as it was before the write (docs/adr/0021-unfinished-write-after-a-full-disk.md).
 *
 * <p>Before it cuts, it records beside the database ({@code <name>.partial}, written atomically) the file's exact size,
 * its SHA-256 and where H2's chunks end, so that a process killed between the record and the cut leaves the next opening
 * able to finish it: that opening cuts only the very file recorded (same size, same SHA-256), and a record that does not
 * fit the file is never used (a file grown past it with a whole chunk drops it; any other file is judged as without it).
 * When the record cannot be written (the disk is still full), the cut is made all the same: it needs no space.
 */
final class UnfinishedWrite {

    private static final String MAGIC = "pledgebench-unfinished-write 1";

    private UnfinishedWrite() {
    }

    /** What became of the unfinished write. */
    enum Outcome {
        /** The unfinished chunk was cut off: the file is as it was before the failed write. */
        DISCARDED,
        /** The file ends with a whole chunk already (the write failed before reaching it, or inside it). */
        NOTHING_LEFT,
        /** A file this process created and never finished creating: deleted, it held nothing. */
        DELETED,
        /**
         * The file was put back byte for byte as it was before the unit of work ({@link SafePoint}): nothing of it was
         * stored.
         */
        RESTORED,
        /** The unfinished write could not be cut off (the file is refused as damaged at the next opening). */
        NOT_REPAIRED
    }

    /**
     * Whether {@code e} is a write to the database file that failed: H2's "Writing to … failed", or a full disk (or a
     * file size limit) anywhere beneath it.
     */
    static boolean isFailedWrite(Throwable e) {
        for (Throwable t : causes(e)) {
            String m = String.valueOf(t.getMessage());
            if (m.contains("Writing to ") && m.contains(" failed")) {
                return true;
            }
        }
        return noRoom(e);
    }

    /** A full disk, a quota, or the file size limit ({@code ulimit -f}, EFBIG): there was no room for the write. */
    static boolean noRoom(Throwable e) {
        for (Throwable t : causes(e)) {
            if (OutputFile.isDiskFull(t)
                    || String.valueOf(t.getMessage()).toLowerCase(java.util.Locale.ROOT).contains("file too large")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Why a write at the end of {@code file} that failed without a reason (H2's last write while closing) found no room,
     * if it did: the file has reached the process's file size limit ({@code ulimit -f}, which the kernel enforces with
     * EFBIG "File too large"), or its disk has less free space than a chunk takes (ENOSPC "No space left on device").
     */
    static Optional<IOException> noRoomAt(Path file) {
        try {
            long size = Files.size(file);
            long limit = fileSizeLimit();
            if (limit >= 0 && size + CHUNK_ROOM > limit) {
                return Optional.of(new IOException("File too large (the file size limit of " + limit + " bytes was reached)"));
            }
            if (Files.getFileStore(file).getUsableSpace() < CHUNK_ROOM) {
                return Optional.of(new IOException("No space left on device"));
            }
        } catch (IOException | RuntimeException e) {
            // no reason found: the failure is told without one
        }
        return Optional.empty();
    }

    /** Room a chunk H2 writes at closing may need at least: one megabyte. */
    private static final long CHUNK_ROOM = 1 << 20;

    /** This process's file size limit in bytes (Linux: /proc/self/limits), or -1 when there is none or it is unknown. */
    private static long fileSizeLimit() {
        Path limits = Path.of("/proc/self/limits");
        if (!Files.isReadable(limits)) {
            return -1;
        }
        try {
            for (String line : Files.readAllLines(limits, StandardCharsets.US_ASCII)) {
                if (line.startsWith("Max file size")) {
                    String soft = line.substring("Max file size".length()).trim().split("\\s+")[0];
                    return soft.equals("unlimited") ? -1 : Long.parseLong(soft);
                }
            }
        } catch (IOException | RuntimeException e) {
            return -1;
        }
        return -1;
    }

    /**
     * {@code e}, its causes, and the SQL exceptions chained to any of them: a batch of H2's
     * ({@code JdbcBatchUpdateException}) keeps the failed statement's exception, and so the full disk beneath it, only
     * as its next exception, not as its cause.
     */
    static java.util.List<Throwable> causes(Throwable e) {
        java.util.List<Throwable> all = new java.util.ArrayList<>();
        java.util.Set<Throwable> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        java.util.ArrayDeque<Throwable> todo = new java.util.ArrayDeque<>();
        if (e != null) {
            todo.add(e);
        }
        while (!todo.isEmpty() && all.size() < 64) {
            Throwable t = todo.poll();
            if (!seen.add(t)) {
                continue;
            }
            all.add(t);
            if (t.getCause() != null) {
                todo.add(t.getCause());
            }
            if (t instanceof java.sql.SQLException sql && sql.getNextException() != null) {
                todo.add(sql.getNextException());
            }
        }
        return all;
    }

    /** The record beside the database: {@code <name>.partial}. */
    static Path recordOf(DatabaseLocation where) {
        return where.unfinishedWriteRecord();
    }

    /** What the record holds: the file as the failed write left it, and where H2's chunks end in it. */
    record Record(long size, String sha256, long inUse) {

        static Optional<Record> read(Path file) {
            if (!Files.isRegularFile(file)) {
                return Optional.empty();
            }
            try {
                java.util.List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
                if (lines.isEmpty() || !lines.get(0).equals(MAGIC)) {
                    return Optional.empty();
                }
                long size = -1;
                long inUse = -1;
                String sha = null;
                for (String line : lines) {
                    if (line.startsWith("size=")) {
                        size = Long.parseLong(line.substring(5).trim());
                    } else if (line.startsWith("sha256=")) {
                        sha = line.substring(7).trim();
                    } else if (line.startsWith("in-use=")) {
                        inUse = Long.parseLong(line.substring(7).trim());
                    }
                }
                return size > 0 && inUse > 0 && inUse < size && sha != null && sha.length() == 64
                        ? Optional.of(new Record(size, sha, inUse)) : Optional.empty();
            } catch (IOException | RuntimeException e) {
                return Optional.empty();
            }
        }

        void write(Path file) {
            String text = MAGIC + "\nsize=" + size + "\nsha256=" + sha256 + "\nin-use=" + inUse + "\n";
            OutputFile.of(file).overwrite(true).write(out -> out.write(text.getBytes(StandardCharsets.UTF_8)));
        }
    }

    /**
     * After a write this process saw fail, with H2's store closed: cuts the unfinished chunk off the end of the file.
     *
     * @param createdNow whether this process created the file and has not finished creating it (no schema, nothing
     *                   of the user's was committed to it): the file is then deleted
     */
    static Outcome discard(DatabaseLocation where, boolean createdNow) {
        Path mv = where.file();
        try {
            if (!Files.isRegularFile(mv)) {
                return Outcome.NOTHING_LEFT;
            }
            if (createdNow) {
                // no write of this process was ever committed to it: it holds nothing to keep
                return delete(where);
            }
            if (Database.FileKind.of(mv) != Database.FileKind.PLAIN) {
                // an encrypted file's chunks cannot be measured without its key; H2 reads past an unfinished chunk
                return Outcome.NOT_REPAIRED;
            }
            long size = Files.size(mv);
            if (Database.FileKind.cutShort(mv).isEmpty()) {
                return Outcome.NOTHING_LEFT;
            }
            long inUse = lengthInUse(mv);
            if (inUse <= 0 || inUse >= size || Database.FileKind.cutShort(mv, inUse).isPresent()) {
                return Outcome.NOT_REPAIRED;
            }
            Record record = new Record(size, Database.sha256(mv), inUse);
            boolean recorded;
            try {
                record.write(recordOf(where));
                recorded = true;
            } catch (RuntimeException full) {
                // the disk is still full: cut all the same, which needs no room (a kill before the cut is then refused)
                recorded = false;
            }
            cut(mv, inUse);
            if (recorded) {
                Files.deleteIfExists(recordOf(where));
            }
            return Outcome.DISCARDED;
        } catch (IOException | RuntimeException e) {
            java.util.logging.Logger.getLogger("io.pledgebench.store").warning("the unfinished write at the end of " + mv
                    + " was not cut off: " + e);
            return Outcome.NOT_REPAIRED;
        }
    }

    private static Outcome delete(DatabaseLocation where) throws IOException {
        Files.deleteIfExists(where.file());
        Files.deleteIfExists(recordOf(where));
        return Outcome.DELETED;
    }

    /**
     * At an opening, before the file is judged: finishes a cut that a killed process recorded. Only the very file
     * recorded (same size and SHA-256) is cut; a record that does not fit the file is removed when the file ends with a
     * whole chunk (it has been cut, or grown since), and otherwise left alone and unused.
     *
     * @return the notice to give the user when an unfinished write was cut off now
     */
    static Optional<Text> resume(DatabaseLocation where) {
        Path recordFile = recordOf(where);
        Path mv = where.file();
        if (!Files.exists(recordFile)) {
            return Optional.empty();
        }
        try {
            Optional<Record> found = Record.read(recordFile);
            if (Files.isRegularFile(mv) && Database.FileKind.of(mv) == Database.FileKind.PLAIN
                    && Database.FileKind.cutShort(mv).isEmpty()) {
                Files.deleteIfExists(recordFile);
                return Optional.empty();
            }
            if (found.isEmpty() || !Files.isRegularFile(mv)) {
                return Optional.empty();
            }
            Record r = found.get();
            if (Files.size(mv) != r.size() || !Database.sha256(mv).equals(r.sha256())
                    || Database.FileKind.cutShort(mv, r.inUse()).isPresent() || lengthInUse(mv) != r.inUse()) {
                return Optional.empty();
            }
            cut(mv, r.inUse());
            Files.deleteIfExists(recordFile);
            return Optional.of(Text.of("security.db.unfinishedWriteDiscarded", mv.toString()));
        } catch (IOException | RuntimeException e) {
            java.util.logging.Logger.getLogger("io.pledgebench.store").warning("the recorded unfinished write at the end of "
                    + mv + " was not cut off: " + e);
            return Optional.empty();
        }
    }

    /**
     * Whether the file is exactly the one a recorded failed write left (for read-only commands, which never cut: H2
     * reads past the unfinished chunk, and the next command that writes cuts it).
     */
    static boolean recorded(DatabaseLocation where) {
        Path mv = where.file();
        try {
            Optional<Record> found = Record.read(recordOf(where));
            return found.isPresent() && Files.isRegularFile(mv) && Files.size(mv) == found.get().size()
                    && Database.sha256(mv).equals(found.get().sha256())
                    && Database.FileKind.cutShort(mv, found.get().inUse()).isEmpty();
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private static void cut(Path mv, long length) throws IOException {
        try (FileChannel ch = FileChannel.open(mv, StandardOpenOption.WRITE)) {
            ch.truncate(length);
            ch.force(true);
        }
    }

    /**
     * Whether H2 would have to write while opening the file: its last chunk holds a transaction that was still open (or
     * committing) when a later write failed, which H2 rolls back (or finishes) at the opening. A read-only opening then
     * fails ("This store is read-only"), so list and verify refuse the file. True also when H2 cannot read the file.
     */
    static boolean holdsUnfinishedTransaction(Path mv) {
        org.h2.mvstore.MVStore store;
        try {
            store = new org.h2.mvstore.MVStore.Builder().fileName(mv.toAbsolutePath().toString()).readOnly().open();
        } catch (RuntimeException e) {
            return true;
        }
        try {
            for (String name : store.getMapNames()) {
                // H2 2.3's undo logs: "undoLog.N" of an open transaction, "undoLog-N" of one being committed
                if (name.startsWith("undoLog") && store.hasData(name)) {
                    return true;
                }
            }
            return false;
        } catch (RuntimeException e) {
            return true;
        } finally {
            store.closeImmediately();
        }
    }

    /**
     * Where the chunks H2 reads from the file end (its headers and every chunk it knows), read by H2 itself with the
     * file opened read-only; 0 when H2 finds no chunk in it.
     */
    static long lengthInUse(Path mv) {
        String name = mv.toAbsolutePath().toString();
        org.h2.mvstore.MVStore store;
        try {
            store = new org.h2.mvstore.MVStore.Builder().fileName(name).readOnly().open();
        } catch (RuntimeException e) {
            return 0;
        }
        try {
            // H2 keeps this measure to itself (package-private); its version is pinned in the build
            java.lang.reflect.Method m = org.h2.mvstore.RandomAccessStore.class.getDeclaredMethod("getFileLengthInUse");
            m.setAccessible(true);
            return (Long) m.invoke(store.getFileStore());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("this H2 no longer measures the length of its file in use as 2.3 did", e);
        } finally {
            store.closeImmediately();
        }
    }
}
