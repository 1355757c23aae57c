package io.pledgebench.cli;

import io.pledgebench.store.Database;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The {@code --db PATH} and {@code --password-file FILE} options shared by the commands that use the database. */
public final class DbOption {

    @Option(names = "--db", paramLabel = "PATH",
            description = "database file (default ~/.pledgebench/pledgebench.mv.db)")
    Path db;

    @Option(names = "--password-file", paramLabel = "FILE",
            description = "file whose first line is the password of an AES-encrypted database (created encrypted if new)")
    Path passwordFile;

    /** Opens the database, creating it when missing (commands that store something). */
    Database open() {
        return Database.open(db, password());
    }

    /** Opens a database that exists, to write to it (sign-off); exit 2 when it is missing. */
    Database openExisting() {
        return Database.openExisting(db, password());
    }

    /**
     * Opens a database that exists for reading only: read-only commands never create, migrate or write to one
     * (exit 2 when it is missing or its schema is older than this PledgeBench).
     */
    Database openReadOnly() {
        return Database.openReadOnly(db, password());
    }

    /** The files an output of this command must never replace. */
    java.util.List<Path> protectedPaths(Path... inputs) {
        java.util.List<Path> all = new java.util.ArrayList<>(Outputs.protectedPaths(db, inputs));
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
}
