package io.pledgebench.ui;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.text.Font;
import javafx.stage.Stage;

import java.nio.file.Path;

/** The workbench application: builds the wiring and shows the main window. */
public final class App extends Application {

    private static StartupWork startupWork;
    /** Called with the window once it is shown (the start-up benchmark's probe); null otherwise. */
    static java.util.function.Consumer<Stage> onShown;
    private static volatile App running;
    private Wiring wiring;
    private Stage stage;

    static void start(Path db, Path portfolio) {
        // the preferences and the bundle are read while the toolkit starts
        startupWork = StartupWork.begin(db, portfolio);
        Application.launch(App.class);
    }

    /**
     * On the launcher thread, between the toolkit's start and {@link #start}: the FX thread, idle until then, reads
     * the theme while this thread reads the fonts' configuration (files, never on the FX thread) and takes the
     * wiring, whose preferences and bundle were read beside the toolkit's start.
     */
    @Override
    public void init() {
        Workbench.useTheme();
        Font.getDefault();
        wiring = startupWork.wiring();
    }

    @Override
    public void start(Stage stage) {
        this.stage = stage;
        new UnexpectedErrors(wiring.dialogs(), wiring.i18n()).install();
        new Workbench(wiring).show(stage);
        running = this;
        if (onShown != null) {
            onShown.accept(stage);
        }
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
