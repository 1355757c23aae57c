package io.pledgebench.cli;

import io.pledgebench.store.Database;
import io.pledgebench.store.PortfolioRepository;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code import --lang en|zh-CN} (docs/adr/0022-cli-language-and-refusals.md): every refusal, notice and result is
 * printed once, in the chosen language; the Chinese lines name fields by their Chinese names and hold no field code,
 * only the {@code --map} form the officer types, which accepts the Chinese name.
 */
class ImportLanguageTest {

    /** A field code as the English lines write them (product_revenue, expiry_date): no Chinese line may hold one. */
    private static final Pattern FIELD_CODE = Pattern.compile("\\b[a-z]+_[a-z_]+\\b");

    @TempDir
    Path dir;

    private StringWriter out = new StringWriter();
    private StringWriter err = new StringWriter();

    private int run(String... args) {
        out = new StringWriter();
        err = new StringWriter();
        return PledgeBenchCommand.execute(new PrintWriter(out), new PrintWriter(err), args);
    }

    private Path db() {
        return dir.resolve("db/test.mv.db");
    }

    private Path file(String headers, String... rows) throws IOException {
        Path f = dir.resolve("bank-list.csv");
        Files.writeString(f, headers + "\n" + String.join("\n", rows) + "\n");
        return f;
    }

    private Path revenueAndPriority() throws IOException {
        return file("patent_number,title,type,filing_date,grant_date,status,owners,产品年销售收入,priority_date",
                "ZL201410356287.1,Pressure sensor,invention,2014-05-12,2016-08-24,valid,Example Sensors Ltd,1200万元,2013-05-12");
    }

    @Test
    void chineseNoticesAreShownOnceInChineseWithChineseFieldNamesAndNoFieldCode() throws IOException {
        int code = run("import", revenueAndPriority().toString(), "--db", db().toString(), "--lang", "zh-CN");

        assertThat(code).as(err.toString()).isZero();
        String e = err.toString();
        assertThat(e).contains("注意：").contains("列“产品年销售收入”未被使用").contains("它可能是“产品收入”")
                .contains("--map \"产品年销售收入=产品收入\"")
                .contains("列“priority_date”未被使用")
                .doesNotContain("note:").doesNotContain("is not used").doesNotContain("product_revenue")
                .doesNotContain("expiry_date");
        // no field code in any Chinese line (the header priority_date is the file's own word, quoted as written)
        assertThat(e.replace("priority_date", "")).doesNotContainPattern(FIELD_CODE);
        assertThat(out.toString()).startsWith("已导入专利组合").contains("导入专利 1 件");
    }

    @Test
    void englishNoticesAreShownOnceInEnglishWithTheMapToType() throws IOException {
        int code = run("import", revenueAndPriority().toString(), "--db", db().toString());

        assertThat(code).as(err.toString()).isZero();
        String e = err.toString();
        assertThat(e).contains("note: ").contains("column '产品年销售收入' is not used").contains("it may be product_revenue")
                .contains("--map \"产品年销售收入=product_revenue\"").doesNotContain("注意").doesNotContain("未被使用");
        assertThat(e.lines().filter(l -> l.contains("column '产品年销售收入' is not used"))).hasSize(1);
        assertThat(out.toString()).startsWith("Imported portfolio");
    }

    @Test
    void theChineseMapHintIsWhatTheOfficerTypesAndItReadsTheColumn() throws IOException {
        Path f = revenueAndPriority();
        assertThat(run("import", f.toString(), "--db", db().toString(), "--lang", "zh-CN", "--map", "产品年销售收入=产品收入"))
                .as(err.toString()).isZero();
        assertThat(err.toString()).doesNotContain("产品年销售收入”未被使用");
        try (Database d = Database.open(db())) {
            assertThat(new PortfolioRepository(d).loadAll().get(0).portfolio().patents().get(0).productRevenue())
                    .isEqualByComparingTo(new BigDecimal("12000000"));
        }
    }

    @Test
    void aRefusedImportIsExplainedInChineseOnly() throws IOException {
        Path f = file("patent_number,title,type,filing_date,grant_date,status,owners",
                "ZL201410356287.1,Pressure sensor,invention,2014-13-45,2016-08-24,valid,Example Sensors Ltd");
        int code = run("import", f.toString(), "--db", db().toString(), "--lang", "zh-CN");

        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("第 2 行").contains("导入被拒绝：").contains("数据库未作任何更改")
                .doesNotContain("import refused").doesNotContain(", row ");
        assertThat(Files.exists(db())).isFalse();
    }

    @Test
    void aWrongMappingIsRefusedInChineseWithTheChineseFieldNames() throws IOException {
        int code = run("import", revenueAndPriority().toString(), "--db", db().toString(), "--lang", "zh-CN",
                "--map", "产品年销售收入=销量");

        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("“销量”不是专利字段").contains("产品收入").contains("专利号")
                .doesNotContain("product_revenue");
    }

    @Test
    void anEmptyFileNameIsRefusedSayingAFileOrFolderMustBeGiven() {
        assertThat(run("import", "", "--db", db().toString())).isEqualTo(2);
        assertThat(err.toString()).contains("name the portfolio file or folder to import").doesNotContain("Exception");

        assertThat(run("import", "", "--db", db().toString(), "--lang", "zh-CN")).isEqualTo(2);
        assertThat(err.toString()).startsWith("错误：请指定要导入的专利组合文件或文件夹");
    }

    @Test
    void anUnknownLanguageIsRefused() throws IOException {
        assertThat(run("import", revenueAndPriority().toString(), "--db", db().toString(), "--lang", "fr")).isEqualTo(2);
        assertThat(err.toString()).contains("--lang must be en or zh-CN");
    }

    @Test
    void everyChineseFieldNameReadsBackAsItsField() {
        for (String code : io.pledgebench.io.ColumnMapping.fieldCodes()) {
            String chinese = io.pledgebench.io.ColumnMapping.chineseName(code);
            assertThat(chinese).as(code).isNotEqualTo(code);
            io.pledgebench.io.ColumnMapping.Parsed parsed = io.pledgebench.io.ColumnMapping.parse(java.util.List.of("X=" + chinese));
            assertThat(parsed.errors()).as(code).isEmpty();
            assertThat(parsed.mapping().asMap()).as(code).containsEntry("X", code);
        }
    }
}
