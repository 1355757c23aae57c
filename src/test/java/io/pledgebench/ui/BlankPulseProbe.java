package io.pledgebench.ui;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

/**
 * Child-JVM reference for the responsiveness benchmarks: a blank JavaFX window (same toolkit, pipeline and window size
 * as the workbench under test) whose FX thread does nothing but a {@link PulseGaps} heartbeat. It prints {@code READY}
 * once shown; on the line {@code start} on its standard input it starts the heartbeat, on {@code stop} it prints
 * {@code GAPS} and its {@link PulseGaps#summary()} and exits. Run beside the workbench's heavy work, its
 * longest gap is what the machine's load alone does to an FX thread that has nothing to do.
 */
public final class BlankPulseProbe {

    private static final PulseGaps HEARTBEAT = new PulseGaps();

    private static final String[] FORWARDED = {"glass.platform", "monocle.platform", "prism.order", "java.awt.headless",
            "testfx.headless"};

    /** The probe running in a child JVM, shown and waiting for {@code start}. */
    static final class Child implements AutoCloseable {
        private final Process process;
        private final BufferedReader out;
        private final java.io.Writer in;

        private Child(Process process) {
            this.process = process;
            this.out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
            this.in = new java.io.OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
        }

        /** Starts the child JVM (this JVM's class path and toolkit settings) and waits until its window is shown. */
        static Child spawn() throws java.io.IOException {
            java.util.List<String> cmd = new java.util.ArrayList<>();
            cmd.add(java.nio.file.Path.of(System.getProperty("java.home"), "bin", "java").toString());
            cmd.add("-Xmx256m");
            for (String p : FORWARDED) {
                String v = System.getProperty(p);
                if (v != null) {
                    cmd.add("-D" + p + "=" + v);
                }
            }
            cmd.add("-cp");
            cmd.add(System.getProperty("java.class.path"));
            cmd.add(BlankPulseProbe.class.getName());
            Child c = new Child(new ProcessBuilder(cmd).redirectErrorStream(true).start());
            c.until("READY");
            return c;
        }

        void startHeartbeat() throws java.io.IOException {
            in.write("start\n");
            in.flush();
        }

        /** Stops the heartbeat and returns the child's figures ({@link PulseGaps#summary()}). */
        String stop() throws java.io.IOException {
            in.write("stop\n");
            in.flush();
            return until("GAPS ").substring("GAPS ".length());
        }

        private String until(String prefix) throws java.io.IOException {
            StringBuilder seen = new StringBuilder();
            String line;
            while ((line = out.readLine()) != null) {
                if (line.startsWith(prefix)) {
                    return line;
                }
                seen.append(line).append('\n');
            }
            throw new IllegalStateException("the blank probe ended before printing " + prefix + ":\n" + seen);
        }

        @Override
        public void close() throws InterruptedException {
            process.destroy();
            process.waitFor(10, java.util.concurrent.TimeUnit.SECONDS);
        }
    }

    private BlankPulseProbe() {
    }

    /** A plain main class (an {@link Application} as main class needs JavaFX on the module path). */
    public static void main(String[] args) {
        Application.launch(Window.class, args);
    }

    /** The blank window. */
    public static final class Window extends Application {
        @Override
        public void start(Stage stage) {
            stage.setScene(new Scene(new StackPane(new Label("blank")), 1280, 800));
            stage.show();
            Thread commands = new Thread(() -> {
                try (BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))) {
                    String line;
                    while ((line = in.readLine()) != null) {
                        if (line.equals("start")) {
                            Platform.runLater(HEARTBEAT::start);
                        } else if (line.equals("stop")) {
                            break;
                        }
                    }
                } catch (java.io.IOException e) {
                    e.printStackTrace();
                }
                Platform.runLater(() -> {
                    HEARTBEAT.stop();
                    System.out.println("GAPS " + HEARTBEAT.summary());
                    System.out.flush();
                    Platform.exit();
                    System.exit(0);
                });
            }, "probe-commands");
            commands.setDaemon(true);
            commands.start();
            System.out.println("READY");
            System.out.flush();
        }
    }
}
