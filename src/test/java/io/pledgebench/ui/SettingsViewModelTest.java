package io.pledgebench.ui;

import io.pledgebench.store.Database;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Locale;
import java.util.UUID;
import java.util.prefs.Preferences;

import static org.assertj.core.api.Assertions.assertThat;

class SettingsViewModelTest {

    private final Preferences node = Preferences.userRoot().node("io/pledgebench/test/" + UUID.randomUUID());
    private final UiPreferences prefs = new UiPreferences(node);
    private final I18n i18n = new I18n(Locale.ENGLISH);
    private final ScriptedDialogs dialogs = new ScriptedDialogs();

    @TempDir
    Path dir;

    @AfterEach
    void remove() throws Exception {
        node.removeNode();
    }

    @Test
    void choosingChineseSwitchesTheWorkbenchAtOnceAndRemembersIt() {
        SettingsViewModel vm = new SettingsViewModel(i18n, prefs, dialogs, "db");
        vm.languageProperty().set(Locale.SIMPLIFIED_CHINESE);
        assertThat(i18n.get("ui.nav.settings")).isEqualTo("设置");
        assertThat(prefs.language()).isEqualTo(Locale.SIMPLIFIED_CHINESE);
    }

    @Test
    void aChosenDataFolderIsUsedFromTheNextStartAndTheDefaultCanBeRestored() {
        SettingsViewModel vm = new SettingsViewModel(i18n, prefs, dialogs, "/open/now.mv.db");
        dialogs.chosenPaths.add(dir);
        vm.chooseDatabaseFolder();
        assertThat(vm.databaseNextStartProperty().get()).isEqualTo(dir.resolve("pledgebench").toAbsolutePath().toString());
        assertThat(vm.databaseInUseProperty().get()).isEqualTo("/open/now.mv.db");
        vm.useDatabase(null);
        assertThat(vm.databaseNextStartProperty().get()).isEqualTo(Database.defaultLocation().toAbsolutePath().toString());
    }

    @Test
    void theDefaultParametersListEveryPartOfTheAssessment() {
        SettingsViewModel vm = new SettingsViewModel(i18n, prefs, dialogs, "db");
        assertThat(vm.defaultParameters()).containsKeys("valuation", "monteCarlo", "scoring", "eligibility", "risk", "stress");
    }
}
