package io.pledgebench.store;

import io.pledgebench.domain.RefusedInputException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Optional;

/**
 * The embedded H2 file database (PostgreSQL mode, so the same SQL runs on a shared PostgreSQL server).
 * Opening it applies pending migrations, after copying the file to {@code backups/} beside it.
 * A keeper connection holds the database open while this object lives; each unit of work takes its
 * own connection from {@link #connect()}.
 */
public final class Database implements AutoCloseable {

    /** H2's error code for a database file locked by another process. */
    private static final int DATABASE_ALREADY_OPEN = 90020;
    /**
     * WRITE_DELAY=0: a commit reaches the file before it returns. H2's default (500 ms) loses the last commits
     * when the process is killed, which CrashSafetyTest showed: an import reported as done must survive.
     */
    private static final String URL_OPTIONS = ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;WRITE_DELAY=0";

    /** H2's error codes when a file cannot be decrypted: wrong password, or an encrypted file opened without one. */
    private static final java.util.Set<Integer> NOT_DECRYPTABLE = java.util.Set.of(28000, 90049, 90048, 90030);

    private final Path file;
    private final DatabaseLocation location;
    private final String url;
    private final String password;
    private final Connection keeper;

    private Database(DatabaseLocation location, Path file, String url, String password, Connection keeper) {
        this.location = location;
        this.file = file;
        this.url = url;
        this.password = password;
        this.keeper = keeper;
    }

    /** {@code ~/.pledgebench/pledgebench} (the file {@code pledgebench.mv.db} in the user's data folder). */
    public static Path defaultLocation() {
        return DataFolder.location().resolve("pledgebench");
    }

    /**
     * Opens (creating if needed) the database at {@code location}: a path with or without H2's {@code .mv.db}
     * suffix; null means {@link #defaultLocation()}.
     */
    public static Database open(Path location) {
        return open(location, null);
    }

    /**
     * Opens an AES-encrypted database ({@code filePassword} non-null) or a plain one (null). A new database is
     * created encrypted when a password is given. The password is kept only in memory while the database is open.
     */
    public static Database open(Path location, char[] filePassword) {
        return open(location, filePassword, true);
    }

    /**
     * Opens a database that must exist already: read-only commands ({@code list}, {@code report}, {@code verify})
     * never create one, because a mistyped path would otherwise give an empty database that verifies as intact.
     *
     * @throws RefusedInputException when there is no database at {@code location}
     */
    public static Database openExisting(Path location, char[] filePassword) {
        return open(location, filePassword, false);
    }

    private static Database open(Path location, char[] filePassword, boolean create) {
        DatabaseLocation where = DatabaseLocation.of(location == null ? defaultLocation() : location);
        Path mvFile = where.file();
        if (!create && !Files.isRegularFile(mvFile)) {
            throw RefusedInputException.of("security.db.missing", mvFile.toString());
        }
        String password = h2Password(filePassword);
        try {
            Path parent = where.base().getParent();
            if (parent != null && !Files.isDirectory(parent)) {
                FilePermissions.privateFolder(parent);
            }
        } catch (IOException e) {
            throw new StoreException("Cannot create the data folder for " + where.base() + ": " + e.getMessage(), e);
        }
        String url = where.url(URL_OPTIONS + (filePassword == null ? "" : ";CIPHER=AES") + (create ? "" : ";IFEXISTS=TRUE"));
        Connection keeper = connect(url, password, mvFile);
        try {
            Migrations migrations = new Migrations();
            Optional<Integer> current = migrations.currentVersion(keeper);
            if (current.isPresent() && current.get() < migrations.latestVersion()) {
                keeper.close();
                backup(mvFile, current.get());
                keeper = connect(url, password, mvFile);
            }
            migrations.migrate(keeper);
        } catch (SQLException e) {
            closeQuietly(keeper, e);
            throw new StoreException("Cannot prepare the database " + mvFile + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            closeQuietly(keeper, e);
            throw e;
        }
        FilePermissions.ownerOnly(mvFile);
        return new Database(where, mvFile, url, password, keeper);
    }

    /** H2 takes "filePassword userPassword"; the user password is empty because the file is the secret. */
    private static String h2Password(char[] filePassword) {
        if (filePassword == null) {
            return "";
        }
        String p = new String(filePassword);
        if (p.isEmpty()) {
            throw new IllegalArgumentException("the database password is empty");
        }
        if (p.chars().anyMatch(Character::isWhitespace)) {
            throw new IllegalArgumentException("the database password contains a space; H2 file passwords cannot");
        }
        return p + " ";
    }

    /** An in-memory database for tests and throw-away runs. */
    public static Database inMemory(String name) {
        String url = "jdbc:h2:mem:" + name + URL_OPTIONS + ";DB_CLOSE_DELAY=0";
        Connection keeper = connect(url, "", Path.of(name));
        try {
            new Migrations().migrate(keeper);
        } catch (SQLException e) {
            closeQuietly(keeper, e);
            throw new StoreException("Cannot prepare the in-memory database: " + e.getMessage(), e);
        }
        return new Database(null, Path.of(name), url, "", keeper);
    }

    private static Connection connect(String url, String password, Path file) {
        try {
            return DriverManager.getConnection(url, "pledgebench", password);
        } catch (SQLException e) {
            if (e.getErrorCode() == DATABASE_ALREADY_OPEN) {
                throw new DatabaseInUseException(file, e);
            }
            if (NOT_DECRYPTABLE.contains(e.getErrorCode())) {
                throw new StoreException("Cannot open the database " + file + ": it is encrypted and the password is"
                        + (password.isEmpty() ? " missing (give it with --password-file)" : " wrong")
                        + ", or the file is not a PledgeBench database", e);
            }
            throw new StoreException("Cannot open the database " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * Copies the closed database file into {@code backups/} beside it before a schema upgrade: written to a hidden
     * temporary file, forced to disk and renamed (a kill or a full disk never leaves a partial backup under a
     * backup's name), 0600, and verified against the original by SHA-256 before the upgrade may go on.
     */
    static Path backup(Path mvFile, int version) {
        try {
            Path dir = FilePermissions.privateFolder(mvFile.getParent().resolve("backups"));
            String stamp = java.time.LocalDateTime.now().format(java.time.format.DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
            String stem = mvFile.getFileName().toString().replace(DatabaseLocation.SUFFIX, "") + "-v" + version + "-" + stamp;
            Path target = dir.resolve(stem + DatabaseLocation.SUFFIX);
            for (int n = 2; Files.exists(target); n++) {
                target = dir.resolve(stem + "-" + n + DatabaseLocation.SUFFIX);
            }
            io.pledgebench.io.OutputFile.of(target).write(out -> Files.copy(mvFile, out));
            if (!sha256(target).equals(sha256(mvFile))) {
                Files.deleteIfExists(target);
                throw new IOException("the copy differs from the database");
            }
            return target;
        } catch (IOException | java.io.UncheckedIOException e) {
            String reason = io.pledgebench.io.OutputFile.isDiskFull(e) ? "disk full" : e.getMessage();
            throw new StoreException("Cannot back up " + mvFile + " before upgrading its schema; nothing was changed: "
                    + reason, e);
        }
    }

    /** The newest backup of the database at {@code location}, if any: what to restore after damage. */
    public static Optional<Path> newestBackup(DatabaseLocation location) {
        Path dir = location.backups();
        String prefix = location.file().getFileName().toString().replace(DatabaseLocation.SUFFIX, "") + "-v";
        if (!Files.isDirectory(dir)) {
            return Optional.empty();
        }
        try (java.util.stream.Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().startsWith(prefix)
                            && f.getFileName().toString().endsWith(DatabaseLocation.SUFFIX))
                    .max(java.util.Comparator.comparing(f -> {
                        try {
                            return Files.getLastModifiedTime(f);
                        } catch (IOException e) {
                            return java.nio.file.attribute.FileTime.fromMillis(0);
                        }
                    }));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    static String sha256(Path file) throws IOException {
        try (java.io.InputStream in = Files.newInputStream(file)) {
            java.security.MessageDigest md = java.security.MessageDigest.getInstance("SHA-256");
            byte[] buf = new byte[1 << 16];
            for (int n; (n = in.read(buf)) > 0; ) {
                md.update(buf, 0, n);
            }
            return java.util.HexFormat.of().formatHex(md.digest());
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private static void closeQuietly(Connection c, Exception primary) {
        try {
            c.close();
        } catch (SQLException e) {
            primary.addSuppressed(e);
        }
    }

    /** A new connection with auto-commit on; the caller closes it. */
    public Connection connect() throws SQLException {
        return DriverManager.getConnection(url, "pledgebench", password);
    }

    /** The database file ({@code …/pledgebench.mv.db}). */
    public Path file() {
        return file;
    }

    /** Where the database file lives; empty for an in-memory database. */
    public Optional<DatabaseLocation> location() {
        return Optional.ofNullable(location);
    }

    @Override
    public void close() {
        try {
            keeper.close();
        } catch (SQLException e) {
            throw new StoreException("Closing the database failed: " + e.getMessage(), e);
        }
    }
}
