package io.pledgebench.io;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedWriter;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 13 item 6 and SPEC Revision 2 "Bounded memory": oversized inputs are refused with what to do, without being
 * held in memory, and one empty cell far to the right does not widen every row.
 */
class BoundedMemoryTest {

    @TempDir
    Path dir;

    private static final String HEADER = "patent_number,title,type,filing_date,grant_date,status,owners";

    /** SPEC: a 1,000,000-row CSV imports or is refused with a clear message in -Xmx256m (a separate JVM, so the bound is real). */
    @Test
    void aMillionRowCsvIsRefusedClearlyWithin256Megabytes() throws Exception {
        Path csv = dir.resolve("million.csv");
        try (BufferedWriter w = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
            w.write(HEADER);
            w.write('\n');
            for (int i = 0; i < 1_000_000; i++) {
                w.write("US" + (10_000_000 + i) + ",Synthetic sensor " + i + ",invention,2015-01-05,2017-03-07,valid,Example Ltd\n");
            }
        }
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m",
                "-cp", System.getProperty("java.class.path"), "io.pledgebench.Main", "import", csv.toString(),
                "--db", dir.resolve("db/test").toString())
                .redirectErrorStream(true).start();
        String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(child.waitFor(120, TimeUnit.SECONDS)).as(output).isTrue();

        assertThat(child.exitValue()).as(output).isEqualTo(2);
        assertThat(output).contains("million.csv holds more than 200,000 patent rows").contains("split the portfolio")
                .doesNotContain("OutOfMemoryError").doesNotContain("Exception");
    }

    @Test
    void aLineOfCommasIsRefusedAfterSixteenThousandCells() throws Exception {
        Path csv = dir.resolve("commas.csv");
        try (OutputStream out = Files.newOutputStream(csv)) {
            byte[] commas = new byte[1 << 20];
            java.util.Arrays.fill(commas, (byte) ',');
            for (int i = 0; i < 20; i++) {
                out.write(commas);
            }
        }

        ImportResult result = PortfolioReader.read(csv);

        assertThat(result.problems()).singleElement().satisfies(p -> assertThat(p.reason())
                .contains("has a row of more than 16384 cells").contains("check the delimiter"));
    }

    /**
     * Issue 13: a legal-event file far larger than the heap (120 MB of EPO family members under -Xmx64m; the whole
     * document as a DOM would take well over 1 GB) is streamed in a child JVM: the events of the stored patent are
     * merged, each once, the others are counted in a notice, and memory holds one family member at a time.
     */
    @Test
    void aLegalEventFileLargerThanTheHeapIsStreamedAndMerged() throws Exception {
        Path db = dir.resolve("db/events");
        java.io.StringWriter err = new java.io.StringWriter();
        assertThat(io.pledgebench.cli.PledgeBenchCommand.execute(new java.io.PrintWriter(new java.io.StringWriter()),
                new java.io.PrintWriter(err), "import", "sample-portfolios/epo-ep1000000", "--db", db.toString()))
                .as(err.toString()).isZero();
        Path xml = dir.resolve("inpadoc-120mb.xml");
        long members = LegalEventFiles.writeEpo(xml, 120L * 1024 * 1024);
        assertThat(Files.size(xml)).isGreaterThan(100L * 1024 * 1024);

        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx64m",
                "-cp", System.getProperty("java.class.path"), "io.pledgebench.Main", "import", xml.toString(),
                "--db", db.toString())
                .redirectErrorStream(true).start();
        String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(child.waitFor(300, TimeUnit.SECONDS)).as(output).isTrue();

        assertThat(child.exitValue()).as(output).isZero();
        assertThat(output).contains("Merged 50 legal events onto 1 patent(s) in 1 portfolio(s).")
                .contains(String.format(java.util.Locale.ROOT, "%,d legal event(s) name patents that are in no stored portfolio",
                        (members - 1) * 50))
                .doesNotContain("OutOfMemoryError").doesNotContain("Exception");
    }

    /** The workbook: 20,000 rows and one empty styled cell at XFD1 once took 2.3 GB. */
    @Test
    void anEmptyCellAtXfd1DoesNotWidenEveryRow() throws Exception {
        Path xlsx = dir.resolve("xfd1.xlsx");
        try (SXSSFWorkbook wb = new SXSSFWorkbook(1000); OutputStream out = Files.newOutputStream(xlsx)) {
            Sheet s = wb.createSheet("Patents");
            CellStyle bold = wb.createCellStyle();
            Row header = s.createRow(0);
            String[] h = HEADER.split(",");
            for (int c = 0; c < h.length; c++) {
                header.createCell(c).setCellValue(h[c]);
            }
            header.createCell(16_383).setCellStyle(bold);
            for (int i = 1; i <= 20_000; i++) {
                Row r = s.createRow(i);
                String[] v = {"US" + (10_000_000 + i), "Sensor " + i, "invention", "2015-01-05", "2017-03-07", "valid", "Example Ltd"};
                for (int c = 0; c < v.length; c++) {
                    r.createCell(c).setCellValue(v[c]);
                }
            }
            wb.write(out);
        }
        long before = usedMemory();

        ImportResult result = PortfolioReader.read(xlsx);

        assertThat(result.problems()).isEmpty();
        assertThat(result.portfolio().patents()).hasSize(20_000);
        assertThat(result.columns()).hasSize(7);
        assertThat(usedMemory() - before).as("memory kept after reading").isLessThan(512L * 1024 * 1024);

        ImportResult streamed = XlsxPortfolioReader.read(xlsx, true);
        assertThat(streamed.problems()).isEmpty();
        assertThat(streamed.portfolio().patents()).isEqualTo(result.portfolio().patents());
    }

    /** A search response is read record by record: many records, one tree at a time. */
    @Test
    void aLargeUsptoJsonResponseIsStreamed() throws Exception {
        Path json = dir.resolve("many.json");
        try (BufferedWriter w = Files.newBufferedWriter(json, StandardCharsets.UTF_8)) {
            w.write("{\"numFound\":50000,\"patents\":[");
            for (int i = 0; i < 50_000; i++) {
                w.write((i == 0 ? "" : ",") + "{\"guid\":\"US-" + (10_000_000 + i) + "-B1\",\"applicationFilingDate\":[\"2014-03-31\"],"
                        + "\"datePublished\":\"2023-10-31\",\"inventionTitle\":\"" + "x".repeat(2000) + "\","
                        + "\"assigneeName\":[\"Example Ltd\"],\"numberOfClaims\":20}");
            }
            w.write("],\"numberOfFamilies\":1}");
        }

        ImportResult result = PortfolioReader.read(json);

        assertThat(result.problems()).isEmpty();
        assertThat(result.portfolio().patents()).hasSize(50_000);
    }

    private static long usedMemory() {
        Runtime r = Runtime.getRuntime();
        return r.totalMemory() - r.freeMemory();
    }
}
