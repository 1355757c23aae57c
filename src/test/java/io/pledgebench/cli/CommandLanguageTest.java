package io.pledgebench.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The commands that print messages take {@code --lang en|zh-CN} as {@code import} does
 * (docs/adr/0022-cli-language-and-refusals.md): English by default, and in Chinese without type or status codes.
 */
class CommandLanguageTest {

    @TempDir
    Path dir;

    private StringWriter out = new StringWriter();
    private StringWriter err = new StringWriter();

    private int run(String... args) {
        out = new StringWriter();
        err = new StringWriter();
        return PledgeBenchCommand.execute(new PrintWriter(out), new PrintWriter(err), args);
    }

    @Test
    void listExportAndComparablesSpeakTheChosenLanguage() {
        String db = dir.resolve("test.mv.db").toString();
        assertThat(run("import", "sample-portfolios/cn-tech-sme", "--db", db)).as(err.toString()).isZero();

        assertThat(run("list", "--db", db, "--lang", "zh-CN")).as(err.toString()).isZero();
        assertThat(out.toString()).contains("专利").contains("导入自").contains("到期").contains("发明")
                .doesNotContain("patents, imported").doesNotContain(" invention ").doesNotContain("expires");
        assertThat(run("list", "--db", db)).as(err.toString()).isZero();
        assertThat(out.toString()).contains("patents, imported").contains(" invention ").contains("expires");

        assertThat(run("export", "nope", "--out", dir.resolve("x.csv").toString(), "--db", db, "--lang", "zh-CN")).isEqualTo(2);
        assertThat(err.toString()).startsWith("错误：没有编号或名称为“nope”的已保存组合");
        assertThat(run("export", "nope", "--out", dir.resolve("x.csv").toString(), "--db", db)).isEqualTo(2);
        assertThat(err.toString()).startsWith("error: no stored portfolio with id or name 'nope'");

        assertThat(run("comparables", "list", "--db", db, "--lang", "zh-CN")).as(err.toString()).isZero();
        assertThat(out.toString()).startsWith("尚无可比交易");
        assertThat(run("comparables", "import", dir.resolve("none.csv").toString(), "--db", db, "--lang", "zh-CN")).isEqualTo(2);
        assertThat(err.toString()).startsWith("错误：没有此文件");
    }

    @Test
    void aDatabaseRefusalIsRenderedInTheCommandsLanguage() {
        assertThat(run("list", "--db", dir.resolve("missing.mv.db").toString(), "--lang", "zh-CN")).isEqualTo(2);
        assertThat(err.toString()).startsWith("错误：").contains("没有数据库");
    }

    /**
     * Cold attacker review of issue 13: under --lang zh-CN the parser's own refusals were English ("Missing required
     * parameter", "Unknown options") and an unknown option got no "did you mean --db".
     */
    @Test
    void theParsersRefusalsSpeakTheChosenLanguageAndSuggestTheOptionMeant() {
        assertThat(run("import", "--lang", "zh-CN", "--db", dir.resolve("x.mv.db").toString())).isEqualTo(2);
        assertThat(err.toString()).startsWith("错误：缺少必需的参数：'PORTFOLIO'").contains("用法：pledgebench import --help")
                .doesNotContain("Missing required");

        assertThat(run("import", "--lang", "zh-CN", "--dbb", dir.resolve("x.mv.db").toString(), "a.csv")).isEqualTo(2);
        assertThat(err.toString()).startsWith("错误：无法识别：'--dbb'").contains("您是否想输入：--db");

        assertThat(run("import", "--dbb", dir.resolve("x.mv.db").toString(), "a.csv")).isEqualTo(2);
        assertThat(err.toString()).startsWith("error: unknown option or argument: '--dbb'").contains("did you mean: --db");
    }

    /**
     * Review of issue 17: a date that is no date is refused in the command's language without Java's class or
     * exception names, even when --lang comes after the bad value; a CN number's check digit is explained in Chinese.
     */
    @Test
    void aBadDateAndABadCheckDigitAreRefusedInTheCommandsLanguage() {
        assertThat(run("monitor", "--as-of", "2027-02-30", "--lang", "zh-CN")).isEqualTo(2);
        assertThat(err.toString()).contains("“2027-02-30”不是以 YYYY-MM-DD 书写的日期").doesNotContain("java.").doesNotContain("Invalid");
        assertThat(run("monitor", "--as-of", "2027-02-30", "--lang", "en")).isEqualTo(2);
        assertThat(err.toString()).contains("--as-of: '2027-02-30' is not a date written YYYY-MM-DD")
                .doesNotContain("java.");
        assertThatThrownBy(() -> io.pledgebench.domain.PatentNumber.parse("ZL999999999999.9"))
                .isInstanceOfSatisfying(io.pledgebench.domain.RefusedInputException.class, e -> {
                    assertThat(e.getMessage()).isEqualTo(
                            "CN application number 'ZL999999999999.9' has check digit 9 but its digits give 5");
                    assertThat(e.text().chinese()).isEqualTo("中国专利申请号“ZL999999999999.9”的校验位为 9，按其数字计算应为 5");
                });
    }
}
