package io.pledgebench.io;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Sheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Issue 13 item 7: old .xls workbooks import like .xlsx; what cannot be read says what is wrong and what to do. */
class WorkbookFormatsTest {

    @TempDir
    Path dir;

    @Test
    void anOldXlsWorkbookImportsLikeAnXlsxWithDateCellsAndChineseHeaders() throws Exception {
        Path file = dir.resolve("专利清单.xls");
        try (HSSFWorkbook wb = new HSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet s = wb.createSheet("专利");
            BadInputCorpus.fill(s.createRow(0), "专利号", "专利名称", "专利类型", "申请日", "授权日", "法律状态", "专利权人");
            BadInputCorpus.fill(s.createRow(1), "ZL201410356287.1", "压力传感器", "发明", LocalDate.of(2014, 5, 12),
                    LocalDate.of(2016, 8, 24), "有效", "深圳市某某科技有限公司:50;清华大学:50");
            var style = wb.createCellStyle();
            style.setDataFormat(wb.createDataFormat().getFormat("yyyy-mm-dd"));
            s.getRow(1).getCell(3).setCellStyle(style);
            s.getRow(1).getCell(4).setCellStyle(style);
            wb.write(out);
        }

        ImportResult result = PortfolioReader.read(file);

        assertThat(result.problems()).isEmpty();
        assertThat(result.portfolio().patents()).singleElement().satisfies(p -> {
            assertThat(p.number().canonical()).isEqualTo("CN201410356287.1");
            assertThat(p.filingDate()).isEqualTo(LocalDate.of(2014, 5, 12));
            assertThat(p.owners()).extracting(o -> o.share()).containsExactly(0.5, 0.5);
        });
    }

    @Test
    void aPasswordProtectedWorkbookSaysToRemoveThePassword() {
        Path file = dir.resolve("large");
        BadInputCorpus.writeLarge(file);

        ImportResult result = PortfolioReader.read(file.resolve("xlsx/password-protected.xlsx"));

        assertThat(result.problems()).singleElement().satisfies(p -> {
            assertThat(p.reason()).contains("protected by a password").contains("remove the password").contains("save it as .xlsx");
            assertThat(p.reasonZh()).contains("受密码保护");
        });
    }

    @Test
    void aFifoIsRefusedWithoutBeingOpened() throws Exception {
        Path fifo = dir.resolve("patents.csv");
        Process p;
        try {
            p = new ProcessBuilder("mkfifo", fifo.toString()).start();
        } catch (java.io.IOException noMkfifo) {
            assumeTrue(false, "mkfifo is not available here");
            return;
        }
        assumeTrue(p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0, "mkfifo failed");

        ImportResult result = PortfolioReader.read(fifo);

        assertThat(result.problems()).singleElement().satisfies(pr -> {
            assertThat(pr.reason()).contains("is not a regular file (a pipe, device or socket)").contains("save the data into a file");
            assertThat(pr.reasonZh()).contains("不是普通文件");
        });
    }
}
