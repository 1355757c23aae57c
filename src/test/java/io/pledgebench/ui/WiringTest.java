package io.pledgebench.ui;

import io.pledgebench.store.Database;
import io.pledgebench.store.DatabaseInUseException;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.UUID;
import java.util.prefs.Preferences;

import static org.assertj.core.api.Assertions.assertThat;

class WiringTest {

    private final Preferences node = Preferences.userRoot().node("io/pledgebench/test/" + UUID.randomUUID());

    @BeforeAll
    static void toolkit() throws Exception {
        Fx.startToolkit();
    }

    @AfterEach
    void remove() throws Exception {
        node.removeNode();
    }

    @Test
    void aDatabaseHeldByAnotherInstanceIsExplainedAndImportStaysOff() throws Exception {
        Path file = Path.of("/data/pledgebench.mv.db");
        ScriptedDialogs dialogs = new ScriptedDialogs();
        try (Wiring wiring = new Wiring(new UiPreferences(node), password -> {
            throw new DatabaseInUseException(file, null);
        }, file.toString(), source -> null, null)) {
            wiring.setDialogs(dialogs);
            Fx.run(wiring::openDatabase);
            Fx.await(() -> !dialogs.errors.isEmpty());
            assertThat(dialogs.errors.get(0)).contains("is open in another PledgeBench window");
            assertThat(wiring.databaseProperty().get()).isNull();
            assertThat(Fx.call(() -> wiring.portfolios().readyProperty().get())).isFalse();
        }
    }

    @Test
    void anEncryptedDatabaseAsksForItsPasswordAgainAfterAWrongOneAndOpens(@TempDir Path dir) throws Exception {
        Path base = dir.resolve("secure");
        Database.open(base, "Right-Pass1".toCharArray()).close();
        ScriptedDialogs dialogs = new ScriptedDialogs();
        dialogs.passwordAnswers.add("wrong-one");
        dialogs.passwordAnswers.add("Right-Pass1");
        try (Wiring wiring = new Wiring(new UiPreferences(node), password -> Database.open(base, password),
                base.toString(), source -> null, null)) {
            wiring.setDialogs(dialogs);
            Fx.run(wiring::openDatabase);
            Fx.await(() -> wiring.databaseProperty().get() != null);
            assertThat(dialogs.passwordPrompts).hasSize(2);
            assertThat(dialogs.passwordPrompts.get(0)).isEqualTo("The database " + base + " is encrypted. Enter its"
                    + " password to open it.");
            assertThat(dialogs.passwordPrompts.get(1)).startsWith("The password is wrong for the database " + base);
            assertThat(dialogs.errors).isEmpty();
            assertThat(wiring.databaseProblemProperty().get()).isEmpty();
            assertThat(Fx.call(() -> wiring.portfolios().readyProperty().get())).isTrue();
        }
    }

    @Test
    void cancellingThePasswordPromptLeavesTheDatabaseClosedWithTheReasonInTheStatusBar(@TempDir Path dir)
            throws Exception {
        Path base = dir.resolve("secure");
        Database.open(base, "Right-Pass1".toCharArray()).close();
        ScriptedDialogs dialogs = new ScriptedDialogs();
        try (Wiring wiring = new Wiring(new UiPreferences(node), password -> Database.open(base, password),
                base.toString(), source -> null, null)) {
            wiring.setDialogs(dialogs);
            Fx.run(wiring::openDatabase);
            Fx.await(() -> !wiring.databaseProblemProperty().get().isEmpty());
            assertThat(dialogs.passwordPrompts).hasSize(1);
            assertThat(wiring.databaseProblemProperty().get())
                    .isEqualTo("Database not open: it is encrypted and no password was given");
            assertThat(dialogs.errors).isEmpty();
            assertThat(wiring.databaseProperty().get()).isNull();
            assertThat(Fx.call(() -> wiring.portfolios().readyProperty().get())).isFalse();
        }
    }
}
