package io.pledgebench.io;

import io.pledgebench.domain.Text;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 13, bounded memory for workbooks: the table of texts (shared strings) that the streamed reader keeps in memory
 * is bounded in texts and characters, and a workbook above either bound is refused naming the file and the part, in
 * English and Chinese, before anything is read.
 */
class XlsxSharedStringsBoundTest {

    @TempDir
    Path dir;

    @Test
    void aWorkbookWithMoreSharedStringsThanTheBoundIsRefusedNamingThePart() throws Exception {
        Path xlsx = dir.resolve("texts.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(xlsx)) {
            var s = wb.createSheet("Patents");
            for (int i = 0; i < 12; i++) {
                s.createRow(i).createCell(0).setCellValue("text " + i);
            }
            wb.write(out);
        }

        try (OPCPackage pkg = OPCPackage.open(xlsx.toFile(), PackageAccess.READ)) {
            assertThat(XlsxPortfolioReader.sharedStringsProblem(pkg, "texts.xlsx", 12, 1000)).isNull();
            Text many = XlsxPortfolioReader.sharedStringsProblem(pkg, "texts.xlsx", 11, 1000);
            assertThat(many.english()).startsWith("texts.xlsx (xl/sharedStrings.xml): the workbook's table of texts holds more"
                    + " than 11 distinct texts").contains("save the patent sheet as CSV");
            assertThat(many.chinese()).startsWith("texts.xlsx（xl/sharedStrings.xml）：工作簿的文本表含超过 11 条不同文本");
            Text longer = XlsxPortfolioReader.sharedStringsProblem(pkg, "texts.xlsx", 100, 20);
            assertThat(longer.english()).contains("holds more than 20 characters");
            assertThat(longer.chinese()).contains("超过 20 个字符");
        }
    }

    @Test
    void theSharedStringsBoundIsAppliedOnImport() throws Exception {
        Path xlsx = dir.resolve("million-texts.xlsx");
        byte[] valid;
        try (XSSFWorkbook wb = new XSSFWorkbook(); java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream()) {
            var s = wb.createSheet("Patents");
            s.createRow(0).createCell(0).setCellValue("patent_number");
            wb.write(out);
            valid = out.toByteArray();
        }
        try (var in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(valid));
             var out = new java.util.zip.ZipOutputStream(Files.newOutputStream(xlsx))) {
            for (var e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                byte[] content = in.readAllBytes();
                out.putNextEntry(new java.util.zip.ZipEntry(e.getName()));
                if (e.getName().equals("xl/sharedStrings.xml")) {
                    String sst = new String(content, StandardCharsets.UTF_8);
                    int close = sst.lastIndexOf("</sst>");
                    out.write(sst.substring(0, close).getBytes(StandardCharsets.UTF_8));
                    // random texts, so the part does not compress like a zip bomb
                    java.util.Random random = new java.util.Random(7);
                    for (int i = 0; i < XlsxPortfolioReader.MAX_SHARED_STRINGS; i++) {
                        out.write(("<si><t>" + Long.toHexString(random.nextLong()) + "</t></si>").getBytes(StandardCharsets.US_ASCII));
                    }
                    out.write("</sst>".getBytes(StandardCharsets.UTF_8));
                } else {
                    out.write(content);
                }
                out.closeEntry();
            }
        }

        ImportResult r = PortfolioReader.read(xlsx);

        assertThat(r.problems()).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("million-texts.xlsx");
            assertThat(p.reason()).startsWith("million-texts.xlsx (xl/sharedStrings.xml): the workbook's table of texts holds"
                    + " more than 1,000,000 distinct texts");
        });
    }
}
