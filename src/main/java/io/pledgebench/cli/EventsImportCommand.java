package io.pledgebench.cli;

import io.pledgebench.domain.Text;
import io.pledgebench.io.ImportProblem;
import io.pledgebench.io.StatusCsvReader;
import io.pledgebench.store.Database;
import io.pledgebench.store.LoanBookRepository;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code events import FILE}: the CN status CSV ({@code patent_number}, {@code date}, {@code status} or
 * {@code event}, optional {@code note}; Chinese headers 专利号/日期/法律状态/事件/备注) stored as dated status updates
 * in one audited transaction. Any refused row refuses the file, naming file, row, column, value and reason; the
 * database is then unchanged.
 */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Import dated legal-status updates: the CN status CSV, or EPO OPS / USPTO assignment XML"
                + " (all or none).")
public final class EventsImportCommand implements Runnable {

    @Mixin
    DbOption dbOption;

    @CommandLine.ParentCommand
    EventsCommand parent;

    @Parameters(index = "0", paramLabel = "FILE", description = "the status CSV")
    Path file;

    @Option(names = "--user", paramLabel = "NAME", description = "who imports it (default: the operating-system user)")
    String user;

    @Option(names = "--lang", paramLabel = "en|zh-CN", defaultValue = "en", description = "language of the messages")
    String lang;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    private static boolean isXml(Path file) {
        return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xml");
    }

    /**
     * EPO OPS legal events or USPTO assignments, read by the importer's XML reader: a register document carries the
     * whole family, so events of patents the bank does not hold are left out with a notice on standard error; a
     * document that cannot be read, or whose events are undated or dated after today, is refused.
     */
    private StatusCsvReader.Result xml(Path file, java.util.Set<String> known, Locale locale) {
        io.pledgebench.io.ImportResult r = io.pledgebench.io.PortfolioReader.read(file);
        String name = file.getFileName().toString();
        if (r.hasProblems()) {
            return new StatusCsvReader.Result(List.of(), r.problems(), "");
        }
        if (r.portfolio() != null || r.events() == null) {
            return new StatusCsvReader.Result(List.of(), List.of(new ImportProblem(name, null, null, null, null,
                    Text.of("book.events.notEvents").english(), Text.of("book.events.notEvents").chinese())), "");
        }
        List<io.pledgebench.risk.monitoring.StatusUpdate> updates = new ArrayList<>();
        List<ImportProblem> problems = new ArrayList<>();
        java.util.Set<String> skipped = new java.util.TreeSet<>();
        java.time.LocalDate today = parent.root.today();
        for (java.util.Map.Entry<String, List<io.pledgebench.domain.LegalEvent>> e : r.events().entrySet()) {
            if (!known.contains(e.getKey())) {
                skipped.add(e.getKey());
                continue;
            }
            for (io.pledgebench.domain.LegalEvent ev : e.getValue()) {
                if (ev.date() == null || ev.date().isAfter(today)) {
                    Text why = ev.date() == null ? Text.of("book.events.undated")
                            : Text.of("book.events.futureDate", today.toString());
                    problems.add(new ImportProblem(name, null, null, e.getKey(), ev.code(), why.english(),
                            why.chinese()));
                    continue;
                }
                // an EP patent is a bundle of national rights: an event of one designated state keeps its state, and
                // monitoring applies it to that state only (StateFates); USPTO and whole-patent events carry none
                String jurisdiction = e.getKey().length() >= 2 ? e.getKey().substring(0, 2) : "";
                String state = io.pledgebench.domain.StateFates.national(jurisdiction, ev.country()) ? "" : ev.country();
                updates.add(new io.pledgebench.risk.monitoring.StatusUpdate(e.getKey(), ev.date(), null, ev.kind(),
                        (ev.code() + " " + ev.description()).strip(), name, state));
            }
        }
        if (!skipped.isEmpty()) {
            spec.commandLine().getErr().println(Text.of("book.events.skipped", skipped.size(),
                    String.join(", ", skipped)).render(locale));
        }
        if (problems.isEmpty() && updates.isEmpty()) {
            problems.add(new ImportProblem(name, null, null, null, null, Text.of("book.events.noneKnown").english(),
                    Text.of("book.events.noneKnown").chinese()));
        }
        String sha = io.pledgebench.io.SourceHash.of(file);
        return problems.isEmpty() ? new StatusCsvReader.Result(updates, List.of(), sha)
                : new StatusCsvReader.Result(List.of(), problems, sha);
    }

    /** The patents pledged in the book, stored in portfolios, or assessed in a saved assessment (about to be booked). */
    private static java.util.Set<String> known(Database db, LoanBookRepository book) {
        java.util.Set<String> known = new java.util.HashSet<>(book.knownPatents());
        // only the assessed patents' numbers: one query over the result documents, each read with a streaming parser
        new io.pledgebench.store.AssessmentRepository(db).forEachResultJson(json ->
                known.addAll(io.pledgebench.app.SavedAssessments.patentNumbers(json)));
        return known;
    }

    @Override
    public void run() {
        Locale locale = AssessCommand.locale(lang);
        boolean chinese = Text.isChinese(locale);
        if (!java.nio.file.Files.isRegularFile(file)) {
            throw new IllegalArgumentException(Text.of("book.events.noFile", file.toString()).render(locale));
        }
        try (Database db = dbOption.openExisting()) {
            LoanBookRepository book = new LoanBookRepository(db);
            java.util.Set<String> known = known(db, book);
            StatusCsvReader.Result r = isXml(file) ? xml(file, known, locale)
                    : StatusCsvReader.read(file, known, parent.root.today());
            if (r.hasProblems()) {
                List<String> lines = new ArrayList<>();
                for (ImportProblem p : r.problems()) {
                    lines.add("error: " + (chinese ? p.describeZh() : p.describe()));
                }
                lines.add(Text.of("book.events.nothingImported").render(locale));
                throw new BadInputException(lines);
            }
            int n = book.importEvents(r.updates(), file.getFileName().toString(), r.sha256(),
                    LoanBookSupport.user(db, user));
            spec.commandLine().getOut().println(Text.of("book.events.imported", n, file.toString()).render(locale));
            spec.commandLine().getOut().flush();
        }
    }
}
