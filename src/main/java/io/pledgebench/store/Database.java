package io.pledgebench.store;

import io.pledgebench.domain.RefusedInputException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
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
    private static final String URL_OPTIONS = ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;WRITE_DELAY=0"
            // no <db>.trace.db: H2 would create it world-readable beside the database, and PledgeBench logs its own errors
            + ";TRACE_LEVEL_FILE=0";
    /**
     * Given only to the connection that opens the database (the keeper): H2 runs a URL's settings as {@code SET}
     * statements on every new connection, so a cache size in the URL of each unit of work's connection would undo
     * {@link #withImportCache} as soon as the import's transaction connected.
     */
    private static final String OPEN_OPTIONS = ";CACHE_SIZE=" + cacheKilobytes(Runtime.getRuntime().maxMemory());
    /**
     * Given to the connection that opens the database for a command whose one write is an import
     * ({@link #openForImport}): H2 then does not compact the file when it closes. Only a setting of the connection that
     * opens the database counts (H2 reads it once, at opening).
     */
    private static final String NO_COMPACTION_AT_CLOSE = ";MAX_COMPACT_TIME=0";
    /**
     * H2's page cache: an eighth of the heap, between H2's default 16 MB and 64 MB (each open database holds its own).
     * With the default, importing 100,000 patents (a 40 MB file) evicted the pages it had just written and read them
     * back to commit and to hash the import for the audit chain.
     */
    static long cacheKilobytes(long maxHeapBytes) {
        long eighth = maxHeapBytes / 8 / 1024;
        return Math.max(16 * 1024, Math.min(64 * 1024, eighth));
    }

    /**
     * H2's page cache while a large write runs ({@link #withImportCache}): a quarter of the heap, never below the usual
     * cache nor above 1 GB. Importing 100,000 patents into the usual 64 MB evicted index pages that the insert, the
     * commit (which visits every row of the transaction) and the portfolio's seal read back from the file; with 512 MB
     * none were, and the import took a fifth less CPU time.
     */
    static long importCacheKilobytes(long maxHeapBytes) {
        return Math.max(cacheKilobytes(maxHeapBytes), Math.min(1024 * 1024, maxHeapBytes / 4 / 1024));
    }

    /**
     * Runs {@code work} (a unit of work of its own, e.g. one import's transaction) with H2's page cache enlarged to
     * {@link #importCacheKilobytes}, and sets it back to the usual size afterwards, whether the work succeeded or not:
     * H2's cache size is one per database and persistent, and a workbench open for a day must not keep the larger one.
     * Only for an H2 file; the team database (PostgreSQL) and in-memory databases run {@code work} as it is.
     */
    <T> T withImportCache(java.util.function.Supplier<T> work) {
        if (team != null || location == null) {
            return work.get();
        }
        long max = Runtime.getRuntime().maxMemory();
        setCacheKilobytes(importCacheKilobytes(max));
        T result;
        try {
            takeSafePoint();
            workBegun = true;
            result = work.get();
        } catch (RuntimeException | Error e) {
            try {
                if (!stopped) {
                    setCacheKilobytes(cacheKilobytes(max));
                }
            } catch (RuntimeException reset) {
                e.addSuppressed(reset);
            }
            throw e;
        }
        setCacheKilobytes(cacheKilobytes(max));
        if (!importOnly) {
            // a database that stays open (the workbench): a later failed write is not this work's to undo
            dropSafePoint();
        }
        return result;
    }

    /**
     * The file as it was before the import's transaction ({@link SafePoint}), while the import runs and, for the command
     * line's import ({@link #openForImport}), until the database is closed; null when none is kept.
     */
    private SafePoint safePoint;
    /** H2's retention time of freed chunks before the safe point was taken. */
    private int retentionBefore;
    /** Whether a unit of work run through {@link #withImportCache} has begun (it may have stored something). */
    private boolean workBegun;
    /** Whether this opening created the file (it did not exist before the command). */
    private boolean created;
    /** Whether this is the command line's import, whose one write is the import and which closes right after it. */
    private boolean importOnly;

    /**
     * Writes every commit to the file, turns H2's reuse of free space inside the file off (so that what the import
     * writes lies after the file's present end) and notes the file as it is ({@link SafePoint}). Without a safe point
     * (an encrypted file, a file that does not end with a whole chunk) the import runs as before.
     */
    private void takeSafePoint() {
        if (team != null || location == null || url.contains(READ_ONLY) || FileKind.of(file) != FileKind.PLAIN) {
            return;
        }
        try (Connection c = connect(); java.sql.Statement s = c.createStatement()) {
            s.execute("CHECKPOINT");
        } catch (SQLException | RuntimeException e) {
            StoreException failed = afterFailedWrite(e);
            if (failed != null) {
                throw failed;
            }
            if (e instanceof RuntimeException r) {
                throw r;
            }
            throw new StoreException("Cannot write the database's pending changes to " + file + ": " + e.getMessage(), e);
        }
        try {
            org.h2.mvstore.MVStore store = mvStore();
            // new chunks only after the file's end, and no chunk of the file freed (so none overwritten) meanwhile
            store.setReuseSpace(false);
            retentionBefore = store.getRetentionTime();
            store.setRetentionTime(Integer.MAX_VALUE);
            safePoint = SafePoint.take(file).orElse(null);
        } catch (IOException | RuntimeException e) {
            java.util.logging.Logger.getLogger("io.pledgebench.store").warning("the database file " + file + " could not be"
                    + " noted before the import (a failed write is then only cut back to H2's last chunk): " + e);
            safePoint = null;
        }
    }

    private void dropSafePoint() {
        if (safePoint == null) {
            return;
        }
        safePoint = null;
        try {
            mvStore().setReuseSpace(true);
            mvStore().setRetentionTime(retentionBefore);
        } catch (RuntimeException e) {
            java.util.logging.Logger.getLogger("io.pledgebench.store").warning("H2's reuse of free space in " + file
                    + " could not be turned on again: " + e);
        }
    }

    /** Deletes the file this command created (and its witness): it holds the empty schema and nothing else. */
    private void deleteCreated() throws IOException {
        Files.deleteIfExists(file);
        Files.deleteIfExists(location.witness());
        Files.deleteIfExists(UnfinishedWrite.recordOf(location));
    }

    /** H2's store beneath this database (H2 2.3's engine classes; the version is pinned in the build). */
    private org.h2.mvstore.MVStore mvStore() {
        try {
            org.h2.engine.SessionLocal session = (org.h2.engine.SessionLocal) keeper.unwrap(org.h2.jdbc.JdbcConnection.class)
                    .getSession();
            return session.getDatabase().getStore().getMvStore();
        } catch (SQLException e) {
            throw new IllegalStateException("not an H2 connection: " + e.getMessage(), e);
        }
    }

    /**
     * After the unfinished write was cut back to H2's last chunk ({@link UnfinishedWrite#discard}): when that chunk
     * still holds the import's open transaction (H2 would roll it back while opening, which a read-only opening cannot,
     * and list and verify would refuse the file), or when the cut could not be made, the file is put back as it was
     * before the import ({@link SafePoint}). A database this command created, back to the empty schema it was given,
     * is deleted: it held nothing of the user's. What the file holds afterwards is what the import's check then reads.
     */
    private UnfinishedWrite.Outcome afterDiscard(UnfinishedWrite.Outcome outcome) {
        if (outcome == UnfinishedWrite.Outcome.DELETED || !Files.isRegularFile(file)) {
            return outcome;
        }
        java.util.logging.Logger log = java.util.logging.Logger.getLogger("io.pledgebench.store");
        if (created && importOnly && !workBegun) {
            // the command created the file and failed before its import began: only the empty schema is in it
            try {
                deleteCreated();
                return UnfinishedWrite.Outcome.DELETED;
            } catch (IOException e) {
                log.warning("the new database file " + file + " could not be deleted: " + e);
                return outcome;
            }
        }
        if (safePoint == null) {
            return outcome;
        }
        try {
            boolean unreadable = outcome == UnfinishedWrite.Outcome.NOT_REPAIRED
                    || UnfinishedWrite.holdsUnfinishedTransaction(file);
            boolean asBefore = !unreadable && Files.size(file) == safePoint.length() && safePoint.fits(file);
            if (unreadable || asBefore) {
                if (!safePoint.restore(file)) {
                    log.warning("the database file " + file + " was written inside since the import began: it is left as"
                            + " H2's last chunk has it");
                    return outcome;
                }
                Files.deleteIfExists(UnfinishedWrite.recordOf(location));
                log.info("the database file " + file + " was put back as it was before the import (" + safePoint.length()
                        + " bytes)" + (unreadable ? ": its last chunk held the import's unfinished transaction" : ""));
                asBefore = true;
            }
            if (asBefore && created && importOnly) {
                deleteCreated();
                return UnfinishedWrite.Outcome.DELETED;
            }
            return asBefore ? UnfinishedWrite.Outcome.RESTORED : outcome;
        } catch (IOException | RuntimeException e) {
            log.warning("the database file " + file + " could not be put back as it was before the import: " + e);
            return outcome;
        }
    }

    private void setCacheKilobytes(long kilobytes) {
        // a statement of its own on a connection of its own: H2 commits around a SET, so never inside a transaction
        try (Connection c = connect(); java.sql.Statement s = c.createStatement()) {
            s.execute("SET CACHE_SIZE " + kilobytes);
        } catch (SQLException | RuntimeException e) {
            StoreException failed = afterFailedWrite(e);
            if (failed != null) {
                throw failed;
            }
            if (e instanceof RuntimeException r) {
                throw r;
            }
            throw new StoreException("Cannot set the database's page cache to " + kilobytes + " KB: " + e.getMessage(), e);
        }
    }

    /** H2 opens the file for reading only and never writes to it: read-only commands leave it byte for byte as it was. */
    private static final String READ_ONLY = ";ACCESS_MODE_DATA=r";

    /** How a command opens the database. */
    private enum Mode {
        /** Created when missing, migrated (after a backup) when older: commands that store something. */
        CREATE,
        /** Must exist; migrated when older: commands that write to an existing database (sign-off). */
        EXISTING,
        /** Must exist, is never written to (H2 read-only) and never migrated: list, report, verify, export. */
        READ_ONLY,
        /**
         * As {@link #CREATE}, for the command line's {@code import}, which closes the database right after its one
         * transaction: H2's compaction at close is left out (docs/adr/0014-import-close-without-compaction.md).
         */
        IMPORT
    }


    private final Path file;
    private final DatabaseLocation location;
    private final String url;
    private final String password;
    private final Connection keeper;
    /** Serialises this process's writers, so they never race each other for the next audit entry. */
    private final java.util.concurrent.locks.ReentrantLock writes = new java.util.concurrent.locks.ReentrantLock(true);

    /** The team database (PostgreSQL) this is, or null for an H2 file or memory database. */
    private final TeamDatabaseUrl team;
    /** The team database's login ({@code current_user}) and its PledgeBench role; null on H2. */
    private final String login;
    private final String teamRole;

    private Database(DatabaseLocation location, Path file, String url, String password, Connection keeper) {
        this(location, file, url, password, keeper, null, null, null);
    }

    private Database(DatabaseLocation location, Path file, String url, String password, Connection keeper,
                     TeamDatabaseUrl team, String login, String teamRole) {
        this.location = location;
        this.file = file;
        this.url = url;
        this.password = password;
        this.keeper = keeper;
        this.team = team;
        this.login = login;
        this.teamRole = teamRole;
    }

    /**
     * Opens the team database (PostgreSQL) as the login the address names. Its schema must be there and current:
     * the database's owner creates and upgrades it with {@code admin init-team-db}, never a user's command.
     *
     * @param password the login's password, or null to connect without one (a server that trusts this machine)
     * @throws RefusedInputException when the database has no PledgeBench schema or an older one
     */
    public static Database openTeam(TeamDatabaseUrl where, char[] password) {
        Connection keeper = connectTeam(where, password);
        try {
            Migrations migrations = Migrations.of(Migrations.Dialect.POSTGRESQL);
            int version = migrations.currentVersion(keeper).orElse(0);
            if (version < migrations.latestVersion()) {
                // the command is the owner's to run: named with the owner's login, not the user's who met it
                throw RefusedInputException.of("team.db.notInitialised", where.display(), version,
                        migrations.latestVersion(), "'postgresql://" + where.host() + ":" + where.port() + "/"
                                + where.database() + "?user=OWNER'");
            }
            if (version > migrations.latestVersion()) {
                throw new StoreException("The team database has schema version " + version + ", newer than this"
                        + " PledgeBench (" + migrations.latestVersion() + "). Use a newer PledgeBench.");
            }
            return team(where, password, keeper);
        } catch (SQLException e) {
            closeQuietly(keeper, e);
            throw new StoreException("Cannot read the team database " + where.display() + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            closeQuietly(keeper, e);
            throw e;
        }
    }

    /**
     * Creates or upgrades the team database's schema, roles, grants, triggers and policies, as the login the address
     * names (the database's owner, with the right to create roles). Run again after an upgrade of PledgeBench.
     */
    public static Database initTeam(TeamDatabaseUrl where, char[] password) {
        Connection keeper = connectTeam(where, password);
        try {
            Migrations.of(Migrations.Dialect.POSTGRESQL).migrate(keeper);
            return team(where, password, keeper);
        } catch (SQLException e) {
            closeQuietly(keeper, e);
            throw new StoreException("Cannot prepare the team database " + where.display() + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            closeQuietly(keeper, e);
            throw e;
        }
    }

    private static Database team(TeamDatabaseUrl where, char[] password, Connection keeper) throws SQLException {
        String login;
        String role = null;
        try (java.sql.Statement s = keeper.createStatement();
             java.sql.ResultSet rs = s.executeQuery("SELECT current_user")) {
            rs.next();
            login = rs.getString(1);
        }
        try (java.sql.Statement s = keeper.createStatement(); java.sql.ResultSet rs = s.executeQuery(
                "SELECT r FROM (VALUES (1, 'admin'), (2, 'reviewer'), (3, 'officer'), (4, 'auditor')) AS v(n, r)"
                        + " WHERE EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'pb_' || r)"
                        + " AND pg_has_role(current_user, 'pb_' || r, 'MEMBER')"
                        + " AND NOT (SELECT rolsuper FROM pg_roles WHERE rolname = current_user) ORDER BY n")) {
            if (rs.next()) {
                role = rs.getString(1);
            }
        }
        return new Database(null, Path.of(where.database()), where.jdbcUrl(),
                password == null ? null : new String(password), keeper, where, login, role == null ? "owner" : role);
    }

    private static Connection connectTeam(TeamDatabaseUrl where, char[] password) {
        try {
            return DriverManager.getConnection(where.jdbcUrl(), teamProperties(where.user(),
                    password == null ? null : new String(password)));
        } catch (SQLException e) {
            // pgjdbc's messages name the login and server, never the password
            String state = e.getSQLState() == null ? "" : e.getSQLState();
            boolean noPassword = password == null && String.valueOf(e.getMessage()).contains("password");
            // the messages end in their own full stop; the sentence around them adds one
            String reason = String.valueOf(e.getMessage()).replaceAll("[.\\s]+$", "");
            if (state.equals("28P01") || state.equals("28000") || noPassword) {
                throw RefusedInputException.of("team.db.loginRefused", where.display(), reason);
            }
            if (state.startsWith("08")) {
                throw RefusedInputException.of("team.db.unreachable", where.display(), reason);
            }
            throw new StoreException("Cannot connect to the team database " + where.display() + ": " + e.getMessage(), e);
        }
    }

    private static java.util.Properties teamProperties(String user, String password) {
        java.util.Properties p = new java.util.Properties();
        p.setProperty("user", user);
        if (password != null) {
            p.setProperty("password", password);
        }
        p.setProperty("ApplicationName", "PledgeBench");
        return p;
    }

    /** Whether this is the shared team database (PostgreSQL) rather than an H2 file. */
    public boolean isTeam() {
        return team != null;
    }

    /** The team database's address (without password); empty on H2. */
    public Optional<TeamDatabaseUrl> teamUrl() {
        return Optional.ofNullable(team);
    }

    /** The team database's login ({@code current_user}); empty on H2. */
    public Optional<String> login() {
        return Optional.ofNullable(login);
    }

    /** The login's PledgeBench role: officer, reviewer, admin, auditor, or owner (none of them); empty on H2. */
    public Optional<String> teamRole() {
        return Optional.ofNullable(teamRole);
    }

    /**
     * Whose name a change is stored under: on the team database always the login (whatever was asked for), on an H2
     * file the name given.
     */
    public String actor(String requested) {
        return team != null ? login : requested;
    }

    /** How the database is named to people: the H2 file, or the team database's address. */
    public String describe() {
        return team != null ? team.display() : file.toString();
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
        return open(location, filePassword, Mode.CREATE);
    }

    /**
     * Opens a database that must exist already, to write to it ({@code signoff}): a mistyped path must not give an
     * empty database. Commands that only read use {@link #openReadOnly}.
     *
     * @throws RefusedInputException when there is no database at {@code location}
     */
    public static Database openExisting(Path location, char[] filePassword) {
        return open(location, filePassword, Mode.EXISTING);
    }

    /**
     * Opens a database that must exist for reading only: H2 never writes to the file (no recovery, no compaction, no
     * migration), so {@code list}, {@code report}, {@code verify} and {@code export} leave it byte for byte as it was,
     * and verifying a backup does not upgrade it. A database whose schema is older than this PledgeBench is refused
     * with the reason instead of being migrated.
     *
     * @throws RefusedInputException when there is no database at {@code location}, or its schema is older
     */
    public static Database openReadOnly(Path location, char[] filePassword) {
        return open(location, filePassword, Mode.READ_ONLY);
    }

    /**
     * Opens (creating if needed) the database for one import that a process closes right after, as
     * {@link #open(Path, char[])} does, except that H2 does not compact the file when this closes it. Every commit
     * reaches the file as before (WRITE_DELAY=0); only the rearranging of the file's chunks at close is left out. After a
     * 100,000-patent import that rearranging took about a second of CPU time within H2's 200 ms limit for it, and the
     * file was as large afterwards as without it; the file's unused space is reused by later writes, and the next
     * command that writes and closes the database compacts it as usual (docs/adr/0014-import-close-without-compaction.md).
     */
    public static Database openForImport(Path location, char[] filePassword) {
        return open(location, filePassword, Mode.IMPORT);
    }

    /**
     * Applies every migration to a database file that has no schema yet, script by script as on any other database,
     * but with H2 writing the file at its checkpoint at the end instead of at each of the scripts' 42 statements and
     * 12 commits (WRITE_DELAY=0 stores a chunk per commit, and H2 commits every DDL statement): that cost about 0.4 s
     * of CPU time on every import into a new database (docs/adr/0020-import-fixed-cost.md).
     * Nothing is reported before the checkpoint, and the next opening finishes a creation cut short, as it would
     * finish one cut short between two scripts; the statements and the resulting schema are the same
     * ({@code FreshSchemaTest}).
     */
    static void createSchema(Connection keeper, Migrations migrations) throws SQLException {
        try (Statement s = keeper.createStatement()) {
            s.execute("SET WRITE_DELAY " + FRESH_SCHEMA_WRITE_DELAY_MS);
            try {
                migrations.migrate(keeper);
                s.execute("CHECKPOINT");
            } finally {
                s.execute("SET WRITE_DELAY 0");
            }
        }
    }

    /** Longer than a fresh schema takes to create, so H2's background writer does not store it half-way. */
    private static final int FRESH_SCHEMA_WRITE_DELAY_MS = 60_000;

    private static Database open(Path location, char[] filePassword, Mode mode) {
        DatabaseLocation where = DatabaseLocation.of(location == null ? defaultLocation() : location);
        Path mvFile = where.file();
        boolean create = mode == Mode.CREATE || mode == Mode.IMPORT;
        if (!create && !Files.isRegularFile(mvFile)) {
            throw RefusedInputException.of("security.db.missing", mvFile.toString());
        }
        List<io.pledgebench.domain.Text> notices = new java.util.ArrayList<>();
        if (mode != Mode.READ_ONLY) {
            UnfinishedWrite.resume(where).ifPresent(notices::add);
        }
        FileKind kind = FileKind.of(mvFile);
        if (kind == FileKind.PLAIN && filePassword != null) {
            throw RefusedInputException.of("security.password.notEncrypted", mvFile.toString());
        }
        if (kind == FileKind.OTHER) {
            throw damaged(where, "security.db.notADatabase", null);
        }
        if (kind == FileKind.PLAIN) {
            Optional<String> cut = FileKind.cutShort(mvFile);
            if (cut.isPresent() && mode == Mode.READ_ONLY && UnfinishedWrite.recorded(where)) {
                // a failed write this file's last writer recorded: H2 reads the database before it, left as it is
                notices.add(io.pledgebench.domain.Text.of("security.db.unfinishedWriteRecorded", mvFile.toString()));
                cut = Optional.empty();
            }
            if (cut.isPresent()) {
                // H2 would read an older version of the data from what is left (or nothing), which looks like deleted
                // rows or an empty database: it is damage, and a write would make it permanent
                if (!Files.exists(where.witness()) && !Files.exists(UnfinishedWrite.recordOf(where))) {
                    // no write of an audit entry was ever announced beside it: no portfolio or assessment was committed
                    throw new DamagedDatabaseException(io.pledgebench.domain.Text.of("security.db.damaged.neverWritten",
                            mvFile.toString(), cut.get(), where.witness().toString()), new IOException(cut.get()));
                }
                throw damaged(where, "security.db.damaged", new IOException(cut.get()));
            }
        }
        if (create) {
            try {
                Path parent = where.base().getParent();
                if (parent != null && !Files.isDirectory(parent)) {
                    FilePermissions.privateFolder(parent);
                }
            } catch (IOException e) {
                throw new StoreException("Cannot create the data folder for " + where.base() + ": " + e.getMessage(), e);
            }
        }
        String url = where.url(URL_OPTIONS + (filePassword == null ? "" : ";CIPHER=AES") + (create ? "" : ";IFEXISTS=TRUE")
                + (mode == Mode.READ_ONLY ? READ_ONLY : ""));
        String openOptions = OPEN_OPTIONS + (mode == Mode.IMPORT ? NO_COMPACTION_AT_CLOSE : "");
        List<String> candidates = passwords(filePassword, kind);
        Connection keeper = null;
        String password = null;
        for (int i = 0; keeper == null; i++) {
            password = candidates.get(i);
            try {
                keeper = connect(url + openOptions, password, where, kind == FileKind.NEW);
            } catch (WrongPassword e) {
                if (i + 1 == candidates.size()) {
                    slowDownGuessing();
                    throw new StoreException("Cannot open the database " + mvFile + ": it is encrypted and the password is"
                            + " wrong, or the file is not a PledgeBench database", e.getCause());
                }
            }
        }
        try {
            Migrations migrations = new Migrations();
            Optional<Integer> current = migrations.currentVersion(keeper);
            if (current.isEmpty() && kind != FileKind.NEW && !migrations.halfCreatedHoldsNoRows(keeper)) {
                throw new StoreException("The database " + mvFile + " has tables but no schema version: it was not"
                        + " created by PledgeBench, or its creation was stopped and rows were written to it since");
            }
            if (mode == Mode.READ_ONLY) {
                if (current.isEmpty()) {
                    // a command that created the file was stopped before the schema was complete: nothing is in it
                    throw RefusedInputException.of("security.db.unfinishedCreation", mvFile.toString());
                }
                int version = current.orElse(0);
                if (version < migrations.latestVersion()) {
                    throw RefusedInputException.of("security.db.olderSchema", mvFile.toString(), version,
                            migrations.latestVersion());
                }
                if (version > migrations.latestVersion()) {
                    throw new StoreException("The database has schema version " + version + ", newer than this PledgeBench ("
                            + migrations.latestVersion() + "). Use a newer PledgeBench.");
                }
                Database db = new Database(where, mvFile, url, password, keeper);
                db.notices.addAll(notices);
                return db;
            }
            if (current.isPresent() && current.get() < migrations.latestVersion()) {
                keeper.close();
                backup(mvFile, current.get());
                keeper = connect(url + openOptions, password, where, false);
            }
            if (current.isEmpty()) {
                if (kind != FileKind.NEW) {
                    // the file holds no schema version and no rows: a creation stopped half-way, made again from scratch
                    migrations.dropHalfCreated(keeper);
                    notices.add(io.pledgebench.domain.Text.of("security.db.recreated", mvFile.toString()));
                }
                createSchema(keeper, migrations);
            } else {
                migrations.migrate(keeper);
            }
        } catch (SQLException e) {
            closeQuietly(keeper, e);
            if (UnfinishedWrite.isFailedWrite(e)) {
                throw FailedWriteException.of(mvFile, UnfinishedWrite.discard(where, kind == FileKind.NEW), e);
            }
            if (isCorruption(e)) {
                throw damaged(where, "security.db.damaged", e);
            }
            throw new StoreException("Cannot prepare the database " + mvFile + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            closeQuietly(keeper, e);
            if (!(e instanceof FailedWriteException) && UnfinishedWrite.isFailedWrite(e)) {
                throw FailedWriteException.of(mvFile, UnfinishedWrite.discard(where, kind == FileKind.NEW), e);
            }
            throw e;
        }
        FilePermissions.ownerOnly(mvFile);
        Database db = new Database(where, mvFile, url, password, keeper);
        db.notices.addAll(notices);
        db.created = kind == FileKind.NEW;
        db.importOnly = mode == Mode.IMPORT;
        return db;
    }

    /** What opening the database did that the user should know of (an unfinished write removed, a file created again). */
    private final List<io.pledgebench.domain.Text> notices = new java.util.ArrayList<>();

    /** The notices of this opening, in the order they happened; empty almost always. */
    public List<io.pledgebench.domain.Text> openingNotices() {
        return List.copyOf(notices);
    }

    /** Whether H2 stopped this database's store after a write to its file failed; nothing more can be done with it. */
    private volatile boolean stopped;

    /**
     * When {@code e} is a write to the file that failed, the exception to throw instead (null otherwise). A failure of
     * H2's own write stops its store at once (H2 closes the file); this then closes the database and cuts the unfinished
     * write off the file's end ({@link UnfinishedWrite}). A full disk met by PledgeBench's own write (the witness) leaves
     * the store as it was: the unit of work was rolled back.
     */
    synchronized StoreException afterFailedWrite(Throwable e) {
        if (e instanceof FailedWriteException f) {
            return f;
        }
        if (team != null || location == null || !UnfinishedWrite.isFailedWrite(e)) {
            return null;
        }
        if (!storeStopped(e)) {
            return FailedWriteException.of(file, UnfinishedWrite.Outcome.NOTHING_LEFT, false, e);
        }
        if (!stopped) {
            stopped = true;
            try {
                keeper.close();
            } catch (SQLException closing) {
                e.addSuppressed(closing);
            }
            failedWriteOutcome = afterDiscard(UnfinishedWrite.discard(location, false));
        }
        return FailedWriteException.of(file, failedWriteOutcome, e);
    }

    private UnfinishedWrite.Outcome failedWriteOutcome;

    /** Whether H2 itself failed to write (its store is stopped), rather than a write of PledgeBench's beside it. */
    private static boolean storeStopped(Throwable e) {
        for (Throwable t : UnfinishedWrite.causes(e)) {
            String m = String.valueOf(t.getMessage());
            if (t.getClass().getName().startsWith("org.h2.") || m.contains("org.h2.mvstore.MVStoreException")
                    || m.contains("Writing to ") && m.contains(" failed")) {
                return true;
            }
        }
        return false;
    }

    /**
     * H2 takes "filePassword userPassword"; the user password is empty because the file is the secret. The file
     * password is a key derived from the user's password by PBKDF2 ({@link #KEY_ITERATIONS} rounds, on top of H2's
     * own salted hashing), so each guess costs time; databases encrypted before that used the password itself and
     * still open with it (tried second).
     */
    private static List<String> passwords(char[] filePassword, FileKind kind) {
        if (filePassword == null) {
            return List.of("");
        }
        String p = new String(filePassword);
        if (p.isEmpty()) {
            throw new IllegalArgumentException("the database password is empty");
        }
        if (p.chars().anyMatch(Character::isWhitespace)) {
            throw new IllegalArgumentException("the database password contains a space or a tab; H2 file passwords"
                    + " cannot (a password file holds the password alone on its first line)");
        }
        String derived = fileKey(filePassword) + " ";
        return kind == FileKind.ENCRYPTED ? List.of(derived, p + " ") : List.of(derived);
    }

    /**
     * PBKDF2 rounds per guess: tens of milliseconds on a desktop; with the delay after a wrong password, 1,000
     * guesses take over 16 minutes instead of 1.25 s.
     */
    static final int KEY_ITERATIONS = 120_000;
    /** After a wrong password, before saying so: a second per guess on top of the key derivation. */
    static final long WRONG_PASSWORD_DELAY_MS = 1_000;
    private static final byte[] KEY_SALT = "PledgeBench H2 file key v1".getBytes(java.nio.charset.StandardCharsets.UTF_8);

    static String fileKey(char[] password) {
        try {
            javax.crypto.SecretKeyFactory f = javax.crypto.SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256");
            byte[] key = f.generateSecret(new javax.crypto.spec.PBEKeySpec(password, KEY_SALT, KEY_ITERATIONS, 256))
                    .getEncoded();
            return java.util.HexFormat.of().formatHex(key);
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2WithHmacSHA256 is part of every Java runtime", e);
        }
    }

    private static void slowDownGuessing() {
        try {
            Thread.sleep(WRONG_PASSWORD_DELAY_MS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** What a database file is by its first bytes: H2's plain header, H2's encryption header, or neither. */
    enum FileKind {
        NEW, PLAIN, ENCRYPTED, OTHER;

        static FileKind of(Path mvFile) {
            if (!Files.exists(mvFile)) {
                return NEW;
            }
            byte[] head = new byte[16];
            int n = 0;
            try (java.io.InputStream in = Files.newInputStream(mvFile)) {
                for (int r; n < head.length && (r = in.read(head, n, head.length - n)) > 0; ) {
                    n += r;
                }
            } catch (IOException e) {
                return NEW;
            }
            String s = new String(head, 0, n, java.nio.charset.StandardCharsets.ISO_8859_1);
            if (s.startsWith("H2encrypt\n")) {
                return ENCRYPTED;
            }
            return s.startsWith("H:2,") ? PLAIN : OTHER;
        }

        /** H2's chunk footer, the last {@value #FOOTER} bytes of every chunk: a whole file ends with one. */
        private static final int FOOTER = 128;

        /**
         * Why a plain H2 file was cut short, if it was: its length is not a whole number of blocks, the chunk its
         * header names lies beyond the end, or it does not end with a chunk's footer. H2 itself would quietly read an
         * older version of the data from what is left, which looks like deleted rows or an empty database.
         */
        static Optional<String> cutShort(Path mvFile) {
            return cutShort(mvFile, -1);
        }

        /** As {@link #cutShort(Path)}, for the file as it would be if it ended at {@code length} (-1: where it ends). */
        static Optional<String> cutShort(Path mvFile, long length) {
            try (java.nio.channels.FileChannel ch = java.nio.channels.FileChannel.open(mvFile)) {
                long size = length < 0 ? ch.size() : Math.min(length, ch.size());
                java.nio.ByteBuffer head = java.nio.ByteBuffer.allocate(256);
                while (head.hasRemaining() && ch.read(head, head.position()) > 0) {
                    // read the first bytes of the store header
                }
                String header = new String(head.array(), 0, head.position(), java.nio.charset.StandardCharsets.ISO_8859_1);
                java.util.Map<String, String> fields = new java.util.HashMap<>();
                for (String f : header.split("[,\\n\\x00 ]")) {
                    int colon = f.indexOf(':');
                    if (colon > 0) {
                        fields.putIfAbsent(f.substring(0, colon), f.substring(colon + 1));
                    }
                }
                long blockSize = hex(fields.get("blockSize"), 4096);
                long block = hex(fields.get("block"), 0);
                if (blockSize <= 0 || size % blockSize != 0 || size < 3 * blockSize) {
                    return Optional.of("the file has " + size + " bytes, too few or not a whole number of " + blockSize
                            + "-byte blocks beyond its header (it was cut short)");
                }
                if (block * blockSize >= size) {
                    return Optional.of("its header names a chunk at byte " + block * blockSize + " but the file ends at "
                            + size + " (it was cut short)");
                }
                java.nio.ByteBuffer tail = java.nio.ByteBuffer.allocate(FOOTER);
                while (tail.hasRemaining() && ch.read(tail, size - FOOTER + tail.position()) > 0) {
                    // read the last chunk's footer
                }
                if (!new String(tail.array(), java.nio.charset.StandardCharsets.ISO_8859_1).startsWith("chunk:")) {
                    return Optional.of("it does not end with a chunk (it was cut short or its end was overwritten)");
                }
                return Optional.empty();
            } catch (IOException | RuntimeException e) {
                return Optional.empty();
            }
        }

        private static long hex(String value, long otherwise) {
            try {
                return value == null ? otherwise : Long.parseLong(value.trim(), 16);
            } catch (NumberFormatException e) {
                return otherwise;
            }
        }
    }

    /** The file is damaged or no database: say so, and name the newest backup to restore. */
    public static DamagedDatabaseException damaged(DatabaseLocation where, String key, Throwable cause) {
        String reason = cause == null ? "" : String.valueOf(cause.getMessage()).lines().findFirst().orElse("");
        Optional<Path> backup = newestBackup(where);
        return new DamagedDatabaseException(backup.isPresent()
                ? io.pledgebench.domain.Text.of(key + ".restore", where.file().toString(), reason, backup.get().toString())
                : io.pledgebench.domain.Text.of(key + ".noBackup", where.file().toString(), reason,
                        where.backups().toString()), cause);
    }


    /** An in-memory database for tests and throw-away runs. */
    public static Database inMemory(String name) {
        String url = "jdbc:h2:mem:" + name + URL_OPTIONS + ";DB_CLOSE_DELAY=0";
        Connection keeper;
        try {
            keeper = DriverManager.getConnection(url, "pledgebench", "");
        } catch (SQLException e) {
            throw new StoreException("Cannot open the in-memory database: " + e.getMessage(), e);
        }
        try {
            new Migrations().migrate(keeper);
        } catch (SQLException e) {
            closeQuietly(keeper, e);
            throw new StoreException("Cannot prepare the in-memory database: " + e.getMessage(), e);
        }
        return new Database(null, Path.of(name), url, "", keeper);
    }

    /** A wrong password (or a plain file opened as encrypted): the next candidate key may still open it. */
    private static final class WrongPassword extends RuntimeException {
        private static final long serialVersionUID = 1L;

        WrongPassword(SQLException cause) {
            super(cause);
        }
    }

    /** H2's error codes for a damaged file: "file corrupted", and MVStore's own ones beneath a general error. */
    private static final java.util.Set<Integer> DAMAGED = java.util.Set.of(90030, 90048, 50000);

    private static Connection connect(String url, String password, DatabaseLocation where, boolean creating) {
        Path file = where.file();
        try {
            return DriverManager.getConnection(url, "pledgebench", password);
        } catch (SQLException e) {
            if (UnfinishedWrite.isFailedWrite(e)) {
                throw FailedWriteException.of(file, UnfinishedWrite.discard(where, creating), e);
            }
            if (e.getErrorCode() == DATABASE_ALREADY_OPEN) {
                throw new DatabaseInUseException(file, e);
            }
            if (!password.isEmpty() && (e.getErrorCode() == 90049 || e.getErrorCode() == 28000)) {
                throw new WrongPassword(e);
            }
            if (password.isEmpty() && FileKind.of(file) == FileKind.ENCRYPTED) {
                throw new StoreException("Cannot open the database " + file + ": it is encrypted and the password is"
                        + " missing (give it with --password-file)", e);
            }
            if (DAMAGED.contains(e.getErrorCode()) || isCorruption(e)) {
                throw damaged(where, "security.db.damaged", e);
            }
            throw new StoreException("Cannot open the database " + file + ": " + e.getMessage(), e);
        }
    }

    public static boolean isCorruption(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String m = String.valueOf(t.getMessage()).toLowerCase(java.util.Locale.ROOT);
            if (m.contains("corrupt") || m.contains("unexpected end") || m.contains("chunk")
                    || t.getClass().getName().startsWith("org.h2.mvstore.MVStoreException")) {
                return true;
            }
        }
        return false;
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
            String hash = sha256(target);
            if (!hash.equals(sha256(mvFile))) {
                Files.deleteIfExists(target);
                throw new IOException("the copy differs from the database");
            }
            // the record that this backup was verified: only backups with a matching record are ever offered to restore
            byte[] record = (hash + "  " + target.getFileName() + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8);
            io.pledgebench.io.OutputFile.of(checksumOf(target)).write(out -> out.write(record));
            return target;
        } catch (IOException | java.io.UncheckedIOException e) {
            String reason = io.pledgebench.io.OutputFile.isDiskFull(e) ? "disk full" : e.getMessage();
            throw new StoreException("Cannot back up " + mvFile + " before upgrading its schema; nothing was changed: "
                    + reason, e);
        }
    }

    /** The file beside a backup that records its SHA-256, written once the backup was verified against the database. */
    static Path checksumOf(Path backup) {
        return backup.resolveSibling(backup.getFileName() + ".sha256");
    }

    /**
     * Whether {@code backup} is one PledgeBench wrote and verified, and still is what it was: its checksum file
     * matches its content and it is a whole H2 file. A file merely named like a backup is never offered to restore.
     */
    static boolean verifiedBackup(Path backup) {
        try {
            if (!Files.isRegularFile(backup) || !Files.isRegularFile(checksumOf(backup))) {
                return false;
            }
            String recorded = Files.readString(checksumOf(backup), java.nio.charset.StandardCharsets.UTF_8).strip();
            int space = recorded.indexOf(' ');
            recorded = space < 0 ? recorded : recorded.substring(0, space);
            FileKind kind = FileKind.of(backup);
            return recorded.equals(sha256(backup)) && (kind == FileKind.ENCRYPTED
                    || kind == FileKind.PLAIN && FileKind.cutShort(backup).isEmpty());
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /**
     * The newest verified backup of the database at {@code location}, if any: what to restore after damage. Files
     * in {@code backups/} that PledgeBench did not write and verify (no checksum file, or one that does not match)
     * are passed over.
     */
    public static Optional<Path> newestBackup(DatabaseLocation location) {
        Path dir = location.backups();
        String prefix = location.file().getFileName().toString().replace(DatabaseLocation.SUFFIX, "") + "-v";
        if (!Files.isDirectory(dir)) {
            return Optional.empty();
        }
        try (java.util.stream.Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().startsWith(prefix)
                            && f.getFileName().toString().endsWith(DatabaseLocation.SUFFIX))
                    .sorted(java.util.Comparator.comparing((Path f) -> {
                        try {
                            return Files.getLastModifiedTime(f);
                        } catch (IOException e) {
                            return java.nio.file.attribute.FileTime.fromMillis(0);
                        }
                    }).reversed())
                    .filter(Database::verifiedBackup)
                    .findFirst();
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

    private Witness lastWitness;

    /**
     * Rewrites the witness file when the audit chain changed (after a committed write). A witness that cannot be
     * written does not undo the committed work: {@code verify} reports the stale witness instead.
     */
    synchronized void witnessChain(Connection c) {
        if (location == null) {
            return;
        }
        try {
            Witness now = chainHead(c);
            if (!now.equals(lastWitness) && (now.length() > 0 || Files.exists(location.witness()))) {
                now.write(location.witness());
                lastWitness = now;
            }
        } catch (SQLException | RuntimeException e) {
            java.util.logging.Logger.getLogger("io.pledgebench.store").warning("the witness file was not updated: "
                    + e.getClass().getSimpleName());
        }
    }

    private static Witness chainHead(Connection c) throws SQLException {
        try (java.sql.Statement s = c.createStatement(); java.sql.ResultSet rs = s.executeQuery("SELECT COUNT(*),"
                + " (SELECT hash FROM audit_log ORDER BY id DESC FETCH FIRST 1 ROWS ONLY) FROM audit_log")) {
            rs.next();
            return new Witness(rs.getLong(1), rs.getString(2) == null ? "" : rs.getString(2));
        }
    }

    /**
     * Refuses to write while the audit chain does not extend the witness file (fewer entries than it records, or
     * another hash at its length): that is the evidence {@code verify} reports as tampering, and a write would rewrite
     * the witness from the chain as it is and hide it. Nothing is written until the database is restored.
     *
     * @throws RefusedInputException naming the database, what does not match, and the newest verified backup
     */
    Witness requireChainExtendsWitness(Connection c) throws SQLException {
        if (location == null) {
            return null;
        }
        Witness now = chainHead(c);
        Optional<Witness> found = Witness.read(location.witness());
        if (found.isEmpty()) {
            return now;
        }
        Witness w = found.get();
        String problem = switch (w.judge(now.length(), now.head(), position -> hashAt(c, position))) {
            case FITS -> null;
            case UNREADABLE -> "the witness file " + location.witness() + " cannot be read";
            case DELETED -> "the audit chain has " + now.length() + " entries, the witness file records " + w.length();
            case REWRITTEN -> "audit entry " + w.length() + " no longer has the hash " + w.head()
                    + " that the witness file records";
            case APPENDED -> "the audit chain has " + now.length() + " entries, the witness file records " + w.length()
                    + ": entries #" + (w.length() + 1) + "–#" + now.length() + " were not written by PledgeBench";
        };
        if (problem != null) {
            Optional<Path> backup = newestBackup(location);
            throw backup.isPresent()
                    ? RefusedInputException.of("security.db.tampered.restore", file.toString(), problem, backup.get().toString())
                    : RefusedInputException.of("security.db.tampered.noBackup", file.toString(), problem,
                            location.backups().toString());
        }
        return now;
    }

    private static String hashAt(Connection c, long position) throws SQLException {
        try (java.sql.PreparedStatement ps = c.prepareStatement(
                "SELECT hash FROM audit_log ORDER BY id OFFSET ? ROWS FETCH FIRST 1 ROWS ONLY")) {
            ps.setLong(1, position - 1);
            try (java.sql.ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    /**
     * Before a write commits: when it changed the audit chain, the witness file announces the head it leaves (beside
     * the head as it was), so that a chain found longer than the witness is either this write or entries not written
     * by PledgeBench. A witness that cannot be written stops the write (it is rolled back).
     */
    synchronized void announceChain(Connection c, Witness before) throws SQLException {
        if (location == null || before == null) {
            return;
        }
        Witness next = chainHead(c);
        if (next.equals(before)) {
            return;
        }
        before.announcing(next).write(location.witness());
        lastWitness = null;
    }

    /** The lock every write transaction of this process holds; other processes are met by retrying. */
    java.util.concurrent.locks.ReentrantLock writeLock() {
        return writes;
    }

    /** The audit chain's length and head hash now (printed by {@code verify} and {@code report}, to be noted). */
    public Witness chainHead() {
        return Transactions.read(this, Database::chainHead);
    }

    /** Writes the witness file from the chain as it is (after {@code verify} found the chain intact). */
    public synchronized void writeWitness() {
        if (location != null) {
            Witness now = chainHead();
            now.write(location.witness());
            lastWitness = now;
        }
    }

    /** A new connection with auto-commit on; the caller closes it. */
    public Connection connect() throws SQLException {
        if (team != null) {
            Connection raw = idle.pollFirst();
            while (raw != null && raw.isClosed()) {
                raw = idle.pollFirst();
            }
            if (raw == null) {
                raw = DriverManager.getConnection(url, teamProperties(team.user(), password));
            }
            return pooled(raw);
        }
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

    /**
     * Idle connections to the team database, reused by {@link #connect()}: a new PostgreSQL connection costs a SCRAM
     * handshake (tens of milliseconds), which every unit of work would otherwise pay.
     */
    private final java.util.concurrent.LinkedBlockingDeque<Connection> idle = new java.util.concurrent.LinkedBlockingDeque<>();
    private static final int MAX_IDLE = 8;
    private volatile boolean closed;

    /** The connection as its user sees it: {@code close()} hands it back (rolled back, auto-commit on) instead. */
    private Connection pooled(Connection raw) {
        java.util.concurrent.atomic.AtomicBoolean returned = new java.util.concurrent.atomic.AtomicBoolean();
        return (Connection) java.lang.reflect.Proxy.newProxyInstance(Connection.class.getClassLoader(),
                new Class<?>[] {Connection.class}, (proxy, method, args) -> {
                    String name = method.getName();
                    if (name.equals("close") && method.getParameterCount() == 0) {
                        if (!returned.getAndSet(true)) {
                            release(raw);
                        }
                        return null;
                    }
                    if (name.equals("isClosed") && method.getParameterCount() == 0) {
                        return returned.get() || raw.isClosed();
                    }
                    if (returned.get()) {
                        throw new SQLException("connection already closed", "08003");
                    }
                    try {
                        return method.invoke(raw, args);
                    } catch (java.lang.reflect.InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    private void release(Connection raw) throws SQLException {
        if (raw.isClosed()) {
            return;
        }
        try {
            if (!raw.getAutoCommit()) {
                raw.rollback();
                raw.setAutoCommit(true);
            }
        } catch (SQLException e) {
            raw.close();
            return;
        }
        if (closed || idle.size() >= MAX_IDLE) {
            raw.close();
        } else {
            idle.offerFirst(raw);
        }
    }

    @Override
    public void close() {
        closed = true;
        for (Connection c; (c = idle.pollFirst()) != null; ) {
            try {
                c.close();
            } catch (SQLException e) {
                java.util.logging.Logger.getLogger("io.pledgebench.store").warning("closing an idle connection to the"
                        + " team database failed: " + e.getMessage());
            }
        }
        if (stopped) {
            return;
        }
        try {
            keeper.close();
        } catch (SQLException e) {
            StoreException failed = afterFailedWrite(e);
            throw failed != null ? failed : new StoreException("Closing the database failed: " + e.getMessage(), e);
        }
        afterClosing();
    }

    /**
     * H2 writes its last chunk while closing and does not report a write that fails then (a full disk): the file is
     * left not ending with a whole chunk. Seen here, it is handled as every other failed write: the unfinished write is
     * cut off (back to the last chunk H2 itself reads) and the user is told, exit 2, instead of a silent success
     * followed by a database the next command refuses as damaged.
     */
    private synchronized void afterClosing() {
        if (team != null || location == null || url.contains(READ_ONLY) || !Files.isRegularFile(file)
                || FileKind.of(file) != FileKind.PLAIN || FileKind.cutShort(file).isEmpty()) {
            return;
        }
        stopped = true;
        // H2 does not say why: the file size limit or the free space tells whether it was for want of room
        java.io.IOException cause = new java.io.IOException("the last write while closing the database failed"
                + " (the file does not end with a whole chunk)", UnfinishedWrite.noRoomAt(file).orElse(null));
        failedWriteOutcome = afterDiscard(UnfinishedWrite.discard(location, false));
        throw FailedWriteException.of(file, failedWriteOutcome, cause);
    }
}
