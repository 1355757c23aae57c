package io.pledgebench.ui;

import io.pledgebench.store.DatabaseInUseException;
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
        try (Wiring wiring = new Wiring(new UiPreferences(node), () -> {
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
}
