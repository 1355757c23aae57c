package io.pledgebench.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

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
}
