package io.pledgebench.cli;

import io.pledgebench.domain.PersonName;
import io.pledgebench.io.OutputFile;
import io.pledgebench.report.AssessmentReport;
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
import java.util.Locale;

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

    @Option(names = "--force", description = "replace --pdf if it exists")
    boolean force;

    @Option(names = "--lang", paramLabel = "en|zh-CN", defaultValue = "en", description = "language of the report")
    String lang;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.ParentCommand
    PledgeBenchCommand root;

    @Override
    public void run() {
        PrintWriter out = spec.commandLine().getOut();
        try (Database db = dbOption.openReadOnly()) {
            AssessmentRepository repo = new AssessmentRepository(db);
            if (id == null) {
                list(out, repo.list());
                printChain(out, db);
                return;
            }
            if (pdf == null) {
                throw new IllegalArgumentException("give --pdf OUT to print assessment " + id);
            }
            OutputFile target = OutputFile.of(pdf).overwrite(force).protect(dbOption.protectedPaths()).check();
            Locale locale = AssessCommand.locale(lang);
            LocalDate today = AssessmentReport.today(root.clock(), locale);
            SavedAssessment saved = repo.load(id)
                    .orElseThrow(() -> new IllegalArgumentException("no saved assessment with id " + id));
            io.pledgebench.store.Witness chain = db.chainHead();
            target.write(os -> AssessmentReport.write(io.pledgebench.app.AssessmentArchive.reportInput(saved, repo.authorIsLogin(), repo.portfolios()).withChain(chain.length(), chain.head()),
                    locale, today, os));
            out.println("assessment " + id + " (" + io.pledgebench.domain.OneLine.of(saved.portfolio()) + ", input hash "
                    + saved.inputHash() + ") → " + io.pledgebench.domain.OneLine.of(pdf.toString()));
            printChain(out, db);
            out.flush();
        }
    }

    /** The chain's head and length, to be noted with the report: {@code verify --anchor} and the witness use them. */
    private static void printChain(PrintWriter out, Database db) {
        io.pledgebench.store.Witness w = db.chainHead();
        out.println("audit chain: length " + w.length() + ", head " + (w.head().isEmpty() ? "(empty)" : w.head()));
        out.flush();
    }

    private static void list(PrintWriter out, List<AssessmentSummary> all) {
        if (all.isEmpty()) {
            out.println("No saved assessments. Save one with: pledgebench assess PORTFOLIO … --db PATH --save");
        }
        for (AssessmentSummary s : all) {
            // names shown escaped: a name stored before names were checked cannot forge a line of this listing
            out.printf("#%d  %s  as of %s, by %s at %s  maker %s, checker %s  input %s%n", s.id(),
                    PersonName.shown(s.portfolio()), s.asOf(), PersonName.shown(s.author()), s.createdAt(),
                    s.maker() == null ? "-" : PersonName.shown(s.maker()),
                    s.checker() == null ? "-" : PersonName.shown(s.checker()),
                    // a row inserted past PledgeBench (psql on the team database) may hold a short or odd hash
                    PersonName.shown(s.inputHash().substring(0, Math.min(12, s.inputHash().length()))));
        }
        out.flush();
    }
}
