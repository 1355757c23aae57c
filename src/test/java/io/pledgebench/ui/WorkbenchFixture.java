package io.pledgebench.ui;

import io.pledgebench.store.Database;
import javafx.scene.Node;
import javafx.stage.Stage;
import org.testfx.api.FxToolkit;

import java.util.Locale;
import java.util.UUID;
import java.util.prefs.Preferences;

/** The whole workbench on the headless toolkit, with an in-memory database, scripted dialogs and the real reader. */
final class WorkbenchFixture implements AutoCloseable {

    /** A machine without printers, whatever the machine running the tests has installed. */
    static final ReportViewModel.Printer NO_PRINTER = new ReportViewModel.Printer() {
        @Override
        public boolean available() {
            return false;
        }

        @Override
        public boolean print(byte[] pdf, String jobName) {
            throw new AssertionError("nothing may be printed without a printer");
        }
    };

    static final java.time.Clock TODAY = java.time.Clock.fixed(java.time.Instant.parse("2026-10-15T09:00:00Z"),
            java.time.ZoneOffset.UTC);

    final ScriptedDialogs dialogs = new ScriptedDialogs();
    final Preferences node = Preferences.userRoot().node("io/pledgebench/test/" + UUID.randomUUID());
    final Wiring wiring;
    Workbench workbench;
    Stage stage;

    /** A workbench on the database file {@code file} (null: in memory) with its day fixed by {@code clock}. */
    private WorkbenchFixture(Locale language, java.nio.file.Path file, java.time.Clock clock) {
        this(language, prefs -> {
            String name = "workbench-" + UUID.randomUUID();
            return file == null ? new Wiring(prefs, password -> Database.inMemory(name), "mem:" + name,
                    io.pledgebench.io.PortfolioReader::read, null)
                    : new Wiring(prefs, password -> Database.open(file), file.toString(),
                    io.pledgebench.io.PortfolioReader::read, null);
        }, clock);
    }

    /** A workbench on the database {@code wiring} opens (the team database in WorkbenchTeamTest). */
    private WorkbenchFixture(Locale language, java.util.function.Function<UiPreferences, Wiring> wiringFor,
                             java.time.Clock clock) {
        UiPreferences prefs = new UiPreferences(node);
        prefs.setLanguage(language);
        wiring = wiringFor.apply(prefs);
        wiring.setDialogs(dialogs);
        wiring.setPrinter(NO_PRINTER);
        // a fixed day: what the workbench shows must not depend on the day the tests run
        wiring.setClock(clock);
    }

    static WorkbenchFixture start(Locale language) throws Exception {
        return start(language, null, TODAY);
    }

    /** The workbench on the database file {@code file} (null: in memory) with its day fixed by {@code clock}. */
    static WorkbenchFixture start(Locale language, java.nio.file.Path file, java.time.Clock clock) throws Exception {
        Fx.startToolkit();
        return start(new WorkbenchFixture(language, file, clock));
    }

    /** Starts a workbench on the database {@code wiringFor} opens, the password prompts answered with {@code passwords}. */
    static WorkbenchFixture start(Locale language, java.util.function.Function<UiPreferences, Wiring> wiringFor,
                                  String... passwords) throws Exception {
        Fx.startToolkit();
        WorkbenchFixture f = new WorkbenchFixture(language, wiringFor, TODAY);
        f.dialogs.passwordAnswers.addAll(java.util.List.of(passwords));
        return start(f);
    }

    private static WorkbenchFixture start(WorkbenchFixture f) throws Exception {
        Fx.startToolkit();
        f.stage = FxToolkit.setupStage(s -> {
            f.workbench = new Workbench(f.wiring);
            f.workbench.show(s);
        });
        Fx.await(() -> f.wiring.databaseProperty().get() != null && f.wiring.tasks().running().isEmpty());
        return f;
    }

    /** The Chinese SME sample: 25 patents (sample-portfolios/README.md). */
    static final java.nio.file.Path SAMPLE = java.nio.file.Path.of("sample-portfolios/cn-tech-sme");

    /** Imports {@link #SAMPLE} and waits until its 25 patents are listed. */
    void importSample() throws Exception {
        Fx.run(() -> wiring.portfolios().importFrom(SAMPLE));
        Fx.await(() -> wiring.portfolios().patents().size() == 25);
    }

    /** Waits until Loan &amp; risk's assessment is current: made, not stale, not calculating, no task running. */
    void awaitAssessed() throws Exception {
        AssessmentViewModel vm = wiring.assessment();
        Fx.await(() -> vm.assessmentProperty().get() != null && !vm.staleProperty().get()
                && !vm.calculatingProperty().get() && wiring.tasks().running().isEmpty());
    }

    /** Sets the window to {@code width} × {@code height}. */
    void size(double width, double height) throws Exception {
        Fx.run(() -> {
            stage.setWidth(width);
            stage.setHeight(height);
        });
    }

    @SuppressWarnings("unchecked")
    <T extends Node> T lookup(String selector) throws Exception {
        // Content inside a ScrollPane joins the scene graph only when its skin is laid out on a pulse.
        Fx.await(() -> stage.getScene().lookup(selector) != null);
        return (T) Fx.call(() -> {
            Node n = stage.getScene().lookup(selector);
            if (n == null) {
                throw new AssertionError("nothing on screen matches " + selector);
            }
            return n;
        });
    }

    /** The scene of the window (a dialog) that shows a node matching {@code selector}, once one does. */
    static javafx.scene.Scene windowWith(String selector) throws Exception {
        Fx.await(() -> javafx.stage.Window.getWindows().stream().anyMatch(w -> w.getScene() != null
                && w.getScene().lookup(selector) != null));
        return Fx.call(() -> javafx.stage.Window.getWindows().stream().map(javafx.stage.Window::getScene)
                .filter(s -> s != null && s.lookup(selector) != null).findFirst().orElseThrow());
    }

    /** The node of {@code scene} matching {@code selector}, once it is there. */
    @SuppressWarnings("unchecked")
    static <T extends Node> T in(javafx.scene.Scene scene, String selector) throws Exception {
        Fx.await(() -> scene.lookup(selector) != null);
        return (T) Fx.call(() -> scene.lookup(selector));
    }

    /** A snapshot of {@code scene} in {@code target/screenshots/NAME.png}, to look at. */
    static void screenshot(javafx.scene.Scene scene, String name) throws Exception {
        java.nio.file.Path out = java.nio.file.Path.of("target/screenshots").resolve(name + ".png");
        java.nio.file.Files.createDirectories(out.getParent());
        var image = Fx.call(() -> scene.snapshot(null));
        javax.imageio.ImageIO.write(javafx.embed.swing.SwingFXUtils.fromFXImage(image, null), "png", out.toFile());
    }

    @Override
    public void close() throws Exception {
        FxToolkit.cleanupStages();
        wiring.close();
        node.removeNode();
    }
}
