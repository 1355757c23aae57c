package io.pledgebench.cli;

import io.pledgebench.report.AssessmentReport;
import io.pledgebench.report.ReportInput;
import io.pledgebench.store.AssessmentRepository;
import io.pledgebench.store.AssessmentSummary;
import io.pledgebench.store.Database;
import io.pledgebench.store.SavedAssessment;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/**
 * {@code report [ID --pdf OUT] [--lang en|zh-CN] [--db PATH]}: prints a saved assessment's report again, the same
 * as when it was made except the print date; without an id, lists the saved assessments.
 */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = "Print the report of a saved assessment again, or list the saved assessments.")
public final class ReportCommand implements Runnable {

    @Mixin
    DbOption dbOption;

    @Parameters(index = "0", arity = "0..1", paramLabel = "ID", description = "id of the saved assessment")
    Long id;

    @Option(names = "--pdf", paramLabel = "OUT", description = "write the report as PDF to OUT")
    Path pdf;

    @Option(names = "--lang", paramLabel = "en|zh-CN", defaultValue = "en", description = "language of the report")
    String lang;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.ParentCommand
    PledgeBenchCommand root;

    @Override
    public void run() {
        PrintWriter out = spec.commandLine().getOut();
        try (Database db = dbOption.open()) {
            AssessmentRepository repo = new AssessmentRepository(db);
            if (id == null) {
                list(out, repo.list());
                return;
            }
            if (pdf == null) {
                throw new IllegalArgumentException("give --pdf OUT to print assessment " + id);
            }
            SavedAssessment saved = repo.load(id)
                    .orElseThrow(() -> new IllegalArgumentException("no saved assessment with id " + id));
            AssessmentReport.write(ReportInput.of(saved), AssessCommand.locale(lang), root.today(), pdf);
            out.println("assessment " + id + " (" + saved.portfolio() + ", input hash " + saved.inputHash() + ") → " + pdf);
            out.flush();
        }
    }

    private static void list(PrintWriter out, List<AssessmentSummary> all) {
        if (all.isEmpty()) {
            out.println("No saved assessments. Save one with: pledgebench assess PORTFOLIO … --db PATH --save");
        }
        for (AssessmentSummary s : all) {
            out.printf("#%d  %s  as of %s, by %s at %s  maker %s, checker %s  input %s%n", s.id(), s.portfolio(), s.asOf(),
                    s.author(), s.createdAt(), s.maker() == null ? "-" : s.maker(), s.checker() == null ? "-" : s.checker(),
                    s.inputHash().substring(0, 12));
        }
        out.flush();
    }
}
