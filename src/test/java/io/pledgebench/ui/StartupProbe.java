package io.pledgebench.ui;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;

/**
 * Child-JVM entry points for the start-up benchmark: the workbench, or a blank window of the same size, both
 * launched through {@link Application#launch} from a plain main class as the jar's {@code Main} does. Each prints
 * when its first frame and its first screen are laid out (see {@link #report}), then exits.
 */
public final class StartupProbe {

    private StartupProbe() {
    }

    public static void main(String[] args) {
        if (args.length == 2 && "workbench".equals(args[0])) {
            WorkbenchApp.db = Path.of(args[1]);
            Application.launch(WorkbenchApp.class);
        } else if (args.length == 1 && "blank".equals(args[0])) {
            Application.launch(BlankApp.class);
        } else {
            throw new IllegalArgumentException("usage: StartupProbe workbench DB | blank");
        }
    }

    /**
     * Prints {@code FIRST_FRAME} after the first laid-out pulse, then {@code READY} once a node matching
     * {@code readySelector} is laid out (the workbench's first screen; for the blank window the same pulse), then exits.
     */
    static void report(Scene scene, String readySelector) {
        scene.addPostLayoutPulseListener(new Runnable() {
            private boolean first = true;

            @Override
            public void run() {
                if (first) {
                    System.out.println("FIRST_FRAME " + sinceJvmStart());
                    first = false;
                }
                if (readySelector == null || scene.lookup(readySelector) != null) {
                    System.out.println("READY " + sinceJvmStart());
                    System.out.flush();
                    Platform.exit();
                    System.exit(0);
                }
            }
        });
    }

    private static long sinceJvmStart() {
        return System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
    }

    /** The workbench exactly as {@link App} builds it, with the database in a scratch folder. */
    public static final class WorkbenchApp extends Application {
        static Path db;

        @Override
        public void start(Stage stage) {
            Wiring wiring = Wiring.forUser(db, null);
            new Workbench(wiring).show(stage);
            report(stage.getScene(), "#patentTable");
        }
    }

    public static final class BlankApp extends Application {
        @Override
        public void start(Stage stage) {
            stage.setScene(new Scene(new StackPane(), 1280, 800));
            stage.show();
            report(stage.getScene(), null);
        }
    }
}
