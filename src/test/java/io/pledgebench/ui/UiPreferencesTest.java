package io.pledgebench.ui;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Locale;
import java.util.UUID;
import java.util.prefs.Preferences;

import static org.assertj.core.api.Assertions.assertThat;

/** What the workbench remembers survives into a new session (a new object on the same preferences node). */
class UiPreferencesTest {

    private final Preferences node = Preferences.userRoot().node("io/pledgebench/test/" + UUID.randomUUID());

    @TempDir
    Path dir;

    @AfterEach
    void remove() throws Exception {
        node.removeNode();
    }

    @Test
    void windowBoundsLastFolderLanguageAndDatabaseAreRemembered() {
        UiPreferences first = new UiPreferences(node);
        assertThat(first.windowBounds()).isEmpty();
        first.setWindowBounds(new UiPreferences.WindowBounds(40, 60, 1100, 700, false));
        first.setLastFolder(dir);
        first.setLanguage(Locale.CHINA);
        first.setDatabase(dir.resolve("bank"));

        UiPreferences next = new UiPreferences(node);
        assertThat(next.windowBounds()).contains(new UiPreferences.WindowBounds(40, 60, 1100, 700, false));
        assertThat(next.lastFolder()).contains(dir.toAbsolutePath());
        assertThat(next.language()).isEqualTo(Locale.SIMPLIFIED_CHINESE);
        assertThat(next.database()).contains(dir.resolve("bank").toAbsolutePath());
        next.setDatabase(null);
        assertThat(new UiPreferences(node).database()).isEmpty();
    }

    @Test
    void aRememberedFolderThatNoLongerExistsIsForgotten() {
        UiPreferences prefs = new UiPreferences(node);
        prefs.setLastFolder(dir.resolve("gone"));
        assertThat(prefs.lastFolder()).isEmpty();
    }
}
