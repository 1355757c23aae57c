package io.pledgebench.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.pledgebench.cli.PledgeBenchCommand;
import io.pledgebench.store.Database;
import io.pledgebench.store.PortfolioRepository;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Mutates valid sample files — bit flips, byte insertions and deletions, truncation, interesting values, column
 * shuffles, cell swaps, encoding switches, workbook edits (cells, sheets, merges, the XML inside the zip) — and
 * asserts that the reader only ever answers with an {@link ImportResult} whose problems are placed and worded in
 * both languages, never with an exception or a hang, and that {@code import} either stores the whole portfolio
 * or leaves the database unchanged (and with {@code --keep-good-rows} stores exactly the rows the reader accepted).
 *
 * <p>Reproducible: case {@code i} uses {@code new Random(seed + i)}; the base seed is printed and can be set with
 * {@code -Dfuzz.seed=…} (and the number of cases with {@code -Dfuzz.cases=…}). A failing case is written to
 * {@code target/fuzz-failures/} and named in the failure message with its seed and mutations.
 */
class ImportFuzzTest {

    private static final long DEFAULT_SEED = 20261125L;
    private static final int DEFAULT_CASES = 3000;
    /** Every n-th case also goes through {@code import} into a database. */
    private static final int DATABASE_EVERY = 40;
    /** A bound on the run, not a speed assertion: the loop stops here on a very slow machine and says so. */
    private static final long BUDGET_NANOS = TimeUnit.SECONDS.toNanos(150);
    /** Only a guard against a hanging reader. */
    private static final long HANG_GUARD_SECONDS = 30;

    private static final List<String> INTERESTING = List.of("", " ", "-1", "0", "1e400", "-1e400", "1e-400", "NaN",
            "Infinity", "2023-02-30", "0001-01-01", "9999-12-31", "12/07/2018", "99999999999999999999999999", "250",
            "2.5", "150%", "-30万元", "1,2,3", "=cmd|' /C calc'!A0", "+SUM(A1:A9)", "@x", "\u001b[2J", "\u0000",
            "ZL201410356287.9", "ZL201410356287", "XX-123", "US 11,234,567 B2", "EP1000000B1", "A:0.6; B:0.6", ";;",
            "A:0", "\uFEFF", "\uD840\uDC00", "有效", "存活", "发明", "yes", "maybe", "null", "\"", "\"\"\"", "<", "&amp;",
            "]]>", "{", "[", "x".repeat(5000),
            // issue 13: values read wrongly or refused by storage instead of the reader
            "10\u2076", "\u2464\u24ea\u24ea", "A Ltd:1e-1", "1e-999999999", "1." + "3".repeat(3000), "A:50;B:50",
            "A:50;B:40", "A\uff1a50\uff1bB\u300150", "\"".repeat(1999), "n".repeat(400), "NaN%", "\u2155",
            // review 13b: bidi overrides and isolates, line breaks in names, a count too large, quotes out of place
            "A \u202E Ltd", "\u2066B Ltd\u2069", "A Ltd\nB Ltd", "A Ltd\r", "99999999999999999999", "12345678901.0",
            "\"unclosed, cell", "\"x\" y");

    @TempDir
    Path dir;

    private static Seed[] seeds;

    /** A valid input and how it is fuzzed. */
    private record Seed(String name, Kind kind, Path source, int weight) {
    }

    private enum Kind { CSV, CSV_FOLDER, XLSX, XML, JSON }

    /** One mutated input: where it was written, and the mutations applied, for the failure message. */
    private record Mutant(Path path, List<String> mutations) {
    }

    @Test
    void mutatedSamplesGiveOnlyDocumentedOutcomes() throws Exception {
        long seed = Long.getLong("fuzz.seed", DEFAULT_SEED);
        int cases = Integer.getInteger("fuzz.cases", DEFAULT_CASES);
        seeds = seeds(dir.resolve("seeds"));
        Path database = dir.resolve("db/fuzz");
        Map<String, Integer> outcomes = new TreeMap<>();
        ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "fuzz-reader");
            t.setDaemon(true);
            return t;
        });
        long start = System.nanoTime();
        int run = 0;
        int throughDatabase = 0;
        try {
            for (int i = 0; i < cases && System.nanoTime() - start < BUDGET_NANOS; i++) {
                Random random = new Random(seed + i);
                Mutant m = mutant(random, dir.resolve("case-" + (i % 2)));
                boolean db = i % DATABASE_EVERY == 0;
                String failure = check(worker, m, db ? database : null, outcomes);
                if (failure != null) {
                    Path kept = keep(m, i);
                    fail("fuzz case " + i + " (seed " + (seed + i) + ", -Dfuzz.seed=" + seed + "), mutations "
                            + m.mutations() + ", input kept at " + kept + ": " + failure);
                }
                run++;
                throughDatabase += db ? 1 : 0;
            }
        } finally {
            worker.shutdownNow();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf(Locale.ROOT, "import fuzz: seed %d, %d cases (%d also through import into H2) in %.1f s; outcomes %s%n",
                seed, run, throughDatabase, seconds, outcomes);
        assertThat(run).as("cases run within the budget").isGreaterThanOrEqualTo(Math.min(cases, 500));
        assertThat(outcomes).as("the mutations reach both refusal and acceptance").containsKeys("problems", "clean");
    }

    /** Why the outcome of {@code m} is not a documented one, or null. */
    private static String check(ExecutorService worker, Mutant m, Path database, Map<String, Integer> outcomes)
            throws InterruptedException {
        Future<ImportResult> f = worker.submit(() -> PortfolioReader.read(m.path()));
        ImportResult result;
        try {
            result = f.get(HANG_GUARD_SECONDS, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            f.cancel(true);
            return "the reader did not return within " + HANG_GUARD_SECONDS + " s";
        } catch (ExecutionException e) {
            StringWriter trace = new StringWriter();
            e.getCause().printStackTrace(new PrintWriter(trace));
            return "the reader threw " + trace;
        }
        outcomes.merge(result.hasProblems() ? "problems" : "clean", 1, Integer::sum);
        for (ImportProblem p : result.problems()) {
            if (p.file() == null || p.file().isBlank() || p.reason() == null || p.reason().isBlank()
                    || p.reasonZh() == null || p.reasonZh().isBlank()) {
                return "a problem without file or reason: " + p;
            }
            if (p.describe().chars().anyMatch(c -> c < 0x20 || c >= 0x202A && c <= 0x202E || c >= 0x2066 && c <= 0x2069)) {
                return "a problem line holds a line break, control or bidi character: " + p.describe();
            }
        }
        if (!result.hasProblems() && (result.eventsOnly() ? result.events().isEmpty() : result.portfolio().patents().isEmpty())) {
            return "no problems, yet nothing to import";
        }
        return database == null ? null : checkImport(m, result, database);
    }

    /** All or nothing: exit 0 stores every patent the reader accepted, exit 2 changes no row; nothing else. */
    private static String checkImport(Mutant m, ImportResult result, Path database) {
        String before;
        Map<String, Integer> countsBefore;
        try (Database db = Database.open(database)) {
            before = DatabaseDigest.of(db);
            countsBefore = new PortfolioRepository(db).rowCounts(List.of("portfolio", "patent"));
        }
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = PledgeBenchCommand.execute(new PrintWriter(out), new PrintWriter(err), "import", m.path().toString(),
                "--db", database.toString());
        if (code == 2) {
            if (!DatabaseDigest.of(database).equals(before)) {
                return "exit 2 but the database changed; stderr " + err;
            }
            return result.eventsOnly() || result.portfolio().patents().isEmpty() ? null : checkKeepGoodRows(m, result, database);
        }
        if (code != 0) {
            return "exit " + code + "; stderr " + err;
        }
        if (result.hasProblems()) {
            return "exit 0 although the reader found problems " + result.problems();
        }
        Map<String, Integer> after = counts(database);
        if (result.eventsOnly()) {
            return after.get("portfolio").equals(countsBefore.get("portfolio")) ? null : "merging events added a portfolio";
        }
        int patents = after.get("patent") - countsBefore.get("patent");
        int portfolios = after.get("portfolio") - countsBefore.get("portfolio");
        return portfolios == 1 && patents == result.portfolio().patents().size() ? null
                : "stored " + portfolios + " portfolios and " + patents + " patents of " + result.portfolio().patents().size();
    }

    /** With {@code --keep-good-rows} exactly the rows the reader accepted are stored, in one portfolio. */
    private static String checkKeepGoodRows(Mutant m, ImportResult result, Path database) {
        Map<String, Integer> before = counts(database);
        StringWriter err = new StringWriter();
        int code = PledgeBenchCommand.execute(new PrintWriter(new StringWriter()), new PrintWriter(err), "import",
                m.path().toString(), "--keep-good-rows", "--db", database.toString());
        if (code != 0) {
            return "--keep-good-rows: exit " + code + " with " + result.portfolio().patents().size() + " good rows; stderr " + err;
        }
        Map<String, Integer> after = counts(database);
        int patents = after.get("patent") - before.get("patent");
        int portfolios = after.get("portfolio") - before.get("portfolio");
        return portfolios == 1 && patents == result.portfolio().patents().size() ? null
                : "--keep-good-rows stored " + portfolios + " portfolios and " + patents + " patents of "
                + result.portfolio().patents().size();
    }

    private static Map<String, Integer> counts(Path database) {
        try (Database db = Database.open(database)) {
            return new PortfolioRepository(db).rowCounts(List.of("portfolio", "patent"));
        }
    }

    private static Path keep(Mutant m, int i) throws IOException {
        Path target = Path.of("target/fuzz-failures/case-" + i + "-" + m.path().getFileName());
        Files.createDirectories(target.getParent());
        if (Files.isDirectory(m.path())) {
            Files.createDirectories(target);
            try (Stream<Path> files = Files.list(m.path())) {
                for (Path f : (Iterable<Path>) files::iterator) {
                    Files.copy(f, target.resolve(f.getFileName()), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } else {
            Files.copy(m.path(), target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        return target.toAbsolutePath();
    }

    // ------------------------------------------------------------------------------------------- seeds

    private static Seed[] seeds(Path dir) throws IOException {
        Files.createDirectories(dir);
        ObjectMapper json = new ObjectMapper();
        JsonNode biblio = json.readTree(Path.of("src/test/resources/shared-data/raw/uspto/biblio.json").toFile());
        ObjectNode small = json.createObjectNode();
        ArrayNode patents = small.putArray("patents");
        for (int i = 0; i < 5; i++) {
            patents.add(biblio.get("patents").get(i));
        }
        Path uspto = dir.resolve("uspto.json");
        json.writeValue(uspto.toFile(), small);
        return new Seed[]{
                new Seed("patents.csv", Kind.CSV, Path.of("sample-portfolios/us-amazon/patents.csv"), 26),
                new Seed("cn-tech-sme", Kind.CSV_FOLDER, Path.of("sample-portfolios/cn-tech-sme"), 20),
                new Seed("university-spinoff.xlsx", Kind.XLSX, Path.of("sample-portfolios/university-spinoff.xlsx"), 17),
                new Seed("legal-events.xml", Kind.XML, Path.of("src/test/resources/shared-data/raw/epo/example_3.xml"), 10),
                new Seed("assignments.xml", Kind.XML, Path.of("src/test/resources/shared-data/raw/uspto/assignment_3.xml"), 5),
                new Seed("uspto.json", Kind.JSON, uspto, 14),
                new Seed("grant.xml", Kind.XML, Path.of("src/test/resources/uspto-grant/ipg230117-excerpt.xml"), 8),
        };
    }

    private static Mutant mutant(Random r, Path dir) throws IOException {
        int total = Arrays.stream(seeds).mapToInt(Seed::weight).sum();
        int pick = r.nextInt(total);
        Seed seed = seeds[0];
        for (Seed s : seeds) {
            if (pick < s.weight()) {
                seed = s;
                break;
            }
            pick -= s.weight();
        }
        clear(dir);
        Files.createDirectories(dir);
        List<String> done = new ArrayList<>();
        done.add(seed.name());
        int rounds = 1 + r.nextInt(3);
        switch (seed.kind()) {
            case CSV: {
                byte[] b = Files.readAllBytes(seed.source());
                for (int k = 0; k < rounds; k++) {
                    b = r.nextBoolean() ? csvMutation(r, b, done) : byteMutation(r, b, done);
                }
                Path p = dir.resolve(seed.name());
                Files.write(p, b);
                return new Mutant(p, done);
            }
            case CSV_FOLDER: {
                Path folder = dir.resolve(seed.name());
                Files.createDirectories(folder);
                List<Path> files;
                try (Stream<Path> s = Files.list(seed.source())) {
                    files = s.sorted().toList();
                }
                for (Path f : files) {
                    Files.copy(f, folder.resolve(f.getFileName()));
                }
                Path victim = folder.resolve(files.get(r.nextInt(files.size())).getFileName());
                done.add(victim.getFileName().toString());
                byte[] b = Files.readAllBytes(victim);
                for (int k = 0; k < rounds; k++) {
                    b = r.nextBoolean() ? csvMutation(r, b, done) : byteMutation(r, b, done);
                }
                Files.write(victim, b);
                return new Mutant(folder, done);
            }
            case XLSX: {
                byte[] b = Files.readAllBytes(seed.source());
                for (int k = 0; k < rounds; k++) {
                    int how = r.nextInt(10);
                    // editing through POI reaches the reader's cell logic but costs ~50 ms; XML edits inside the zip are cheap
                    b = how < 3 ? workbookMutation(r, b, done) : how < 9 ? innerXmlMutation(r, b, done) : byteMutation(r, b, done);
                }
                Path p = dir.resolve(seed.name());
                Files.write(p, b);
                return new Mutant(p, done);
            }
            default: {
                byte[] b = Files.readAllBytes(seed.source());
                for (int k = 0; k < rounds; k++) {
                    b = r.nextInt(3) == 0 ? tokenMutation(r, b, done) : byteMutation(r, b, done);
                }
                Path p = dir.resolve(seed.name());
                Files.write(p, b);
                return new Mutant(p, done);
            }
        }
    }

    private static void clear(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) s.sorted(Collections.reverseOrder())::iterator) {
                Files.delete(p);
            }
        }
    }

    // --------------------------------------------------------------------------------------- mutations

    private static byte[] byteMutation(Random r, byte[] b, List<String> done) {
        if (b.length == 0) {
            done.add("insert into empty");
            return new byte[]{(byte) r.nextInt(256)};
        }
        int at = r.nextInt(b.length);
        switch (r.nextInt(6)) {
            case 0: {
                int flips = 1 + r.nextInt(8);
                byte[] out = b.clone();
                for (int k = 0; k < flips; k++) {
                    int i = r.nextInt(out.length);
                    out[i] ^= (byte) (1 << r.nextInt(8));
                }
                done.add(flips + " bit flips");
                return out;
            }
            case 1: {
                byte[] ins = new byte[1 + r.nextInt(16)];
                byte[] special = {0, (byte) 0xFF, '"', ',', '\n', ';', '<', '>', '&', '{', '}', '[', ']', (byte) 0xE4, (byte) 0xB8};
                for (int k = 0; k < ins.length; k++) {
                    ins[k] = r.nextBoolean() ? special[r.nextInt(special.length)] : (byte) r.nextInt(256);
                }
                done.add("insert " + ins.length + " bytes at " + at);
                return BadInputCorpus.concat(Arrays.copyOfRange(b, 0, at), ins, Arrays.copyOfRange(b, at, b.length));
            }
            case 2: {
                int len = Math.min(1 + r.nextInt(64), b.length - at);
                done.add("delete " + len + " bytes at " + at);
                return BadInputCorpus.concat(Arrays.copyOfRange(b, 0, at), Arrays.copyOfRange(b, at + len, b.length));
            }
            case 3:
                done.add("truncate at " + at);
                return Arrays.copyOf(b, at);
            case 4: {
                int from = r.nextInt(b.length);
                int len = Math.min(1 + r.nextInt(256), b.length - from);
                done.add("duplicate " + len + " bytes from " + from + " at " + at);
                return BadInputCorpus.concat(Arrays.copyOfRange(b, 0, at), Arrays.copyOfRange(b, from, from + len),
                        Arrays.copyOfRange(b, at, b.length));
            }
            default: {
                int i = r.nextInt(b.length);
                byte[] out = b.clone();
                out[i] = (byte) r.nextInt(256);
                done.add("byte " + i + " replaced");
                return out;
            }
        }
    }

    /** Replaces the text between two delimiters (a CSV cell, a JSON value, an XML text) by an interesting value. */
    private static byte[] tokenMutation(Random r, byte[] b, List<String> done) {
        String s = new String(b, StandardCharsets.UTF_8);
        if (s.isEmpty()) {
            return byteMutation(r, b, done);
        }
        String delimiters = ",\n\"<>:{}[]";
        int at = r.nextInt(s.length());
        int start = at;
        while (start > 0 && delimiters.indexOf(s.charAt(start - 1)) < 0) {
            start--;
        }
        int end = at;
        while (end < s.length() && delimiters.indexOf(s.charAt(end)) < 0) {
            end++;
        }
        String value = INTERESTING.get(r.nextInt(INTERESTING.size()));
        done.add("token at " + start + " = " + shortForm(value));
        return (s.substring(0, start) + value + s.substring(end)).getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] csvMutation(Random r, byte[] b, List<String> done) {
        CsvTables.Decoded decoded = CsvTables.decode(b);
        List<List<String>> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(decoded.text()), CSVFormat.RFC4180)) {
            for (CSVRecord rec : parser) {
                rows.add(new ArrayList<>(rec.toList()));
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            return byteMutation(r, b, done);
        }
        if (rows.isEmpty()) {
            return byteMutation(r, b, done);
        }
        Charset charset = decoded.charset();
        switch (r.nextInt(7)) {
            case 0: {
                int width = rows.get(0).size();
                int a = r.nextInt(width);
                int c = r.nextInt(width);
                for (List<String> row : rows) {
                    if (a < row.size() && c < row.size()) {
                        Collections.swap(row, a, c);
                    }
                }
                done.add("columns " + a + " and " + c + " swapped");
                break;
            }
            case 1: {
                List<String> x = rows.get(r.nextInt(rows.size()));
                List<String> y = rows.get(r.nextInt(rows.size()));
                if (!x.isEmpty() && !y.isEmpty()) {
                    int i = r.nextInt(x.size());
                    int k = r.nextInt(y.size());
                    String t = x.get(i);
                    x.set(i, y.get(k));
                    y.set(k, t);
                    done.add("cells swapped");
                }
                break;
            }
            case 2: {
                List<String> row = rows.get(r.nextInt(rows.size()));
                if (!row.isEmpty()) {
                    String value = INTERESTING.get(r.nextInt(INTERESTING.size()));
                    int i = r.nextInt(row.size());
                    row.set(i, value);
                    done.add("cell " + i + " = " + shortForm(value));
                }
                break;
            }
            case 3: {
                int i = r.nextInt(rows.size());
                rows.add(r.nextInt(rows.size() + 1), new ArrayList<>(rows.get(i)));
                done.add("row " + (i + 1) + " duplicated");
                break;
            }
            case 4: {
                Collections.shuffle(rows.subList(Math.min(1, rows.size()), rows.size()), r);
                int i = r.nextInt(rows.size());
                rows.remove(i);
                done.add("rows shuffled, row " + (i + 1) + " removed");
                break;
            }
            case 5: {
                Charset[] charsets = {StandardCharsets.UTF_8, Charset.forName("GBK"), StandardCharsets.UTF_16LE,
                        StandardCharsets.UTF_16BE, StandardCharsets.ISO_8859_1, Charset.forName("windows-1252")};
                charset = charsets[r.nextInt(charsets.length)];
                done.add("re-encoded as " + charset);
                break;
            }
            default: {
                List<String> header = rows.get(0);
                if (!header.isEmpty()) {
                    int i = r.nextInt(header.size());
                    header.set(i, header.get(i).toUpperCase(Locale.ROOT) + (r.nextBoolean() ? " (万元)" : " (%)"));
                    done.add("header " + i + " given a unit");
                }
            }
        }
        StringWriter text = new StringWriter();
        try (CSVPrinter p = new CSVPrinter(text, CSVFormat.RFC4180)) {
            for (List<String> row : rows) {
                p.printRecord(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString().getBytes(charset);
    }

    private static byte[] workbookMutation(Random r, byte[] b, List<String> done) {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(b)); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.getSheetAt(r.nextInt(wb.getNumberOfSheets()));
            int lastRow = Math.max(sheet.getLastRowNum(), 0);
            Row row = sheet.getRow(r.nextInt(lastRow + 1));
            if (row == null) {
                row = sheet.createRow(r.nextInt(lastRow + 2));
            }
            int width = Math.max(row.getLastCellNum(), 1);
            int col = r.nextInt(width + 1);
            Cell cell = row.getCell(col) == null ? row.createCell(col) : row.getCell(col);
            switch (r.nextInt(9)) {
                case 0: {
                    String v = INTERESTING.get(r.nextInt(INTERESTING.size()));
                    cell.setCellValue(v.length() > 32_767 ? v.substring(0, 32_767) : v);
                    done.add(sheet.getSheetName() + "!" + cell.getAddress() + " = " + shortForm(v));
                    break;
                }
                case 1: {
                    double[] numbers = {-1, 0, 0.5, 2.5, 250, 1e300, -1e300, 59, 2958466, 3e6, Double.MIN_VALUE, 1e15 + 1};
                    double v = numbers[r.nextInt(numbers.length)];
                    cell.setCellValue(v);
                    if (r.nextBoolean()) {
                        CellStyle style = wb.createCellStyle();
                        style.setDataFormat(wb.createDataFormat().getFormat(r.nextBoolean() ? "yyyy-mm-dd" : "0.0%"));
                        cell.setCellStyle(style);
                    }
                    done.add(sheet.getSheetName() + "!" + cell.getAddress() + " = number " + v);
                    break;
                }
                case 2:
                    cell.setCellFormula(r.nextBoolean() ? "1/0" : "A1&B1");
                    done.add(sheet.getSheetName() + "!" + cell.getAddress() + " = formula without stored value");
                    break;
                case 3:
                    cell.setCellValue(r.nextBoolean());
                    done.add(sheet.getSheetName() + "!" + cell.getAddress() + " = boolean");
                    break;
                case 4: {
                    Row other = sheet.getRow(r.nextInt(lastRow + 1));
                    if (other != null && other.getLastCellNum() > 0) {
                        Cell o = other.getCell(r.nextInt(other.getLastCellNum()));
                        if (o != null && o.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING
                                && cell.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING) {
                            String t = o.getStringCellValue();
                            o.setCellValue(cell.getStringCellValue());
                            cell.setCellValue(t);
                            done.add(sheet.getSheetName() + " cells " + o.getAddress() + " and " + cell.getAddress() + " swapped");
                        }
                    }
                    break;
                }
                case 5: {
                    int first = r.nextInt(lastRow + 1);
                    int c = r.nextInt(width);
                    if (sheet.getNumMergedRegions() == 0) {
                        sheet.addMergedRegion(new CellRangeAddress(first, first + 1 + r.nextInt(2), c, c + r.nextInt(2)));
                        done.add(sheet.getSheetName() + " cells merged from row " + (first + 1));
                    }
                    break;
                }
                case 6: {
                    int i = wb.getSheetIndex(sheet);
                    if (wb.getNumberOfSheets() > 1 && wb.getActiveSheetIndex() != i) {
                        wb.setSheetVisibility(i, SheetVisibility.HIDDEN);
                        done.add(sheet.getSheetName() + " hidden");
                    }
                    break;
                }
                case 7: {
                    String name = r.nextBoolean() ? "Sheet" + r.nextInt(9) : "专利";
                    if (wb.getSheet(name) == null) {
                        wb.setSheetName(wb.getSheetIndex(sheet), name);
                        done.add(sheet.getSheetName() + " renamed " + name);
                    }
                    break;
                }
                default: {
                    sheet.removeRow(row);
                    done.add(sheet.getSheetName() + " row " + (row.getRowNum() + 1) + " removed");
                }
            }
            wb.write(out);
            return out.toByteArray();
        } catch (Exception e) {
            // the workbook is already broken by an earlier mutation; keep breaking it at the byte level
            return byteMutation(r, b, done);
        }
    }

    /** Mutates the XML of one part inside the workbook's zip and zips it again. */
    private static byte[] innerXmlMutation(Random r, byte[] b, List<String> done) {
        List<BadInputCorpus.ZipEntryData> entries;
        try {
            entries = BadInputCorpus.unzip(b);
        } catch (UncheckedIOException | IllegalArgumentException e) {
            return byteMutation(r, b, done);
        }
        if (entries.isEmpty()) {
            return byteMutation(r, b, done);
        }
        int i = r.nextInt(entries.size());
        BadInputCorpus.ZipEntryData e = entries.get(i);
        List<String> inner = new ArrayList<>();
        byte[] mutated = r.nextBoolean() ? tokenMutation(r, e.content(), inner) : byteMutation(r, e.content(), inner);
        done.add(e.name() + ": " + inner);
        List<BadInputCorpus.ZipEntryData> out = new ArrayList<>(entries);
        out.set(i, new BadInputCorpus.ZipEntryData(e.name(), mutated));
        return BadInputCorpus.zip(out);
    }

    private static String shortForm(String v) {
        String s = v.length() > 20 ? v.substring(0, 20) + "…(" + v.length() + ")" : v;
        StringBuilder b = new StringBuilder();
        s.codePoints().forEach(cp -> {
            if (cp < 0x20) {
                b.append(String.format("\\u%04X", cp));
            } else {
                b.appendCodePoint(cp);
            }
        });
        return b.toString();
    }
}
