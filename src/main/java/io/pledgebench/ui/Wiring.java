package io.pledgebench.ui;

import io.pledgebench.store.Database;
import io.pledgebench.store.PortfolioRepository;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.concurrent.Task;
import javafx.stage.Window;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Builds the workbench's object graph by hand (constructor injection). Nothing here touches the database or
 * the engine while the graph is built: {@link #openDatabase()} runs in the background once the first frame
 * is on screen, and the view models come alive when the repository appears.
 */
public final class Wiring implements AutoCloseable {

    private final UiPreferences preferences;
    private final I18n i18n;
    private final BackgroundTasks tasks = new BackgroundTasks();
    private final DatabaseOpener databaseOpener;
    private final String databaseLabel;
    private final PortfolioReading reader;
    private final Path portfolioToOpen;
    private final ReadOnlyObjectWrapper<Database> database = new ReadOnlyObjectWrapper<>(this, "database");
    private final javafx.beans.property.ReadOnlyStringWrapper databaseProblem =
            new javafx.beans.property.ReadOnlyStringWrapper(this, "databaseProblem", "");
    private final ReadOnlyObjectWrapper<PortfolioRepository> portfolioRepository =
            new ReadOnlyObjectWrapper<>(this, "portfolioRepository");
    private final ReadOnlyObjectWrapper<io.pledgebench.store.AssessmentRepository> assessmentRepository =
            new ReadOnlyObjectWrapper<>(this, "assessmentRepository");
    private final ReadOnlyObjectWrapper<io.pledgebench.store.ComparableTransactionRepository> comparables =
            new ReadOnlyObjectWrapper<>(this, "comparables");
    private final ReadOnlyObjectWrapper<io.pledgebench.store.ParameterSetRepository> parameterSetRepository =
            new ReadOnlyObjectWrapper<>(this, "parameterSetRepository");
    private ParameterSetsViewModel parameterSets;
    private ValuationRateEntries valuationRates;
    private Window window;
    private java.util.function.Consumer<ScreenId> navigator = s -> { };
    private DialogService dialogs;
    private PortfoliosViewModel portfolios;
    private SettingsViewModel settings;
    private ValuationViewModel valuation;
    private AssessmentViewModel assessment;
    private HistoryViewModel history;
    private PatentDetailViewModel patentDetail;
    private ReportViewModel report;
    private LoanBookViewModel loanBook;
    private ComparablesViewModel comparablesEditor;
    /** Null: the system's printers, looked up only when the Report screen is first used (not before the first frame). */
    private ReportViewModel.Printer printer;
    private Clock clock = Clock.systemDefaultZone();

    /** Opens (and migrates) the database: a plain one for a null password, an AES-encrypted one otherwise. */
    @FunctionalInterface
    public interface DatabaseOpener {
        Database open(char[] password);
    }

    /**
     * @param databaseOpener  opens (and migrates) the database off the FX thread; again with a password when the
     *                        file turns out to be encrypted
     * @param databaseLabel   where the database is, for Settings
     * @param portfolioToOpen a portfolio to import (unless already imported) and show once the database is open
     */
    public Wiring(UiPreferences preferences, DatabaseOpener databaseOpener, String databaseLabel,
                  PortfolioReading reader, Path portfolioToOpen) {
        this.preferences = preferences;
        this.i18n = new I18n(preferences.language());
        this.databaseOpener = databaseOpener;
        this.databaseLabel = databaseLabel;
        this.reader = reader;
        this.portfolioToOpen = portfolioToOpen;
        this.dialogs = new FxDialogService(() -> window, i18n);
    }

    /** The wiring of the installed workbench: user preferences, the database of {@code --db} or Settings. */
    public static Wiring forUser(Path dbOverride, Path portfolioToOpen) {
        UiPreferences prefs = UiPreferences.user();
        if (dbOverride == null && prefs.teamDatabase().isPresent()) {
            return forTeam(prefs, prefs.teamDatabase().get(), PortfolioReading.STANDARD, portfolioToOpen);
        }
        Optional<Path> chosen = dbOverride != null ? Optional.of(dbOverride) : prefs.database();
        Path location = chosen.orElseGet(Database::defaultLocation);
        return new Wiring(prefs, password -> Database.open(location, password), location.toAbsolutePath().toString(),
                PortfolioReading.STANDARD, portfolioToOpen);
    }

    /**
     * The workbench on the team database: the first attempt uses the password PGPASSFILE (~/.pgpass) holds for the
     * login, if any; a refused login makes the workbench ask for the password (never stored).
     */
    public static Wiring forTeam(UiPreferences prefs, io.pledgebench.store.TeamDatabaseUrl url, PortfolioReading reader,
                                 Path portfolioToOpen) {
        return new Wiring(prefs, password -> {
            char[] given = password;
            if (given == null) {
                String saved = org.postgresql.jdbcurlresolver.PgPassParser.getPassword(url.host(),
                        Integer.toString(url.port()), url.database(), url.user());
                given = saved == null ? null : saved.toCharArray();
            }
            return Database.openTeam(url, given);
        }, url.display(), reader, portfolioToOpen);
    }

    /** Replaces the dialogs (tests script them). Call before the views are built. */
    public void setDialogs(DialogService dialogs) {
        this.dialogs = dialogs;
    }

    /** Replaces the system clock (tests fix the day). Call before the views are built. */
    public void setClock(Clock clock) {
        this.clock = java.util.Objects.requireNonNull(clock, "clock");
    }

    /** Today by the workbench's clock: the default valuation date and the print date. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** Replaces the system printer (tests stand in for one). Call before the views are built. */
    public void setPrinter(ReportViewModel.Printer printer) {
        this.printer = printer;
    }

    void setWindow(Window window) {
        this.window = window;
    }

    /** How views ask for another screen; the workbench sets it when it shows the window. */
    void setNavigator(java.util.function.Consumer<ScreenId> navigator) {
        this.navigator = navigator;
    }

    public UiPreferences preferences() {
        return preferences;
    }

    public I18n i18n() {
        return i18n;
    }

    public BackgroundTasks tasks() {
        return tasks;
    }

    public DialogService dialogs() {
        return dialogs;
    }

    public ReadOnlyObjectProperty<Database> databaseProperty() {
        return database.getReadOnlyProperty();
    }

    /** Why the database is not open (empty while it opens or once it is open), for the status bar. */
    public javafx.beans.property.ReadOnlyStringProperty databaseProblemProperty() {
        return databaseProblem.getReadOnlyProperty();
    }

    /**
     * Opens the database in the background; on success the view models load their data. An encrypted file makes
     * the workbench ask for its password (again after a wrong one) until it opens or the user cancels.
     */
    public Task<Database> openDatabase() {
        return openDatabase(null);
    }

    private Task<Database> openDatabase(char[] password) {
        Task<Database> task = new Task<>() {
            @Override
            protected Database call() {
                updateTitle(i18n.get("ui.task.openDatabase"));
                try {
                    return databaseOpener.open(password);
                } finally {
                    if (password != null) {
                        java.util.Arrays.fill(password, '\0');
                    }
                }
            }
        };
        task.setOnSucceeded(e -> {
            databaseProblem.set("");
            database.set(task.getValue());
            portfolioRepository.set(new PortfolioRepository(task.getValue()));
            assessmentRepository.set(new io.pledgebench.store.AssessmentRepository(task.getValue()));
            comparables.set(new io.pledgebench.store.ComparableTransactionRepository(task.getValue()));
            parameterSetRepository.set(new io.pledgebench.store.ParameterSetRepository(task.getValue(), clock));
            // what the opening did that the user should know of (an unfinished write removed, a file created again)
            for (io.pledgebench.domain.Text notice : task.getValue().openingNotices()) {
                dialogs.showInformation(i18n.get("ui.database.noticeTitle"), notice.render(i18n.locale()));
            }
            if (portfolioToOpen != null) {
                portfolios().importFrom(portfolioToOpen);
            }
        });
        task.setOnFailed(e -> {
            Throwable t = task.getException();
            String reason = t instanceof io.pledgebench.domain.LocalizedMessage m ? m.text().render(i18n.locale())
                    : t.getMessage() == null ? t.toString() : t.getMessage();
            boolean loginRefused = t instanceof io.pledgebench.domain.LocalizedMessage m
                    && m.text().key().equals("team.db.loginRefused");
            if (loginRefused || t instanceof io.pledgebench.store.StoreException && reason.contains("encrypted")) {
                askPasswordAndRetry(password != null);
                return;
            }
            databaseProblem.set(i18n.get("ui.status.databaseNotOpen", reason));
            // a full disk while the database was created is the user's to put right: its sentence alone
            dialogs.showError(i18n.get("ui.error.database"), reason,
                    t instanceof io.pledgebench.store.FailedWriteException ? null : t);
        });
        return tasks.run(task);
    }

    private void askPasswordAndRetry(boolean afterWrongPassword) {
        boolean team = databaseLabel.startsWith("postgresql://");
        String message = team ? i18n.get(afterWrongPassword ? "ui.password.teamWrong" : "ui.password.team", databaseLabel)
                : i18n.get(afterWrongPassword ? "ui.password.wrong" : "ui.password.message", databaseLabel);
        dialogs.askPassword(i18n.get("ui.password.title"), message).ifPresentOrElse(this::openDatabase,
                () -> databaseProblem.set(i18n.get("ui.status.databaseNotOpen", i18n.get("ui.password.cancelled"))));
    }

    public PortfoliosViewModel portfolios() {
        if (portfolios == null) {
            portfolios = new PortfoliosViewModel(portfolioRepository.getReadOnlyProperty(), reader, tasks,
                    dialogs, i18n, preferences, this::today);
            // engine sentences show their amounts in the unit of the portfolio on screen
            portfolios.currentProperty().addListener((o, was, now) ->
                    i18n.setCurrency(now == null ? null : now.portfolio().currency()));
        }
        return portfolios;
    }

    public ValuationViewModel valuation() {
        if (valuation == null) {
            valuation = new ValuationViewModel(portfolios().currentProperty(),
                    comparables.getReadOnlyProperty(), tasks, i18n, this::today, valuationRates());
            // one loan timeline for every screen: the Loan & risk entries'
            valuation.followTimeline(assessment().timelineProperty(), assessment().asOfProperty());
        }
        return valuation;
    }

    public AssessmentViewModel assessment() {
        if (assessment == null) {
            assessment = new AssessmentViewModel(portfolios().currentProperty(),
                    comparables.getReadOnlyProperty(), tasks, i18n, this::today, valuationRates());
        }
        return assessment;
    }

    /**
     * The workbench's current valuation rates: one set of entries for the Valuation screen, Loan &amp; risk and a
     * chosen parameter set, so a rate edited on one screen is the rate the other values with.
     */
    public ValuationRateEntries valuationRates() {
        if (valuationRates == null) {
            valuationRates = new ValuationRateEntries(i18n);
        }
        return valuationRates;
    }

    public PatentDetailViewModel patentDetail() {
        if (patentDetail == null) {
            patentDetail = new PatentDetailViewModel(portfolios().currentProperty(),
                    portfolios().selectedPatentProperty(), comparables.getReadOnlyProperty(), tasks, i18n, this::today);
            patentDetail.followTimeline(assessment().timelineProperty(), assessment().acceptedPendingInvalidation());
            patentDetail.followAssessment(assessment().assessmentProperty());
        }
        return patentDetail;
    }

    public HistoryViewModel history() {
        if (history == null) {
            history = new HistoryViewModel(assessmentRepository.getReadOnlyProperty(), tasks, dialogs, i18n, preferences,
                    System.getProperty("user.name", ""));
            history.recordParameterSetsIn(parameterSetRepository.getReadOnlyProperty());
        }
        return history;
    }

    /** The named parameter sets of Settings, chosen on Loan & risk. */
    public ParameterSetsViewModel parameterSets() {
        if (parameterSets == null) {
            parameterSets = new ParameterSetsViewModel(parameterSetRepository.getReadOnlyProperty(), tasks, dialogs, i18n,
                    assessment(), System.getProperty("user.name", ""));
            // the Valuation screen shows the chosen set's valuation rates too: they are the shared entries it fills
            ParameterSetsViewModel sets = parameterSets;
            // the report of the current assessment names the set chosen for it, as a saved one does
            assessment().parameterSetFrom(() -> sets.used()
                    .map(u -> new io.pledgebench.report.ReportSource.SetUsed(u.name(), u.edited())).orElse(null));
        }
        return parameterSets;
    }

    public ComparablesViewModel comparables() {
        if (comparablesEditor == null) {
            // The valuation and the assessment read the table when they run: run them again after a change.
            comparablesEditor = new ComparablesViewModel(comparables.getReadOnlyProperty(), tasks, dialogs, i18n,
                    preferences, () -> {
                        valuation().recalculate();
                        assessment().recalculate();
                    });
        }
        return comparablesEditor;
    }

    public ReportViewModel report() {
        if (report == null) {
            // the report of the current assessment only while it matches the entries on Loan & risk
            report = new ReportViewModel(assessment().currentResultProperty(), assessmentRepository.getReadOnlyProperty(),
                    tasks, dialogs, i18n, preferences, printer != null ? printer : ReportViewModel.SYSTEM_PRINTER,
                    this::today, System.getProperty("user.name", ""));
            report.clientFrom(assessment()::client);
            report.parameterSetFrom(assessment()::parameterSet);
            report.savedIn(history().assessments());
            report.producedAt(() -> clock.instant());
            report.printDateIn(locale -> io.pledgebench.report.AssessmentReport.today(clock, locale));
        }
        return report;
    }

    /** Shows the Report screen with the current assessment's report. */
    void openCurrentReport() {
        report().showCurrent();
        navigator.accept(ScreenId.REPORT);
    }

    /** Shows the Report screen with the selected saved assessment's report. */
    void openSavedReport() {
        report().showSaved(history().selectedProperty().get());
        navigator.accept(ScreenId.REPORT);
    }

    /** The version in the jar's manifest; "dev" when run from classes. */
    public static String appVersion() {
        String v = Wiring.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }

    public LoanBookViewModel loanBook() {
        if (loanBook == null) {
            loanBook = new LoanBookViewModel(database.getReadOnlyProperty(), tasks, dialogs, i18n, this::today,
                    () -> clock, System.getProperty("user.name", ""));
            // an assessment signed on the Assessments screen can be booked: the list follows the history
            history().assessments().addListener((javafx.collections.ListChangeListener<io.pledgebench.store
                    .AssessmentSummary>) c -> loanBook.refresh());
        }
        return loanBook;
    }

    public SettingsViewModel settings() {
        if (settings == null) {
            settings = new SettingsViewModel(i18n, preferences, dialogs, tasks, databaseLabel);
        }
        return settings;
    }

    /** The FXML controller factory: every controller gets its view model from here. */
    Object controller(Class<?> type) {
        if (type == PortfoliosView.class) {
            return new PortfoliosView(portfolios(), i18n, () -> navigator.accept(ScreenId.PATENT));
        }
        if (type == ValuationView.class) {
            return new ValuationView(valuation(), i18n, dialogs, preferences);
        }
        if (type == LoanRiskView.class) {
            return new LoanRiskView(assessment(), history(), portfolios(), parameterSets(), i18n, dialogs, preferences,
                    this::openCurrentReport, locale -> io.pledgebench.report.AssessmentReport.today(clock, locale));
        }
        if (type == CapacityView.class) {
            return new CapacityView(assessment(), i18n, dialogs, preferences);
        }
        if (type == PatentDetailView.class) {
            return new PatentDetailView(patentDetail(), i18n, dialogs, preferences);
        }
        if (type == HistoryView.class) {
            return new HistoryView(history(), i18n, this::openSavedReport, this::today);
        }
        if (type == ComparablesView.class) {
            return new ComparablesView(comparables(), i18n);
        }
        if (type == ReportView.class) {
            return new ReportView(report(), i18n);
        }
        if (type == LoanBookView.class) {
            return new LoanBookView(loanBook(), i18n, dialogs, preferences);
        }
        if (type == SettingsView.class) {
            return new SettingsView(settings(), parameterSets(), i18n);
        }
        throw new IllegalArgumentException("no controller for " + type.getName());
    }

    @Override
    public void close() {
        tasks.close();
        Database db = database.get();
        if (db != null) {
            db.close();
        }
    }
}
