package io.pledgebench.ui;

import io.pledgebench.assessment.Assessment;
import io.pledgebench.domain.Text;
import io.pledgebench.report.AssessmentReport;
import io.pledgebench.report.ReportInput;
import io.pledgebench.report.ReportPages;
import io.pledgebench.report.ReportSource;
import io.pledgebench.store.AssessmentRepository;
import io.pledgebench.store.AssessmentSummary;
import javafx.application.Platform;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.concurrent.Task;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.image.Image;

import javax.print.PrintServiceLookup;
import java.awt.print.PrinterException;
import java.awt.print.PrinterJob;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Supplier;

/**
 * The Report screen: the report of the current assessment or of a saved one, in a chosen language, as page
 * images rendered in the background (shown as they arrive), printed through the PDF's own print path or saved
 * as PDF. The bytes printed and saved are the bytes previewed.
 */
public final class ReportViewModel {

    /** Preview resolution; the view scales the images, so zooming does not render again. */
    static final float PREVIEW_DPI = 110;

    /** Where printed pages go. The system one prints through {@link ReportPages#print}. */
    public interface Printer {
        /** Whether any printer is installed. */
        boolean available();

        /** Shows the print dialog and prints; false when the user cancelled the dialog. */
        boolean print(byte[] pdf, String jobName) throws PrinterException;
    }

    static final Printer SYSTEM_PRINTER = new Printer() {
        @Override
        public boolean available() {
            return PrintServiceLookup.lookupPrintServices(null, null).length > 0;
        }

        @Override
        public boolean print(byte[] pdf, String jobName) throws PrinterException {
            return ReportPages.print(pdf, PrinterJob.getPrinterJob(), jobName);
        }
    };

    /** What a report is printed from: its title on screen, a proposed file name, and how to load it. */
    public record Source(Text title, String fileName, Callable<ReportInput> input, String inputHash) {
        /** A saved assessment's report, or any report that does not follow a result's saved state. */
        public Source(Text title, String fileName, Callable<ReportInput> input) {
            this(title, fileName, input, null);
        }
    }

    /**
     * The saved assessments (the Assessments screen's list): the one source of whether the current result is saved,
     * whatever screen saved it (issue 16: "(not saved)" over an assessment saved through the Assessments screen).
     */
    private ObservableList<io.pledgebench.store.AssessmentSummary> saved = FXCollections.observableArrayList();
    /** The number the current result was saved under when its report was last made (null: not saved then). */
    private Long shownSavedAs;
    private final ReadOnlyObjectWrapper<Text> title = new ReadOnlyObjectWrapper<>(this, "title");

    private final ReadOnlyObjectProperty<Assessment> current;
    private final ReadOnlyObjectProperty<AssessmentRepository> repository;
    private final TaskExecutor tasks;
    private final DialogService dialogs;
    private final I18n i18n;
    private final UiPreferences preferences;
    private final Printer printer;
    private final Supplier<LocalDate> printDate;
    /** The print date in the edition's zone (Beijing time for Chinese, UTC otherwise); null: {@link #printDate}. */
    private java.util.function.Function<Locale, LocalDate> printDateIn;
    private final String user;
    private final ObjectProperty<Locale> language;
    private final ReadOnlyObjectWrapper<Source> source = new ReadOnlyObjectWrapper<>(this, "source");
    private final ReadOnlyBooleanWrapper followsCurrent = new ReadOnlyBooleanWrapper(this, "followsCurrent");
    private final ObservableList<Image> pages = FXCollections.observableArrayList();
    private final ReadOnlyIntegerWrapper pageCount = new ReadOnlyIntegerWrapper(this, "pageCount");
    private final ReadOnlyObjectWrapper<byte[]> pdf = new ReadOnlyObjectWrapper<>(this, "pdf");
    private final ReadOnlyBooleanWrapper rendering = new ReadOnlyBooleanWrapper(this, "rendering");
    private final ReadOnlyBooleanWrapper printing = new ReadOnlyBooleanWrapper(this, "printing");
    private final ReadOnlyObjectWrapper<Text> message = new ReadOnlyObjectWrapper<>(this, "message");
    private Task<Void> renderTask;

    /**
     * Dates each edition by today in its own zone (review 14b, E): a Chinese report printed at 06:49 Beijing time is
     * dated that day, as its cover time and sign-offs are.
     */
    public void printDateIn(java.util.function.Function<Locale, LocalDate> today) {
        this.printDateIn = java.util.Objects.requireNonNull(today, "today");
    }

    public ReportViewModel(ReadOnlyObjectProperty<Assessment> current,
                           ReadOnlyObjectProperty<AssessmentRepository> repository, TaskExecutor tasks,
                           DialogService dialogs, I18n i18n, UiPreferences preferences, Printer printer,
                           Supplier<LocalDate> printDate, String user) {
        this.current = current;
        this.repository = repository;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.i18n = i18n;
        this.preferences = preferences;
        this.printer = printer;
        this.printDate = printDate;
        this.user = user;
        this.language = new SimpleObjectProperty<>(this, "language", i18n.locale());
        source.addListener((o, was, now) -> updateTitle());
        // the report follows the screen's language until the user picks another one (cold review 16 #7: an English
        // report in the Chinese workbench)
        i18n.localeProperty().addListener((o, was, now) -> {
            if (now != null && was != null && language.get() != null
                    && language.get().getLanguage().equals(was.getLanguage())) {
                language.set(now);
            }
        });
        language.addListener((o, was, now) -> {
            if (source.get() != null) {
                render();
            }
        });
        // A recalculated assessment makes the preview of "the current assessment" stale.
        current.addListener((o, was, now) -> {
            if (followsCurrent.get()) {
                if (now == null) {
                    clear();
                } else {
                    showCurrent();
                }
            }
        });
    }

    /** The report language; changing it renders the report again. */
    public ObjectProperty<Locale> languageProperty() {
        return language;
    }

    public ReadOnlyObjectProperty<Source> sourceProperty() {
        return source.getReadOnlyProperty();
    }

    /**
     * The report's title on screen: a saved assessment's number, also for the current result once it is saved (on
     * any screen); "not saved" only while no saved assessment has its inputs.
     */
    public ReadOnlyObjectProperty<Text> titleProperty() {
        return title.getReadOnlyProperty();
    }

    /** Reads whether the current result is saved from {@code assessments}, the saved assessments as listed. */
    void savedIn(ObservableList<io.pledgebench.store.AssessmentSummary> assessments) {
        this.saved = java.util.Objects.requireNonNull(assessments, "assessments");
        assessments.addListener((javafx.collections.ListChangeListener<io.pledgebench.store.AssessmentSummary>) c -> {
            Source s = source.get();
            if (followsCurrent.get() && s != null && s.inputHash() != null
                    && !java.util.Objects.equals(savedAs(s.inputHash()).map(io.pledgebench.store.AssessmentSummary::id)
                    .orElse(null), shownSavedAs)) {
                // saved (or deleted) since the report was made: made again, with its number on the cover
                showCurrent();
            } else {
                updateTitle();
            }
        });
        updateTitle();
    }

    /** The latest saved assessment made from the inputs {@code inputHash} names. */
    private java.util.Optional<io.pledgebench.store.AssessmentSummary> savedAs(String inputHash) {
        return saved.stream().filter(a -> inputHash.equals(a.inputHash()))
                .max(java.util.Comparator.comparingLong(io.pledgebench.store.AssessmentSummary::id));
    }

    private void updateTitle() {
        Source s = source.get();
        if (s == null) {
            title.set(null);
            return;
        }
        title.set(s.inputHash() == null ? s.title() : savedAs(s.inputHash())
                .map(a -> Text.of("ui.report.source.saved", a.id(), a.portfolio())).orElse(s.title()));
    }

    /** Page images in order; filled while rendering. */
    public ObservableList<Image> pages() {
        return pages;
    }

    /** The report's page count once known (the images may still be arriving). */
    public ReadOnlyIntegerProperty pageCountProperty() {
        return pageCount.getReadOnlyProperty();
    }

    /** The PDF being previewed; null until it is written. */
    public ReadOnlyObjectProperty<byte[]> pdfProperty() {
        return pdf.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty renderingProperty() {
        return rendering.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty printingProperty() {
        return printing.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Text> messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Assessment> currentAssessmentProperty() {
        return current;
    }

    /** The bank the current assessment is made for (委托方; null: not named), as the loan request names it. */
    private Supplier<String> client = () -> null;

    /** The clock an unsaved report's production time is read from (null: stamped with the valuation date). */
    private Supplier<java.time.Instant> now;

    /** Stamps an unsaved assessment's report with the time {@code clock} gives when it is produced. */
    void producedAt(Supplier<java.time.Instant> clock) {
        this.now = java.util.Objects.requireNonNull(clock, "clock");
    }

    /** Where the current assessment's bank (委托方) is read from when it is previewed. */
    /** The named parameter set of the current assessment (null: none chosen). */
    private Supplier<io.pledgebench.report.ReportSource.SetUsed> parameterSet = () -> null;

    /** Where the named parameter set of the current assessment is read when its report is made. */
    void parameterSetFrom(Supplier<io.pledgebench.report.ReportSource.SetUsed> set) {
        this.parameterSet = java.util.Objects.requireNonNull(set, "set");
    }

    void clientFrom(Supplier<String> bank) {
        this.client = java.util.Objects.requireNonNull(bank, "bank");
    }

    /** Previews the current (unsaved) assessment and follows it when it is recalculated. */
    public void showCurrent() {
        Assessment a = current.get();
        if (a == null) {
            return;
        }
        String name = a.inputs().portfolio().name();
        followsCurrent.set(true);
        // read on the FX thread, where the set's entries live; the document is made in the background
        io.pledgebench.report.ReportSource.SetUsed set = parameterSet.get();
        AssessmentRepository repo = repository.get();
        String bank = client.get();
        shownSavedAs = savedAs(a.inputHash()).map(io.pledgebench.store.AssessmentSummary::id).orElse(null);
        source.set(new Source(Text.of("ui.report.source.current", name), safeName(name) + "-assessment.pdf",
                () -> {
                    // the current assessment saved already (same inputs): its report, with its number
                    // (cold review 16 #7: "(not saved)" and a hash right after "Assessment no. 1 saved")
                    if (repo != null) {
                        var saved = repo.latestWithInputHash(a.inputHash());
                        if (saved.isPresent()) {
                            io.pledgebench.store.Witness chain = repo.chainHead();
                            return io.pledgebench.app.AssessmentArchive.reportInput(saved.get(), repo.authorIsLogin(), repo.portfolios())
                                    .withChain(chain.length(), chain.head());
                        }
                    }
                    // stamped with the time it is produced (the injected clock); without one, the valuation date,
                    // as the command line prints an unsaved assessment
                    java.time.Instant produced = now != null ? now.get()
                            : a.inputs().asOf().atStartOfDay(ZoneOffset.UTC).toInstant();
                    return ReportInput.unsaved(ReportSource.document(a, bank, set), produced, user);
                }, a.inputHash()));
        render();
    }

    /** Previews a saved assessment exactly as it was saved. */
    public void showSaved(AssessmentSummary s) {
        AssessmentRepository repo = repository.get();
        if (s == null || repo == null) {
            return;
        }
        followsCurrent.set(false);
        source.set(new Source(Text.of("ui.report.source.saved", s.id(), s.portfolio()), "assessment-" + s.id() + ".pdf",
                () -> {
                    io.pledgebench.store.Witness chain = repo.chainHead();
                    return io.pledgebench.app.AssessmentArchive.reportInput(repo.load(s.id()).orElseThrow(() ->
                            new IllegalStateException("assessment " + s.id() + " is no longer stored")), repo.authorIsLogin(), repo.portfolios())
                            .withChain(chain.length(), chain.head());
                }));
        render();
    }

    /** Writes and renders the report of the source in the chosen language; a newer rendering cancels an older one. */
    public Task<Void> render() {
        Source s = source.get();
        if (s == null) {
            throw new IllegalStateException("no report to render");
        }
        if (renderTask != null) {
            renderTask.cancel();
        }
        pages.clear();
        pageCount.set(0);
        pdf.set(null);
        message.set(null);
        Locale locale = language.get();
        LocalDate date = printDateIn != null ? printDateIn.apply(locale) : printDate.get();
        Task<Void> task = new Task<>() {
            @Override
            public boolean cancel(boolean mayInterruptIfRunning) {
                // Never interrupt: an interrupt inside H2's file channel (loading a saved assessment) closes
                // the database. The page loop checks for cancellation instead.
                return super.cancel(false);
            }

            @Override
            protected Void call() throws Exception {
                updateTitle(i18n.get("ui.task.reportPreview"));
                updateMessage(i18n.get("ui.report.writing"));
                ReportInput input = s.input().call();
                ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 20);
                AssessmentReport.write(input, locale, date, out);
                byte[] bytes = out.toByteArray();
                if (isCancelled()) {
                    return null;
                }
                Platform.runLater(() -> {
                    if (renderTask == this) {
                        pdf.set(bytes);
                    }
                });
                ReportPages.render(bytes, PREVIEW_DPI, (index, total, image) -> {
                    if (isCancelled()) {
                        return false;
                    }
                    Image fx = SwingFXUtils.toFXImage(image, null);
                    updateMessage(i18n.get("ui.report.renderingPage", index + 1, total));
                    updateProgress(index + 1, total);
                    Platform.runLater(() -> {
                        if (renderTask == this) {
                            pageCount.set(total);
                            pages.add(fx);
                        }
                    });
                    return true;
                });
                return null;
            }
        };
        renderTask = task;
        rendering.set(true);
        task.setOnSucceeded(e -> finished(task));
        task.setOnCancelled(e -> finished(task));
        task.setOnFailed(e -> {
            finished(task);
            message.set(Text.of("ui.report.failed"));
            failed("ui.report.failed", task.getException());
        });
        return tasks.run(task);
    }

    /** Stops the rendering under way; the pages shown so far stay. */
    public void cancel() {
        if (renderTask != null) {
            renderTask.cancel();
        }
    }

    /** How a print request ended. */
    public enum PrintOutcome { PRINTED, CANCELLED, NO_PRINTER }

    /**
     * Prints the previewed PDF after the system print dialog; when no printer is installed the user is told so
     * instead. Looking up printers can take a while (network printers), so that too runs in the background.
     * Returns the printing task, or null when there is nothing to print yet.
     */
    public Task<PrintOutcome> print() {
        byte[] bytes = pdf.get();
        Source s = source.get();
        if (bytes == null || s == null) {
            return null;
        }
        String jobName = s.fileName().replaceFirst("\\.pdf$", "");
        Task<PrintOutcome> task = new Task<>() {
            @Override
            protected PrintOutcome call() throws Exception {
                updateTitle(i18n.get("ui.task.print", jobName));
                if (!printer.available()) {
                    return PrintOutcome.NO_PRINTER;
                }
                // The print dialog is modal for this worker only; the workbench stays responsive behind it.
                return printer.print(bytes, jobName) ? PrintOutcome.PRINTED : PrintOutcome.CANCELLED;
            }
        };
        printing.set(true);
        task.setOnSucceeded(e -> {
            printing.set(false);
            switch (task.getValue()) {
                case PRINTED -> message.set(Text.of("ui.report.printed", jobName));
                case CANCELLED -> message.set(Text.of("ui.report.printCancelled", jobName));
                case NO_PRINTER -> dialogs.showInformation(i18n.get("ui.report.print.title"),
                        i18n.get("ui.report.print.noPrinter"));
            }
        });
        task.setOnCancelled(e -> printing.set(false));
        task.setOnFailed(e -> {
            printing.set(false);
            failed("ui.report.print.failed", task.getException());
        });
        return tasks.run(task);
    }

    /** Asks where, then writes the previewed PDF there. Returns the writing task, or null when nothing was started. */
    public Task<Path> saveAsPdf() {
        byte[] bytes = pdf.get();
        Source s = source.get();
        if (bytes == null || s == null) {
            return null;
        }
        return dialogs.chooseSaveFile(i18n.get("ui.loanRisk.saveReport.title"), preferences.lastFolder().orElse(null),
                s.fileName(), "PDF", List.of("*.pdf")).map(file -> {
                    Task<Path> task = new Task<>() {
                        @Override
                        protected Path call() throws Exception {
                            updateTitle(i18n.get("ui.task.report", file.getFileName()));
                            UserFile.write(preferences, file, out -> out.write(bytes));
                            return file;
                        }
                    };
                    task.setOnSucceeded(e -> {
                        Path parent = file.toAbsolutePath().getParent();
                        if (parent != null) {
                            preferences.setLastFolder(parent);
                        }
                        message.set(Text.of("ui.report.saved", file.toString()));
                    });
                    task.setOnFailed(e -> failed("ui.loanRisk.saveReport.failed", task.getException()));
                    return tasks.run(task);
                }).orElse(null);
    }

    private void finished(Task<Void> task) {
        if (renderTask == task) {
            renderTask = null;
            rendering.set(false);
        }
    }

    private void clear() {
        cancel();
        followsCurrent.set(false);
        source.set(null);
        pages.clear();
        pageCount.set(0);
        pdf.set(null);
    }

    private static String safeName(String name) {
        return name.replaceAll("[\\\\/:*?\"<>|]", "_");
    }

    private void failed(String titleKey, Throwable t) {
        dialogs.showError(i18n.get(titleKey), t.getMessage() == null ? t.toString() : t.getMessage(), t);
    }
}
