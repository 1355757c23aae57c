package io.pledgebench.ui;

import io.pledgebench.io.OutputFile;
import io.pledgebench.store.Database;
import io.pledgebench.store.DatabaseLocation;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A file the user chose in a save dialog. The dialog has already asked before replacing an existing file (the
 * native save dialogs of Windows, macOS and GTK confirm it), so an existing file is replaced, but never the
 * database, its backups or witness, and always atomically: a failure or a full disk leaves the old file whole.
 */
final class UserFile {

    private UserFile() {
    }

    static void write(UiPreferences preferences, Path file, OutputFile.Body body) {
        OutputFile.of(file).overwrite(true).protect(protectedPaths(preferences)).write(body);
    }

    /** {@link #write(UiPreferences, Path, OutputFile.Body)} guarding the default database only. */
    static void write(Path file, OutputFile.Body body) {
        write(null, file, body);
    }

    static List<Path> protectedPaths(UiPreferences preferences) {
        List<Path> all = new ArrayList<>();
        if (DatabaseLocation.isValid(Database.defaultLocation())) {
            all.addAll(DatabaseLocation.of(Database.defaultLocation()).protectedFiles());
        }
        if (preferences == null) {
            return all;
        }
        preferences.database().filter(DatabaseLocation::isValid)
                .ifPresent(db -> all.addAll(DatabaseLocation.of(db).protectedFiles()));
        return all;
    }
}
