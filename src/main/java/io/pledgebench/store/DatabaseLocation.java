package io.pledgebench.store;

import io.pledgebench.domain.RefusedInputException;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Where an H2 database file lives, given as a path ({@code --db}, the workbench's Settings). The path becomes
 * part of a JDBC URL, in which {@code ;KEY=VALUE} adds settings (H2's {@code INIT=RUNSCRIPT FROM …} runs a script,
 * and a script can run Java): so a path is checked here, before any URL is built, and anything that is not
 * plainly a file path is refused with the reason.
 */
public final class DatabaseLocation {

    /** H2's suffix of the database file. */
    public static final String SUFFIX = ".mv.db";
    private static final Pattern URL = Pattern.compile("^([A-Za-z][A-Za-z0-9+.-]+:/|[A-Za-z][A-Za-z0-9+.-]*:.*:|jdbc:)", Pattern.CASE_INSENSITIVE);

    private final Path base;

    private DatabaseLocation(Path base) {
        this.base = base;
    }

    /**
     * Checks {@code location} (with or without {@code .mv.db}) and returns it as an absolute, normalised location.
     *
     * @throws RefusedInputException when the path is a URL, holds {@code ;} or {@code =} (URL settings), control
     *                               characters, or names a folder
     */
    public static DatabaseLocation of(Path location) {
        String raw = location.toString();
        if (raw.isBlank()) {
            throw RefusedInputException.of("security.db.empty");
        }
        if (URL.matcher(raw).find() && !isWindowsDrive(raw)) {
            throw RefusedInputException.of("security.db.url", shown(raw));
        }
        checkCharacters(raw, raw);
        Path abs;
        try {
            abs = location.toAbsolutePath().normalize();
        } catch (InvalidPathException e) {
            throw RefusedInputException.of("security.db.invalid", shown(raw), e.getReason());
        }
        if (Files.isDirectory(abs) && abs.toString().endsWith(SUFFIX)) {
            // named like a database file, but a folder: not "damaged", and no database goes inside it
            throw RefusedInputException.of("security.db.fileIsFolder", shown(abs.toString()));
        }
        if (Files.isDirectory(abs)) {
            throw RefusedInputException.of("security.db.folder", shown(raw), abs.resolve("pledgebench").toString());
        }
        String s = abs.toString();
        Path base = s.endsWith(SUFFIX) ? Path.of(s.substring(0, s.length() - SUFFIX.length())) : abs;
        if (base.getFileName() == null || base.getFileName().toString().isEmpty()) {
            throw RefusedInputException.of("security.db.empty");
        }
        // a database reached through a link is the file it links to: its witness and backups lie beside that file
        Path file = Path.of(base + SUFFIX);
        if (Files.isSymbolicLink(file)) {
            try {
                String real = file.toRealPath().toString();
                base = Path.of(real.endsWith(SUFFIX) ? real.substring(0, real.length() - SUFFIX.length()) : real);
            } catch (java.io.IOException e) {
                throw RefusedInputException.of("security.db.invalid", shown(raw), e.getMessage());
            }
        }
        // the path H2 receives is the absolute one: a relative path in a folder whose name holds ';' or '=' would add
        // URL settings just as a typed one would
        checkCharacters(base.toString(), raw);
        // the longest name written beside the database is <name>.witness (or H2's <name>.lock.db)
        io.pledgebench.io.FileNames.requireNamesFit(base, ".witness".length());
        file = Path.of(base + SUFFIX);
        if (Files.isDirectory(file)) {
            throw RefusedInputException.of("security.db.fileIsFolder", shown(file.toString()));
        }
        if (Files.exists(file) && !Files.isRegularFile(file)) {
            // a named pipe would block the command for ever, a device would be read without end
            throw RefusedInputException.of("security.db.notRegular", shown(file.toString()));
        }
        return new DatabaseLocation(base);
    }

    private static void checkCharacters(String path, String raw) {
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            if (c == ';' || c == '=') {
                throw RefusedInputException.of("security.db.urlCharacter", shown(raw.equals(path) ? raw : path),
                        String.valueOf(c));
            }
            if (io.pledgebench.domain.OneLine.isUnsafe(c)) {
                // control, bidi, zero-width and line-separator characters: the path would print as another one
                throw RefusedInputException.of("security.db.control", shown(raw.equals(path) ? raw : path),
                        String.format("%04X", (int) c));
            }
        }
    }

    /** Whether {@code location} would be accepted by {@link #of(Path)}. */
    public static boolean isValid(Path location) {
        try {
            of(location);
            return true;
        } catch (RefusedInputException e) {
            return false;
        }
    }

    private static boolean isWindowsDrive(String raw) {
        return raw.length() >= 3 && Character.isLetter(raw.charAt(0)) && raw.charAt(1) == ':'
                && (raw.charAt(2) == '\\' || raw.charAt(2) == '/') && raw.indexOf("://") < 0;
    }

    /** A path as shown in a one-line message: control characters escaped. */
    static String shown(String raw) {
        return io.pledgebench.domain.OneLine.of(raw);
    }

    /** The path H2 is given: absolute, without {@code .mv.db}. */
    public Path base() {
        return base;
    }

    /** The database file itself ({@code …/pledgebench.mv.db}). */
    public Path file() {
        return Path.of(base + SUFFIX);
    }

    /** H2's URL for this file; nothing but the checked path and PledgeBench's own settings. */
    String url(String options) {
        return "jdbc:h2:file:" + base + options;
    }

    /**
     * The record of a failed write's unfinished chunk beside the database ({@code <name>.partial}, see
     * {@code UnfinishedWrite}); its suffix is as long as the witness's, which the name check allows for.
     */
    public Path unfinishedWriteRecord() {
        return Path.of(base + ".partial");
    }

    /** The witness file beside the database: the audit chain's head and length as last written. */
    public Path witness() {
        return Path.of(base + ".witness");
    }

    /** The folder of backups beside the database. */
    public Path backups() {
        return file().getParent().resolve("backups");
    }

    /**
     * The files no output may be written over: the database, its H2 side files, its witness and (as a folder) its
     * backups.
     */
    public List<Path> protectedFiles() {
        return List.of(file(), Path.of(base + ".trace.db"), Path.of(base + ".lock.db"), witness(), unfinishedWriteRecord(),
                backups());
    }
}
