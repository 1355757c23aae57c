package io.pledgebench.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

/**
 * What the workbench remembers between sessions (java.util.prefs): window bounds, the last folder a file was
 * chosen from, the language and the database location. Tests pass their own preferences node.
 */
public final class UiPreferences {

    private static final String X = "window.x";
    private static final String Y = "window.y";
    private static final String WIDTH = "window.width";
    private static final String HEIGHT = "window.height";
    private static final String MAXIMIZED = "window.maximized";
    private static final String LAST_FOLDER = "lastFolder";
    private static final String LANGUAGE = "language";
    private static final String DATABASE = "database";
    private static final String TEAM_DATABASE = "teamDatabase";

    private final Preferences node;

    public UiPreferences(Preferences node) {
        this.node = node;
    }

    public static UiPreferences user() {
        return new UiPreferences(Preferences.userRoot().node("io/pledgebench/workbench"));
    }

    /** Saved window bounds, when a previous session stored them. */
    public record WindowBounds(double x, double y, double width, double height, boolean maximized) {
    }

    public Optional<WindowBounds> windowBounds() {
        double w = node.getDouble(WIDTH, -1);
        double h = node.getDouble(HEIGHT, -1);
        if (w <= 0 || h <= 0) {
            return Optional.empty();
        }
        return Optional.of(new WindowBounds(node.getDouble(X, 0), node.getDouble(Y, 0), w, h,
                node.getBoolean(MAXIMIZED, false)));
    }

    public void setWindowBounds(WindowBounds b) {
        node.putDouble(X, b.x());
        node.putDouble(Y, b.y());
        node.putDouble(WIDTH, b.width());
        node.putDouble(HEIGHT, b.height());
        node.putBoolean(MAXIMIZED, b.maximized());
        flush();
    }

    /** The last folder a portfolio was chosen from, if it still exists. */
    public Optional<Path> lastFolder() {
        String s = node.get(LAST_FOLDER, null);
        if (s == null) {
            return Optional.empty();
        }
        Path p = Path.of(s);
        return Files.isDirectory(p) ? Optional.of(p) : Optional.empty();
    }

    public void setLastFolder(Path folder) {
        node.put(LAST_FOLDER, folder.toAbsolutePath().toString());
        flush();
    }

    /** The chosen language; the system language when none was chosen. */
    public Locale language() {
        String tag = node.get(LANGUAGE, null);
        return I18n.supported(tag == null ? Locale.getDefault() : Locale.forLanguageTag(tag));
    }

    public void setLanguage(Locale locale) {
        node.put(LANGUAGE, I18n.supported(locale).toLanguageTag());
        flush();
    }

    /** The team database chosen in Settings ({@code postgresql://…?user=NAME}), used instead of a file when set. */
    public Optional<io.pledgebench.store.TeamDatabaseUrl> teamDatabase() {
        String s = node.get(TEAM_DATABASE, null);
        if (s == null || s.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(io.pledgebench.store.TeamDatabaseUrl.parse(s));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /**
     * Uses the team database at {@code address} from the next start (never with a password in it).
     *
     * @throws io.pledgebench.domain.RefusedInputException when the address is not one, or holds a password
     */
    public void setTeamDatabase(String address) {
        io.pledgebench.store.TeamDatabaseUrl url;
        try {
            url = io.pledgebench.store.TeamDatabaseUrl.parse(address == null ? "" : address);
        } catch (IllegalArgumentException e) {
            throw io.pledgebench.domain.RefusedInputException.of("team.db.badAddress", e.getMessage());
        }
        node.put(TEAM_DATABASE, url.display());
        flush();
    }

    /** The database chosen in Settings; empty means the default location in the user's data folder. */
    public Optional<Path> database() {
        String s = node.get(DATABASE, null);
        return s == null || s.isBlank() ? Optional.empty() : Optional.of(Path.of(s));
    }

    /**
     * Remembers the database for the next start; null means the default location.
     *
     * @throws io.pledgebench.domain.RefusedInputException when {@code db} is no plain file path (see
     *                                                     {@link io.pledgebench.store.DatabaseLocation})
     */
    public void setDatabase(Path db) {
        if (db != null) {
            io.pledgebench.store.DatabaseLocation.of(db);
        }
        // a desktop database chosen: the team database is no longer used
        node.remove(TEAM_DATABASE);
        if (db == null) {
            node.remove(DATABASE);
        } else {
            node.put(DATABASE, db.toAbsolutePath().toString());
        }
        flush();
    }

    private void flush() {
        try {
            node.flush();
        } catch (BackingStoreException e) {
            // Preferences are a convenience: the session goes on with the values held in memory.
            System.getLogger(UiPreferences.class.getName()).log(System.Logger.Level.WARNING,
                    "cannot save workbench preferences: " + e.getMessage());
        }
    }
}
