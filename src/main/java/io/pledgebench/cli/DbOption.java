package io.pledgebench.cli;

import io.pledgebench.store.Database;
import io.pledgebench.store.TeamDatabaseUrl;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The {@code --db PATH} and {@code --password-file FILE} options shared by the commands that use the database. */
public final class DbOption {

    @Option(names = "--db", paramLabel = "PATH|URL",
            description = "database file (default ~/.pledgebench/pledgebench.mv.db), or the team database"
                    + " postgresql://HOST:PORT/DB?user=NAME (never with a password)")
    String db;

    @Option(names = "--password-file", paramLabel = "FILE",
            description = "file whose first line is the password of an AES-encrypted database (created encrypted if new),"
                    + " or of the team database's login (otherwise PGPASSFILE/~/.pgpass, then a prompt)")
    Path passwordFile;

    /** The command this option belongs to, for its error stream (absent when a command builds a DbOption itself). */
    @picocli.CommandLine.Spec(picocli.CommandLine.Spec.Target.MIXEE)
    picocli.CommandLine.Model.CommandSpec mixee;

    /** Opens the database, creating it when missing (commands that store something). */
    Database open() {
        if (isTeam()) {
            return openTeam();
        }
        return openFile(Database::open);
    }

    /**
     * Opens the database for {@code import}, creating it when missing, as {@link #open()} does; an H2 file is not
     * compacted when it is closed after the import (the team database is opened as by {@link #open()}).
     */
    Database openForImport() {
        if (isTeam()) {
            return openTeam();
        }
        return openFile(Database::openForImport);
    }

    /** Opens the H2 file with {@code opener}, saying which file a name without .mv.db created, and the notices. */
    private Database openFile(java.util.function.BiFunction<Path, char[], Database> opener) {
        Path file = file();
        boolean creating = willCreate(file);
        Database d = opener.apply(file, password());
        if (creating) {
            sayCreated(file);
        }
        return noticed(d);
    }

    /** Whether opening {@code file} creates a database from a name written without {@code .mv.db}. */
    private static boolean willCreate(Path file) {
        return file != null && !file.toString().endsWith(io.pledgebench.store.DatabaseLocation.SUFFIX)
                && !Files.exists(Path.of(file + io.pledgebench.store.DatabaseLocation.SUFFIX));
    }

    /** A database created from a name without .mv.db is a file of another name: the user is told which. */
    private void sayCreated(Path file) {
        CliText t = language();
        err().println(t.note(t.get("cli.db.creating", io.pledgebench.domain.OneLine.of(db),
                io.pledgebench.domain.OneLine.of(file.toAbsolutePath().normalize() + io.pledgebench.store.DatabaseLocation.SUFFIX))));
        err().flush();
    }

    private CliText language() {
        return mixee != null ? ExitCodes.language(mixee.commandLine()) : new CliText(java.util.Locale.getDefault());
    }

    private java.io.PrintWriter err() {
        return mixee != null ? mixee.commandLine().getErr() : new java.io.PrintWriter(System.err, true);
    }

    /** Opens a database that exists, to write to it (sign-off); exit 2 when it is missing. */
    Database openExisting() {
        if (isTeam()) {
            return openTeam();
        }
        return noticed(Database.openExisting(file(), password()));
    }

    /**
     * Opens a database that exists for reading only: read-only commands never create, migrate or write to one
     * (exit 2 when it is missing or its schema is older than this PledgeBench). The team database is opened as the
     * login: what it may change is the database's grants' business.
     */
    Database openReadOnly() {
        if (isTeam()) {
            return openTeam();
        }
        return noticed(Database.openReadOnly(file(), password()));
    }

    /** Says on stderr, in the user's language, what opening the database did that they should know of. */
    private Database noticed(Database db) {
        java.io.PrintWriter err = err();
        CliText lang = language();
        for (io.pledgebench.domain.Text t : db.openingNotices()) {
            err.println(lang.note(ExitCodes.oneLine(lang.render(t))));
        }
        err.flush();
        return db;
    }

    /** Refuses a {@code --db} that names no database file (see {@link #file()}), before anything else is done. */
    void check() {
        if (!isTeam()) {
            file();
        }
    }

    /** Whether {@code --db} names the team database (PostgreSQL) rather than an H2 file. */
    boolean isTeam() {
        return db != null && TeamDatabaseUrl.isTeam(db);
    }

    /** The team database's address; refused with the reason when it holds a password or lacks a part. */
    TeamDatabaseUrl teamUrl() {
        try {
            return TeamDatabaseUrl.parse(db);
        } catch (IllegalArgumentException e) {
            // the address is named unless it holds a password, which is never repeated
            boolean secret = e.getMessage().contains("holds a password");
            throw new BadInputException(List.of("error: --db" + (secret ? "" : " " + db) + ": " + e.getMessage()));
        }
    }

    private Database openTeam() {
        TeamDatabaseUrl url = teamUrl();
        return Database.openTeam(url, teamPassword(url));
    }

    /**
     * The team login's password: the password file's first line; else PGPASSFILE or ~/.pgpass (as psql reads them);
     * else asked for at the console without echo; else none (a server that trusts this machine). Never from the
     * command line; never logged.
     */
    char[] teamPassword(TeamDatabaseUrl url) {
        if (passwordFile != null) {
            return password();
        }
        String fromPgpass = org.postgresql.jdbcurlresolver.PgPassParser.getPassword(url.host(),
                Integer.toString(url.port()), url.database(), url.user());
        if (fromPgpass != null) {
            return fromPgpass.toCharArray();
        }
        java.io.Console console = System.console();
        if (console != null) {
            return console.readPassword("Password for %s: ", url.display());
        }
        return null;
    }

    /**
     * The database file {@code --db} names, refused when it names a device or other special file (/dev/null: H2 would
     * create /dev/null.mv.db) or an existing file that is not a database (notes.txt: H2 would quietly create
     * notes.txt.mv.db beside it). A name without {@code .mv.db} that does not exist is H2's NAME.mv.db, and the
     * command says so when it creates it (docs/adr/0022-cli-language-and-refusals.md).
     */
    private Path file() {
        if (db == null) {
            return null;
        }
        Path p = Path.of(db);
        if (db.isBlank()) {
            return p; // refused by the database's own check: the path is empty
        }
        CliText t = language();
        String shown = io.pledgebench.domain.OneLine.of(db);
        if (endsWithSeparator(db)) {
            // Path.of drops the trailing '/': "x.mv.db/" would create the file x.mv.db, which the user called a folder
            throw new BadInputException(List.of(t.error(t.get("cli.db.trailingSlash", shown,
                    io.pledgebench.domain.OneLine.of(p.toString())))));
        }
        for (Path candidate : db.endsWith(io.pledgebench.store.DatabaseLocation.SUFFIX) ? List.of(p)
                : List.of(p, Path.of(db + io.pledgebench.store.DatabaseLocation.SUFFIX))) {
            brokenLink(candidate).ifPresent(target -> {
                throw new BadInputException(List.of(t.error(t.get("cli.db.brokenLink",
                        io.pledgebench.domain.OneLine.of(candidate.toString()), io.pledgebench.domain.OneLine.of(target)))));
            });
        }
        if (db.endsWith(io.pledgebench.store.DatabaseLocation.SUFFIX)) {
            return p; // the database file itself, which the database's own checks refuse when it is no regular file
        }
        if (Files.exists(p) && !Files.isRegularFile(p) && !Files.isDirectory(p)) {
            throw new BadInputException(List.of(t.error(t.get("cli.db.special", shown))));
        }
        if (Files.isRegularFile(p)) {
            throw new BadInputException(List.of(t.error(t.get("cli.db.notDatabase", shown,
                    io.pledgebench.domain.OneLine.of(db + io.pledgebench.store.DatabaseLocation.SUFFIX)))));
        }
        return p;
    }

    /** Whether a path as typed ends with a folder separator ({@code x.mv.db/}), which {@link Path#of} drops. */
    static boolean endsWithSeparator(String typed) {
        return typed.length() > 1 && (typed.endsWith("/") || typed.endsWith(java.io.File.separator));
    }

    /** Where {@code path} points when it is a symbolic link to nothing (a broken link), else empty. */
    static java.util.Optional<String> brokenLink(Path path) {
        if (!Files.isSymbolicLink(path) || Files.exists(path)) {
            return java.util.Optional.empty();
        }
        try {
            return java.util.Optional.of(Files.readSymbolicLink(path).toString());
        } catch (IOException e) {
            return java.util.Optional.of("?");
        }
    }

    /** The files an output of this command must never replace. */
    java.util.List<Path> protectedPaths(Path... inputs) {
        java.util.List<Path> all = new java.util.ArrayList<>(Outputs.protectedPaths(isTeam() ? null : file(), inputs));
        if (passwordFile != null) {
            all.add(passwordFile);
        }
        return all;
    }

    /** The first line of the password file; the password never appears on the command line or in a process list. */
    char[] password() {
        if (passwordFile == null) {
            return null;
        }
        // a named pipe would block here until something writes to it
        io.pledgebench.io.FileNames.requireRegularIfExists(passwordFile);
        warnWhenOthersMayRead(passwordFile);
        try {
            List<String> lines = Files.readAllLines(passwordFile, StandardCharsets.UTF_8);
            if (!lines.isEmpty() && lines.get(0).startsWith("\uFEFF")) {
                // a byte-order mark that Windows editors write is an encoding artefact, not part of the password
                lines.set(0, lines.get(0).substring(1));
            }
            if (lines.isEmpty() || lines.get(0).isEmpty()) {
                throw new IllegalArgumentException("password file " + passwordFile + ": the first line is empty");
            }
            return lines.get(0).toCharArray();
        } catch (IOException e) {
            throw new IllegalArgumentException("password file " + passwordFile + " cannot be read: " + e.getMessage(), e);
        }
    }

    /**
     * psql ignores a ~/.pgpass that the group or others may read; a password file is read anyway (it was given on
     * purpose), with a warning in both languages, so that a file left readable by everyone on the machine is noticed.
     */
    private void warnWhenOthersMayRead(Path file) {
        try {
            java.util.Set<java.nio.file.attribute.PosixFilePermission> perms = Files.getPosixFilePermissions(file);
            if (perms.contains(java.nio.file.attribute.PosixFilePermission.GROUP_READ)
                    || perms.contains(java.nio.file.attribute.PosixFilePermission.OTHERS_READ)) {
                io.pledgebench.domain.Text t = io.pledgebench.domain.Text.of("team.passwordFile.readable", file);
                java.io.PrintWriter err = mixee != null ? mixee.commandLine().getErr()
                        : new java.io.PrintWriter(System.err, true);
                err.println("warning: " + t.render(io.pledgebench.domain.Text.ENGLISH));
                err.println("警告：" + t.render(io.pledgebench.domain.Text.CHINESE));
                err.flush();
            }
        } catch (UnsupportedOperationException | IOException e) {
            // not a POSIX file system (Windows): its ACLs are the user's own business
        }
    }
}
