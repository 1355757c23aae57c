package io.pledgebench.ui;

import io.pledgebench.store.DataFolder;
import io.pledgebench.store.LogFiles;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Starts the JavaFX workbench, one per data folder: when a workbench already runs on the same data, this
 * start hands it the portfolio to open (if any), that window comes to the front, and this process ends.
 */
public final class Launcher {

    private Launcher() {
    }

    public static void launch(Path db, Path portfolio) {
        Path dataFolder = db == null ? DataFolder.location() : db.toAbsolutePath().getParent();
        String file = portfolio == null ? "" : portfolio.toAbsolutePath().toString();
        Optional<SingleInstanceGuard> guard = SingleInstanceGuard.acquire(dataFolder, file, App::activate);
        if (guard.isEmpty()) {
            System.out.println("PledgeBench is already open on " + dataFolder + "; its window was brought to the front"
                    + (file.isEmpty() ? "." : " to open " + file + "."));
            return;
        }
        // Only the instance that holds the guard writes the log: a second one would contend for the same files.
        if (db == null) {
            DataFolder.makePrivate();
        }
        LogFiles.configureOrExplain(dataFolder.resolve("logs"))
                .ifPresent(problem -> System.err.println("warning: " + problem.render(java.util.Locale.getDefault())));
        try (SingleInstanceGuard held = guard.get()) {
            App.start(db, portfolio);
        }
    }
}
