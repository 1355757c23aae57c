package io.pledgebench.io;

import io.pledgebench.domain.LocalizedMessage;
import io.pledgebench.domain.RefusedInputException;
import io.pledgebench.domain.Text;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A file the user named for output ({@code --pdf}, {@code --json}, {@code export --out}, Save as PDF), written so
 * that nothing is lost:
 * <ul>
 *   <li>an existing file is refused unless overwriting was asked for ({@code --force}, or confirmed in a dialog);</li>
 *   <li>the protected files (the database, its backups and witness, the inputs) are never written over, compared by
 *   their real paths, so a symbolic link or {@code ./../} does not get past;</li>
 *   <li>the content goes to a temporary file in the same folder (0600), is forced to disk, and is renamed over the
 *   target atomically: a crash, a kill or a full disk leaves the old file as it was;</li>
 *   <li>a full disk is said plainly ({@link OutputFailedException} with the reason "disk full").</li>
 * </ul>
 * Usage: {@code OutputFile.of(path).overwrite(force).protect(db.protectedFiles()).write(out -> …)}; call
 * {@link #check()} before long work so a refusal comes before minutes of computation.
 */
public final class OutputFile {

    /** Writes the content; the stream is buffered and closed by {@link OutputFile}. */
    @FunctionalInterface
    public interface Body {
        void write(OutputStream out) throws IOException;
    }

    /** Writing failed (disk full, no permission, …): exit 1 on the command line, with a one-line reason. */
    public static final class OutputFailedException extends UncheckedIOException implements LocalizedMessage {
        private static final long serialVersionUID = 1L;
        private final transient Text text;

        OutputFailedException(Text text, IOException cause) {
            super(text.english(), cause);
            this.text = text;
        }

        @Override
        public Text text() {
            return text;
        }

        /** Whether the failure was a full disk (or quota). */
        public boolean diskFull() {
            return "security.output.diskFull".equals(text.key());
        }
    }

    private final Path target;
    private final boolean overwrite;
    private final List<Path> protectedPaths;

    private OutputFile(Path target, boolean overwrite, List<Path> protectedPaths) {
        this.target = Objects.requireNonNull(target, "target");
        this.overwrite = overwrite;
        this.protectedPaths = List.copyOf(protectedPaths);
    }

    public static OutputFile of(Path target) {
        return new OutputFile(target, false, List.of());
    }

    /** Whether an existing file may be replaced (the user gave {@code --force} or confirmed it). */
    public OutputFile overwrite(boolean allowed) {
        return new OutputFile(target, allowed, protectedPaths);
    }

    /** Files never to be written over; a folder protects everything inside it. */
    public OutputFile protect(Collection<Path> paths) {
        List<Path> all = new ArrayList<>(protectedPaths);
        for (Path p : paths) {
            if (p != null) {
                all.add(p);
            }
        }
        return new OutputFile(target, overwrite, all);
    }

    public Path target() {
        return target;
    }

    /**
     * Refuses the target now if it is protected, an existing folder, or an existing file without permission to
     * overwrite it.
     *
     * @throws RefusedInputException with the reason
     */
    public OutputFile check() {
        FileNames.requireNamesFit(target.toAbsolutePath(), 0);
        Path real = realTarget(target);
        for (Path p : protectedPaths) {
            Path guarded = realTarget(p);
            if (real.equals(guarded) || real.startsWith(guarded) && Files.isDirectory(guarded)) {
                throw RefusedInputException.of("security.output.protected", target.toString(), p.toString());
            }
        }
        if (Files.isDirectory(target)) {
            throw RefusedInputException.of("security.output.folder", target.toString());
        }
        if (Files.exists(target) && !Files.isRegularFile(target)) {
            // a named pipe would block the command until someone reads it; a device is no place for a report
            throw RefusedInputException.of("security.path.notRegular", target.toString());
        }
        if (Files.exists(target, LinkOption.NOFOLLOW_LINKS) && !overwrite) {
            throw RefusedInputException.of("security.output.exists", target.toString());
        }
        return this;
    }

    /** Checks the target and writes {@code body} to it atomically. */
    public void write(Body body) {
        check();
        Path real = realTarget(target);
        Path dir = real.getParent();
        Path tmp = null;
        try {
            createPrivateFolders(dir);
            tmp = Files.createTempFile(dir, "." + tempStem(real.getFileName().toString()) + ".", ".tmp",
                    posix(dir) ? new java.nio.file.attribute.FileAttribute<?>[] {
                            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"))}
                            : new java.nio.file.attribute.FileAttribute<?>[0]);
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
                OutputStream out = new BufferedOutputStream(Channels.newOutputStream(ch));
                body.write(new NonClosing(out));
                out.flush();
                ch.force(true);
            }
            if (!overwrite && Files.exists(real, LinkOption.NOFOLLOW_LINKS)) {
                throw RefusedInputException.of("security.output.exists", target.toString());
            }
            move(tmp, real);
            tmp = null;
            syncFolder(dir);
        } catch (IOException e) {
            throw failure(target, e);
        } catch (UncheckedIOException e) {
            throw failure(target, e.getCause());
        } catch (RuntimeException e) {
            if (isDiskFull(e)) {
                throw new OutputFailedException(Text.of("security.output.diskFull", target.toString()),
                        new IOException(e));
            }
            throw e;
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // the temporary file is hidden and named after the target; nothing else can be done
                }
            }
        }
    }

    /** The temporary file's name stays within the file name limit however long the target's name is. */
    private static String tempStem(String name) {
        return name.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > FileNames.MAX_NAME_BYTES - 40
                ? "pledgebench-output" : name;
    }

    /**
     * Creates {@code folder} and its missing parents, each private to the user (0700 on POSIX; elsewhere the
     * folder's ACLs apply), so an output or a database in a new folder is not left readable by others.
     */
    public static Path createPrivateFolders(Path folder) throws IOException {
        Path abs = folder.toAbsolutePath().normalize();
        if (Files.isDirectory(abs)) {
            return folder;
        }
        Path parent = abs.getParent();
        if (parent != null) {
            createPrivateFolders(parent);
        }
        if (posix(parent == null ? abs : parent)) {
            try {
                Files.createDirectory(abs, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
            } catch (java.nio.file.FileAlreadyExistsException e) {
                if (!Files.isDirectory(abs)) {
                    throw e;
                }
            }
            // the umask may have taken bits away, never added: set exactly 0700
            Files.setPosixFilePermissions(abs, PosixFilePermissions.fromString("rwx------"));
        } else {
            Files.createDirectories(abs);
        }
        return folder;
    }

    private static void move(Path tmp, Path real) throws IOException {
        try {
            Files.move(tmp, real, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, real, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** On POSIX a rename reaches the disk only when its folder is synced; elsewhere this is not possible. */
    private static void syncFolder(Path dir) {
        try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException | UnsupportedOperationException ignored) {
            // Windows cannot open a folder; its rename is durable once it returns
        }
    }

    private static boolean posix(Path dir) {
        return dir.getFileSystem().supportedFileAttributeViews().contains("posix");
    }

    /** The failure as one line: "disk full" when the file system says so, else the system's reason. */
    public static OutputFailedException failure(Path target, IOException e) {
        if (isDiskFull(e)) {
            return new OutputFailedException(Text.of("security.output.diskFull", target.toString()), e);
        }
        String reason = e instanceof FileSystemException fse && fse.getReason() != null ? fse.getReason()
                : String.valueOf(e.getMessage());
        return new OutputFailedException(Text.of("security.output.failed", target.toString(),
                e.getClass().getSimpleName() + ": " + reason), e);
    }

    /** ENOSPC ("No space left on device") and EDQUOT ("Disk quota exceeded") anywhere in the cause chain. */
    public static boolean isDiskFull(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String m = t.getMessage();
            if (m != null) {
                String l = m.toLowerCase(Locale.ROOT);
                if (l.contains("no space left on device") || l.contains("disk quota exceeded")
                        || l.contains("not enough space on the disk")) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The real path of a file that may not exist yet: its folder's real path plus its name. */
    static Path realTarget(Path p) {
        Path abs = p.toAbsolutePath().normalize();
        try {
            if (Files.exists(abs)) {
                return abs.toRealPath();
            }
            Path parent = abs.getParent();
            if (parent != null && Files.exists(parent)) {
                return parent.toRealPath().resolve(abs.getFileName());
            }
        } catch (IOException e) {
            return abs;
        }
        return abs;
    }

    /** Lets a body close its stream (PDFBox, POI do) without closing the channel before it is forced. */
    private static final class NonClosing extends java.io.FilterOutputStream {
        NonClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            out.flush();
        }
    }
}
