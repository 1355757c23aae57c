package io.pledgebench.app;

import io.pledgebench.assessment.AssessmentInputs;
import io.pledgebench.assessment.LoanRevaluation;
import io.pledgebench.assessment.SavedInputs;
import io.pledgebench.domain.LegalStatus;
import io.pledgebench.domain.LoanRequest;
import io.pledgebench.domain.Patent;
import io.pledgebench.domain.Portfolio;
import io.pledgebench.domain.Text;
import io.pledgebench.risk.monitoring.Acknowledgement;
import io.pledgebench.risk.monitoring.Alert;
import io.pledgebench.risk.monitoring.AlertStatus;
import io.pledgebench.risk.monitoring.BookAnalytics;
import io.pledgebench.risk.monitoring.LoanFigures;
import io.pledgebench.risk.monitoring.MonitoredLoan;
import io.pledgebench.risk.monitoring.MonitoringPolicy;
import io.pledgebench.risk.monitoring.MonitoringRules;
import io.pledgebench.risk.monitoring.Revaluation;
import io.pledgebench.risk.monitoring.StatusUpdate;
import io.pledgebench.risk.monitoring.StatusUpdates;
import io.pledgebench.store.AssessmentRepository;
import io.pledgebench.store.BookedLoan;
import io.pledgebench.store.Database;
import io.pledgebench.store.LoanBookRepository;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One monitoring run over the loan book on a date: every loan open that day, its pledged patents as then known
 * (the data assessed, with the status updates dated up to that day), its collateral revalued with the engine and
 * the parameters it was assessed with, its alerts and their status given the acknowledgements made, and the book's
 * totals and concentration.
 */
public final class BookMonitor {

    /**
     * One loan's outcome: its figures (values null when it could not be revalued), the revaluation's basis, and why
     * the revaluation counts a pledged European patent for part of its value ({@link #valueNotes(BookedLoan,
     * MonitoredLoan, Revaluation)}, made once with the result).
     */
    public record LoanResult(BookedLoan loan, MonitoredLoan monitored, Revaluation revaluation, LoanFigures figures,
                      boolean parametersAsAssessed, Text notRevalued, List<Text> valueNotes) {

        public LoanResult {
            valueNotes = List.copyOf(valueNotes);
        }
    }

    /**
     * Why the revaluation counts a pledged European patent for part of its value: it ended in some of the states
     * that count, and the data holds no value by state, so each state weighs the same
     * ({@link io.pledgebench.domain.StateFates#share()}, ADR 0015); one sentence per such patent, none when the
     * loan was not revalued.
     */
    static List<Text> valueNotes(BookedLoan loan, MonitoredLoan monitored, Revaluation revaluation) {
        if (revaluation == null) {
            return List.of();
        }
        List<Text> out = new ArrayList<>();
        for (Patent p : monitored.pledged()) {
            io.pledgebench.domain.StateFates.of(p.jurisdiction(), p.events()).share().ifPresent(s -> out.add(
                    Text.of("book.monitor.stateShare", loan.loanId(), p.number().toString(), s.fraction(),
                            s.ended().size(), s.counted(), s.designated() ? 1 : 0,
                            String.join(", ", s.ended().stream().map(
                                    io.pledgebench.domain.StateFates.StateEnd::state).toList()))));
        }
        return out;
    }

    public record Run(LocalDate asOf, List<LoanResult> loans, List<AlertStatus> alerts, BookAnalytics.Book book) {

        /** The alerts open (not acknowledged, or reopened). */
        public long open() {
            return alerts.stream().filter(a -> a.status() == AlertStatus.Status.OPEN).count();
        }
    }

    private final MonitoringRules rules;
    private final int paths;

    /** @param paths Monte Carlo paths of the revaluation; 0 revalues without Monte Carlo */
    public BookMonitor(MonitoringPolicy policy, int paths) {
        this.rules = new MonitoringRules(Objects.requireNonNull(policy, "policy"));
        if (paths != 0 && paths < 2) {
            throw new IllegalArgumentException("--paths must be 0 (no Monte Carlo) or at least 2, was " + paths);
        }
        this.paths = paths;
    }

    public MonitoringRules rules() {
        return rules;
    }

    public Run run(Database db, LocalDate asOf) {
        return run(db, asOf, Progress.NONE);
    }

    /**
     * The run on {@code asOf} on every core; {@code progress} hears how many loans are done and may cancel between
     * loans (the run then ends with a {@link java.util.concurrent.CancellationException} and nothing is returned).
     */
    public Run run(Database db, LocalDate asOf, Progress progress) {
        return run(db, asOf, progress, 0);
    }

    /**
     * As {@link #run(Database, LocalDate, Progress)}, with the loans spread over at most {@code threads} threads (0:
     * every core, the common pool; 1: the calling thread alone). The workbench leaves a core to its FX and renderer
     * threads; the figures do not depend on it.
     */
    public Run run(Database db, LocalDate asOf, Progress progress, int threads) {
        if (threads < 0) {
            throw new IllegalArgumentException("threads must be 0 (every core) or more, was " + threads);
        }
        if (threads == 0) {
            return runOnThreads(db, asOf, progress, true);
        }
        if (threads == 1) {
            return runOnThreads(db, asOf, progress, false);
        }
        // the pool's workers run at the calling thread's priority (the workbench lowers it for a run)
        int priority = Thread.currentThread().getPriority();
        java.util.concurrent.ForkJoinPool pool = new java.util.concurrent.ForkJoinPool(threads, p -> {
            java.util.concurrent.ForkJoinWorkerThread t =
                    java.util.concurrent.ForkJoinPool.defaultForkJoinWorkerThreadFactory.newThread(p);
            t.setPriority(priority);
            return t;
        }, null, false);
        try {
            // a parallel stream started inside a pool's task runs on that pool's workers
            return pool.submit(() -> runOnThreads(db, asOf, progress, true)).join();
        } finally {
            pool.shutdown();
        }
    }

    private Run runOnThreads(Database db, LocalDate asOf, Progress progress, boolean parallel) {
        LoanBookRepository book = new LoanBookRepository(db);
        AssessmentRepository assessments = new AssessmentRepository(db);
        Map<String, List<StatusUpdate>> updates = new HashMap<>();
        for (StatusUpdate u : book.statusUpdates()) {
            updates.computeIfAbsent(u.patentNumber(), k -> new ArrayList<>()).add(u);
        }
        Map<Long, LocalDate> applied = book.registrationApplications();
        List<BookedLoan> open = new ArrayList<>();
        Map<Long, java.util.concurrent.atomic.AtomicInteger> loansLeft = new HashMap<>();
        for (BookedLoan loan : book.list()) {
            if (!loan.openOn(asOf)) {
                continue;
            }
            open.add(loan);
            loansLeft.computeIfAbsent(loan.assessmentId(), k -> new java.util.concurrent.atomic.AtomicInteger())
                    .incrementAndGet();
        }
        // each assessment's inputs once, and only its inputs (not its result, sign-offs or audit hash), read and
        // parsed when its first loan comes up and indexed by patent number for all the loans booked from it; released
        // when its last loan is done, so a run holds the inputs of the assessments its threads are working on, not of
        // the whole book (10,000 loans from 100 assessments of 1,000 patents held ~300 MB through the run, ADR 0033);
        // each document's text (a megabyte for 1,000 patents) is garbage as soon as it is parsed
        Map<Long, Assessed> inputs = new java.util.concurrent.ConcurrentHashMap<>();
        // each loan is revalued on its own (pure engine code), so the loans are spread over the cores; the order of
        // the results is the book's
        int total = open.size();
        java.util.concurrent.atomic.AtomicInteger done = new java.util.concurrent.atomic.AtomicInteger();
        progress.update(0, total);
        var loans = open.stream();
        List<LoanResult> results = (parallel ? loans.parallel() : loans).map(loan -> {
            if (progress.cancelled()) {
                throw new java.util.concurrent.CancellationException("monitoring cancelled");
            }
            long id = loan.assessmentId();
            Assessed source = inputs.computeIfAbsent(id, k -> Assessed.of(SavedAssessments.inputs(k,
                    assessments.inputsJson(k).orElseThrow(() -> new IllegalStateException("loan " + loan.loanId()
                            + ": its assessment " + k + " is missing from the database")))));
            LoanResult r = monitor(loan, source, updates, applied.get(loan.id()), asOf);
            if (loansLeft.get(id).decrementAndGet() == 0) {
                inputs.remove(id);
            }
            progress.update(done.incrementAndGet(), total);
            return r;
        }).toList();
        List<Alert> alerts = new ArrayList<>();
        for (LoanResult r : results) {
            alerts.addAll(rules.check(r.monitored(), r.revaluation(), asOf));
        }
        List<AlertStatus> statuses = AlertStatus.of(alerts, book.acknowledgements(), asOf);
        List<LoanFigures> figures = results.stream().map(LoanResult::figures).toList();
        return new Run(asOf, results, statuses, BookAnalytics.of(figures));
    }

    /**
     * The id of an alert as users see and type it: {@code A} and the first 10 hex digits of the SHA-256 of its
     * condition key, so the same condition keeps its id from one monitoring run to the next.
     */
    public static String alertId(String key) {
        try {
            byte[] d = java.security.MessageDigest.getInstance("SHA-256")
                    .digest(key.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return "A" + java.util.HexFormat.of().formatHex(d).substring(0, 10);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** An acknowledgement recorded: the alert's id and what holds. */
    public record Acknowledged(String alertId, Acknowledgement acknowledgement) {
    }

    /**
     * Acknowledges alert {@code alertId} as found on monitoring day {@code day} by {@code user} with {@code comment}
     * at {@code now}, audited; refused when the comment is blank or no such alert is found that day. The
     * acknowledgement holds until the alert's due date (at least the cure period); for a day after today the cure
     * period runs from that day, the time recorded is still {@code now}.
     */
    public Acknowledged acknowledge(Database db, String alertId, String user, String comment, LocalDate day,
                                    java.time.Instant now) {
        if (comment == null || comment.isBlank()) {
            throw io.pledgebench.domain.RefusedInputException.of("book.ack.noComment");
        }
        String id = alertId.trim();
        refuseAfterToday(day, now);
        Run run = run(db, day);
        AlertStatus found = run.alerts().stream().filter(s -> alertId(s.alert().key()).equalsIgnoreCase(id))
                .findFirst().orElseThrow(() -> io.pledgebench.domain.RefusedInputException.of("book.ack.unknown", id,
                        day.toString()));
        return acknowledge(db, found.alert(), user, comment, day, now);
    }

    /** Acknowledges {@code alert} (found on {@code day}), as {@link #acknowledge(Database, String, String, String,
     * LocalDate, java.time.Instant)} does once the alert is found. */
    public Acknowledged acknowledge(Database db, Alert alert, String user, String comment, LocalDate day,
                                    java.time.Instant now) {
        if (comment == null || comment.isBlank()) {
            throw io.pledgebench.domain.RefusedInputException.of("book.ack.noComment");
        }
        String who = io.pledgebench.domain.PersonName.check(user);
        refuseAfterToday(day, now);
        Acknowledgement ack = rules.acknowledge(alert, who, comment.strip(), now);
        java.time.Instant dayStart = day.atStartOfDay(java.time.ZoneOffset.UTC).toInstant();
        LocalDate holds = dayStart.isAfter(now) ? rules.acknowledge(alert, who, comment.strip(), dayStart).holdsUntil()
                : ack.holdsUntil();
        // the acknowledgement records the monitoring day it was given for: a run for an earlier day does not see it
        ack = new Acknowledgement(ack.alertKey(), who, ack.comment(), now, holds, day);
        String id = alertId(alert.key());
        new LoanBookRepository(db).acknowledge(id, BookedLoan.parseLoanId(alert.loanId()), ack);
        return new Acknowledged(id, ack);
    }

    /**
     * Refuses an acknowledgement for a monitoring day after today (the day of {@code now}, UTC): nobody can have
     * looked at a night that has not come, and an acknowledgement typed in advance would silence that night's alert.
     */
    private static void refuseAfterToday(LocalDate day, java.time.Instant now) {
        LocalDate today = now.atZone(java.time.ZoneOffset.UTC).toLocalDate();
        if (day.isAfter(today)) {
            throw io.pledgebench.domain.RefusedInputException.of("book.ack.futureDate", day.toString(),
                    today.toString());
        }
    }

    /**
     * The IPC sections (A–H) of {@code patents}, each the share of the patents giving one; empty when none gives an
     * IPC class (the concentration then says "not given").
     */
    static Map<String, Double> ipcByCount(List<Patent> patents) {
        Map<String, Integer> count = new java.util.TreeMap<>();
        for (Patent p : patents) {
            String ipc = p.ipc();
            if (ipc == null || ipc.isBlank()) {
                continue;
            }
            char section = Character.toUpperCase(ipc.strip().charAt(0));
            if (section >= 'A' && section <= 'H') {
                count.merge(String.valueOf(section), 1, Integer::sum);
            }
        }
        int total = count.values().stream().mapToInt(Integer::intValue).sum();
        Map<String, Double> out = new java.util.LinkedHashMap<>();
        count.forEach((s, n) -> out.put(s, n / (double) total));
        return out;
    }

    /** A saved assessment's inputs with its patents by canonical number. */
    private record Assessed(SavedInputs saved, Map<String, Patent> byNumber) {
        static Assessed of(SavedInputs saved) {
            Map<String, Patent> byNumber = new HashMap<>();
            for (Patent p : saved.inputs().portfolio().patents()) {
                byNumber.put(p.number().canonical(), p);
            }
            return new Assessed(saved, byNumber);
        }
    }

    private LoanResult monitor(BookedLoan loan, Assessed source, Map<String, List<StatusUpdate>> updates,
                               LocalDate appliedOn,
                               LocalDate asOf) {
        SavedInputs saved = source.saved();
        AssessmentInputs assessed = saved.inputs();
        List<Patent> pledged = new ArrayList<>();
        for (String n : loan.patents()) {
            Patent p = source.byNumber().get(n);
            if (p == null) {
                throw new IllegalStateException("loan " + loan.loanId() + ": pledged patent " + n
                        + " is not in assessment " + loan.assessmentId() + " it was booked from");
            }
            pledged.add(StatusUpdates.apply(p, updates.getOrDefault(n, List.of()), asOf));
        }
        MonitoredLoan monitored = new MonitoredLoan(loan.loanId(), loan.borrower(), loan.industry(),
                loan.riskSharing(), loan.drawdown(), loan.maturity(), loan.amount(), pledged,
                loan.registeredOn(asOf) ? loan.registrationNumber() : null,
                loan.registeredOn(asOf) ? loan.registrationDate() : null,
                loan.appraisalDate(), loan.bookedMarketValue(),
                new MonitoredLoan.Triggers(loan.coverageTrigger(), loan.valueDropTrigger()), loan.registrationDays(),
                appliedOn != null && !appliedOn.isAfter(asOf) ? appliedOn : null);
        Revaluation revaluation = null;
        Text notRevalued = null;
        Map<String, Double> ipc = Map.of();
        BigDecimal capital = BigDecimal.ZERO;
        if (!asOf.isBefore(loan.maturity())) {
            notRevalued = Text.of("book.monitor.matured", loan.maturity().toString());
        } else {
            // the collateral is revalued as it was assessed: the whole assessed portfolio (every patent, with the
            // status updates dated up to the day), so a product's revenue stays split over all the patents on it, and
            // the pool takes the pledged patents' values alone. The pledge to this loan is no encumbrance of its own
            // collateral: a pledged patent the register shows as pledged is valued as in force
            java.util.Set<String> pledgedNumbers = new java.util.HashSet<>(loan.patents());
            List<Patent> valued = assessed.portfolio().patents().stream().map(a -> {
                String n = a.number().canonical();
                Patent p = StatusUpdates.apply(a, updates.getOrDefault(n, List.of()), asOf);
                return pledgedNumbers.contains(n) && p.status() == LegalStatus.PLEDGED
                        ? p.toBuilder().status(LegalStatus.VALID).build() : p;
            }).toList();
            Portfolio pf = new Portfolio(assessed.portfolio().name(), assessed.portfolio().enterprise(), valued, null,
                    assessed.portfolio().currency(), null);
            LoanRequest request = new LoanRequest(loan.amount(), loan.currency(), loan.termMonths(), loan.drawdown(),
                    null);
            try {
                AssessmentInputs in = new AssessmentInputs(pf, request, asOf, assessed.seed(),
                        paths == 0 ? AssessmentInputs.DEFAULT_PATHS : paths, assessed.pdOverride(),
                        assessed.comparables(), assessed.acceptedPendingInvalidation());
                // the loans are already spread over the cores: each loan's simulation runs in its own thread
                LoanRevaluation.Result r = paths == 0
                        ? LoanRevaluation.deterministic(in, saved.parameters(), pledgedNumbers)
                        : LoanRevaluation.simulated(in, saved.parameters().withMonteCarlo(
                                saved.parameters().monteCarlo().withThreads(1)), pledgedNumbers);
                revaluation = new Revaluation(money(r.marketValue()), money(r.liquidationValue()),
                        money(r.lifetimeExpectedLoss()));
                ipc = r.ipcSections();
                capital = money(r.capital());
            } catch (IllegalArgumentException e) {
                notRevalued = Text.of("book.monitor.notRevaluedReason", String.valueOf(e.getMessage()));
            }
        }
        if (revaluation != null && ipc.isEmpty()) {
            // nothing of value left to weigh the sections by (every pledged patent lapsed, say): the exposure is
            // still secured on patents whose IPC classes are known, so it is split by their count, not "not given"
            ipc = ipcByCount(monitored.pledged());
        }
        LoanFigures figures = new LoanFigures(loan.loanId(), loan.borrower(), loan.industry(), loan.riskSharing(),
                loan.amount(), revaluation == null ? BigDecimal.ZERO : revaluation.marketValue(),
                revaluation == null ? BigDecimal.ZERO : revaluation.liquidationValue(),
                revaluation == null ? BigDecimal.ZERO : revaluation.lifetimeExpectedLoss(), capital, ipc);
        return new LoanResult(loan, monitored, revaluation, figures, saved.parametersAsAssessed(), notRevalued,
                valueNotes(loan, monitored, revaluation));
    }

    /** An engine figure as money: yuan to the fen. */
    private static BigDecimal money(double v) {
        if (!Double.isFinite(v)) {
            throw new IllegalArgumentException("a revalued figure is not a finite number: " + v);
        }
        return BigDecimal.valueOf(v).setScale(2, RoundingMode.HALF_UP);
    }
}
