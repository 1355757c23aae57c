package io.pledgebench.ui;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

/**
 * The wiring of a start, built on a thread of its own begun before the JavaFX toolkit starts, so that reading the
 * user's preferences and the bundle of the chosen language (files) runs beside the toolkit's start and never on
 * the FX thread. {@link App#init()}, on the launcher thread, takes it.
 */
final class StartupWork {

    private final CompletableFuture<Wiring> wiring = new CompletableFuture<>();

    private StartupWork(Supplier<Wiring> makeWiring) {
        Thread t = new Thread(() -> {
            try {
                Wiring w = makeWiring.get();
                // the window's title, menus and navigation come from this bundle
                w.i18n().bundle();
                wiring.complete(w);
            } catch (RuntimeException | Error e) {
                wiring.completeExceptionally(e);
            }
        }, "pledgebench-start");
        t.setDaemon(true);
        t.start();
    }

    /** Starts building the wiring of the workbench on {@code db} (null: the one chosen in Settings). */
    static StartupWork begin(Path db, Path portfolio) {
        return new StartupWork(() -> Wiring.forUser(db, portfolio));
    }

    /** The wiring, once built; waits for it (call on the launcher thread, never the FX thread). */
    Wiring wiring() {
        try {
            return wiring.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw e;
        }
    }
}
