package io.pledgebench.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.pledgebench.io.ComparableTransactionCsv;
import io.pledgebench.io.ImportProblem;
import io.pledgebench.store.ComparableTransactionRepository;
import io.pledgebench.store.Database;
import io.pledgebench.domain.ComparableTransaction;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code comparables import FILE | list}: the comparable transactions of the market approach. */
@Command(name = "comparables", mixinStandardHelpOptions = true,
        description = "Import or list the comparable patent transactions used by the market approach.",
        subcommands = {ComparablesCommand.Import.class, ComparablesCommand.ListTransactions.class})
public final class ComparablesCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "name a sub-command: import FILE | list");
    }

    /** Imports a CSV in one transaction: any bad value refuses the whole file. */
    @Command(name = "import", mixinStandardHelpOptions = true, description = "Import comparable transactions from a CSV file.")
    static final class Import implements Runnable {
        @Parameters(index = "0", paramLabel = "FILE") Path file;
        @Mixin DbOption dbOption;
        @Option(names = "--lang", paramLabel = "en|zh-CN", defaultValue = "en", description = "language of the messages")
        String lang;
        @CommandLine.Spec CommandLine.Model.CommandSpec spec;

        @Override
        public void run() {
            CliText t = CliText.of(lang);
            if (!Files.isRegularFile(file)) {
                throw new BadInputException(List.of(t.error(t.get("cli.comparables.noFile",
                        io.pledgebench.domain.OneLine.of(file.toString())))));
            }
            ComparableTransactionCsv.Result result = ComparableTransactionCsv.read(file);
            if (!result.problems().isEmpty()) {
                List<String> lines = new ArrayList<>();
                for (ImportProblem p : result.problems()) {
                    lines.add(t.error(t.describe(p)));
                }
                lines.add(t.get("cli.comparables.nothingImported", String.valueOf(result.problems().size()),
                        String.valueOf(result.rowsRead())));
                throw new BadInputException(lines);
            }
            try (Database db = dbOption.open()) {
                new ComparableTransactionRepository(db).insertAll(result.transactions());
            }
            PrintWriter out = spec.commandLine().getOut();
            out.println(t.get("cli.comparables.imported", String.valueOf(result.transactions().size()),
                    io.pledgebench.domain.OneLine.of(file.toString())));
            out.flush();
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List the stored comparable transactions.")
    static final class ListTransactions implements Runnable {
        @Mixin DbOption dbOption;
        @Option(names = "--json", description = "print a JSON array") boolean json;
        @Option(names = "--lang", paramLabel = "en|zh-CN", defaultValue = "en", description = "language of the messages")
        String lang;
        @CommandLine.Spec CommandLine.Model.CommandSpec spec;

        @Override
        public void run() {
            PrintWriter out = spec.commandLine().getOut();
            List<ComparableTransaction> all;
            try (Database db = dbOption.openReadOnly()) {
                all = new ComparableTransactionRepository(db).list();
            }
            if (json) {
                List<Map<String, Object>> array = new ArrayList<>();
                for (ComparableTransaction t : all) {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("id", t.id());
                    m.put("reference", t.reference());
                    m.put("description", t.description());
                    m.put("date", t.date().toString());
                    m.put("price", t.price());
                    m.put("currency", t.currency());
                    m.put("patentType", t.patentType().code());
                    m.put("ipc", t.ipc());
                    m.put("remainingLife", t.remainingLife());
                    m.put("source", t.source());
                    array.add(m);
                }
                try {
                    out.println(JsonOutput.mapper().writeValueAsString(array));
                } catch (JsonProcessingException e) {
                    throw new UncheckedIOException(e);
                }
            } else if (all.isEmpty()) {
                out.println(CliText.of(lang).get("cli.comparables.none"));
            } else {
                for (ComparableTransaction t : all) {
                    out.printf("#%d  %-16s %s  %s %s  %-13s %-12s life %s  %s%n", t.id(), t.reference(), t.date(),
                            t.price().toPlainString(), t.currency(), t.patentType().code(),
                            t.ipc() == null ? "-" : t.ipc(), t.remainingLife() == null ? "-" : t.remainingLife(),
                            t.source());
                }
            }
            out.flush();
        }
    }
}
