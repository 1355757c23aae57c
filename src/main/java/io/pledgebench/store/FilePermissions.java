package io.pledgebench.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Portfolios and credit files are confidential: the data folder is private to the user (0700) and the database,
 * backups, logs and exports readable by the user alone (0600). On a file system without POSIX permissions
 * (Windows, some network shares) nothing is changed: the user's profile is private through its ACLs there.
 */
public final class FilePermissions {

    public static final Set<PosixFilePermission> FOLDER = PosixFilePermissions.fromString("rwx------");
    public static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");
    private static final Logger LOG = Logger.getLogger("io.pledgebench.store");

    private FilePermissions() {
    }

    /** Makes a folder 0700 or a file 0600; false when the file system has no POSIX permissions or refuses. */
    public static boolean ownerOnly(Path path) {
        try {
            Files.setPosixFilePermissions(path, Files.isDirectory(path) ? FOLDER : FILE);
            return true;
        } catch (UnsupportedOperationException e) {
            return false;
        } catch (IOException | SecurityException e) {
            LOG.log(Level.WARNING, "cannot restrict the permissions of a data file: " + e.getClass().getSimpleName());
            return false;
        }
    }

    /** Creates {@code folder} and each missing parent 0700 (an existing folder is left as it is). */
    public static Path privateFolder(Path folder) throws IOException {
        return io.pledgebench.io.OutputFile.createPrivateFolders(folder);
    }
}
