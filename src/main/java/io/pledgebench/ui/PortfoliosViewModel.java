package io.pledgebench.ui;

import io.pledgebench.domain.Text;
import io.pledgebench.io.ImportProblem;
import io.pledgebench.io.ImportResult;
import io.pledgebench.io.SourceHash;
import io.pledgebench.store.PortfolioRepository;
import io.pledgebench.store.PortfolioSummary;
import io.pledgebench.store.StoredPortfolio;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.concurrent.Task;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The Portfolios screen: stored portfolios, the patents of the selected one, importing a file or folder
 * (in the background, all or nothing unless "keep good rows" is on) and deleting with confirmation.
 */
public final class PortfoliosViewModel {

    /** Files the import accepts; a folder is accepted as well. */
    public static final List<String> IMPORT_EXTENSIONS = List.of("*.xlsx", "*.xls", "*.pbx", "*.csv", "*.xml", "*.json");

    private final ReadOnlyObjectProperty<PortfolioRepository> repository;
    private final PortfolioReading reader;
    private final TaskExecutor tasks;
    private final DialogService dialogs;
    private final I18n i18n;
    private final UiPreferences preferences;
    private final Supplier<LocalDate> today;

    private final ObservableList<PortfolioSummary> portfolios = FXCollections.observableArrayList();
    private final ObjectProperty<PortfolioSummary> selected = new SimpleObjectProperty<>(this, "selected");
    private final ObjectProperty<StoredPortfolio> current = new SimpleObjectProperty<>(this, "current");
    private final ObservableList<PatentRow> patents = FXCollections.observableArrayList();
    /** Counts {@link #refresh} calls (on the FX thread) so that only the latest list is shown. */
    private long refreshes;
    private final ObjectProperty<PatentRow> selectedPatent = new SimpleObjectProperty<>(this, "selectedPatent");
    private final ObservableList<ImportProblem> problems = FXCollections.observableArrayList();
    private final ObservableList<io.pledgebench.io.ImportNote> notes = FXCollections.observableArrayList();
    private final StringProperty problemSource = new SimpleStringProperty(this, "problemSource", "");
    private final BooleanProperty keepGoodRows = new SimpleBooleanProperty(this, "keepGoodRows", false);
    private final BooleanProperty importing = new SimpleBooleanProperty(this, "importing", false);
    private final ObjectProperty<Text> message = new SimpleObjectProperty<>(this, "message");
    private final BooleanBinding ready;

    public PortfoliosViewModel(ReadOnlyObjectProperty<PortfolioRepository> repository, PortfolioReading reader,
                               TaskExecutor tasks, DialogService dialogs, I18n i18n, UiPreferences preferences,
                               Supplier<LocalDate> today) {
        this.repository = repository;
        this.reader = reader;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.i18n = i18n;
        this.preferences = preferences;
        this.today = today;
        ready = repository.isNotNull();
        selected.addListener((o, was, now) -> load(now));
        repository.addListener((o, was, now) -> {
            if (now != null) {
                refresh(null);
            }
        });
        if (repository.get() != null) {
            refresh(null);
        }
    }

    public ObservableList<PortfolioSummary> portfolios() {
        return portfolios;
    }

    public ObjectProperty<PortfolioSummary> selectedProperty() {
        return selected;
    }

    public ReadOnlyObjectProperty<StoredPortfolio> currentProperty() {
        return current;
    }

    public ObservableList<PatentRow> patents() {
        return patents;
    }

    /** The patent chosen in the table, shown by the Patent detail screen. */
    public ObjectProperty<PatentRow> selectedPatentProperty() {
        return selectedPatent;
    }

    /** Problems of the last import, each with file, sheet, row, column, value and reason. */
    public ObservableList<ImportProblem> problems() {
        return problems;
    }

    /** Notes of the last import that did not block it (an ignored hidden sheet, an assumed unit). */
    public ObservableList<io.pledgebench.io.ImportNote> notes() {
        return notes;
    }

    public StringProperty problemSourceProperty() {
        return problemSource;
    }

    public BooleanProperty keepGoodRowsProperty() {
        return keepGoodRows;
    }

    public BooleanProperty importingProperty() {
        return importing;
    }

    /** The outcome of the last action, rendered by the view in the current language. */
    public ReadOnlyObjectProperty<Text> messageProperty() {
        return message;
    }

    /** True once the database is open. */
    public BooleanBinding readyProperty() {
        return ready;
    }

    public BooleanBinding canDeleteProperty() {
        return Bindings.and(ready, selected.isNotNull());
    }

    /** Reloads the list, then selects the portfolio {@code selectId} (or keeps the selection when null). */
    public void refresh(Long selectId) {
        PortfolioRepository repo = repository.get();
        if (repo == null) {
            return;
        }
        Long keep = selectId != null ? selectId : selected.get() == null ? null : selected.get().id();
        long generation = ++refreshes;
        Task<List<PortfolioSummary>> task = new Task<>() {
            @Override
            protected List<PortfolioSummary> call() {
                updateTitle(i18n.get("ui.task.listPortfolios"));
                return repo.list();
            }
        };
        task.setOnSucceeded(e -> {
            // Tasks may finish out of order: a list read before an import committed must not replace a newer one.
            if (generation != refreshes) {
                return;
            }
            portfolios.setAll(task.getValue());
            selected.set(portfolios.stream().filter(p -> keep != null && p.id() == keep).findFirst()
                    .orElse(portfolios.isEmpty() ? null : portfolios.get(0)));
        });
        task.setOnFailed(e -> failed("ui.error.list", task.getException()));
        tasks.run(task);
    }

    private void load(PortfolioSummary summary) {
        PortfolioRepository repo = repository.get();
        if (summary == null || repo == null) {
            selectedPatent.set(null);
            current.set(null);
            patents.clear();
            return;
        }
        LocalDate asOf = today.get();
        Task<Loaded> task = new Task<>() {
            @Override
            protected Loaded call() {
                updateTitle(i18n.get("ui.task.loadPortfolio", summary.name()));
                Optional<StoredPortfolio> sp = repo.load(summary.id());
                if (sp.isEmpty()) {
                    return null;
                }
                List<PatentRow> rows = new ArrayList<>(sp.get().portfolio().patents().size());
                for (var p : sp.get().portfolio().patents()) {
                    rows.add(PatentRow.of(p, asOf));
                }
                return new Loaded(sp.get(), rows);
            }
        };
        task.setOnSucceeded(e -> {
            // A later selection wins over a slower earlier load.
            if (selected.get() != summary) {
                return;
            }
            Loaded l = task.getValue();
            selectedPatent.set(null);
            current.set(l == null ? null : l.portfolio());
            patents.setAll(l == null ? List.of() : l.rows());
            if (!patents.isEmpty()) {
                selectedPatent.set(patents.get(0));
            }
        });
        task.setOnFailed(e -> failed("ui.error.load", task.getException()));
        tasks.run(task);
    }

    private record Loaded(StoredPortfolio portfolio, List<PatentRow> rows) {
    }

    public void chooseAndImportFile() {
        dialogs.chooseFile(i18n.get("ui.portfolios.importFile.title"), preferences.lastFolder().orElse(null),
                i18n.get("ui.portfolios.importFile.filter"), IMPORT_EXTENSIONS).ifPresent(this::importFrom);
    }

    public void chooseAndImportFolder() {
        dialogs.chooseFolder(i18n.get("ui.portfolios.importFolder.title"), preferences.lastFolder().orElse(null))
                .ifPresent(this::importFrom);
    }

    /** The files of the sample portfolio shipped in the application (sample-portfolios/cn-tech-sme). */
    static final List<String> SAMPLE_FILES = List.of("patents.csv", "enterprise.csv", "loan.csv");

    /**
     * Imports the sample portfolio shipped with the application, for an officer who has none yet: its files are
     * copied to a temporary folder in the background and imported from there as any folder would be.
     */
    public Task<Path> openSample() {
        Task<Path> task = new Task<>() {
            @Override
            protected Path call() throws Exception {
                updateTitle(i18n.get("ui.task.openSample"));
                Path dir = java.nio.file.Files.createTempDirectory("pledgebench-sample").resolve("cn-tech-sme");
                java.nio.file.Files.createDirectories(dir);
                for (String name : SAMPLE_FILES) {
                    try (java.io.InputStream in = PortfoliosViewModel.class.getResourceAsStream(
                            "/io/pledgebench/samples/cn-tech-sme/" + name)) {
                        if (in == null) {
                            throw new java.io.FileNotFoundException("the sample portfolio's " + name
                                    + " is missing from the application");
                        }
                        java.nio.file.Files.copy(in, dir.resolve(name));
                    }
                }
                return dir;
            }
        };
        task.setOnSucceeded(e -> importFrom(task.getValue()));
        task.setOnFailed(e -> failed("ui.error.import", task.getException()));
        tasks.run(task);
        return task;
    }

    /** The outcome of one import, computed in the background. */
    public record ImportOutcome(Kind kind, Long portfolioId, String name, List<ImportProblem> problems, int rowsRead,
                                List<io.pledgebench.io.ImportNote> notes, EventsMerged merged, ImportPreview preview) {
        /** PREVIEW: columns were not recognised, so the officer sees the preview before anything is stored. */
        public enum Kind { IMPORTED, ALREADY_IMPORTED, REJECTED, NOTHING_TO_IMPORT, EVENTS_MERGED, PREVIEW }

        ImportOutcome(Kind kind, Long portfolioId, String name, List<ImportProblem> problems, int rowsRead,
                      List<io.pledgebench.io.ImportNote> notes, EventsMerged merged) {
            this(kind, portfolioId, name, problems, rowsRead, notes, merged, null);
        }
    }

    /** Legal events merged onto stored patents: how many, onto how many patents and portfolios, and numbers not found. */
    public record EventsMerged(int events, int patents, int portfolios, List<String> notFound) {
    }

    /**
     * Imports a file or folder in the background; returns the task (already started). When the patent table has
     * columns the reader does not recognise, nothing is stored yet: the officer sees the import preview, and the import
     * runs again with the choices made there.
     */
    public Task<ImportOutcome> importFrom(Path source) {
        return importFrom(source, io.pledgebench.io.ColumnMapping.NONE, null, false);
    }

    /** Imports with the officer's column choices, saving them as template {@code saveAs} (if not null) once stored. */
    public Task<ImportOutcome> importFrom(Path source, io.pledgebench.io.ColumnMapping mapping, String saveAs,
                                         boolean previewed) {
        PortfolioRepository repo = repository.get();
        if (repo == null) {
            throw new IllegalStateException("the database is not open yet");
        }
        Path folder = source.toAbsolutePath().getParent();
        if (folder != null) {
            preferences.setLastFolder(folder);
        }
        boolean keepGood = keepGoodRows.get();
        String author = System.getProperty("user.name", "");
        ImportTask task = new ImportTask(source, keepGood, repo, author, mapping, saveAs, previewed);
        importing.set(true);
        task.setOnSucceeded(e -> {
            importing.set(false);
            ImportOutcome out = task.getValue();
            if (out.kind() == ImportOutcome.Kind.PREVIEW) {
                preview(source, out.preview());
                return;
            }
            problems.setAll(out.problems());
            notes.setAll(out.notes());
            problemSource.set(source.getFileName() == null ? source.toString() : source.getFileName().toString());
            switch (out.kind()) {
                case IMPORTED:
                    message.set(out.problems().isEmpty()
                            ? Text.of("ui.portfolios.imported", out.name(), out.rowsRead())
                            : Text.of("ui.portfolios.importedWithProblems", out.name(), out.rowsRead() - out.problems().size(),
                                    out.problems().size()));
                    refresh(out.portfolioId());
                    break;
                case ALREADY_IMPORTED:
                    message.set(Text.of("ui.portfolios.alreadyImported", out.name()));
                    refresh(out.portfolioId());
                    break;
                case REJECTED:
                    message.set(Text.of("ui.portfolios.rejected", problemSource.get(), out.problems().size()));
                    break;
                case EVENTS_MERGED:
                    EventsMerged m = out.merged();
                    message.set(m.notFound().isEmpty()
                            ? Text.of("ui.portfolios.eventsMerged", m.events(), m.patents(), m.portfolios())
                            : Text.of("ui.portfolios.eventsMergedSome", m.events(), m.patents(), m.portfolios(),
                                    String.join(", ", m.notFound())));
                    // The statuses of the shown portfolio may have changed: load it again.
                    load(selected.get());
                    break;
                case NOTHING_TO_IMPORT:
                    message.set(Text.of("ui.portfolios.nothingToImport", problemSource.get()));
                    break;
                default:
                    throw new IllegalStateException(out.kind().name());
            }
        });
        task.setOnCancelled(e -> {
            importing.set(false);
            message.set(Text.of("ui.portfolios.importCancelled", source.getFileName()));
        });
        task.setOnFailed(e -> {
            importing.set(false);
            failed("ui.error.import", task.getException());
        });
        tasks.run(task);
        return task;
    }

    /** Shows the preview; the officer's choices start the import again, or nothing is stored. */
    private void preview(Path source, ImportPreview preview) {
        String file = source.getFileName() == null ? source.toString() : source.getFileName().toString();
        Optional<ImportPreview.Decision> decision = dialogs.previewImport(i18n.get("ui.preview.title", file), preview);
        if (decision.isEmpty()) {
            message.set(Text.of("ui.portfolios.importCancelled", file));
            return;
        }
        importFrom(source, decision.get().mapping(), decision.get().saveAsTemplate(), true);
    }

    private final class ImportTask extends Task<ImportOutcome> {
        private final Path source;
        private final boolean keepGood;
        private final PortfolioRepository repo;
        private final String author;
        private final io.pledgebench.io.ColumnMapping mapping;
        private final String saveAs;
        private final boolean previewed;

        ImportTask(Path source, boolean keepGood, PortfolioRepository repo, String author,
                   io.pledgebench.io.ColumnMapping mapping, String saveAs, boolean previewed) {
            this.source = source;
            this.keepGood = keepGood;
            this.repo = repo;
            this.author = author;
            this.mapping = mapping;
            this.saveAs = saveAs;
            this.previewed = previewed;
            updateTitle(i18n.get("ui.task.import", source.getFileName()));
        }

        @Override
        protected ImportOutcome call() {
            updateMessage(i18n.get("ui.task.import.reading"));
            String hash = SourceHash.of(source);
            // the stored patents' numbers are read once, when a legal-event file names its first patent
            java.util.function.Predicate<String> stored = new java.util.function.Predicate<>() {
                private java.util.Set<String> numbers;

                @Override
                public boolean test(String number) {
                    if (numbers == null) {
                        numbers = repo.storedPatentNumbers();
                    }
                    return numbers.contains(number);
                }
            };
            ImportResult result = reader.read(source, mapping, stored);
            if (isCancelled()) {
                return null;
            }
            if (!previewed && !result.unrecognisedColumns().isEmpty()) {
                List<String> headers = result.columns().stream().map(io.pledgebench.io.ColumnUse::header).toList();
                ImportPreview preview = new ImportPreview(source.getFileName() == null ? source.toString()
                        : source.getFileName().toString(), result.columns(), repo.templates().matching(headers));
                return new ImportOutcome(ImportOutcome.Kind.PREVIEW, null, null, result.problems(), result.rowsRead(),
                        result.notes(), null, preview);
            }
            String name = result.portfolio() == null ? source.getFileName().toString() : result.portfolio().name();
            // a file whose events all name patents not stored merges nothing and says so (its notice names them)
            if (result.eventsOnly() && (!result.events().isEmpty() || result.rowsRead() > 0) && (!result.hasProblems() || keepGood)) {
                return mergeEvents(result, name, hash);
            }
            if (result.eventsOnly() || result.portfolio().patents().isEmpty()) {
                return new ImportOutcome(result.hasProblems() ? ImportOutcome.Kind.REJECTED
                        : ImportOutcome.Kind.NOTHING_TO_IMPORT, null, name, result.problems(), result.rowsRead(),
                        result.notes(), null);
            }
            if (result.hasProblems() && !keepGood) {
                return new ImportOutcome(ImportOutcome.Kind.REJECTED, null, name, result.problems(), result.rowsRead(),
                        result.notes(), null);
            }
            // the same file read with other column choices is other data, so only an unmapped re-import is "already there"
            Optional<Long> existing = mapping.isEmpty() ? repo.findBySourceHash(hash) : Optional.empty();
            if (existing.isPresent()) {
                return new ImportOutcome(ImportOutcome.Kind.ALREADY_IMPORTED, existing.get(), name, result.problems(),
                        result.rowsRead(), result.notes(), null);
            }
            updateMessage(i18n.get("ui.task.import.saving", result.portfolio().patents().size()));
            List<io.pledgebench.io.ImportNote> notes = new ArrayList<>(result.notes());
            for (Text t : repo.soleOwnerConflicts(result.portfolio())) {
                notes.add(new io.pledgebench.io.ImportNote(null, null, t.english(), t.chinese()));
            }
            long id = repo.insert(result.portfolio(), new PortfolioRepository.ImportRecord(
                    source.getFileName().toString(), hash, author, result.rowsRead(), (int) result.rowsRejected(), notes));
            if (saveAs != null) {
                repo.templates().save(saveAs, mapping);
            }
            if (isCancelled()) {
                // Cancelled while saving: the import is one unit, so undo the part that was committed.
                repo.delete(id);
                return null;
            }
            return new ImportOutcome(ImportOutcome.Kind.IMPORTED, id, name, result.problems(), result.rowsRead(),
                    notes, null);
        }

        private ImportOutcome mergeEvents(ImportResult result, String name, String hash) {
            updateMessage(i18n.get("ui.task.import.merging", result.events().size()));
            java.util.Map<String, List<Long>> found = repo.mergeEvents(result.events(),
                    io.pledgebench.io.LegalEventMerger::merge, new PortfolioRepository.ImportRecord(
                            source.getFileName().toString(), hash, author, result.rowsRead(), (int) result.rowsRejected()));
            int events = 0;
            java.util.Set<Long> portfolios = new java.util.TreeSet<>();
            for (var e : found.entrySet()) {
                events += result.events().get(e.getKey()).size();
                portfolios.addAll(e.getValue());
            }
            java.util.Set<String> missing = new java.util.TreeSet<>(result.events().keySet());
            missing.removeAll(found.keySet());
            return new ImportOutcome(ImportOutcome.Kind.EVENTS_MERGED, null, name, result.problems(), result.rowsRead(),
                    result.notes(), new EventsMerged(events, found.size(), portfolios.size(), List.copyOf(missing)));
        }

        /** Never interrupt: an interrupt inside H2's file channel closes the database; the task checks instead. */
        @Override
        public boolean cancel(boolean mayInterruptIfRunning) {
            return super.cancel(false);
        }
    }

    /** Deletes the selected portfolio after the user confirms. */
    public void deleteSelected() {
        PortfolioSummary s = selected.get();
        PortfolioRepository repo = repository.get();
        if (s == null || repo == null) {
            return;
        }
        if (!dialogs.confirm(i18n.get("ui.portfolios.delete.title"),
                i18n.get("ui.portfolios.delete.message", s.name(), s.patentCount()),
                i18n.get("ui.portfolios.delete.action"))) {
            return;
        }
        Task<Void> task = new Task<>() {
            @Override
            protected Void call() {
                updateTitle(i18n.get("ui.task.delete", s.name()));
                repo.delete(s.id());
                return null;
            }
        };
        task.setOnSucceeded(e -> {
            message.set(Text.of("ui.portfolios.deleted", s.name()));
            selected.set(null);
            refresh(null);
        });
        task.setOnFailed(e -> failed("ui.error.delete", task.getException()));
        tasks.run(task);
    }

    /** The problems listed, as rows of text in the screen's language: file, sheet, row, column, value, reason. */
    private List<List<String>> problemRows() {
        List<List<String>> rows = new java.util.ArrayList<>();
        rows.add(List.of(i18n.get("ui.problems.file"), i18n.get("ui.problems.sheet"), i18n.get("ui.problems.row"),
                i18n.get("ui.problems.column"), i18n.get("ui.problems.value"), i18n.get("ui.problems.reason")));
        for (ImportProblem p : problems) {
            rows.add(List.of(text(p.file()), text(p.sheet()), p.row() == null ? "" : p.row().toString(),
                    text(p.column()), text(p.value()), i18n.reason(p)));
        }
        return rows;
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }

    /**
     * The problems listed, tab-separated under a header line, one problem a line, for the clipboard: pasted into a
     * spreadsheet they become a table. Tabs and line breaks inside a value become spaces (they would start a new
     * cell or row).
     */
    public String problemsAsTabSeparated() {
        StringBuilder b = new StringBuilder();
        for (List<String> row : problemRows()) {
            b.append(row.stream().map(v -> v.replaceAll("[\\t\\r\\n]+", " "))
                    .collect(java.util.stream.Collectors.joining("\t"))).append('\n');
        }
        return b.toString();
    }

    /**
     * Asks where to save the problems listed as CSV (UTF-8 with a byte-order mark, so that a spreadsheet reads the
     * Chinese text) and writes them in the background; an existing file is replaced only when the officer agrees.
     * Empty when nothing is written.
     */
    public Optional<Task<Path>> exportProblems() {
        if (problems.isEmpty()) {
            return Optional.empty();
        }
        Optional<Path> chosen = dialogs.chooseSaveFile(i18n.get("ui.problems.export.title"),
                preferences.lastFolder().orElse(null), i18n.get("ui.problems.export.fileName"), "CSV", List.of("*.csv"));
        if (chosen.isEmpty()) {
            return Optional.empty();
        }
        Path file = chosen.get();
        if (java.nio.file.Files.exists(file) && !dialogs.confirm(i18n.get("ui.problems.export.title"),
                i18n.get("ui.problems.export.replace", file), i18n.get("ui.problems.export.replaceAction"))) {
            message.set(Text.of("ui.problems.export.notReplaced", file));
            return Optional.empty();
        }
        List<List<String>> rows = problemRows();
        Task<Path> task = new Task<>() {
            @Override
            protected Path call() throws Exception {
                updateTitle(i18n.get("ui.task.exportProblems", file.getFileName()));
                StringBuilder csv = new StringBuilder("\uFEFF");
                try (org.apache.commons.csv.CSVPrinter out = new org.apache.commons.csv.CSVPrinter(csv,
                        org.apache.commons.csv.CSVFormat.EXCEL)) {
                    for (List<String> row : rows) {
                        out.printRecord(row);
                    }
                }
                byte[] bytes = csv.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
                UserFile.write(preferences, file, o -> o.write(bytes));
                return file;
            }
        };
        task.setOnSucceeded(e -> {
            if (file.toAbsolutePath().getParent() != null) {
                preferences.setLastFolder(file.toAbsolutePath().getParent());
            }
            message.set(Text.of("ui.problems.export.done", rows.size() - 1, file));
        });
        task.setOnFailed(e -> failed("ui.problems.export.failed", task.getException()));
        tasks.run(task);
        return Optional.of(task);
    }

    private void failed(String titleKey, Throwable t) {
        // a failed write to the database (a full disk) is the user's to put right: its sentence alone, no stack trace
        dialogs.showError(i18n.get(titleKey), i18n.problem(t), t instanceof io.pledgebench.store.FailedWriteException ? null : t);
    }
}
