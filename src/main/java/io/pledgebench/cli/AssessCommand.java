package io.pledgebench.cli;

import io.pledgebench.app.AssessmentArchive;
import io.pledgebench.app.AssessmentRequests;
import io.pledgebench.assessment.Assessment;
import io.pledgebench.assessment.AssessmentInputs;
import io.pledgebench.assessment.AssessmentParameters;
import io.pledgebench.assessment.AssessmentPipeline;
import io.pledgebench.domain.LoanRequest;
import io.pledgebench.domain.Portfolio;
import io.pledgebench.io.ImportProblem;
import io.pledgebench.io.OutputFile;
import io.pledgebench.io.ImportResult;
import io.pledgebench.io.PortfolioReader;
import io.pledgebench.report.AssessmentReport;
import io.pledgebench.store.AssessmentRepository;
import io.pledgebench.risk.RiskParameters;
import io.pledgebench.risk.RiskSharing;
import io.pledgebench.risk.StressScenario;
import io.pledgebench.store.ComparableTransactionRepository;
import io.pledgebench.store.Database;
import io.pledgebench.domain.ComparableTransaction;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code assess PORTFOLIO --loan AMOUNT --term-months N …}: runs the whole assessment headless and writes its JSON
 * document to {@code --json OUT} or standard output. The loan may come from the portfolio's loan sheet instead.
 */
@Command(name = "assess", mixinStandardHelpOptions = true,
        description = "Assess a portfolio as collateral for a loan and write the JSON result.")
public final class AssessCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.ParentCommand
    PledgeBenchCommand root;

    @Parameters(index = "0", paramLabel = "PORTFOLIO", description = "XLSX workbook, folder of CSV files, or patents CSV")
    Path portfolio;

    @Option(names = "--loan", paramLabel = "AMOUNT",
            description = "loan amount in the portfolio's currency (default: the portfolio's loan sheet)")
    String loan;

    @Option(names = "--term-months", paramLabel = "N", description = "loan term in months (default: the portfolio's loan sheet)")
    Integer termMonths;

    @Option(names = "--pd", paramLabel = "P", description = "borrower's probability of default, 0 < P < 1"
            + " (default: the enterprise data's PD or the scorecard)")
    Double pd;

    @Option(names = "--as-of", paramLabel = "DATE", description = "valuation date, ISO yyyy-mm-dd (default: the"
            + " portfolio's valuation date (评估基准日) when its loan request names one, else today)")
    LocalDate asOf;

    @Option(names = "--start-date", paramLabel = "DATE", description = "the loan's start (drawdown) date, ISO yyyy-mm-dd"
            + " (default: the loan sheet's start date unless --loan or --term-months restate the request, else the"
            + " valuation date); a start before the valuation date re-assesses an existing loan")
    LocalDate startDate;

    @Option(names = "--accept-pending-invalidation", paramLabel = "PATENT",
            description = "a patent under a pending invalidation request whose pledge the parties accept (recorded by"
                    + " the officer), repeatable; without it such a patent cannot be pledged")
    List<String> acceptedPendingInvalidation = new ArrayList<>();

    @Option(names = "--client", paramLabel = "BANK",
            description = "the bank the report is made for (委托方 / report user); named in the report and kept with a saved assessment")
    String client;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "Monte Carlo seed (default: ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--paths", paramLabel = "N", defaultValue = "" + AssessmentInputs.DEFAULT_PATHS,
            description = "Monte Carlo paths (default: ${DEFAULT-VALUE})")
    int paths;

    @Option(names = "--stress", paramLabel = "NAME:key=value,…",
            description = "a user-defined stress scenario besides the standard ones, repeatable; keys value (market value"
                    + " factor), pd (PD multiplier), rate (discount-rate shift), lapse (types joined by +), top (most"
                    + " valuable patents invalidated), e.g. severe:value=0.6,pd=1.5,lapse=utility_model")
    List<String> stress = new ArrayList<>();

    @Option(names = "--risk-sharing", paramLabel = "fund=F,insurer=I,guarantor=G",
            description = "shares of the loss borne by a compensation fund, an insurer and a guarantor (default: none)")
    String riskSharing;

    @Option(names = "--eur-rate", paramLabel = "R",
            description = "units of the portfolio currency per euro, to apply the Basel IRB SME firm-size adjustment")
    Double eurRate;

    @Option(names = "--db", paramLabel = "PATH|URL",
            description = "database whose comparable transactions the market approach uses (default: none); a file, or"
                    + " the team database postgresql://HOST:PORT/DB?user=NAME")
    String db;

    @Option(names = "--password-file", paramLabel = "FILE",
            description = "password of an encrypted database file, or of the team database's login")
    Path passwordFile;

    private DbOption database() {
        DbOption o = new DbOption();
        o.db = db;
        o.passwordFile = passwordFile;
        return o;
    }

    /** The database file (for outputs that must not overwrite it); none for the team database. */
    private Path dbFile() {
        return db == null || database().isTeam() ? null : Path.of(db);
    }

    @Option(names = "--json", paramLabel = "OUT", description = "write the JSON result to OUT instead of standard output")
    Path jsonOut;

    @Option(names = "--pdf", paramLabel = "OUT", description = "also write the loan assessment report as PDF to OUT"
            + " (in the --lang language)")
    Path pdfOut;

    @Option(names = "--force", description = "replace --json and --pdf files that exist")
    boolean force;

    @Option(names = "--save", description = "save the assessment (immutable, audited) in the --db database;"
            + " reprint it later with the report command")
    boolean save;

    @Option(names = "--lang", paramLabel = "en|zh-CN", defaultValue = "en", description = "language of sentences in the result")
    String lang;

    @Override
    public void run() {
        Locale locale = locale(lang);
        OutputFile json = jsonOut == null ? null : output(jsonOut);
        OutputFile pdf = pdfOut == null ? null : output(pdfOut);
        if (json != null && pdf != null && json.target().toAbsolutePath().normalize()
                .equals(pdf.target().toAbsolutePath().normalize())) {
            throw new IllegalArgumentException("--json and --pdf name the same file " + jsonOut);
        }
        if (save && db == null) {
            throw new IllegalArgumentException("--save needs --db PATH: the database to save the assessment in");
        }
        Portfolio pf = read(portfolio);
        LoanRequest request = loanRequest(pf);
        LocalDate valuationDate = AssessmentRequests.valuationDate(request, asOf, root.today());
        AssessmentInputs inputs = new AssessmentInputs(pf, request, valuationDate, seed, paths,
                pd, comparables(), acceptedPendingInvalidation(pf));
        Assessment a = AssessmentPipeline.run(inputs, parameters());
        LocalDate today = root.today();
        if (save) {
            String author = io.pledgebench.domain.PersonName.check(System.getProperty("user.name", "unknown"));
            try (Database database = database().open()) {
                AssessmentArchive archive = new AssessmentArchive(new AssessmentRepository(database));
                long id = archive.save(a, null, author, VersionProvider.version(), client);
                spec.commandLine().getErr().println("saved as assessment " + id + " in " + database.describe());
                if (pdf != null) {
                    pdf.write(os -> archive.print(id, locale, today, os));
                }
            }
        } else if (pdf != null) {
            // an unsaved report names nobody: it carries the time it was produced and blank sign-off lines
            pdf.write(os -> AssessmentReport.write(a, client, root.clock(), locale, os));
        }
        warnings(a, locale, today);
        Map<String, Object> document = a.toJsonLazy(locale);
        PrintWriter out = spec.commandLine().getOut();
        if (json == null) {
            // streamed: a large portfolio's document is never held as one string
            try {
                JsonOutput.mapper().writeValue(out, document);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            out.println();
            out.flush();
            return;
        }
        json.write(os -> JsonOutput.mapper().writeValue(os, document));
        out.println("grade " + a.results().recommendation().grade() + ", recommended loan "
                + String.format(java.util.Locale.ROOT, "%,.0f", a.results().recommendation().recommendedLoan()) + " "
                + pf.currency() + ", input hash " + a.inputHash() + " → " + jsonOut);
        out.flush();
    }

    /**
     * What the reader must not miss, on standard error whatever the output: a request implausible against the
     * enterprise's size, a European patent counted for the share of its states where it lives, and a valuation date
     * more than 12 months before today.
     */
    private void warnings(Assessment a, Locale locale, LocalDate today) {
        PrintWriter err = spec.commandLine().getErr();
        for (io.pledgebench.risk.Plausibility.Finding f : a.results().plausibility()) {
            if (f.code().flagged()) {
                err.println(io.pledgebench.domain.Text.of("assessment.cli.warning", f.text().render(locale)).render(locale));
            }
        }
        // a European patent ended in some of its states counts for the share where it lives (ADR 0026)
        for (io.pledgebench.assessment.PatentAssessment p : a.results().patents()) {
            p.statesShare().ifPresent(sh -> err.println(io.pledgebench.domain.Text.of("assessment.cli.warning",
                    io.pledgebench.assessment.AssessmentPipeline.stateShareNote(p.patent(), sh).render(locale))
                    .render(locale)));
        }
        LocalDate valued = a.results().timeline().valuationDate();
        if (valued.plusMonths(12).isBefore(today)) {
            err.println(io.pledgebench.domain.Text.of("assessment.cli.warning",
                    io.pledgebench.domain.Text.of("assessment.note.staleValuation", valued.toString(), today.toString())
                            .render(locale)).render(locale));
        }
        err.flush();
    }

    /** An output guarded against the database, its backups and the portfolio read, checked before the work. */
    private OutputFile output(Path target) {
        return Outputs.file(target, force, dbFile(), portfolio).check();
    }

    private List<ComparableTransaction> comparables() {
        if (db == null) {
            return List.of();
        }
        try (Database database = save ? database().open() : database().openReadOnly()) {
            return new ComparableTransactionRepository(database).list();
        }
    }

    private AssessmentParameters parameters() {
        AssessmentParameters p = AssessmentParameters.defaults();
        RiskParameters risk = p.risk();
        if (riskSharing != null) {
            risk = risk.withRiskSharing(shares(riskSharing));
        }
        if (eurRate != null) {
            risk = risk.withCurrencyPerEur(eurRate);
        }
        List<StressScenario> extra = new ArrayList<>();
        for (String s : stress) {
            extra.add(StressScenario.parse(s));
        }
        return p.withRisk(risk).withExtraStress(extra);
    }

    static RiskSharing.Scheme shares(String text) {
        if (!text.contains("=")) {
            return RiskSharing.Scheme.preset(text.trim()).orElseThrow(() -> new IllegalArgumentException(
                    "--risk-sharing: '" + text + "' is neither a preset (none, zhongshan, zhuhai, shenzhen) nor"
                            + " fund=…,insurer=…,guarantor=…"));
        }
        double fund = 0;
        double insurer = 0;
        double guarantor = 0;
        for (String part : text.split(",")) {
            String[] kv = part.split("=", 2);
            if (kv.length != 2) {
                throw new IllegalArgumentException("--risk-sharing: '" + part + "' is not key=value");
            }
            double v;
            try {
                v = Double.parseDouble(kv[1].trim());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("--risk-sharing: " + kv[0].trim() + " must be a number, was '"
                        + kv[1].trim() + "'");
            }
            switch (kv[0].trim()) {
                case "fund": fund = v; break;
                case "insurer": insurer = v; break;
                case "guarantor": guarantor = v; break;
                default:
                    throw new IllegalArgumentException("--risk-sharing: unknown party '" + kv[0].trim()
                            + "' (fund, insurer, guarantor)");
            }
        }
        return RiskSharing.Scheme.custom(fund, insurer, guarantor);
    }

    static Locale locale(String lang) {
        switch (lang.trim().toLowerCase(Locale.ROOT).replace('_', '-')) {
            case "en":
                return Locale.ENGLISH;
            case "zh-cn":
            case "zh":
                return Locale.SIMPLIFIED_CHINESE;
            default:
                throw new IllegalArgumentException("--lang must be en or zh-CN, was '" + lang + "'");
        }
    }

    private Portfolio read(Path path) {
        ImportResult r = PortfolioReader.read(path);
        boolean chinese = Locale.SIMPLIFIED_CHINESE.equals(locale(lang));
        if (r.hasProblems()) {
            List<String> lines = new ArrayList<>();
            for (ImportProblem p : r.problems()) {
                lines.add("error: " + (chinese ? p.describeZh() : p.describe()));
            }
            throw new BadInputException(lines);
        }
        if (r.portfolio() == null) {
            throw new IllegalArgumentException(path + " holds legal events only, not a portfolio");
        }
        return r.portfolio();
    }

    private LoanRequest loanRequest(Portfolio pf) {
        LoanRequest sheet = pf.loan();
        BigDecimal amount;
        if (loan != null) {
            amount = amount(loan);
        } else if (sheet != null) {
            amount = sheet.amount();
        } else {
            throw new IllegalArgumentException("the portfolio has no loan request: give --loan AMOUNT");
        }
        int term;
        if (termMonths != null) {
            term = termMonths;
        } else if (sheet != null) {
            term = sheet.termMonths();
        } else {
            throw new IllegalArgumentException("the portfolio has no loan request: give --term-months N");
        }
        // one request: the sheet's start date belongs to the sheet's amount and term; a request restated on the
        // command line starts on the valuation date unless --start-date says otherwise
        return AssessmentRequests.loan(pf, amount, term, startDate, loan != null || termMonths != null);
    }

    /** The canonical numbers of the portfolio's patents named by --accept-pending-invalidation; refuses others. */
    private java.util.Set<String> acceptedPendingInvalidation(Portfolio pf) {
        java.util.Set<String> out = new java.util.TreeSet<>();
        for (String given : acceptedPendingInvalidation) {
            String canonical = AssessmentRequests.patent(pf, given)
                    .orElseThrow(() -> new IllegalArgumentException("--accept-pending-invalidation: patent '" + given
                            + "' is not in the portfolio"));
            out.add(canonical);
        }
        return out;
    }

    /**
     * An amount as typed on a command line: digits with optional thousands separators ({@code 5,000,000}), refused
     * when not a number or above {@link LoanRequest#MAX_AMOUNT} ({@code 1e999999999} is refused here, before any
     * arithmetic could spell out its billion digits).
     */
    static BigDecimal amount(String text) {
        String trimmed = text.trim();
        // thousands separators only where they group thousands (5,000,000), never read as a decimal comma (1,5) or
        // dropped where they group nothing (100000,0; 1__0)
        if ((trimmed.contains(",") || trimmed.contains("_"))
                && !trimmed.matches("[+-]?\\d{1,3}([,_]\\d{3})+(\\.\\d+)?")) {
            throw io.pledgebench.domain.RefusedInputException.of("security.loan.number", text);
        }
        String t = trimmed.replace(",", "").replace("_", "");
        BigDecimal v;
        try {
            v = new BigDecimal(t);
        } catch (NumberFormatException | ArithmeticException e) {
            throw io.pledgebench.domain.RefusedInputException.of("security.loan.number", text);
        }
        if (v.compareTo(LoanRequest.MAX_AMOUNT) > 0) {
            throw io.pledgebench.domain.RefusedInputException.of("security.loan.range", text,
                    LoanRequest.MAX_AMOUNT.toPlainString());
        }
        return v;
    }
}
