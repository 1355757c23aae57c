package io.pledgebench.ui;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;

/**
 * Child-JVM entry points for the start-up benchmark: the workbench (through {@link App#start} as the jar's
 * {@code Main} starts it, with the database in a scratch folder), or a blank window of the same size launched
 * through {@link Application#launch} from this plain main class. Each prints when its first frame and its first
 * screen are laid out (see {@link #report}), then exits.
 */
public final class StartupProbe {

    private StartupProbe() {
    }

    public static void main(String[] args) {
        if (args.length == 2 && "workbench".equals(args[0])) {
            App.onShown = stage -> report(stage.getScene(), "#patentTable");
            App.start(Path.of(args[1]), null);
        } else if (args.length == 1 && "blank".equals(args[0])) {
            Application.launch(BlankApp.class);
        } else {
            throw new IllegalArgumentException("usage: StartupProbe workbench DB | blank");
        }
    }

    /**
     * Prints {@code FIRST_FRAME} after the first laid-out pulse that shows something in the workbench's screen area
     * (its first screen or the "Opening …" that stands for it; any pulse for the blank window), then {@code READY} once
     * a node matching {@code readySelector} is laid out (the workbench's first screen; for the blank window the same
     * pulse), then exits. Each line also gives the process's CPU time so far, all threads.
     */
    static void report(Scene scene, String readySelector) {
        scene.addPostLayoutPulseListener(new Runnable() {
            private boolean first = true;

            @Override
            public void run() {
                if (first && (readySelector == null || screenAreaShowsSomething(scene))) {
                    System.out.println("FIRST_FRAME " + sinceJvmStart() + " cpu " + cpuMs());
                    first = false;
                    screenshot(scene, "startup.screenshot");
                    threads();
                }
                if (readySelector == null || scene.lookup(readySelector) != null) {
                    System.out.println("READY " + sinceJvmStart() + " cpu " + cpuMs());
                    screenshot(scene, "startup.readyScreenshot");
                    System.out.flush();
                    Platform.exit();
                    System.exit(0);
                }
            }
        });
    }

    /**
     * With {@code -Dstartup.screenshot=FILE.png}, the first frame as a picture (taken after its time was printed, so
     * the figure does not include it), to look at what the first frame shows; with
     * {@code -Dstartup.readyScreenshot=FILE.png}, the first screen once laid out.
     */
    private static void screenshot(Scene scene, String property) {
        String file = System.getProperty(property);
        if (file == null) {
            return;
        }
        try {
            javax.imageio.ImageIO.write(javafx.embed.swing.SwingFXUtils.fromFXImage(scene.snapshot(null), null), "png",
                    new java.io.File(file));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * With {@code -Dstartup.threads=true}, the CPU time of each Java thread at the first frame, and the rest of the
     * process's (the JVM's own threads: compilers, collector), to see where a start's CPU goes.
     */
    private static void threads() {
        if (!Boolean.getBoolean("startup.threads")) {
            return;
        }
        var mx = ManagementFactory.getThreadMXBean();
        long sum = 0;
        java.util.Map<String, Long> byName = new java.util.TreeMap<>();
        for (Thread t : Thread.getAllStackTraces().keySet()) {
            long ns = mx.getThreadCpuTime(t.getId());
            if (ns > 0) {
                sum += ns;
                byName.merge(t.getName(), ns / 1_000_000, Long::sum);
            }
        }
        byName.forEach((k, v) -> System.out.println("THREAD " + v + " ms " + k));
        System.out.println("THREAD " + (cpuMs() - sum / 1_000_000) + " ms (the JVM's own threads, and threads ended)");
    }

    private static boolean screenAreaShowsSomething(Scene scene) {
        return scene.lookup("#screenArea") instanceof javafx.scene.layout.Pane area && !area.getChildren().isEmpty();
    }

    /** CPU time of the whole process so far (all threads), a figure less shaken by other loads than wall time. */
    private static long cpuMs() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime() / 1_000_000;
    }

    private static long sinceJvmStart() {
        return System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
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
