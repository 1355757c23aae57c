package io.pledgebench.ui;

import java.nio.file.Path;

/** Starts the JavaFX workbench. */
public final class Launcher {

    private Launcher() {
    }

    public static void launch(Path db, Path portfolio) {
        App.start(db, portfolio);
    }
}
