package io.pledgebench.io;

import io.pledgebench.domain.OneLine;
import io.pledgebench.domain.RefusedInputException;
import io.pledgebench.domain.Text;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Checks on paths the user gives, made before anything is opened, so that the answer is a clear refusal (exit 2)
 * rather than a stack trace or a command that never returns: a file name longer than file systems take (255 bytes
 * on ext4, XFS, APFS and NTFS), and a named pipe, device or socket where a file is expected (opening a pipe
 * blocks until someone writes to it).
 */
public final class FileNames {

    /** The longest file name (one path element) the common file systems take, in bytes of UTF-8. */
    public static final int MAX_NAME_BYTES = 255;

    private FileNames() {
    }

    /**
     * Why {@code path} cannot be used because one of its names is too long, if it cannot; {@code suffixBytes} are
     * added to the last name (a side file such as {@code .witness} written beside it).
     */
    public static Optional<Text> nameTooLong(Path path, int suffixBytes) {
        int count = path.getNameCount();
        for (int i = 0; i < count; i++) {
            String name = path.getName(i).toString();
            int bytes = name.getBytes(StandardCharsets.UTF_8).length + (i == count - 1 ? suffixBytes : 0);
            if (bytes > MAX_NAME_BYTES) {
                String shown = name.length() > 40 ? name.substring(0, 40) + "\u2026" : name;
                return Optional.of(Text.of("security.path.nameTooLong", OneLine.of(path.toString()), OneLine.of(shown),
                        bytes, MAX_NAME_BYTES));
            }
        }
        return Optional.empty();
    }

    /** @throws RefusedInputException when a name of {@code path} is too long (see {@link #nameTooLong}) */
    public static void requireNamesFit(Path path, int suffixBytes) {
        Optional<Text> problem = nameTooLong(path, suffixBytes);
        if (problem.isPresent()) {
            throw new RefusedInputException(problem.get());
        }
    }

    /**
     * @throws RefusedInputException when {@code path} exists but is neither a regular file nor a folder (a named
     *                               pipe, a device, a socket), which would block or read without end
     */
    public static void requireRegularIfExists(Path path) {
        if (Files.exists(path) && !Files.isRegularFile(path) && !Files.isDirectory(path)) {
            throw RefusedInputException.of("security.path.notRegular", OneLine.of(path.toString()));
        }
    }
}
