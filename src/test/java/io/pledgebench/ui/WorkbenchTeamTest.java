package io.pledgebench.ui;

import io.pledgebench.store.Database;
import io.pledgebench.store.PostgresServer;
import io.pledgebench.store.TeamAdmin;
import io.pledgebench.store.TeamDatabaseUrl;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.control.Label;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import javax.imageio.ImageIO;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The workbench on the team database (issue 18): it asks for the login's password (a wrong one again), opens the
 * database and shows who is signed in, in the screen's language. Screenshots in target/screenshots/.
 */
class WorkbenchTeamTest {

    private WorkbenchFixture app;

    @AfterEach
    void close() throws Exception {
        if (app != null) {
            app.close();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "zh-CN"})
    void theWorkbenchAsksForThePasswordAndShowsWhoIsSignedIn(String language) throws Exception {
        PostgresServer server = PostgresServer.get();
        String login = PostgresServer.uniqueLogin("wang");
        TeamDatabaseUrl url;
        try (Database owner = server.initialisedDatabase()) {
            url = owner.teamUrl().orElseThrow().as(login);
            new TeamAdmin(owner, Clock.fixed(java.time.Instant.parse("2026-03-02T09:00:00Z"), java.time.ZoneOffset.UTC)).addUser(login, TeamAdmin.Role.OFFICER, "Shenzhen",
                    "officer-pw".toCharArray());
        }
        Locale locale = Locale.forLanguageTag(language);
        app = WorkbenchFixture.start(locale, prefs -> Wiring.forTeam(prefs, url,
                io.pledgebench.io.PortfolioReader::read, null), "wrong-pw", "officer-pw");
        assertThat(app.dialogs.passwordPrompts).hasSize(2);
        assertThat(app.dialogs.passwordPrompts.get(0)).contains(url.display());
        assertThat(app.wiring.databaseProperty().get().login()).contains(login);
        Label status = app.lookup("#databaseLabel");
        String text = Fx.call(status::getText);
        assertThat(text).contains(login).contains(url.display())
                .contains(locale.getLanguage().equals("zh") ? "当前登录" : "signed in as")
                .contains(locale.getLanguage().equals("zh") ? "客户经理" : "credit officer");
        Path out = Path.of("target/screenshots/workbench-team-" + language + ".png");
        Files.createDirectories(out.getParent());
        var image = Fx.call(() -> app.stage.getScene().snapshot(null));
        ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", out.toFile());
    }

    @org.junit.jupiter.api.Test
    void settingsKeepATeamAddressWithoutPasswordAndRefuseOneWithIt() throws Exception {
        app = WorkbenchFixture.start(Locale.ENGLISH);
        Fx.run(() -> app.workbench.screenProperty().set(ScreenId.SETTINGS));
        javafx.scene.control.TextField field = app.lookup("#teamDatabase");
        javafx.scene.control.Button use = app.lookup("#useTeamDatabase");
        Fx.run(() -> {
            field.setText("postgresql://wang:Secr3t@db.bank.local:5432/pledgebench");
            use.fire();
        });
        assertThat(app.dialogs.errors).hasSize(1);
        assertThat(app.dialogs.errors.get(0)).contains("holds a password").doesNotContain("Secr3t");
        assertThat(app.wiring.preferences().teamDatabase()).isEmpty();
        Fx.run(() -> {
            field.setText("postgresql://db.bank.local:5432/pledgebench?user=wang");
            use.fire();
        });
        assertThat(app.wiring.preferences().teamDatabase().orElseThrow().display())
                .isEqualTo("postgresql://wang@db.bank.local:5432/pledgebench");
        assertThat(app.wiring.settings().databaseNextStartProperty().get())
                .isEqualTo("postgresql://wang@db.bank.local:5432/pledgebench");
        Path out = Path.of("target/screenshots/workbench-team-settings.png");
        Files.createDirectories(out.getParent());
        var image = Fx.call(() -> app.stage.getScene().snapshot(null));
        ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", out.toFile());
        // a desktop folder chosen again leaves the team database
        Fx.run(() -> app.wiring.settings().useDatabase(null));
        assertThat(app.wiring.preferences().teamDatabase()).isEmpty();
    }
}
