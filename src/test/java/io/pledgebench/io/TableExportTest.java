package io.pledgebench.io;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Exports neutralise formula injection (OWASP "CSV Injection": leading = + - @ tab CR) and keep numbers numeric. */
class TableExportTest {

    private static final List<String> HEADER = List.of("patent_number", "title", "product_revenue");
    private static final List<List<Object>> ROWS = List.of(
            Arrays.asList("CN201810123456.X", "=HYPERLINK(\"http://evil\",\"click\")", new BigDecimal("-1250000.50")),
            Arrays.asList("CN201910000001.2", "+cmd|' /C calc'!A0", null),
            Arrays.asList("CN202010000002.5", "@SUM(1+1)", 3.5),
            Arrays.asList("CN202110000003.1", "-2+3", 0),
            Arrays.asList("CN202210000004.3", "Sensor - ordinary title", 12));

    @Test
    void csvPrefixesFormulaLikeTextAndLeavesNumbersAlone(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("patents.csv");
        TableExport.write(f, HEADER, ROWS);
        String csv = new String(Files.readAllBytes(f), StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFFpatent_number,title,product_revenue");
        assertThat(csv).contains("\"'=HYPERLINK(\"\"http://evil\"\",\"\"click\"\")\",-1250000.50")
                .contains("'+cmd|' /C calc'!A0")
                .contains("'@SUM(1+1),3.5")
                .contains("'-2+3,0")
                .contains("Sensor - ordinary title,12");
        for (String line : csv.substring(1).split("\r\n")) {
            String[] cells = line.split(",", 2);
            assertThat(cells[1]).doesNotStartWith("=").doesNotStartWith("\"=").doesNotStartWith("+").doesNotStartWith("@");
        }
    }

    @Test
    void xlsxStoresFormulaLikeTextAsQuotePrefixedTextNeverAsFormula(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("patents.xlsx");
        TableExport.write(f, HEADER, ROWS);
        try (InputStream in = Files.newInputStream(f); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            Sheet s = wb.getSheetAt(0);
            Cell evil = s.getRow(1).getCell(1);
            assertThat(evil.getCellType()).isEqualTo(CellType.STRING);
            assertThat(evil.getCellStyle().getQuotePrefixed()).isTrue();
            assertThat(evil.getStringCellValue()).isEqualTo("=HYPERLINK(\"http://evil\",\"click\")");
            assertThat(s.getRow(1).getCell(2).getNumericCellValue()).isEqualTo(-1250000.5);
            assertThat(s.getRow(5).getCell(1).getCellStyle().getQuotePrefixed()).isFalse();
            for (int r = 0; r <= 5; r++) {
                for (Cell c : s.getRow(r)) {
                    assertThat(c.getCellType()).isNotEqualTo(CellType.FORMULA);
                }
            }
        }
    }

    @Test
    void unknownExtensionIsRefusedAndNothingIsWritten(@TempDir Path dir) throws Exception {
        assertThatThrownBy(() -> TableExport.write(dir.resolve("x.txt"), HEADER, ROWS))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(".csv or .xlsx");
        try (var files = Files.list(dir)) {
            assertThat(files).isEmpty();
        }
    }
}
