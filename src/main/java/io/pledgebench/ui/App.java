package io.pledgebench.ui;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

import java.nio.file.Path;

/** The workbench application. */
public final class App extends Application {

    private static Path startDb;
    private static Path startPortfolio;

    static void start(Path db, Path portfolio) {
        startDb = db;
        startPortfolio = portfolio;
        Application.launch(App.class);
    }

    @Override
    public void start(Stage stage) {
        stage.setTitle("PledgeBench");
        stage.setScene(new Scene(new Label("PledgeBench"), 1000, 700));
        stage.show();
    }
}
