package io.pledgebench.ui;

import io.pledgebench.assessment.Assessment;
import io.pledgebench.assessment.AssessmentInputs;
import io.pledgebench.assessment.AssessmentParameters;
import io.pledgebench.assessment.AssessmentPipeline;
import io.pledgebench.domain.Portfolio;
import io.pledgebench.domain.Text;
import io.pledgebench.io.PortfolioReader;
import io.pledgebench.report.ReportSource;
import io.pledgebench.store.AssessmentRepository;
import io.pledgebench.store.Database;
import javafx.beans.property.SimpleObjectProperty;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.prefs.Preferences;

import static org.assertj.core.api.Assertions.assertThat;

/** The Report screen's model: preview pages rendered in the background, language, print (or why not), save. */
class ReportViewModelTest {

    private static final LocalDate AS_OF = LocalDate.of(2025, 6, 30);
    private static Assessment assessment;

    @TempDir
    Path dir;
    private Database db;
    private AssessmentRepository repo;
    private BackgroundTasks tasks;
    private Preferences node;
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private final FakePrinter printer = new FakePrinter();
    private final SimpleObjectProperty<Assessment> current = new SimpleObjectProperty<>();
    private ReportViewModel vm;

    /** Stands in for the system's printers; records what it was given. */
    private static final class FakePrinter implements ReportViewModel.Printer {
        boolean installed = true;
        boolean userConfirms = true;
        final List<byte[]> printed = new ArrayList<>();

        @Override
        public boolean available() {
            return installed;
        }

        @Override
        public boolean print(byte[] pdf, String jobName) {
            if (userConfirms) {
                printed.add(pdf);
            }
            return userConfirms;
        }
    }

    @BeforeAll
    static void toolkit() throws Exception {
        Fx.startToolkit();
        Portfolio p = PortfolioReader.read(Path.of("sample-portfolios/cn-tech-sme")).portfolio();
        assessment = AssessmentPipeline.run(new AssessmentInputs(p, p.loan(), AS_OF, 7, 300, null, List.of()),
                AssessmentParameters.defaults());
    }

    @BeforeEach
    void setUp() throws Exception {
        db = Database.inMemory("report-" + UUID.randomUUID());
        repo = new AssessmentRepository(db);
        tasks = new BackgroundTasks();
        node = Preferences.userRoot().node("io/pledgebench/test/" + UUID.randomUUID());
        SimpleObjectProperty<AssessmentRepository> repository = new SimpleObjectProperty<>(repo);
        vm = Fx.call(() -> new ReportViewModel(current, repository, tasks, dialogs, new I18n(Locale.ENGLISH),
                new UiPreferences(node), printer, () -> AS_OF, "alice"));
    }

    @AfterEach
    void tearDown() throws Exception {
        tasks.close();
        db.close();
        node.removeNode();
    }

    private void awaitRendered() throws Exception {
        Fx.await(() -> !vm.renderingProperty().get() && tasks.running().isEmpty());
        assertThat(dialogs.errors).isEmpty();
    }

    private static String text(byte[] pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc);
        }
    }

    @Test
    void theCurrentAssessmentIsPreviewedPageByPageAndSavedAsTheSameBytes() throws Exception {
        Fx.run(() -> current.set(assessment));
        Fx.run(vm::showCurrent);
        awaitRendered();

        byte[] pdf = vm.pdfProperty().get();
        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(vm.pageCountProperty().get()).isEqualTo(doc.getNumberOfPages()).isGreaterThan(3);
        }
        assertThat(vm.pages()).hasSize(vm.pageCountProperty().get());
        // A4 at the preview resolution: 210 mm = 8.27 in.
        assertThat(vm.pages().get(0).getWidth()).isCloseTo(8.27 * ReportViewModel.PREVIEW_DPI, org.assertj.core.data.Offset.offset(2.0));
        assertThat(vm.sourceProperty().get().title()).isEqualTo(Text.of("ui.report.source.current",
                assessment.inputs().portfolio().name()));
        assertThat(text(pdf)).contains("Loan Assessment Report");

        Path file = dir.resolve("out/report.pdf");
        dialogs.chosenPaths.add(file);
        Fx.run(vm::saveAsPdf);
        Fx.await(() -> Files.exists(file) && tasks.running().isEmpty());
        assertThat(Files.readAllBytes(file)).isEqualTo(pdf);
        assertThat(vm.messageProperty().get()).isEqualTo(Text.of("ui.report.saved", file.toString()));
    }

    @Test
    void choosingAnotherLanguageRendersTheReportAgainInThatLanguage() throws Exception {
        Fx.run(() -> current.set(assessment));
        Fx.run(vm::showCurrent);
        awaitRendered();
        byte[] english = vm.pdfProperty().get();

        Fx.run(() -> vm.languageProperty().set(Locale.SIMPLIFIED_CHINESE));
        Fx.await(() -> vm.pdfProperty().get() != null && vm.pdfProperty().get() != english);
        awaitRendered();
        String chinese = text(vm.pdfProperty().get());
        assertThat(chinese).contains("贷款评估报告").doesNotContain("Loan Assessment Report");
        assertThat(vm.pages()).hasSize(vm.pageCountProperty().get());
    }

    @Test
    void withoutAPrinterTheUserIsToldSoAndNothingIsPrinted() throws Exception {
        printer.installed = false;
        Fx.run(() -> current.set(assessment));
        Fx.run(vm::showCurrent);
        awaitRendered();

        Fx.run(vm::print);
        Fx.await(() -> !vm.printingProperty().get() && tasks.running().isEmpty());
        assertThat(dialogs.informations).singleElement().asString().startsWith("No printer is installed");
        assertThat(printer.printed).isEmpty();
        assertThat(dialogs.errors).isEmpty();
    }

    @Test
    void printingSendsThePreviewedPdfAndReportsACancelledDialog() throws Exception {
        Fx.run(() -> current.set(assessment));
        Fx.run(vm::showCurrent);
        awaitRendered();

        Fx.run(vm::print);
        Fx.await(() -> !vm.printingProperty().get() && tasks.running().isEmpty());
        assertThat(printer.printed).singleElement().isSameAs(vm.pdfProperty().get());
        assertThat(vm.messageProperty().get().key()).isEqualTo("ui.report.printed");

        printer.userConfirms = false;
        Fx.run(vm::print);
        Fx.await(() -> !vm.printingProperty().get() && tasks.running().isEmpty());
        assertThat(printer.printed).hasSize(1);
        assertThat(vm.messageProperty().get().key()).isEqualTo("ui.report.printCancelled");
    }

    /**
     * Cold review of issue 16, item 7: the preview of the current assessment said "(not saved)" and a hash right after
     * it was saved as no. 1, was stamped "Report produced" with the valuation date, and stayed English when the
     * workbench was switched to Chinese.
     */
    @Test
    void theCurrentReportIsStampedWhenProducedShowsItsSavedNumberAndFollowsTheScreensLanguage() throws Exception {
        I18n screen = new I18n(Locale.ENGLISH);
        SimpleObjectProperty<AssessmentRepository> repository = new SimpleObjectProperty<>(repo);
        ReportViewModel follows = Fx.call(() -> new ReportViewModel(current, repository, tasks, dialogs, screen,
                new UiPreferences(node), printer, () -> AS_OF, "alice"));
        follows.producedAt(() -> java.time.Instant.parse("2026-12-07T10:15:30Z"));
        Fx.run(() -> current.set(assessment));
        Fx.run(follows::showCurrent);
        Fx.await(() -> !follows.renderingProperty().get() && follows.pdfProperty().get() != null
                && tasks.running().isEmpty());
        assertThat(text(follows.pdfProperty().get())).contains("2026-12-07 10:15:30").contains("is not saved");

        long id = repo.save(io.pledgebench.app.AssessmentArchive.toSave(assessment, null, "bob", "test"));
        Fx.run(follows::showCurrent);
        Fx.await(() -> !follows.renderingProperty().get() && follows.pdfProperty().get() != null
                && tasks.running().isEmpty());
        String saved = text(follows.pdfProperty().get());
        assertThat(saved).contains("Assessed (saved)").doesNotContain("is not saved");
        assertThat(id).isEqualTo(1);

        Fx.run(() -> screen.localeProperty().set(Locale.SIMPLIFIED_CHINESE));
        assertThat(Fx.call(() -> follows.languageProperty().get().getLanguage())).isEqualTo("zh");
        // a language the user picked stays
        Fx.run(() -> follows.languageProperty().set(Locale.ENGLISH));
        Fx.run(() -> screen.localeProperty().set(Locale.SIMPLIFIED_CHINESE));
        Fx.run(() -> screen.localeProperty().set(Locale.ENGLISH));
        assertThat(Fx.call(() -> follows.languageProperty().get().getLanguage())).isEqualTo("en");
        Fx.run(() -> current.set(null));
        Fx.await(() -> tasks.running().isEmpty());
    }

    /**
     * Issue 16: the current result saved on another screen (the Assessments screen's list is the one source of its
     * saved state): the header names the saved number instead of "(not saved)" and the report is made again with it.
     */
    @Test
    void theCurrentResultSavedElsewhereIsTitledAndPrintedWithItsNumber() throws Exception {
        javafx.collections.ObservableList<io.pledgebench.store.AssessmentSummary> saved =
                javafx.collections.FXCollections.observableArrayList();
        Fx.run(() -> vm.savedIn(saved));
        Fx.run(() -> current.set(assessment));
        Fx.run(vm::showCurrent);
        awaitRendered();
        String name = assessment.inputs().portfolio().name();
        assertThat(Fx.call(() -> vm.titleProperty().get())).isEqualTo(Text.of("ui.report.source.current", name));
        assertThat(text(vm.pdfProperty().get())).doesNotContain("Assessed (saved)");

        long id = repo.save(io.pledgebench.app.AssessmentArchive.toSave(assessment, null, "bob", "test"));
        var summary = repo.list().get(0);
        Fx.run(() -> saved.setAll(summary));
        assertThat(Fx.call(() -> vm.titleProperty().get())).isEqualTo(Text.of("ui.report.source.saved", id, name));
        awaitRendered();
        assertThat(text(vm.pdfProperty().get())).contains("Assessed (saved)");
    }

    @Test
    void aSavedAssessmentIsPreviewedAsSavedAndDoesNotFollowTheCurrentOne() throws Exception {
        long id = repo.save(io.pledgebench.app.AssessmentArchive.toSave(assessment, null, "bob", "test"));
        var summary = repo.list().get(0);
        Fx.run(() -> vm.showSaved(summary));
        awaitRendered();
        assertThat(vm.sourceProperty().get().title()).isEqualTo(Text.of("ui.report.source.saved", id,
                assessment.inputs().portfolio().name()));
        byte[] saved = vm.pdfProperty().get();
        // printed as saved; the desktop database's author is the computer's login, never printed as the saver
        assertThat(text(saved)).contains("Assessed (saved)").doesNotContain("bob");

        Fx.run(() -> current.set(assessment));
        Fx.await(() -> tasks.running().isEmpty());
        assertThat(vm.pdfProperty().get()).isSameAs(saved);
    }

    @Test
    void aClearedCurrentAssessmentClearsThePreviewAndCancellingStopsTheRendering() throws Exception {
        Fx.run(() -> current.set(assessment));
        Fx.run(vm::showCurrent);
        awaitRendered();
        byte[] first = vm.pdfProperty().get();

        Fx.run(() -> {
            current.set(null);
        });
        assertThat(vm.sourceProperty().get()).isNull();
        assertThat(vm.pages()).isEmpty();

        Fx.run(() -> {
            current.set(assessment);
            vm.showCurrent();
            vm.cancel();
        });
        Fx.await(() -> tasks.running().isEmpty());
        assertThat(vm.renderingProperty().get()).isFalse();
        assertThat(vm.pdfProperty().get()).isNull();
        assertThat(first).isNotNull();
    }
}
