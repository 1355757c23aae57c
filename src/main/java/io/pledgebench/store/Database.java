package io.pledgebench.store;

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
    private static final String URL_OPTIONS = ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";

    private final Path file;
    private final String url;
    private final Connection keeper;

    private Database(Path file, String url, Connection keeper) {
        this.file = file;
        this.url = url;
        this.keeper = keeper;
    }

    /** {@code ~/.pledgebench/pledgebench} (the file {@code pledgebench.mv.db} in the user's data folder). */
    public static Path defaultLocation() {
        return Path.of(System.getProperty("user.home"), ".pledgebench", "pledgebench");
    }

    /**
     * Opens (creating if needed) the database at {@code location}: a path with or without H2's {@code .mv.db}
     * suffix; null means {@link #defaultLocation()}.
     */
    public static Database open(Path location) {
        Path base = baseOf(location == null ? defaultLocation() : location);
        try {
            Path parent = base.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
        } catch (IOException e) {
            throw new StoreException("Cannot create the data folder for " + base + ": " + e.getMessage(), e);
        }
        String url = "jdbc:h2:file:" + base.toAbsolutePath() + URL_OPTIONS;
        Path mvFile = Path.of(base.toAbsolutePath() + ".mv.db");
        Connection keeper = connect(url, mvFile);
        try {
            Migrations migrations = new Migrations();
            Optional<Integer> current = migrations.currentVersion(keeper);
            if (current.isPresent() && current.get() < migrations.latestVersion()) {
                keeper.close();
                backup(mvFile, current.get());
                keeper = connect(url, mvFile);
            }
            migrations.migrate(keeper);
        } catch (SQLException e) {
            closeQuietly(keeper, e);
            throw new StoreException("Cannot prepare the database " + mvFile + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            closeQuietly(keeper, e);
            throw e;
        }
        return new Database(mvFile, url, keeper);
    }

    /** An in-memory database for tests and throw-away runs. */
    public static Database inMemory(String name) {
        String url = "jdbc:h2:mem:" + name + URL_OPTIONS + ";DB_CLOSE_DELAY=0";
        Connection keeper = connect(url, Path.of(name));
        try {
            new Migrations().migrate(keeper);
        } catch (SQLException e) {
            closeQuietly(keeper, e);
            throw new StoreException("Cannot prepare the in-memory database: " + e.getMessage(), e);
        }
        return new Database(Path.of(name), url, keeper);
    }

    private static Path baseOf(Path location) {
        String s = location.toString();
        if (s.endsWith(".mv.db")) {
            return Path.of(s.substring(0, s.length() - ".mv.db".length()));
        }
        return location;
    }

    private static Connection connect(String url, Path file) {
        try {
            return DriverManager.getConnection(url, "pledgebench", "");
        } catch (SQLException e) {
            if (e.getErrorCode() == DATABASE_ALREADY_OPEN) {
                throw new DatabaseInUseException(file, e);
            }
            throw new StoreException("Cannot open the database " + file + ": " + e.getMessage(), e);
        }
    }

    private static void backup(Path mvFile, int version) {
        try {
            Path dir = mvFile.getParent().resolve("backups");
            Files.createDirectories(dir);
            String stamp = java.time.LocalDateTime.now().format(java.time.format.DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
            Path target = dir.resolve(mvFile.getFileName().toString().replace(".mv.db", "")
                    + "-v" + version + "-" + stamp + ".mv.db");
            Files.copy(mvFile, target);
        } catch (IOException e) {
            throw new StoreException("Cannot back up " + mvFile + " before upgrading its schema; nothing was changed: "
                    + e.getMessage(), e);
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
        return DriverManager.getConnection(url, "pledgebench", "");
    }

    /** The database file ({@code …/pledgebench.mv.db}). */
    public Path file() {
        return file;
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
