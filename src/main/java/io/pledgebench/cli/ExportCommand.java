package io.pledgebench.cli;

import io.pledgebench.io.OutputFile;
import io.pledgebench.io.PatentTable;
import io.pledgebench.io.TableExport;
import io.pledgebench.store.Database;
import io.pledgebench.store.PortfolioRepository;
import io.pledgebench.store.PortfolioSummary;
import io.pledgebench.store.StoredPortfolio;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.List;

/** {@code export PORTFOLIO --out FILE.csv|FILE.xlsx}: a stored portfolio's patents, formula-safe, re-importable. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Export a stored portfolio's patents to CSV or XLSX (formula injection neutralised).")
public final class ExportCommand implements Runnable {

    @Parameters(paramLabel = "PORTFOLIO", description = "stored portfolio: its id (see list) or its name")
    String portfolio;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "output file ending in .csv or .xlsx")
    Path out;

    @Option(names = "--force", description = "replace --out if it exists")
    boolean force;

    @Mixin
    DbOption dbOption;

    @Option(names = "--lang", paramLabel = "en|zh-CN", defaultValue = "en", description = "language of the messages")
    String lang;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        CliText t = CliText.of(lang);
        OutputFile target = OutputFile.of(out).overwrite(force).protect(dbOption.protectedPaths()).check();
        try (Database db = dbOption.openReadOnly()) {
            PortfolioRepository repo = new PortfolioRepository(db);
            long id = resolve(repo.list(), portfolio, t);
            StoredPortfolio sp = repo.load(id).orElseThrow(() ->
                    new BadInputException(List.of(t.error(t.get("cli.export.deleted", portfolio)))));
            TableExport.write(target, PatentTable.HEADER, PatentTable.rows(sp.portfolio().patents()));
            spec.commandLine().getOut().println(t.get("cli.export.done", String.valueOf(sp.portfolio().patents().size()),
                    io.pledgebench.domain.OneLine.of(sp.portfolio().name()), io.pledgebench.domain.OneLine.of(out.toString())));
            spec.commandLine().getOut().flush();
        }
    }

    static long resolve(List<PortfolioSummary> all, String idOrName, CliText t) {
        for (PortfolioSummary s : all) {
            if (s.name().equals(idOrName) || String.valueOf(s.id()).equals(idOrName)) {
                return s.id();
            }
        }
        throw new BadInputException(List.of(t.error(t.get("cli.export.noPortfolio", io.pledgebench.domain.OneLine.of(idOrName)))));
    }
}
