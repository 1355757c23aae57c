package io.pledgebench.cli;

import io.pledgebench.app.BookMonitor;
import io.pledgebench.domain.Text;
import io.pledgebench.io.OutputFile;
import io.pledgebench.report.MonitoringReport;
import io.pledgebench.risk.monitoring.Alert;
import io.pledgebench.risk.monitoring.AlertStatus;
import io.pledgebench.risk.monitoring.BookAnalytics;
import io.pledgebench.risk.monitoring.MonitoringPolicy;
import io.pledgebench.store.Database;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * {@code monitor [--as-of DATE] [--json OUT] [--lang en|zh-CN] [--paths N]}: every loan open on the day revalued
 * (without Monte Carlo unless {@code --paths}) and checked; the JSON of SPEC rev. 2 ({@code asOf}, {@code loans},
 * {@code alerts}, {@code book}) to {@code --json OUT} (then a summary on standard output) or to standard output.
 * Exit 0 when no alert is open, 3 when alerts are open (a nightly job pages someone), 2 on bad input.
 */
@Command(name = "monitor", mixinStandardHelpOptions = true,
        description = "Revalue and check every open loan of the book; exit 3 when alerts are open.")
public final class MonitorCommand implements Callable<Integer> {

    /** Exit code when the run found open alerts. */
    public static final int ALERTS_OPEN = 3;

    @Mixin
    DbOption dbOption;

    @CommandLine.ParentCommand
    PledgeBenchCommand root;

    @Option(names = "--as-of", paramLabel = "DATE", description = "the monitoring day, ISO yyyy-mm-dd (default: today)")
    LocalDate asOf;

    @Option(names = "--json", paramLabel = "OUT", description = "write the JSON to OUT and print a summary")
    Path jsonOut;

    @Option(names = "--pdf", paramLabel = "OUT", description = "also write the monitoring report as PDF to OUT (book"
            + " overview, then alerts by severity, in the --lang language)")
    Path pdfOut;

    @Option(names = "--force", description = "replace existing --json and --pdf files")
    boolean force;

    @Option(names = "--paths", paramLabel = "N", defaultValue = "0", description = "Monte Carlo paths of the"
            + " revaluation (default: ${DEFAULT-VALUE}, none: the expected collateral path)")
    int paths;

    @Option(names = "--lang", paramLabel = "en|zh-CN", defaultValue = "en", description = "language of sentences")
    String lang;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        Locale locale = AssessCommand.locale(lang);
        LocalDate day = asOf != null ? asOf : root.today();
        OutputFile json = jsonOut == null ? null
                : OutputFile.of(jsonOut).overwrite(force).protect(dbOption.protectedPaths()).check();
        OutputFile pdf = pdfOut == null ? null
                : OutputFile.of(pdfOut).overwrite(force).protect(dbOption.protectedPaths()).check();
        if (json != null && pdf != null && json.target().toAbsolutePath().normalize()
                .equals(pdf.target().toAbsolutePath().normalize())) {
            throw new IllegalArgumentException("--json and --pdf name the same file " + jsonOut);
        }
        BookMonitor.Run run;
        try (Database db = dbOption.openExisting()) {
            run = new BookMonitor(MonitoringPolicy.defaults(), paths).run(db, day);
        }
        return output(run, locale, root.today(), spec.commandLine().getOut(), spec.commandLine().getErr(), json, pdf);
    }

    /**
     * What a run shows: its notes on {@code err}, then the JSON document on {@code out} (or in {@code json}, with a
     * summary on {@code out}) and the report in {@code pdf} when given, all from the alerts' sentences and the loans'
     * value notes rendered once; the exit code.
     */
    static int output(BookMonitor.Run run, Locale locale, LocalDate printed, PrintWriter out, PrintWriter err,
                      OutputFile json, OutputFile pdf) {
        // each loan's value notes rendered once, for the notes on err, the JSON and the report alike
        List<List<String>> notes = valueNotes(run, locale);
        CliText lines = new CliText(locale);
        for (int i = 0; i < run.loans().size(); i++) {
            BookMonitor.LoanResult r = run.loans().get(i);
            if (r.notRevalued() != null) {
                err.println(Text.of("book.monitor.notRevalued", r.loan().loanId(), r.notRevalued().render(locale))
                        .render(locale));
            } else if (!r.parametersAsAssessed()) {
                err.println(Text.of("book.monitor.parametersCurrent", r.loan().loanId()).render(locale));
            }
            notes.get(i).forEach(n -> err.println(lines.note(n)));
        }
        // each alert's id, reason and action rendered once, for the JSON, the summary and the report alike
        List<MonitoringReport.AlertLine> shown = shown(run, locale);
        Map<String, Object> document = document(run, shown, notes);
        if (pdf != null) {
            MonitoringReport.Input report = reportInput(run, shown, notes);
            pdf.write(os -> io.pledgebench.report.MonitoringReport.write(report, locale, printed, os));
        }
        if (json == null) {
            try {
                JsonOutput.mapper().writerWithDefaultPrettyPrinter().writeValue(out, document);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            out.println();
        } else {
            json.write(os -> JsonOutput.mapper().writerWithDefaultPrettyPrinter().writeValue(os, document));
            summary(out, run, shown, locale);
        }
        out.flush();
        err.flush();
        return run.open() > 0 ? ALERTS_OPEN : ExitCodes.OK;
    }

    /** Each loan's value notes ({@link BookMonitor.LoanResult#valueNotes()}) rendered in {@code locale}, in the run's
     * order of loans, once for the whole output. */
    static List<List<String>> valueNotes(BookMonitor.Run run, Locale locale) {
        List<List<String>> out = new ArrayList<>(run.loans().size());
        for (BookMonitor.LoanResult r : run.loans()) {
            out.add(r.valueNotes().isEmpty() ? List.of() : r.valueNotes().stream().map(n -> n.render(locale)).toList());
        }
        return out;
    }

    /** Each alert with its id and its sentences rendered in {@code locale}, once for the whole output. */
    static List<MonitoringReport.AlertLine> shown(BookMonitor.Run run, Locale locale) {
        List<MonitoringReport.AlertLine> out = new ArrayList<>(run.alerts().size());
        for (AlertStatus s : run.alerts()) {
            out.add(MonitoringReport.AlertLine.of(LoanBookSupport.alertId(s.alert().key()), s, locale));
        }
        return out;
    }

    private static void summary(PrintWriter out, BookMonitor.Run run, List<MonitoringReport.AlertLine> shown,
                                Locale locale) {
        out.println(Text.of("book.monitor.summary", run.asOf().toString(), run.loans().size(),
                Text.Amount.of(run.book().exposure()), run.open(), run.alerts().size() - run.open()).render(locale));
        // the words of severities and statuses once, not once per alert
        Map<Object, String> words = new java.util.HashMap<>();
        for (MonitoringReport.AlertLine line : shown) {
            AlertStatus s = line.status();
            Alert a = s.alert();
            out.println(Text.of("book.monitor.alert", line.alertId(),
                    words.computeIfAbsent(a.severity(), k -> Text.of("book.severity." + a.severity().code())
                            .render(locale)),
                    words.computeIfAbsent(s.status(), k -> Text.of("book.status." + s.status().code()).render(locale)),
                    a.loanId(), line.reason(), line.action(), a.dueDate().toString()).render(locale));
        }
    }

    private static MonitoringReport.Input reportInput(BookMonitor.Run run, List<MonitoringReport.AlertLine> shown,
                                                      List<List<String>> valueNotes) {
        List<MonitoringReport.Loan> loans = new ArrayList<>();
        for (BookMonitor.LoanResult r : run.loans()) {
            boolean revalued = r.revaluation() != null;
            loans.add(new MonitoringReport.Loan(r.loan().loanId(), r.loan().borrower(),
                    r.loan().amount(), r.loan().maturity(), revalued ? r.revaluation().marketValue() : null,
                    revalued ? r.revaluation().liquidationValue() : null, revalued ? r.figures().coverage() : null,
                    revalued ? r.figures().ltv() : null, revalued ? r.revaluation().lifetimeExpectedLoss() : null));
        }
        List<String> notes = new ArrayList<>();
        valueNotes.forEach(notes::addAll);
        return new MonitoringReport.Input(run.asOf(), loans, shown, run.book(), notes);
    }

    static Map<String, Object> document(BookMonitor.Run run, List<MonitoringReport.AlertLine> shown,
                                        List<List<String>> valueNotes) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("asOf", run.asOf().toString());
        List<Object> loans = new ArrayList<>();
        for (int i = 0; i < run.loans().size(); i++) {
            BookMonitor.LoanResult r = run.loans().get(i);
            Map<String, Object> l = new LinkedHashMap<>();
            l.put("loanId", r.loan().loanId());
            l.put("borrower", r.loan().borrower());
            l.put("exposure", r.loan().amount());
            l.put("maturityDate", r.loan().maturity().toString());
            boolean revalued = r.revaluation() != null;
            l.put("marketValue", revalued ? r.revaluation().marketValue() : null);
            l.put("liquidationValue", revalued ? r.revaluation().liquidationValue() : null);
            l.put("coverage", revalued ? r.figures().coverage() : null);
            l.put("ltv", revalued ? r.figures().ltv() : null);
            l.put("lifetimeExpectedLoss", revalued ? r.revaluation().lifetimeExpectedLoss() : null);
            // the basis of the revaluation: the parameters the loan was assessed with, or the current ones (stated)
            l.put("parameters", !revalued ? null : r.parametersAsAssessed() ? "assessed" : "current");
            List<String> notes = valueNotes.get(i);
            if (!notes.isEmpty()) {
                // why a European patent counts for part of its value (states ended; ADR 0015)
                l.put("valueNotes", notes);
            }
            loans.add(l);
        }
        m.put("loans", loans);
        List<Object> alerts = new ArrayList<>();
        for (MonitoringReport.AlertLine line : shown) {
            AlertStatus s = line.status();
            Alert a = s.alert();
            Map<String, Object> am = new LinkedHashMap<>();
            am.put("alertId", line.alertId());
            am.put("loanId", a.loanId());
            am.put("patentNumber", a.patentNumber());
            am.put("type", a.type().code());
            am.put("severity", a.severity().code());
            am.put("date", a.date().toString());
            am.put("dueDate", a.dueDate().toString());
            am.put("reason", line.reason());
            am.put("action", line.action());
            am.put("status", s.status().code());
            alerts.add(am);
        }
        m.put("alerts", alerts);
        m.put("book", book(run.book()));
        return m;
    }

    private static Map<String, Object> book(BookAnalytics.Book b) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("loans", b.loans());
        m.put("exposure", b.exposure());
        m.put("marketValue", b.marketValue());
        m.put("liquidationValue", b.liquidationValue());
        m.put("lifetimeExpectedLoss", b.lifetimeExpectedLoss());
        m.put("capital", b.capital());
        m.put("coverage", b.coverage());
        Map<String, Object> dist = new LinkedHashMap<>();
        dist.put("bandUpperBounds", BookAnalytics.COVERAGE_BANDS);
        dist.put("counts", b.coverageDistribution().counts());
        dist.put("withoutExposure", b.coverageDistribution().withoutExposure());
        m.put("coverageDistribution", dist);
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("borrower", groups(b.byBorrower()));
        c.put("industry", groups(b.byIndustry()));
        c.put("ipcSection", groups(b.byIpcSection()));
        c.put("riskSharingScheme", groups(b.byScheme()));
        m.put("concentration", c);
        return m;
    }

    private static Map<String, Object> groups(BookAnalytics.Groups g) {
        Map<String, Object> m = new LinkedHashMap<>();
        List<Object> list = new ArrayList<>();
        for (Map.Entry<String, Double> e : g.shares().entrySet()) {
            Map<String, Object> gm = new LinkedHashMap<>();
            gm.put("group", e.getKey().isEmpty() ? null : e.getKey());
            gm.put("exposure", g.exposure().get(e.getKey()));
            gm.put("share", e.getValue());
            list.add(gm);
        }
        m.put("groups", list);
        m.put("hhi", g.hhi());
        return m;
    }
}
