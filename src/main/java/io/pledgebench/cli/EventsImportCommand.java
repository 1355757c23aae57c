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
        description = "Import a CN status CSV of dated legal-status updates (all rows or none).")
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

    /** The patents pledged in the book, stored in portfolios, or assessed in a saved assessment (about to be booked). */
    private static java.util.Set<String> known(Database db, LoanBookRepository book) {
        java.util.Set<String> known = new java.util.HashSet<>(book.knownPatents());
        io.pledgebench.store.AssessmentRepository assessments = new io.pledgebench.store.AssessmentRepository(db);
        for (io.pledgebench.store.AssessmentSummary s : assessments.list()) {
            assessments.load(s.id()).ifPresent(a -> LoanBookSupport.result(a).path("patents")
                    .forEach(p -> known.add(p.path("patentNumber").asText())));
        }
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
            StatusCsvReader.Result r = StatusCsvReader.read(file, known(db, book), parent.root.today());
            if (r.hasProblems()) {
                List<String> lines = new ArrayList<>();
                for (ImportProblem p : r.problems()) {
                    lines.add("error: " + (chinese ? p.describeZh() : p.describe()));
                }
                lines.add(Text.of("book.events.nothingImported").render(locale));
                throw new BadInputException(lines);
            }
            int n = book.importEvents(r.updates(), file.getFileName().toString(), r.sha256(),
                    LoanBookSupport.user(user));
            spec.commandLine().getOut().println(Text.of("book.events.imported", n, file.toString()).render(locale));
            spec.commandLine().getOut().flush();
        }
    }
}
