package io.pledgebench.cli;

import io.pledgebench.domain.Appraiser;
import io.pledgebench.domain.SignOff;
import io.pledgebench.domain.SignOffRole;
import io.pledgebench.report.charts.ReportFont;
import io.pledgebench.store.Database;
import io.pledgebench.store.IntegrityCheck;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Issue 14 item 5: the bank the report is for (委托方) is an input kept with the saved assessment and named in the
 * appraisal elements; a valuer who signs adds an appraiser block with the qualification number and firm the valuer
 * gave, and without a valuer's sign-off there is no such block.
 */
class AppraiserAndClientTest {

    private static final String BANK = "宁波银行股份有限公司";
    private static final String FIRM = "北京中评资产评估有限公司";

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        return PledgeBenchCommand.execute(new PrintWriter(out), new PrintWriter(err), args);
    }

    private static String text(Path pdf) throws IOException {
        try (PDDocument d = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(d).replaceAll("\\s+", "");
        }
    }

    @Test
    void theBankNamedIsTheClientAndASigningValuerHasAnAppraiserBlock(@TempDir Path dir) throws Exception {
        Assumptions.assumeTrue(ReportFont.find().isPresent(), "needs " + ReportFont.DEBIAN_PACKAGE);
        String db = dir.resolve("pb").toString();
        assertThat(run("assess", "sample-portfolios/university-spinoff.xlsx", "--as-of", "2025-06-30", "--paths", "500",
                "--client", BANK, "--db", db, "--save", "--json", dir.resolve("a.json").toString()))
                .as(err.toString()).isZero();
        assertThat(run("report", "1", "--db", db, "--pdf", dir.resolve("unsigned.pdf").toString(), "--lang", "zh-CN"))
                .as(err.toString()).isZero();
        String unsigned = text(dir.resolve("unsigned.pdf"));
        assertThat(unsigned).contains("委托方（贷款银行）：" + BANK).doesNotContain("输入数据未载明银行名称")
                .doesNotContain("评估师：").contains("经资产评估师签字后方构成");

        assertThat(run("signoff", "1", "--role", "maker", "--user", "alice", "--db", db)).isZero();
        assertThat(run("signoff", "1", "--role", "checker", "--user", "bob", "--db", db)).isZero();
        // a valuer signs with both records, and only a valuer has them
        assertThat(run("signoff", "1", "--role", "valuer", "--user", "carol", "--qualification", "ZC-2019-0451",
                "--db", db)).isEqualTo(2);
        assertThat(err.toString()).contains("--qualification").contains("--firm");
        assertThat(run("signoff", "1", "--role", "maker", "--user", "dave", "--firm", FIRM, "--db", db)).isEqualTo(2);
        assertThat(err.toString()).contains("not the maker's");
        assertThat(run("signoff", "1", "--role", "valuer", "--user", "carol", "--qualification", "ZC-2019-0451",
                "--firm", FIRM, "--db", db)).as(err.toString()).isZero();

        assertThat(run("report", "1", "--db", db, "--pdf", dir.resolve("zh.pdf").toString(), "--lang", "zh-CN"))
                .as(err.toString()).isZero();
        assertThat(run("report", "1", "--db", db, "--pdf", dir.resolve("en.pdf").toString(), "--lang", "en"))
                .as(err.toString()).isZero();
        String zh = text(dir.resolve("zh.pdf"));
        String en = text(dir.resolve("en.pdf"));
        assertThat(zh).contains("carolZC-2019-0451" + FIRM)
                .contains("已由资产评估师carol签字").contains("委托方（贷款银行）：" + BANK);
        assertThat(en).contains("Appraiser(valuer)").contains("carolZC-2019-0451" + FIRM)
                .contains("Client(thelendingbank):" + BANK);
        // one appraisal professional is not enough (资产评估法 art. 26): said plainly until the second signs
        assertThat(zh).contains("本报告仅有1名评估专业人员签署，少于法定的两名").contains("评估报告日：待第二名评估专业人员签署后确定");
        assertThat(run("signoff", "1", "--role", "valuer", "--user", "carol", "--qualification", "ZC-2019-0451",
                "--firm", FIRM, "--db", db)).isEqualTo(2);
        assertThat(err.toString()).contains("different person from the first");
        assertThat(run("signoff", "1", "--role", "valuer", "--user", "erin", "--qualification", "ZC-2021-0100",
                "--firm", FIRM, "--db", db)).as(err.toString()).isZero();
        assertThat(run("report", "1", "--db", db, "--pdf", dir.resolve("zh2.pdf").toString(), "--lang", "zh-CN"))
                .as(err.toString()).isZero();
        String two = text(dir.resolve("zh2.pdf"));
        assertThat(two).contains("erin").contains("ZC-2021-0100").doesNotContain("少于法定的两名").contains("评估报告日：")
                .contains("已由评估专业人员carol、erin签署");
        try (Database d = Database.open(Path.of(db))) {
            assertThat(new IntegrityCheck(d).run().intact()).isTrue();
        }
    }

    @Test
    void aValuersSignOffCarriesTheRecordsAndNoOtherRoleDoes() {
        Appraiser a = new Appraiser(" ZC-1 ", FIRM);
        assertThat(a.qualificationNo()).isEqualTo("ZC-1");
        assertThatThrownBy(() -> new Appraiser("", FIRM)).hasMessageContaining("qualification number is empty");
        assertThatThrownBy(() -> new SignOff(SignOffRole.VALUER, "carol", Instant.EPOCH, "", null))
                .hasMessageContaining("qualification number and the firm");
        assertThatThrownBy(() -> new SignOff(SignOffRole.CHECKER, "bob", Instant.EPOCH, "", a))
                .hasMessageContaining("not a checker's");
        assertThat(SignOffRole.parse("Valuer")).isEqualTo(SignOffRole.VALUER);
    }
}
