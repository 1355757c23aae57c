package io.pledgebench.ui;

import javafx.application.Application;
import javafx.stage.Stage;

import java.nio.file.Path;

/** The workbench application: builds the wiring and shows the main window. */
public final class App extends Application {

    private static Path startDb;
    private static Path startPortfolio;
    private Wiring wiring;

    static void start(Path db, Path portfolio) {
        startDb = db;
        startPortfolio = portfolio;
        Application.launch(App.class);
    }

    @Override
    public void start(Stage stage) {
        wiring = Wiring.forUser(startDb, startPortfolio);
        new Workbench(wiring).show(stage);
    }

    @Override
    public void stop() {
        if (wiring != null) {
            wiring.close();
        }
    }
}
