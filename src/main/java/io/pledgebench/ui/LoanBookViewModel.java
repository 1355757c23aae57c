package io.pledgebench.ui;

import io.pledgebench.app.Progress;
import io.pledgebench.app.BookMonitor;
import io.pledgebench.app.LoanBooking;
import io.pledgebench.domain.LocalizedMessage;
import io.pledgebench.domain.Text;
import io.pledgebench.risk.monitoring.AlertStatus;
import io.pledgebench.risk.monitoring.MonitoringPolicy;
import io.pledgebench.store.AssessmentRepository;
import io.pledgebench.store.AssessmentSummary;
import io.pledgebench.store.BookedLoan;
import io.pledgebench.store.Database;
import io.pledgebench.store.LoanBookRepository;
import io.pledgebench.store.RegistrationStatus;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.concurrent.Task;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.function.Supplier;

/**
 * The Loan book: the loans booked from signed assessments, booking one (through the command line's booking service,
 * so the same checks and refusals), recording the pledge registration's steps and closing; monitoring the book as of a
 * day in the background (progress, cancel) and the alerts it finds, acknowledged by the named user with a comment.
 */
public final class LoanBookViewModel {

    /** A booked loan with what the last monitoring run found for it (nulls before a run or when not revalued). */
    public record LoanRow(BookedLoan loan, Double coverage, Double ltv, Integer openAlerts) {
    }

    private static final BigDecimal WAN = BigDecimal.valueOf(10_000);

    private final ReadOnlyObjectProperty<Database> database;
    private final BackgroundTasks tasks;
    private final DialogService dialogs;
    private final I18n i18n;
    private final Supplier<LocalDate> today;
    private final Supplier<Clock> clock;
    private final String user;

    private final ObservableList<LoanRow> loans = FXCollections.observableArrayList();
    private final ObservableList<AlertStatus> alerts = FXCollections.observableArrayList();
    private final ObservableList<AssessmentSummary> signedAssessments = FXCollections.observableArrayList();
    private final ObjectProperty<LoanRow> selectedLoan = new SimpleObjectProperty<>(this, "selectedLoan");
    private final ObjectProperty<AlertStatus> selectedAlert = new SimpleObjectProperty<>(this, "selectedAlert");
    private final ReadOnlyObjectWrapper<BookMonitor.Run> run = new ReadOnlyObjectWrapper<>(this, "run");
    private final ReadOnlyBooleanWrapper monitoring = new ReadOnlyBooleanWrapper(this, "monitoring");
    private final javafx.beans.property.ReadOnlyDoubleWrapper monitorProgress =
            new javafx.beans.property.ReadOnlyDoubleWrapper(this, "monitorProgress", -1);
    private final javafx.beans.property.ReadOnlyStringWrapper monitorStatus =
            new javafx.beans.property.ReadOnlyStringWrapper(this, "monitorStatus", "");
    private final ObjectProperty<Text> message = new SimpleObjectProperty<>(this, "message");
    private final SimpleStringProperty error = new SimpleStringProperty(this, "error", "");

    // the booking form
    private final ObjectProperty<AssessmentSummary> assessment = new SimpleObjectProperty<>(this, "assessment");
    private final ObjectProperty<LocalDate> drawdown = new SimpleObjectProperty<>(this, "drawdown");
    private final BooleanProperty drawdownUnreadable = new SimpleBooleanProperty(this, "drawdownUnreadable");
    private final StringProperty amount = new SimpleStringProperty(this, "amount", "");
    private final StringProperty rate = new SimpleStringProperty(this, "rate", "");
    private final StringProperty pledgee = new SimpleStringProperty(this, "pledgee", "");
    // the loan's triggers: blank coverage trigger = the grade's minimum coverage; blank value drop = the default
    private final StringProperty coverageTrigger = new SimpleStringProperty(this, "coverageTrigger", "");
    private final StringProperty valueDropTrigger = new SimpleStringProperty(this, "valueDropTrigger", "");
    private final StringProperty registrationNumber = new SimpleStringProperty(this, "registrationNumber", "");
    private final StringProperty registrationDays = new SimpleStringProperty(this, "registrationDays", "");
    private final ObjectProperty<LocalDate> registrationDate = new SimpleObjectProperty<>(this, "registrationDate");
    private final BooleanProperty registrationDateUnreadable = new SimpleBooleanProperty(this, "regDateUnreadable");
    // a registration step or the close of the selected loan
    private final ObjectProperty<RegistrationStatus> step = new SimpleObjectProperty<>(this, "step",
            RegistrationStatus.REGISTERED);
    private final StringProperty stepNumber = new SimpleStringProperty(this, "stepNumber", "");
    private final ObjectProperty<LocalDate> stepDate = new SimpleObjectProperty<>(this, "stepDate");
    private final BooleanProperty stepDateUnreadable = new SimpleBooleanProperty(this, "stepDateUnreadable");
    // the monitoring day
    private final ObjectProperty<LocalDate> asOf = new SimpleObjectProperty<>(this, "asOf");
    private final BooleanProperty asOfUnreadable = new SimpleBooleanProperty(this, "asOfUnreadable");
    private Task<Monitored> monitorTask;
    private final StatusUpdatesImport statusUpdates;

    public LoanBookViewModel(ReadOnlyObjectProperty<Database> database, BackgroundTasks tasks, DialogService dialogs,
                             I18n i18n, Supplier<LocalDate> today, Supplier<Clock> clock, String user) {
        this.database = database;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.i18n = i18n;
        this.today = today;
        this.clock = clock;
        this.user = user;
        asOf.set(today.get());
        this.statusUpdates = new StatusUpdatesImport(database, tasks, dialogs, i18n, today, user, message::set,
                error::set, this::afterStatusUpdates);
        database.addListener((o, was, now) -> refresh());
        if (database.get() != null) {
            refresh();
        }
    }

    public ObservableList<LoanRow> loans() {
        return loans;
    }

    public ObservableList<AlertStatus> alerts() {
        return alerts;
    }

    public ObservableList<AssessmentSummary> signedAssessments() {
        return signedAssessments;
    }

    public ObjectProperty<LoanRow> selectedLoanProperty() {
        return selectedLoan;
    }

    public ObjectProperty<AlertStatus> selectedAlertProperty() {
        return selectedAlert;
    }

    /** The last monitoring run (null before one). */
    public ReadOnlyObjectProperty<BookMonitor.Run> runProperty() {
        return run.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty monitoringProperty() {
        return monitoring.getReadOnlyProperty();
    }

    /** How far the monitoring run under way is, 0 to 1 (loans done of the open loans); −1 before it knows. */
    public javafx.beans.property.ReadOnlyDoubleProperty monitorProgressProperty() {
        return monitorProgress.getReadOnlyProperty();
    }

    /** The monitoring run's progress in words ("1,234 of 10,000 loans"); empty when none runs. */
    public javafx.beans.property.ReadOnlyStringProperty monitorStatusProperty() {
        return monitorStatus.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Text> messageProperty() {
        return message;
    }

    /** Why the last action was refused, in the screen's language; empty when it was not. */
    public javafx.beans.property.ReadOnlyStringProperty errorProperty() {
        return error;
    }

    public BooleanBinding readyProperty() {
        return database.isNotNull();
    }

    public ObjectProperty<AssessmentSummary> assessmentProperty() {
        return assessment;
    }

    public ObjectProperty<LocalDate> drawdownProperty() {
        return drawdown;
    }

    public BooleanProperty drawdownUnreadableProperty() {
        return drawdownUnreadable;
    }

    public StringProperty amountProperty() {
        return amount;
    }

    public StringProperty rateProperty() {
        return rate;
    }

    public StringProperty pledgeeProperty() {
        return pledgee;
    }

    /** Coverage (liquidation value / exposure) below which the loan is in breach, as typed: 0.8 or 80 %. */
    public StringProperty coverageTriggerProperty() {
        return coverageTrigger;
    }

    /** Fall of the collateral's market value since booking that raises an alert, as typed: 30 % or 0.3. */
    public StringProperty valueDropTriggerProperty() {
        return valueDropTrigger;
    }

    /** Days after drawdown by which the pledge must be registered; blank: the default 30. */
    public StringProperty registrationDaysProperty() {
        return registrationDays;
    }

    public StringProperty registrationNumberProperty() {
        return registrationNumber;
    }

    public ObjectProperty<LocalDate> registrationDateProperty() {
        return registrationDate;
    }

    public BooleanProperty registrationDateUnreadableProperty() {
        return registrationDateUnreadable;
    }

    public ObjectProperty<RegistrationStatus> stepProperty() {
        return step;
    }

    public StringProperty stepNumberProperty() {
        return stepNumber;
    }

    public ObjectProperty<LocalDate> stepDateProperty() {
        return stepDate;
    }

    public BooleanProperty stepDateUnreadableProperty() {
        return stepDateUnreadable;
    }

    public ObjectProperty<LocalDate> asOfProperty() {
        return asOf;
    }

    public BooleanProperty asOfUnreadableProperty() {
        return asOfUnreadable;
    }

    /** The unit amounts are typed in: 万元 in Chinese, CNY in English. */
    public String amountUnit() {
        return i18n.amountUnit("CNY");
    }

    /** Loads the book and the assessments signed by a maker and a checker, in the background. */
    public void refresh() {
        Database db = database.get();
        if (db == null) {
            return;
        }
        Long keep = selectedLoan.get() == null ? null : selectedLoan.get().loan().id();
        Task<Loaded> task = new Task<>() {
            @Override
            protected Loaded call() {
                updateTitle(i18n.get("ui.book.task.load"));
                List<BookedLoan> list = new LoanBookRepository(db).list();
                List<AssessmentSummary> signed = new AssessmentRepository(db).list().stream()
                        .filter(a -> a.maker() != null && a.checker() != null).toList();
                return new Loaded(list, signed);
            }
        };
        task.setOnSucceeded(e -> {
            show(task.getValue().loans(), run.get());
            signedAssessments.setAll(task.getValue().signed());
            if (assessment.get() != null) {
                long id = assessment.get().id();
                assessment.set(signedAssessments.stream().filter(a -> a.id() == id).findFirst().orElse(null));
            }
            selectedLoan.set(loans.stream().filter(r -> keep != null && r.loan().id() == keep).findFirst()
                    .orElse(null));
        });
        task.setOnFailed(e -> failed("ui.book.error.load", task.getException()));
        tasks.run(task);
    }

    private record Loaded(List<BookedLoan> loans, List<AssessmentSummary> signed) {
    }

    /** Shows the rows of {@code list} with what {@code r} (may be null) found for each loan. */
    private void show(List<BookedLoan> list, BookMonitor.Run r) {
        loans.setAll(rows(list, r));
    }

    /** The rows of {@code list} with what {@code r} (may be null) found for each loan; pure, for any thread. */
    private static List<LoanRow> rows(List<BookedLoan> list, BookMonitor.Run r) {
        Map<String, BookMonitor.LoanResult> results = new HashMap<>();
        Map<String, Integer> open = new HashMap<>();
        if (r != null) {
            r.loans().forEach(l -> results.put(l.loan().loanId(), l));
            r.alerts().stream().filter(a -> a.status() == AlertStatus.Status.OPEN)
                    .forEach(a -> open.merge(a.alert().loanId(), 1, Integer::sum));
        }
        return list.stream().map(l -> {
            BookMonitor.LoanResult lr = results.get(l.loanId());
            boolean revalued = lr != null && lr.revaluation() != null;
            return new LoanRow(l, revalued ? lr.figures().coverage() : null, revalued ? lr.figures().ltv() : null,
                    r == null ? null : open.getOrDefault(l.loanId(), 0));
        }).toList();
    }

    /**
     * Books a loan from the chosen assessment with the form's entries. The entries are read in the screen's language
     * and unit (万元 in Chinese); the booking service checks them as the command line does and refuses, naming the
     * field, with nothing stored.
     */
    public void book() {
        Database db = database.get();
        error.set("");
        if (db == null) {
            return;
        }
        LoanBooking.Request request;
        try {
            request = request();
            LoanBooking.check(request, today.get());
        } catch (UserInputException e) {
            error.set(e.getMessage());
            return;
        } catch (LoanBooking.FieldRefused e) {
            error.set(refusal(e));
            return;
        }
        LocalDate day = today.get();
        Task<LoanBooking.Booked> task = new Task<>() {
            @Override
            protected LoanBooking.Booked call() {
                updateTitle(i18n.get("ui.book.task.book", request.assessmentId()));
                return new LoanBooking(db).book(request, day);
            }
        };
        task.setOnSucceeded(e -> {
            LoanBooking.Booked b = task.getValue();
            message.set(Text.of("ui.book.booked", b.loan().loanId(), b.loan().borrower()));
            List<String> lines = new java.util.ArrayList<>();
            b.notices().forEach(n -> lines.add(n.render(i18n.locale())));
            lines.addAll(b.pack(i18n.locale()));
            dialogs.showText(i18n.get("ui.book.pack.title", b.loan().loanId()),
                    i18n.get("ui.book.pack.message", b.loan().loanId()), String.join("\n", lines));
            amount.set("");
            coverageTrigger.set("");
            valueDropTrigger.set("");
            registrationNumber.set("");
            registrationDays.set("");
            registrationDate.set(null);
            selectedLoan.set(null);
            refresh();
            selectAfterRefresh(b.loan().id());
        });
        task.setOnFailed(e -> refused(task.getException()));
        tasks.run(task);
    }

    private void selectAfterRefresh(long id) {
        loans.addListener(new javafx.collections.ListChangeListener<LoanRow>() {
            @Override
            public void onChanged(Change<? extends LoanRow> c) {
                loans.removeListener(this);
                loans.stream().filter(r -> r.loan().id() == id).findFirst().ifPresent(selectedLoan::set);
            }
        });
    }

    private LoanBooking.Request request() {
        AssessmentSummary a = assessment.get();
        if (a == null) {
            throw new UserInputException(i18n.get("ui.book.missing.assessment"));
        }
        if (drawdownUnreadable.get() || drawdown.get() == null) {
            throw new UserInputException(i18n.get("ui.book.missing.drawdown"));
        }
        OptionalDouble typed = i18n.parseNumber(amount.get());
        if (typed.isEmpty()) {
            throw new UserInputException(i18n.get("ui.book.notANumber", i18n.get("ui.book.amount", amountUnit()),
                    amount.get() == null ? "" : amount.get()));
        }
        BigDecimal yuan = BigDecimal.valueOf(typed.getAsDouble()).multiply(i18n.chinese() ? WAN : BigDecimal.ONE);
        BigDecimal r = rate.get() == null || rate.get().isBlank() ? null : LoanBooking.rate(rate.get());
        if (registrationDateUnreadable.get()) {
            throw new UserInputException(i18n.get("ui.book.unreadableDate", i18n.get("ui.book.registrationDate")));
        }
        Double coverage = fraction(coverageTrigger.get(), "ui.book.coverageTrigger");
        Double drop = fraction(valueDropTrigger.get(), "ui.book.valueDropTrigger");
        return new LoanBooking.Request(a.id(), drawdown.get(), yuan, r, registrationNumber.get(),
                registrationDate.get(), pledgee.get(), coverage,
                drop == null ? LoanBooking.DEFAULT_VALUE_DROP_TRIGGER : drop, user, days(registrationDays.get()));
    }

    /** Whole days typed (0 or more); blank: the default 30. Anything else is refused naming the field. */
    private static int days(String text, I18n i18n) {
        if (text == null || text.isBlank()) {
            return io.pledgebench.store.NewBookedLoan.DEFAULT_REGISTRATION_DAYS;
        }
        String t = text.strip();
        if (!t.matches("\\d{1,4}")) {
            throw new UserInputException(i18n.get("ui.book.registrationDays.invalid", t));
        }
        return Integer.parseInt(t);
    }

    private int days(String text) {
        return days(text, i18n);
    }

    /**
     * A ratio typed as a number in the screen's language (0.8) or a percentage (80 %, also with a full-width ％);
     * null when left blank. A text that is neither is refused naming the field {@code labelKey}.
     */
    private Double fraction(String text, String labelKey) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String t = text.strip();
        boolean percent = t.endsWith("%") || t.endsWith("％");
        OptionalDouble v = i18n.parseNumber(percent ? t.substring(0, t.length() - 1).strip() : t);
        if (v.isEmpty() || !Double.isFinite(v.getAsDouble())) {
            throw new UserInputException(i18n.get("ui.book.notANumber", i18n.get(labelKey), t));
        }
        return percent ? v.getAsDouble() / 100 : v.getAsDouble();
    }

    /** Records the chosen registration step of the selected loan on the step's date. */
    public void recordStep() {
        LoanRow row = selectedLoan.get();
        Database db = database.get();
        error.set("");
        if (row == null || db == null) {
            return;
        }
        if (stepDateUnreadable.get() || stepDate.get() == null) {
            error.set(i18n.get("ui.book.missing.stepDate"));
            return;
        }
        RegistrationStatus s = step.get();
        String number = stepNumber.get() == null || stepNumber.get().isBlank() ? null : stepNumber.get().strip();
        LocalDate date = stepDate.get();
        Task<BookedLoan> task = new Task<>() {
            @Override
            protected BookedLoan call() {
                updateTitle(i18n.get("ui.book.task.register", row.loan().loanId()));
                return new LoanBookRepository(db).register(row.loan().id(), s, number, date, "", user);
            }
        };
        task.setOnSucceeded(e -> {
            BookedLoan l = task.getValue();
            message.set(Text.of("ui.book.stepRecorded", l.loanId(),
                    book("book.registration." + l.registrationStatus().code()), i18n.date(date)));
            stepNumber.set("");
            refresh();
        });
        task.setOnFailed(e -> refused(task.getException()));
        tasks.run(task);
    }

    /** Closes the selected loan on the step's date (repaid, the pledge released), after the user confirms. */
    public void closeLoan() {
        LoanRow row = selectedLoan.get();
        Database db = database.get();
        error.set("");
        if (row == null || db == null) {
            return;
        }
        if (stepDateUnreadable.get() || stepDate.get() == null) {
            error.set(i18n.get("ui.book.missing.stepDate"));
            return;
        }
        LocalDate date = stepDate.get();
        if (!dialogs.confirm(i18n.get("ui.book.close.title", row.loan().loanId()),
                i18n.get("ui.book.close.message", row.loan().loanId(), row.loan().borrower(), i18n.date(date)),
                i18n.get("ui.book.close.action"))) {
            return;
        }
        Task<BookedLoan> task = new Task<>() {
            @Override
            protected BookedLoan call() {
                updateTitle(i18n.get("ui.book.task.close", row.loan().loanId()));
                return new LoanBookRepository(db).close(row.loan().id(), date, user);
            }
        };
        task.setOnSucceeded(e -> {
            message.set(Text.of("ui.book.closed", task.getValue().loanId(), i18n.date(date)));
            refresh();
        });
        task.setOnFailed(e -> refused(task.getException()));
        tasks.run(task);
    }

    /**
     * Threads a monitoring run in the workbench spreads the loans over: every core but one, so the FX thread and the
     * renderer keep a core of their own (on two cores the run takes one, the command line's {@code monitor} both).
     */
    static final int MONITOR_THREADS = Math.max(1, Runtime.getRuntime().availableProcessors() - 1);

    /** The priority of a monitoring run's threads: below the FX thread's ({@link Thread#NORM_PRIORITY}). */
    static final int MONITOR_PRIORITY = Thread.NORM_PRIORITY - 2;

    /** A monitoring run with the book's rows that show it, both made off the FX thread. */
    public record Monitored(BookMonitor.Run run, List<LoanRow> rows) {
    }

    /**
     * Monitors the book as of the chosen day in the background: every open loan revalued and checked, loan by loan
     * with progress (at most {@link UpdateThrottle ten updates a second}); cancelling stops it between loans and keeps
     * what was shown before. The book's rows with the run's figures are made in the background too, so the FX thread
     * only swaps the tables' items once.
     */
    public Task<Monitored> monitor() {
        Database db = database.get();
        error.set("");
        if (db == null || monitoring.get()) {
            return null;
        }
        if (asOfUnreadable.get() || asOf.get() == null) {
            error.set(i18n.get("ui.book.missing.asOf"));
            return null;
        }
        LocalDate day = asOf.get();
        Task<Monitored> task = new Task<>() {
            /**
             * Never interrupt (neither from Cancel here nor the status bar's): an interrupt inside H2's file channel
             * (reading the book and the assessments) closes the database. The run checks between loans instead.
             */
            @Override
            public boolean cancel(boolean mayInterruptIfRunning) {
                return super.cancel(false);
            }

            @Override
            protected Monitored call() {
                // below the FX thread's priority where the system honours Java's priorities (Windows, macOS; on
                // Linux the JVM leaves every thread at the same priority unless run as root, ADR 0033)
                Thread self = Thread.currentThread();
                int priority = self.getPriority();
                self.setPriority(MONITOR_PRIORITY);
                try {
                    return revalue();
                } finally {
                    self.setPriority(priority);
                }
            }

            private Monitored revalue() {
                updateTitle(i18n.get("ui.book.task.monitor", i18n.date(day)));
                UpdateThrottle throttle = new UpdateThrottle();
                BookMonitor.Run r = new BookMonitor(MonitoringPolicy.defaults(), 0).run(db, day,
                        new Progress() {
                            @Override
                            public void update(int done, int total) {
                                if (throttle.due(done, total)) {
                                    updateProgress(done, Math.max(total, 1));
                                    updateMessage(i18n.get("ui.book.task.monitorProgress", done, total));
                                }
                            }

                            @Override
                            public boolean cancelled() {
                                return isCancelled();
                            }
                        }, MONITOR_THREADS);
                return new Monitored(r, rows(new LoanBookRepository(db).list(), r));
            }
        };
        monitoring.set(true);
        monitorTask = task;
        monitorProgress.bind(task.progressProperty());
        monitorStatus.bind(task.messageProperty());
        task.stateProperty().addListener((o, was, now) -> {
            if (task.isDone()) {
                monitorProgress.unbind();
                monitorProgress.set(-1);
                monitorStatus.unbind();
                monitorStatus.set("");
            }
        });
        task.setOnSucceeded(e -> {
            monitoring.set(false);
            Monitored m = task.getValue();
            BookMonitor.Run r = m.run();
            Long keep = selectedLoan.get() == null ? null : selectedLoan.get().loan().id();
            run.set(r);
            alerts.setAll(r.alerts());
            loans.setAll(m.rows());
            selectedLoan.set(keep == null ? null : loans.stream().filter(row -> row.loan().id() == keep).findFirst()
                    .orElse(null));
            message.set(Text.of("ui.book.monitored", i18n.date(r.asOf()), r.loans().size(), r.open(),
                    r.alerts().size() - r.open()));
        });
        task.setOnCancelled(e -> {
            monitoring.set(false);
            message.set(Text.of("ui.book.monitorCancelled", i18n.date(day)));
        });
        task.setOnFailed(e -> {
            monitoring.set(false);
            Throwable t = task.getException();
            if (t instanceof java.util.concurrent.CancellationException) {
                message.set(Text.of("ui.book.monitorCancelled", i18n.date(day)));
            } else {
                failed("ui.book.error.monitor", t);
            }
        });
        return tasks.run(task);
    }

    /**
     * Imports legal-status updates (the CN status CSV, EPO OPS or USPTO assignment XML) as {@code events import} does:
     * the file chosen, read in the background, previewed, applied on confirmation; the monitoring view then refreshes.
     */
    public void importStatusUpdates() {
        statusUpdates.chooseAndImport();
    }

    /** As {@link #importStatusUpdates()} for a file already chosen; returns the reading task (null when none). */
    public Task<io.pledgebench.app.StatusEventImport.Preview> importStatusUpdates(java.nio.file.Path file) {
        return statusUpdates.importFrom(file);
    }

    /** Whether a status file is being read or applied. */
    public ReadOnlyBooleanProperty importingStatusUpdatesProperty() {
        return statusUpdates.busyProperty();
    }

    /** After updates were stored: the book monitored again on the day shown (when it was), else reloaded. */
    private void afterStatusUpdates() {
        if (run.get() != null && !monitoring.get()) {
            monitor();
        } else {
            refresh();
        }
    }

    /** Cancels a monitoring run under way. */
    public void cancelMonitor() {
        if (monitorTask != null && monitoring.get()) {
            monitorTask.cancel();
        }
    }

    /**
     * Acknowledges the selected alert: the user (named) says what was done or decided; audited. The alert holds as
     * acknowledged until its due date; the book is monitored again on the same day to show it.
     */
    public void acknowledge() {
        AlertStatus a = selectedAlert.get();
        Database db = database.get();
        BookMonitor.Run r = run.get();
        error.set("");
        if (a == null || db == null || r == null) {
            return;
        }
        String id = BookMonitor.alertId(a.alert().key());
        dialogs.askText(i18n.get("ui.book.ack.title", id), i18n.get("ui.book.ack.message", user,
                i18n.render(a.alert().reason())), "").ifPresent(comment -> {
                    if (comment.isBlank()) {
                        error.set(i18n.get("ui.book.ack.noComment"));
                        return;
                    }
                    LocalDate day = r.asOf();
                    java.time.Instant now = clock.get().instant();
                    Task<BookMonitor.Acknowledged> task = new Task<>() {
                        @Override
                        protected BookMonitor.Acknowledged call() {
                            updateTitle(i18n.get("ui.book.ack.title", id));
                            return new BookMonitor(MonitoringPolicy.defaults(), 0).acknowledge(db, a.alert(), user,
                                    comment, day, now);
                        }
                    };
                    task.setOnSucceeded(e -> {
                        BookMonitor.Acknowledged done = task.getValue();
                        message.set(Text.of("ui.book.acknowledged", done.alertId(), done.acknowledgement().user(),
                                i18n.date(done.acknowledgement().holdsUntil())));
                        asOf.set(day);
                        monitor();
                    });
                    task.setOnFailed(e -> refused(task.getException()));
                    tasks.run(task);
                });
    }

    /** A refusal of the service in the screen's language; anything else is an error with its details. */
    private void refused(Throwable t) {
        if (t instanceof LoanBooking.FieldRefused f) {
            error.set(refusal(f));
        } else if (t instanceof LoanBooking.Refused r) {
            error.set(String.join("\n", r.reasons().stream().map(s -> s.render(i18n.locale())).toList()));
        } else if (t instanceof LocalizedMessage m && t instanceof IllegalArgumentException) {
            error.set(i18n.render(m.text()));
        } else {
            failed("ui.book.error.action", t);
        }
    }

    /** A refused field worded for the workbench: the form's field and the value as typed. */
    private String refusal(LoanBooking.FieldRefused e) {
        List<Object> v = e.values();
        return switch (e.field()) {
            case AMOUNT -> i18n.get("ui.book.refused.amount", amount.get());
            case RATE -> i18n.get("ui.book.refused.rate", rate.get());
            case REGISTRATION_PAIR -> i18n.get("ui.book.refused.registrationPair");
            case REGISTERED_FUTURE -> i18n.get("ui.book.refused.registeredFuture", i18n.date(registrationDate.get()));
            case VALUE_DROP_TRIGGER -> i18n.get("ui.book.refused.valueDropTrigger", valueDropTrigger.get().strip());
            case COVERAGE_TRIGGER -> i18n.get("ui.book.refused.coverageTrigger", coverageTrigger.get().strip());
            case UNSIGNED -> i18n.get("ui.book.refused.unsigned", v.get(0), v.get(1), v.get(2));
        };
    }

    private void failed(String titleKey, Throwable t) {
        dialogs.showError(i18n.get(titleKey), i18n.problem(t), t);
    }

    /** A word of the loan book's own bundle (registration steps, severities, alert types) in the screen's language. */
    private String book(String key) {
        return io.pledgebench.domain.Text.of(key).render(i18n.locale());
    }
}
