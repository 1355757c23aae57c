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
    private final BackgroundTasks tasks = new BackgroundTasks();

    @TempDir
    Path dir;

    @AfterEach
    void remove() throws Exception {
        tasks.close();
        node.removeNode();
    }

    @Test
    void choosingChineseSwitchesTheWorkbenchAtOnceAndRemembersIt() {
        SettingsViewModel vm = new SettingsViewModel(i18n, prefs, dialogs, tasks, "db");
        vm.languageProperty().set(Locale.SIMPLIFIED_CHINESE);
        assertThat(i18n.get("ui.nav.settings")).isEqualTo("设置");
        assertThat(prefs.language()).isEqualTo(Locale.SIMPLIFIED_CHINESE);
    }

    @Test
    void aChosenDataFolderIsUsedFromTheNextStartAndTheDefaultCanBeRestored() {
        SettingsViewModel vm = new SettingsViewModel(i18n, prefs, dialogs, tasks, "/open/now.mv.db");
        dialogs.chosenPaths.add(dir);
        vm.chooseDatabaseFolder();
        assertThat(vm.databaseNextStartProperty().get()).isEqualTo(dir.resolve("pledgebench").toAbsolutePath().toString());
        assertThat(vm.databaseInUseProperty().get()).isEqualTo("/open/now.mv.db");
        vm.useDatabase(null);
        assertThat(vm.databaseNextStartProperty().get()).isEqualTo(Database.defaultLocation().toAbsolutePath().toString());
    }

    @Test
    void aDatabasePathCarryingH2SettingsIsRefusedAndNotRemembered() {
        SettingsViewModel vm = new SettingsViewModel(i18n, prefs, dialogs, tasks, "db");
        vm.useDatabase(dir.resolve("x;INIT=RUNSCRIPT FROM 'evil.sql'"));
        assertThat(dialogs.errors).singleElement().asString().contains("';'");
        assertThat(prefs.database()).isEmpty();
        dialogs.chosenPaths.add(dir.resolve("a=b"));
        vm.chooseDatabaseFolder();
        assertThat(dialogs.errors).hasSize(2);
        assertThat(prefs.database()).isEmpty();
    }

    @Test
    void theDefaultParametersListEveryPartOfTheAssessment() {
        SettingsViewModel vm = new SettingsViewModel(i18n, prefs, dialogs, tasks, "db");
        assertThat(vm.defaultParameters()).containsKeys("valuation", "monteCarlo", "scoring", "eligibility", "risk", "stress");
    }

    @Test
    void aNewEncryptedDatabaseIsCreatedWithAPasswordTypedTwiceAndUsedFromTheNextStart() throws Exception {
        Fx.startToolkit();
        SettingsViewModel vm = new SettingsViewModel(i18n, prefs, dialogs, tasks, "db");
        dialogs.chosenPaths.add(dir);
        dialogs.passwordAnswers.add("Long-enough-1");
        dialogs.passwordAnswers.add("Long-enough-2");
        assertThat(Fx.call(vm::createEncryptedDatabase)).isNull();
        assertThat(dialogs.informations).containsExactly("The two passwords differ; nothing was created.");

        dialogs.chosenPaths.add(dir);
        dialogs.passwordAnswers.add("short");
        assertThat(Fx.call(vm::createEncryptedDatabase)).isNull();
        assertThat(dialogs.informations.get(1)).startsWith("The password must have at least 8 characters");
        assertThat(dialogs.passwordAnswers).isEmpty();

        dialogs.chosenPaths.add(dir);
        dialogs.passwordAnswers.add("Long-enough-1");
        dialogs.passwordAnswers.add("Long-enough-1");
        Fx.run(vm::createEncryptedDatabase);
        Fx.await(() -> tasks.running().isEmpty() && dialogs.informations.size() == 3);
        Path base = dir.resolve("pledgebench");
        assertThat(vm.databaseNextStartProperty().get()).isEqualTo(base.toAbsolutePath().toString());
        assertThat(dialogs.errors).isEmpty();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Database.open(base))
                .hasMessageContaining("encrypted");
        Database.open(base, "Long-enough-1".toCharArray()).close();

        // An existing database is never overwritten.
        dialogs.chosenPaths.add(dir);
        assertThat(Fx.call(vm::createEncryptedDatabase)).isNull();
        assertThat(dialogs.informations.get(3)).startsWith("There is already a database in " + dir);
    }
}
