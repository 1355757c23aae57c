package io.pledgebench.cli;

import io.pledgebench.app.Progress;
import io.pledgebench.app.StatusEventImport;
import io.pledgebench.domain.Text;
import io.pledgebench.io.ImportProblem;
import io.pledgebench.store.Database;
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
 * {@code events import FILE} (the reading and storing are {@link StatusEventImport}'s, shared with the workbench):
 * the CN status CSV ({@code patent_number}, {@code date}, {@code status} or
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

    @Override
    public void run() {
        Locale locale = AssessCommand.locale(lang);
        boolean chinese = Text.isChinese(locale);
        if (!java.nio.file.Files.isRegularFile(file)) {
            throw new IllegalArgumentException(Text.of("book.events.noFile", file.toString()).render(locale));
        }
        try (Database db = dbOption.openExisting()) {
            StatusEventImport.Preview r = StatusEventImport.read(db, file, parent.root.today());
            for (ImportProblem n : r.notices()) {
                spec.commandLine().getErr().println("note: " + (chinese ? n.describeZh() : n.describe()));
            }
            if (r.refused()) {
                List<String> lines = new ArrayList<>();
                for (ImportProblem p : r.refusals()) {
                    lines.add("error: " + (chinese ? p.describeZh() : p.describe()));
                }
                lines.add(Text.of("book.events.nothingImported").render(locale));
                throw new BadInputException(lines);
            }
            int n = StatusEventImport.apply(db, r, LoanBookSupport.user(db, user), Progress.NONE);
            spec.commandLine().getOut().println(Text.of("book.events.imported", n, file.toString()).render(locale));
            spec.commandLine().getOut().flush();
            spec.commandLine().getErr().flush();
        }
    }
}
