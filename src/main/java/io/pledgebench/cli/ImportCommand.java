package io.pledgebench.cli;

import io.pledgebench.domain.OneLine;
import io.pledgebench.domain.Portfolio;
import io.pledgebench.io.ColumnMapping;
import io.pledgebench.io.ImportNote;
import io.pledgebench.io.ImportProblem;
import io.pledgebench.io.ImportResult;
import io.pledgebench.io.LegalEventMerger;
import io.pledgebench.io.PortfolioReader;
import io.pledgebench.io.SourceHash;
import io.pledgebench.store.ColumnTemplateRepository;
import io.pledgebench.store.Database;
import io.pledgebench.store.PortfolioRepository;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * {@code import PORTFOLIO [--db PATH] [--keep-good-rows] [--map "HEADER=field" …] [--template NAME]}: reads a portfolio (folder, CSV, XLSX, USPTO JSON)
 * and stores it in one transaction, or merges a legal-event file (EPO OPS / USPTO assignment XML) onto the
 * stored patents it names. Any problem refuses the whole import and lists every problem, one per line, on
 * stderr (exit 2), leaving the database as it was; {@code --keep-good-rows} stores the rows without problems
 * and reports the others.
 */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Import a portfolio (folder with patents.csv, CSV, XLSX, USPTO JSON or grant XML) or merge legal events "
                + "(EPO OPS or USPTO assignment XML) into the database.")
public final class ImportCommand implements Runnable {

    @Parameters(paramLabel = "PORTFOLIO", description = "portfolio folder or file, or a legal-event XML file")
    Path portfolio;

    @Mixin
    DbOption dbOption;

    @Option(names = "--keep-good-rows",
            description = "store the rows without problems and report the others (default: refuse the whole import)")
    boolean keepGoodRows;

    @Option(names = "--map", paramLabel = "HEADER=field",
            description = "read the column HEADER as the patent field (e.g. --map \"产品年销售收入=product_revenue\"), "
                    + "or 'ignore' to leave it out without a notice; repeatable")
    List<String> maps = new ArrayList<>();

    @Option(names = "--template", paramLabel = "NAME",
            description = "with --map: save the mapping in the database as template NAME once the import is stored; "
                    + "without --map: read the columns as the saved template NAME says")
    String template;

    @Option(names = "--lang", paramLabel = "en|zh-CN", defaultValue = "en",
            description = "language of the messages (refusals, notices, the result)")
    String lang;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        CliText t = CliText.of(lang);
        if (portfolio.toString().isBlank()) {
            throw new BadInputException(List.of(t.error(t.get("cli.import.emptyPath"))));
        }
        String typed = typedPortfolio();
        if (DbOption.endsWithSeparator(typed) && java.nio.file.Files.isRegularFile(portfolio)) {
            // Path.of drops the trailing '/': "patents.csv/" names a folder, and the file of that name is not one
            throw new BadInputException(List.of(t.error(t.get("cli.import.trailingSlash", OneLine.of(typed),
                    OneLine.of(portfolio.toString())))));
        }
        ColumnMapping.Parsed parsed = ColumnMapping.parse(maps);
        if (!parsed.errors().isEmpty()) {
            throw new BadInputException(parsed.errors().stream().map(e -> t.error(t.render(e))).toList());
        }
        // a --db that names no database file is refused before the file is read and its notices are printed
        dbOption.check();
        ColumnMapping mapping = parsed.mapping();
        if (template != null && maps.isEmpty()) {
            ColumnMapping saved;
            try (Database db = dbOption.open()) {
                saved = new ColumnTemplateRepository(db).find(template).orElse(null);
            }
            if (saved == null) {
                throw new BadInputException(List.of(t.error(t.get("cli.import.noTemplate", template))));
            }
            mapping = saved;
        } else if (template != null && (template.isBlank() || template.strip().length() > ColumnTemplateRepository.MAX_NAME_LENGTH)) {
            throw new BadInputException(List.of(t.error(t.get("cli.import.templateNameLength",
                    String.valueOf(ColumnTemplateRepository.MAX_NAME_LENGTH)))));
        }
        ImportResult result;
        try {
            result = PortfolioReader.read(portfolio, mapping, new StoredPatents(dbOption));
        } catch (io.pledgebench.store.FailedWriteException failed) {
            // reading which patents are stored (for legal events) opened and closed the database: nothing was imported
            throw failed.beforeTheImport();
        }
        List<String> unknown = new ArrayList<>();
        for (String header : mapping.asMap().keySet()) {
            if (!result.columns().isEmpty() && result.columns().stream().noneMatch(u -> u.mapped() && ColumnMapping.sameHeader(u.header(), header))) {
                unknown.add(OneLine.of(header));
            }
        }
        if (!unknown.isEmpty() && !maps.isEmpty()) {
            // a --map the officer typed for a column the file does not have (a typo, another bank's template): the
            // column it meant would be read by its header alone, or not at all, so nothing is stored
            List<String> lines = new ArrayList<>();
            unknown.forEach(h -> lines.add(t.error(t.get("cli.import.mapUnknownColumn", h))));
            lines.add(t.get("cli.import.mapColumnsAre", String.join(", ", result.columns().stream()
                    .map(u -> "'" + OneLine.of(u.header()) + "'").toList())));
            throw new BadInputException(lines);
        }
        // a saved template names columns of the file it was made for: one this file lacks is said, not refused
        unknown.forEach(h -> err.println(t.note(t.get("cli.import.mapUnknownColumn", h))));
        // events that all name patents not stored are not kept, but the file was read: it merges nothing and says so
        boolean nothingUsable = result.eventsOnly() ? result.events().isEmpty() && (result.rowsRead() == 0 || result.hasProblems())
                : result.portfolio().patents().isEmpty();
        if (result.hasProblems() && (!keepGoodRows || nothingUsable)) {
            List<String> lines = new ArrayList<>();
            for (ImportProblem p : result.problems()) {
                lines.add(t.describe(p));
            }
            lines.addAll(notices(t, result));
            lines.add(t.get(nothingUsable ? "cli.import.refused" : "cli.import.refusedKeepGoodRows",
                    String.valueOf(result.problems().size()), OneLine.of(portfolio.toString())));
            throw new BadInputException(lines);
        }
        if (nothingUsable) {
            throw new BadInputException(List.of(t.error(t.get(result.eventsOnly() ? "cli.import.noEvents" : "cli.import.noPatents",
                    OneLine.of(portfolio.toString())))));
        }
        for (ImportProblem p : result.problems()) {
            err.println(t.rejected(t.describe(p)));
        }
        notices(t, result).forEach(err::println);
        String hash = SourceHash.of(portfolio);
        PortfolioRepository.ImportRecord record = new PortfolioRepository.ImportRecord(portfolio.toAbsolutePath().normalize().toString(),
                hash, System.getProperty("user.name", "unknown"), result.rowsRead(), (int) result.rowsRejected(),
                result.notes());
        // the newest portfolio of this content before the import (0: none), for the check after a failed write
        long[] newestBefore = {-1};
        // whether the import's own unit of work has begun: a failure before it stored nothing of the import
        boolean[] begun = {false};
        // what was stored is said once the database is closed: H2's last write happens while closing, and may fail
        java.io.StringWriter done = new java.io.StringWriter();
        PrintWriter said = new PrintWriter(done);
        try (Database db = dbOption.openForImport()) {
            PortfolioRepository repo = new PortfolioRepository(db);
            ColumnTemplateRepository templates = new ColumnTemplateRepository(db);
            if (template == null && mapping.isEmpty() && !result.unrecognisedColumns().isEmpty()) {
                List<String> headers = result.columns().stream().map(u -> u.header()).toList();
                templates.matching(headers).keySet().forEach(name -> err.println(t.note(t.get("cli.import.templateFits",
                        OneLine.of(name)))));
            }
            if (result.eventsOnly()) {
                begun[0] = true;
                mergeEvents(said, t, result, repo, record);
            } else {
                Optional<Long> earlier = repo.findBySourceHash(hash);
                earlier.ifPresent(e -> err.println(t.note(t.get("cli.import.sameContent", String.valueOf(e)))));
                newestBefore[0] = earlier.orElse(0L);
                List<io.pledgebench.domain.Text> conflicts = repo.soleOwnerConflicts(result.portfolio());
                if (!conflicts.isEmpty()) {
                    List<ImportNote> notices = new ArrayList<>(record.notices());
                    for (io.pledgebench.domain.Text conflict : conflicts) {
                        err.println(t.warning(t.render(conflict)));
                        notices.add(new ImportNote(null, null, conflict.english(), conflict.chinese()));
                    }
                    record = new PortfolioRepository.ImportRecord(record.file(), record.sourceHash(), record.author(),
                            record.rowsRead(), record.rowsRejected(), notices);
                }
                begun[0] = true;
                long id = repo.insert(result.portfolio(), record);
                Portfolio p = result.portfolio();
                said.println(t.get(p.enterprise() == null ? "cli.import.importedNoEnterprise" : "cli.import.imported",
                        OneLine.of(p.name()), String.valueOf(id), String.valueOf(p.patents().size()),
                        String.valueOf(result.rowsRead()), String.valueOf(result.rowsRejected())));
                if (template != null && !maps.isEmpty()) {
                    templates.save(template, mapping);
                    said.println(t.get("cli.import.templateSaved", template.strip()));
                }
            }
        } catch (io.pledgebench.store.FailedWriteException failed) {
            out.flush();
            throw !begun[0] ? failed.beforeTheImport() : newestBefore[0] < 0 ? failed : checked(failed, hash, newestBefore[0]);
        }
        said.flush();
        out.print(done);
        out.flush();
    }

    /** The portfolio argument as it was typed (picocli's {@link Path} has lost a trailing '/'). */
    private String typedPortfolio() {
        List<String> typed = spec == null ? List.of() : spec.positionalParameters().get(0).originalStringValues();
        return typed.isEmpty() ? portfolio.toString() : typed.get(typed.size() - 1);
    }

    /**
     * After a failed write (review 13b: a full disk at the commit or while closing may leave the import stored): the
     * database is opened again, read-only, and asked whether a portfolio of this file's content newer than the one
     * before the import is there. The user is told what it holds; when it cannot be opened, the failure's own message
     * (which says it could not be checked) stands.
     */
    private io.pledgebench.store.FailedWriteException checked(io.pledgebench.store.FailedWriteException failed, String hash,
                                                              long newestBefore) {
        Optional<Long> now;
        String file;
        try (Database db = dbOption.openReadOnly()) {
            file = db.file().toString();
            now = new PortfolioRepository(db).findBySourceHash(hash);
        } catch (RuntimeException unchecked) {
            failed.addSuppressed(unchecked);
            return failed;
        }
        return now.isPresent() && now.get() > newestBefore
                ? failed.checked(io.pledgebench.domain.Text.of(failed.diskFull() ? "security.db.diskFull.importStored"
                        : "security.db.writeFailed.importStored", file, String.valueOf(now.get())))
                : failed.checked(io.pledgebench.domain.Text.of(failed.diskFull() ? "security.db.diskFull.importNotStored"
                        : "security.db.writeFailed.importNotStored", file));
    }

    /**
     * Which patents are stored, asked by the legal-event reader for each patent its file names: the numbers are read
     * from the database at the first question (never for a portfolio file), and a database that does not exist yet
     * stores none and is not created by asking.
     */
    static final class StoredPatents implements java.util.function.Predicate<String> {
        private final DbOption dbOption;
        private Set<String> numbers;

        StoredPatents(DbOption dbOption) {
            this.dbOption = dbOption;
        }

        @Override
        public boolean test(String canonicalNumber) {
            if (numbers == null) {
                Database db;
                try {
                    db = dbOption.openExisting();
                } catch (io.pledgebench.domain.RefusedInputException missing) {
                    // no database yet (or one the import will refuse to open, and say why): nothing is stored
                    numbers = Set.of();
                    return false;
                }
                try (db) {
                    numbers = new PortfolioRepository(db).storedPatentNumbers();
                }
            }
            return numbers.contains(canonicalNumber);
        }
    }

    /**
     * The import's notices, each once in the language of {@code t}; after them, for each column the importer did not
     * use, the {@code --map} that reads it (in Chinese with the field's Chinese name, which {@code --map} accepts).
     */
    static List<String> notices(CliText t, ImportResult result) {
        List<String> lines = new ArrayList<>();
        for (ImportNote n : result.notes()) {
            lines.add(t.note(t.describe(n)));
        }
        for (io.pledgebench.io.ColumnUse u : result.unrecognisedColumns()) {
            if (u.header().isBlank()) {
                continue;
            }
            String header = OneLine.of(u.header());
            lines.add(u.suggestion() == null
                    ? t.note(t.get("cli.import.mapHint", header, String.join(", ", ColumnMapping.fieldCodes()),
                    ColumnMapping.chineseFieldNames()))
                    : t.note(t.get("cli.import.mapHintSuggested", header, u.suggestion(),
                    ColumnMapping.chineseName(u.suggestion()))));
        }
        return lines;
    }

    private void mergeEvents(PrintWriter out, CliText t, ImportResult result, PortfolioRepository repo,
                             PortfolioRepository.ImportRecord record) {
        Map<String, List<Long>> found = repo.mergeEvents(result.events(), LegalEventMerger::merge, record);
        int events = 0;
        Set<Long> portfolios = new TreeSet<>();
        for (Map.Entry<String, List<Long>> e : found.entrySet()) {
            events += result.events().get(e.getKey()).size();
            portfolios.addAll(e.getValue());
        }
        Set<String> missing = new TreeSet<>(result.events().keySet());
        missing.removeAll(found.keySet());
        out.println(t.get("cli.import.merged", String.valueOf(events), String.valueOf(found.size()),
                String.valueOf(portfolios.size())));
        if (!missing.isEmpty()) {
            out.println(t.get("cli.import.notMerged", OneLine.of(String.join(", ", missing))));
        }
    }
}
