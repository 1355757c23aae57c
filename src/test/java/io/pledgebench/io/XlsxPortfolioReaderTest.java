package io.pledgebench.io;

import io.pledgebench.domain.LegalStatus;
import io.pledgebench.domain.Owner;
import io.pledgebench.domain.Patent;
import io.pledgebench.domain.PatentType;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

class XlsxPortfolioReaderTest {

    static final Path SAMPLE = Path.of("sample-portfolios/university-spinoff.xlsx");

    @Test
    void theCommittedSampleWorkbookIsWhatTheGeneratorWrites(@TempDir Path dir) throws IOException {
        Path fresh = dir.resolve("fresh.xlsx");
        UniversitySpinoffWorkbook.write(fresh);

        ImportResult committed = PortfolioReader.read(SAMPLE);
        ImportResult generated = PortfolioReader.read(fresh);

        assertThat(committed.problems()).isEmpty();
        assertThat(committed.portfolio().patents()).isEqualTo(generated.portfolio().patents());
        assertThat(committed.portfolio().enterprise()).isEqualTo(generated.portfolio().enterprise());
        assertThat(committed.portfolio().loan()).isEqualTo(generated.portfolio().loan());
    }

    /** Two patents share the transceiver engine's 8.9 m with weights 0.8 : 0.2 (numeric cells). */
    @Test
    void sampleWorkbookNamesProductsAndWeights() {
        java.util.List<io.pledgebench.domain.Patent> ps = PortfolioReader.read(SAMPLE).portfolio().patents();
        assertThat(ps).filteredOn(p -> "Laser-coupled transceiver engine".equals(p.product()))
                .extracting(io.pledgebench.domain.Patent::contributionWeight).containsExactly(0.8, 0.2);
        assertThat(ps.get(0).product()).isEqualTo("Tunable microring filter");
    }

    @Test
    void sampleWorkbookReadsEnterprisePatentsAndLoan() {
        ImportResult r = PortfolioReader.read(SAMPLE);

        assertThat(r.problems()).isEmpty();
        assertThat(r.portfolio().name()).isEqualTo(UniversitySpinoffWorkbook.ENTERPRISE);
        assertThat(r.portfolio().enterprise().creditCode()).isNotNull();
        assertThat(r.portfolio().enterprise().revenue()).isEqualByComparingTo("38600000");
        assertThat(r.portfolio().loan().amount()).isEqualByComparingTo("6000000");
        assertThat(r.portfolio().loan().termMonths()).isEqualTo(24);
        assertThat(r.portfolio().patents()).hasSize(6);
        Patent first = r.portfolio().patents().get(0);
        assertThat(first.filingDate()).as("a real Excel date cell").isEqualTo(LocalDate.of(2020, 4, 21));
        assertThat(first.royaltyRate()).as("a percent-formatted cell holds the decimal").isEqualTo(0.045);
        assertThat(first.owners()).containsExactly(new Owner(UniversitySpinoffWorkbook.ENTERPRISE, 0.5),
                new Owner(UniversitySpinoffWorkbook.UNIVERSITY, 0.5));
        Patent coupler = r.portfolio().patents().get(2);
        assertThat(coupler.licenceRevenue()).as("formula 3*120000 read with its stored value").isEqualByComparingTo("360000");
        assertThat(coupler.pledgeConsent()).isFalse();
        assertThat(r.portfolio().patents().get(3).type()).isEqualTo(PatentType.UTILITY_MODEL);
        assertThat(r.portfolio().patents().get(5).status()).isEqualTo(LegalStatus.APPLICATION);
        assertThat(r.notes()).extracting(ImportNote::message)
                .anySatisfy(m -> assertThat(m).contains("hidden sheet 'Patents (draft)'"))
                .anySatisfy(m -> assertThat(m).contains("1 formula cells"));
    }

    @Test
    void chineseSheetNamesAndHeaders(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("cn.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet e = wb.createSheet("企业");
            row(e, 0, "企业名称", "深圳示例科技有限公司");
            row(e, 1, "统一社会信用代码", "914403001922038216");
            Sheet p = wb.createSheet("专利");
            row(p, 0, "专利号", "专利类型", "法律状态", "申请日");
            row(p, 1, "ZL201710601862.3", "发明", "质押", "2017年7月25日");
            Sheet l = wb.createSheet("贷款");
            row(l, 0, "贷款金额", "300万元");
            row(l, 1, "贷款期限", "12");
            save(wb, file);
        }

        ImportResult r = PortfolioReader.read(file);

        assertThat(r.problems()).isEmpty();
        assertThat(r.portfolio().enterprise().name()).isEqualTo("深圳示例科技有限公司");
        assertThat(r.portfolio().patents().get(0).status()).isEqualTo(LegalStatus.PLEDGED);
        assertThat(r.portfolio().loan().amount()).isEqualByComparingTo("3000000");
    }

    @Test
    void formulaWithoutStoredValueAndErrorCellsAreProblemsAtTheirCell(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("formulas.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet p = wb.createSheet("Patents");
            row(p, 0, "patent_number", "type", "status", "total_claims");
            Row r1 = row(p, 1, "CN201710601862.3", "invention", "valid");
            r1.createCell(3).setCellFormula("A1*2");
            Row r2 = row(p, 2, "CN201810000001.4", "invention", "valid");
            r2.createCell(3).setCellErrorValue(FormulaError.NA.getCode());
            save(wb, file);
        }

        ImportResult r = PortfolioReader.read(file);

        assertThat(r.problems()).hasSize(2);
        assertThat(r.problems().get(0)).satisfies(p -> {
            assertThat(p.sheet()).isEqualTo("Patents");
            assertThat(p.row()).isEqualTo(2);
            assertThat(p.column()).isEqualTo("total_claims");
            assertThat(p.value()).isEqualTo("=A1*2");
            assertThat(p.reason()).contains("no stored value");
        });
        assertThat(r.problems().get(1)).satisfies(p -> {
            assertThat(p.row()).isEqualTo(3);
            assertThat(p.value()).isEqualTo("#N/A");
        });
    }

    @Test
    void zipBombIsAProblemNotAnOutOfMemoryError(@TempDir Path dir) throws IOException {
        Path valid = dir.resolve("valid.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            row(wb.createSheet("Patents"), 0, "patent_number", "type", "status");
            save(wb, valid);
        }
        // the same workbook, its sheet padded with 50 MB of trailing blanks that deflate ~1000:1
        Path bomb = dir.resolve("bomb.xlsx");
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(valid));
             ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(bomb))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                zip.putNextEntry(new ZipEntry(e.getName()));
                in.transferTo(zip);
                if (e.getName().equals("xl/worksheets/sheet1.xml")) {
                    byte[] spaces = new byte[1024 * 1024];
                    java.util.Arrays.fill(spaces, (byte) ' ');
                    for (int i = 0; i < 50; i++) {
                        zip.write(spaces);
                    }
                }
                zip.closeEntry();
            }
        }
        assertThat(Files.size(bomb)).isLessThan(1024 * 1024);

        ImportResult r = PortfolioReader.read(bomb);

        assertThat(r.problems()).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("bomb.xlsx");
            assertThat(p.reason()).contains("zip bomb");
        });
    }

    @Test
    void workbookWithoutPatentsSheet(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("empty.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            row(wb.createSheet("Sheet1"), 0, "x");
            save(wb, file);
        }

        assertThat(PortfolioReader.read(file).problems()).singleElement()
                .satisfies(p -> assertThat(p.reason()).contains("no visible sheet named Patents"));
    }

    private static Row row(Sheet s, int index, String... values) {
        Row r = s.createRow(index);
        for (int i = 0; i < values.length; i++) {
            r.createCell(i).setCellValue(values[i]);
        }
        return r;
    }

    private static void save(XSSFWorkbook wb, Path file) throws IOException {
        try (OutputStream os = Files.newOutputStream(file)) {
            wb.write(os);
        }
    }
}
