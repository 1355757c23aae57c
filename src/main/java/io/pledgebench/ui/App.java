package io.pledgebench.ui;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;

import java.nio.file.Path;

/** The workbench application: builds the wiring and shows the main window. */
public final class App extends Application {

    private static Path startDb;
    private static Path startPortfolio;
    private static volatile App running;
    private Wiring wiring;
    private Stage stage;

    static void start(Path db, Path portfolio) {
        startDb = db;
        startPortfolio = portfolio;
        Application.launch(App.class);
    }

    @Override
    public void start(Stage stage) {
        this.stage = stage;
        wiring = Wiring.forUser(startDb, startPortfolio);
        new UnexpectedErrors(wiring.dialogs(), wiring.i18n()).install();
        new Workbench(wiring).show(stage);
        running = this;
    }

    /**
     * A second start asked this workbench to come forward (see {@link SingleInstanceGuard}); {@code file} is the
     * portfolio it was given, or empty. Called on the guard's thread.
     */
    static void activate(String file) {
        App app = running;
        if (app == null) {
            return;
        }
        Platform.runLater(() -> {
            app.stage.setIconified(false);
            app.stage.toFront();
            app.stage.requestFocus();
            if (!file.isEmpty()) {
                app.wiring.portfolios().importFrom(Path.of(file));
            }
        });
    }

    @Override
    public void stop() {
        if (wiring != null) {
            wiring.close();
        }
    }
}
