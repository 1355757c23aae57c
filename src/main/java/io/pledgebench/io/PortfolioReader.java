package io.pledgebench.io;

import io.pledgebench.domain.Enterprise;
import io.pledgebench.domain.LoanRequest;
import io.pledgebench.domain.Patent;
import io.pledgebench.domain.Portfolio;
import io.pledgebench.domain.OneLine;
import io.pledgebench.domain.Text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Reads a portfolio from whatever the user points at, decided by what the path is:
 * <ul>
 *   <li>a folder holding {@code patents.csv} and optionally {@code enterprise.csv} and {@code loan.csv};</li>
 *   <li>a lone patents CSV (UTF-8 with or without BOM, UTF-16 with BOM, or GB18030/GBK);</li>
 *   <li>an XLSX workbook with sheets Enterprise/企业, Patents/专利 and optionally Loan/贷款;</li>
 *   <li>USPTO Patent Public Search JSON (a {@code patents} array, an array of documents, or one document);</li>
 *   <li>USPTO full-text grant XML ({@code us-patent-grant}, one document or a weekly bulk file);</li>
 *   <li>EPO OPS legal-event XML or USPTO assignment XML, which carry legal events only.</li>
 * </ul>
 * Never throws for bad content: every rejected value, and a file that cannot be read at all, is an
 * {@link ImportProblem} in the result.
 */
public final class PortfolioReader {

    static final String PATENTS_CSV = "patents.csv";
    static final String ENTERPRISE_CSV = "enterprise.csv";
    static final String LOAN_CSV = "loan.csv";

    private PortfolioReader() {
    }

    public static ImportResult read(Path path) {
        return read(path, ColumnMapping.NONE);
    }

    /** Reads {@code path}, its patent columns read as {@code mapping} says where it says anything. */
    public static ImportResult read(Path path, ColumnMapping mapping) {
        return read(path, mapping, LegalEventXmlReader.ALL);
    }

    /**
     * Reads {@code path} as {@link #read(Path, ColumnMapping)} does; from a legal-event file, only the events of patents
     * that {@code storedPatent} accepts (by canonical number) are kept, the others are counted in a notice, so that the
     * memory a large register file takes is bounded by the patents stored, not by the file.
     */
    public static ImportResult read(Path path, ColumnMapping mapping, java.util.function.Predicate<String> storedPatent) {
        String shown = shownName(path);
        ProblemLog log = new ProblemLog();
        Optional<Text> tooLong = FileNames.nameTooLong(path.toAbsolutePath(), 0);
        if (tooLong.isPresent()) {
            log.add(shown, null, null, null, null, tooLong.get());
            return new ImportResult(null, null, log.problems(), 0, log.notes());
        }
        if (!Files.exists(path) && Files.isSymbolicLink(path)) {
            String target;
            try {
                target = Files.readSymbolicLink(path).toString();
            } catch (IOException e) {
                target = "?";
            }
            log.add(shown, null, null, null, null, Text.of("io.problem.brokenLink", path.toString(), target));
            return new ImportResult(null, null, log.problems(), 0, log.notes());
        }
        if (!Files.exists(path)) {
            log.add(shown, null, null, null, null, Text.of("io.problem.notFound", path.toString()));
            return new ImportResult(null, null, log.problems(), 0, log.notes());
        }
        String absolute = path.toAbsolutePath().normalize().toString();
        if (absolute.length() > StorageLimits.SOURCE_PATH) {
            log.add(shown, null, null, null, null, Text.of("io.problem.pathTooLong", String.valueOf(absolute.length()),
                    String.valueOf(StorageLimits.SOURCE_PATH)));
            return new ImportResult(null, null, log.problems(), 0, log.notes());
        }
        try {
            if (Files.isDirectory(path)) {
                return readFolder(path, log, mapping);
            }
            if (!Files.isRegularFile(path)) {
                // a pipe, device or socket: opening it could block for ever or read without end
                log.add(shown, null, null, null, null, Text.of("io.problem.notRegularFile", shown));
                return new ImportResult(null, null, log.problems(), 0, log.notes());
            }
            if (Files.size(path) == 0) {
                log.add(shown, null, null, null, null, Text.of("hardening.file.empty", shown));
                return new ImportResult(null, null, log.problems(), 0, log.notes());
            }
            Format format = Format.of(path);
            // XML and JSON are streamed: grant XML and JSON bounded by their number of records, legal-event XML by the
            // size of one record and the events kept (LegalEventXmlReader)
            switch (format) {
                case CSV:
                    return readCsvFiles(path, path, null, null, log, mapping);
                case XLSX:
                    return XlsxPortfolioReader.read(path, shown, log, mapping);
                case OLE2:
                    return XlsxPortfolioReader.readOle2(path, shown, log, mapping);
                case ODS:
                    log.add(shown, null, null, null, null, Text.of("io.problem.ods", shown));
                    return new ImportResult(null, null, log.problems(), 0, log.notes());
                case JSON:
                    return UsptoJsonReader.read(path, shown, log);
                case XML:
                    return UsptoGrantXmlReader.recognises(head(path)) ? UsptoGrantXmlReader.read(path, shown, log)
                            : LegalEventXmlReader.read(path, shown, log, storedPatent);
                default:
                    log.add(shown, null, null, null, null, Text.of("io.problem.unknownFormat", shown));
                    return new ImportResult(null, null, log.problems(), 0, log.notes());
            }
        } catch (OutOfMemoryError e) {
            // the file passed the size bounds but its content still needs more memory than this process has; what was
            // read is unreachable once this frame is left, so the refusal can still be reported
            log.add(shown, null, null, null, null, Text.of("io.problem.outOfMemory", shown,
                    String.format("%,d MB", Runtime.getRuntime().maxMemory() / (1024 * 1024))));
            return new ImportResult(null, null, log.problems(), 0, log.notes());
        } catch (IOException | UncheckedIOException e) {
            Throwable why = e instanceof UncheckedIOException && e.getCause() != null ? e.getCause() : e;
            log.add(shown, null, null, null, null, Text.of("io.problem.unreadable", shown, String.valueOf(why.getMessage())));
            return new ImportResult(null, null, log.problems(), 0, log.notes());
        }
    }

    /** What a file holds, by its first bytes (and its name for CSV, which has no signature). */
    enum Format {
        CSV, XLSX, OLE2, ODS, JSON, XML, UNKNOWN;

        static Format of(Path file) throws IOException {
            byte[] head = new byte[512];
            int n;
            try (InputStream in = Files.newInputStream(file)) {
                n = in.readNBytes(head, 0, head.length);
            }
            String name0 = file.getFileName().toString().toLowerCase(Locale.ROOT);
            if (n >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4) {
                String zipHead = new String(head, 0, n, java.nio.charset.StandardCharsets.ISO_8859_1);
                return zipHead.contains("application/vnd.oasis.opendocument") || name0.endsWith(".ods") ? ODS : XLSX;
            }
            if (n >= 8 && (head[0] & 0xFF) == 0xD0 && (head[1] & 0xFF) == 0xCF && (head[2] & 0xFF) == 0x11
                    && (head[3] & 0xFF) == 0xE0 && (head[4] & 0xFF) == 0xA1 && (head[5] & 0xFF) == 0xB1
                    && (head[6] & 0xFF) == 0x1A && (head[7] & 0xFF) == 0xE1) {
                return OLE2;
            }
            String start = new String(head, 0, n, java.nio.charset.StandardCharsets.ISO_8859_1).replace("\u00ef\u00bb\u00bf", "").stripLeading();
            String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
            if (start.startsWith("<")) {
                return XML;
            }
            if (start.startsWith("{") || (start.startsWith("[") && name.endsWith(".json"))) {
                return JSON;
            }
            if (name.endsWith(".csv") || name.endsWith(".txt") || name.endsWith(".tsv")) {
                return CSV;
            }
            if (name.endsWith(".xlsx") || name.endsWith(".xlsm")) {
                return XLSX;
            }
            return UNKNOWN;
        }
    }

    /** The first few kilobytes of a file as text, enough to see an XML root element. */
    private static String head(Path file) throws IOException {
        byte[] b = new byte[4096];
        int n;
        try (InputStream in = Files.newInputStream(file)) {
            n = in.readNBytes(b, 0, b.length);
        }
        return new String(b, 0, n, java.nio.charset.StandardCharsets.UTF_8);
    }

    private static ImportResult readFolder(Path folder, ProblemLog log, ColumnMapping mapping) throws IOException {
        Optional<Path> patents = child(folder, PATENTS_CSV);
        if (patents.isEmpty()) {
            log.add(shownName(folder), null, null, null, null, Text.of("io.problem.noPatentsFile", shownName(folder)));
            return new ImportResult(null, null, log.problems(), 0, log.notes());
        }
        return readCsvFiles(folder, patents.get(), child(folder, ENTERPRISE_CSV).orElse(null),
                child(folder, LOAN_CSV).orElse(null), log, mapping);
    }

    /** The file named {@code name} in {@code folder}, matched case-insensitively ({@code Patents.CSV} too). */
    private static Optional<Path> child(Path folder, String name) throws IOException {
        try (Stream<Path> s = Files.list(folder)) {
            return s.filter(Files::isRegularFile)
                    .filter(p -> p.getFileName().toString().equalsIgnoreCase(name))
                    .findFirst();
        }
    }

    private static ImportResult readCsvFiles(Path source, Path patentsFile, Path enterpriseFile, Path loanFile,
                                             ProblemLog log, ColumnMapping mapping) throws IOException {
        Table patents = csv(patentsFile, log);
        if (patents == null) {
            return new ImportResult(null, null, log.problems(), 0, log.notes());
        }
        List<Patent> good = PatentTableReader.read(patents, log, mapping);
        int rows = PatentTableReader.dataRows(patents);
        Enterprise enterprise = null;
        String currency = null;
        Table enterpriseTable = enterpriseFile == null ? null : csv(enterpriseFile, log);
        if (enterpriseTable != null) {
            FieldTableReader.Read<Enterprise> e = FieldTableReader.enterprise(enterpriseTable, log);
            enterprise = e.value();
            currency = e.currency();
        }
        LoanRequest loan = null;
        Table loanTable = loanFile == null ? null : csv(loanFile, log);
        if (loanTable != null) {
            FieldTableReader.Read<LoanRequest> l = FieldTableReader.loan(loanTable, log, currency == null ? "CNY" : currency);
            loan = l.value();
            if (currency == null) {
                currency = l.currency();
            }
        }
        return assemble(source, enterprise, good, loan, currency, rows, log);
    }

    static ImportResult assemble(Path source, Enterprise enterprise, List<Patent> patents, LoanRequest loan,
                                 String currency, int rowsRead, ProblemLog log) {
        String name = enterprise != null ? enterprise.name() : baseName(source);
        if (enterprise == null && !oneLineName(name).equals(name)) {
            // a file named "new<LF>line.csv": the portfolio's name would hold a line break (or a bidi or other format
            // character) that forges lines in listings; it is named with spaces instead, and the import says so
            String given = name;
            name = oneLineName(name);
            log.note(shownName(source), null, Text.of("io.note.nameFromFileCleaned", name, OneLine.of(given)));
        }
        Portfolio portfolio = new Portfolio(name, enterprise, patents, loan, currency, source.toAbsolutePath().normalize().toString());
        return new ImportResult(portfolio, null, log.problems(), rowsRead, log.notes(), log.columns());
    }

    /** The file as a table, or null (with the problem logged) when its bytes are not CSV text or hold no text. */
    private static Table csv(Path file, ProblemLog log) throws IOException {
        String shown = shownName(file);
        Text tooLarge = InputLimits.csvProblem(file, shown);
        if (tooLarge != null) {
            log.add(shown, null, null, null, null, tooLarge);
            return null;
        }
        byte[] bytes = Files.readAllBytes(file);
        Text encoding = CsvEncodingCheck.problem(bytes, shown);
        if (encoding != null) {
            log.add(shown, null, null, null, null, encoding);
            return null;
        }
        CsvTables.Decoded text = CsvTables.decode(bytes);
        if (text.text().isBlank()) {
            log.add(shown, null, null, null, null, Text.of("hardening.file.empty", shown));
            return null;
        }
        try {
            return CsvTables.parse(text.text(), shown);
        } catch (CsvTables.BadQuote bad) {
            log.add(shown, null, bad.row, bad.column, bad.value, bad.reason);
            return null;
        }
    }

    /** How a file is named in problems: with its folder, as the user knows it ({@code cn-tech-sme/patents.csv}). */
    static String shownName(Path path) {
        Path abs = path.toAbsolutePath().normalize();
        Path name = abs.getFileName();
        if (name == null) {
            return abs.toString();
        }
        Path parent = abs.getParent();
        boolean inPortfolioFolder = parent != null && parent.getFileName() != null
                && (name.toString().equalsIgnoreCase(PATENTS_CSV) || name.toString().equalsIgnoreCase(ENTERPRISE_CSV)
                || name.toString().equalsIgnoreCase(LOAN_CSV));
        return inPortfolioFolder ? parent.getFileName() + "/" + name : name.toString();
    }

    /**
     * {@code name} with each run of control, format (bidi, zero-width) and line-separator characters replaced by one
     * space, and trimmed: a portfolio named after its file is then one line that shows as stored.
     */
    static String oneLineName(String name) {
        StringBuilder b = new StringBuilder(name.length());
        boolean gap = false;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (OneLine.isUnsafe(c)) {
                gap = true;
                continue;
            }
            if (gap && b.length() > 0) {
                b.append(' ');
            }
            gap = false;
            b.append(c);
        }
        return b.toString().strip();
    }

    static String baseName(Path source) {
        String n = source.toAbsolutePath().normalize().getFileName().toString();
        int dot = n.lastIndexOf('.');
        return dot > 0 && !Files.isDirectory(source) ? n.substring(0, dot) : n;
    }
}
