package io.pledgebench.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The cold attacker review of issue 13 (/tmp/review-13b.md, items 6, 9–15): the parser's rarer refusals in the
 * user's language, "did you mean" only for a typing slip, {@code admin} in one language, paths with a trailing
 * separator or a broken link, a file name with a line break, a {@code --map … =ignore} on a required column.
 */
class OddInvocationsTest {

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
    void aValueOfTheWrongTypeIsSaidInTheCommandsLanguageWithWhatTheOptionTakes() {
        // --lang after the option the parser stopped at is still the language of the refusal
        assertThat(run("monitor", "--as-of", "2020-13-01", "--lang", "zh-CN")).isEqualTo(2);
        assertThat(err.toString()).startsWith("错误：--as-of：“2020-13-01”不是以 YYYY-MM-DD 书写的日期")
                .contains("用法：pledgebench monitor --help").doesNotContain("Invalid value").doesNotContain("java.time");

        assertThat(run("monitor", "--as-of", "2020-13-01")).isEqualTo(2);
        assertThat(err.toString()).startsWith("error: --as-of: '2020-13-01' is not a date written YYYY-MM-DD");

        assertThat(run("calc", "cost", "--remaining-years", "abc", "--replacement-cost", "1", "--used-years", "2"))
                .isEqualTo(2);
        assertThat(err.toString()).startsWith("error: --remaining-years: 'abc' is not a number").doesNotContain("double");
    }

    @Test
    void anOptionGivenTwiceIsSaidInTheCommandsLanguage() {
        Path a = dir.resolve("a.mv.db");
        Path b = dir.resolve("b.mv.db");
        assertThat(run("list", "--db", a.toString(), "--db", b.toString(), "--lang", "zh-CN")).isEqualTo(2);
        assertThat(err.toString()).startsWith("错误：--db 给出了不止一次；只需给出一次").doesNotContain("should be specified");

        assertThat(run("list", "--db", a.toString(), "--db", b.toString())).isEqualTo(2);
        assertThat(err.toString()).startsWith("error: --db is given more than once; give it once");
    }

    @Test
    void aLanguageBeforeTheCommandIsShownAfterItWithOrWithoutEqualsSignAndInThatLanguage() {
        assertThat(run("--lang=zh-CN", "import", "p.csv")).isEqualTo(2);
        assertThat(err.toString()).startsWith("错误：无法识别：'--lang=zh-CN'")
                .contains("--lang=zh-CN 属于子命令，须写在子命令名称之后：pledgebench import p.csv --lang=zh-CN");

        assertThat(run("--lang", "zh-CN", "import", "p.csv")).isEqualTo(2);
        assertThat(err.toString()).contains("--lang 属于子命令，须写在子命令名称之后：pledgebench import p.csv --lang zh-CN");

        assertThat(run("--lang=en", "list")).isEqualTo(2);
        assertThat(err.toString()).contains("--lang=en belongs to the sub-command and goes after its name: pledgebench list --lang=en");
    }

    @Test
    void didYouMeanOffersOnlyTheCommandsATypingSlipAway() {
        assertThat(run("imprt", "x.csv")).isEqualTo(2);
        assertThat(err.toString()).contains("note: did you mean: import?").doesNotContain("alerts").doesNotContain("comparables");

        assertThat(run("lst")).isEqualTo(2);
        assertThat(err.toString()).contains("did you mean: list?");

        assertThat(run("banana")).isEqualTo(2);
        assertThat(err.toString()).doesNotContain("did you mean");

        assertThat(Suggestions.closest("improt", List.of("import", "report", "alerts"))).containsExactly("import");
        assertThat(Suggestions.closest("--dbb", List.of("--db", "--lang", "--template"))).containsExactly("--db");
        assertThat(Suggestions.closest("xyz", List.of("book", "gui"))).isEmpty();
        assertThat(Suggestions.distance("improt", "import")).isEqualTo(1);
        assertThat(Suggestions.distance("imprt", "import")).isEqualTo(1);
        assertThat(Suggestions.distance("imprt", "alerts")).isGreaterThan(2);
    }

    @Test
    void adminSpeaksOneLanguage() {
        String db = dir.resolve("x.mv.db").toString();
        assertThat(run("admin", "init-team-db", "--db", db)).isEqualTo(2);
        assertThat(err.toString().lines().toList()).hasSize(1);
        assertThat(err.toString()).startsWith("error: --db: give the team database as").doesNotContain("错误");

        assertThat(run("admin", "init-team-db", "--db", db, "--lang", "zh-CN")).isEqualTo(2);
        assertThat(err.toString().lines().toList()).hasSize(1);
        assertThat(err.toString()).startsWith("错误：--db：请按").doesNotContain("error:").doesNotContain("give the team");

        assertThat(run("admin", "add-user", "li", "--role", "officer", "--db", db, "--lang", "zh-CN")).isEqualTo(2);
        assertThat(err.toString().lines().toList()).hasSize(1);
        assertThat(err.toString()).startsWith("错误：");
    }

    @Test
    void aDatabasePathEndingInASeparatorIsRefusedAndNothingIsCreated() {
        Path db = dir.resolve("x.mv.db");
        assertThat(run("import", "sample-portfolios/cn-tech-sme", "--db", db + "/")).isEqualTo(2);
        assertThat(err.toString()).startsWith("error: --db " + db + "/: ends with a folder separator, so it names a folder,"
                + " but a database is a file");
        assertThat(db).doesNotExist();

        assertThat(run("list", "--db", db + "/", "--lang", "zh-CN")).isEqualTo(2);
        assertThat(err.toString()).startsWith("错误：--db " + db + "/：以目录分隔符结尾");
        assertThat(dir.toFile().list()).isEmpty();
    }

    @Test
    void aPortfolioFileWrittenWithATrailingSeparatorIsRefused() {
        Path db = dir.resolve("x.mv.db");
        assertThat(run("import", "sample-portfolios/us-amazon/patents.csv/", "--db", db.toString())).isEqualTo(2);
        assertThat(err.toString()).startsWith("error: sample-portfolios/us-amazon/patents.csv/ ends with a folder separator,"
                + " so it names a folder, but sample-portfolios/us-amazon/patents.csv is a file");
        assertThat(db).doesNotExist();

        // a folder written with its separator is a folder
        assertThat(run("import", "sample-portfolios/cn-tech-sme/", "--db", db.toString())).as(err.toString()).isZero();
    }

    @Test
    @DisabledOnOs(OS.WINDOWS)
    void aBrokenLinkIsCalledABrokenLink() throws IOException {
        Path dbLink = Files.createSymbolicLink(dir.resolve("gone.mv.db"), dir.resolve("nowhere.mv.db"));
        assertThat(run("list", "--db", dbLink.toString())).isEqualTo(2);
        assertThat(err.toString()).startsWith("error: --db: " + dbLink + " is a link to " + dir.resolve("nowhere.mv.db")
                + ", which does not exist (a broken link)");
        assertThat(run("import", "sample-portfolios/cn-tech-sme", "--db", dbLink.toString(), "--lang", "zh-CN")).isEqualTo(2);
        assertThat(err.toString()).contains("链接已失效");
        assertThat(dir.resolve("nowhere.mv.db")).doesNotExist();

        Path csvLink = Files.createSymbolicLink(dir.resolve("p.csv"), dir.resolve("moved.csv"));
        assertThat(run("import", csvLink.toString(), "--db", dir.resolve("y.mv.db").toString())).isEqualTo(2);
        assertThat(err.toString()).contains(csvLink + " is a link to " + dir.resolve("moved.csv")
                + ", which does not exist (a broken link)");
    }

    @Test
    @DisabledOnOs(OS.WINDOWS)
    void aPortfolioNamedAfterAFileWithALineBreakIsOneLineAndTheImportSaysSo() throws IOException {
        Path file = dir.resolve("new\nline.csv");
        Files.writeString(file, "patent_number,status,owners\nUS11000001,granted,A Ltd\n");
        String db = dir.resolve("x.mv.db").toString();
        assertThat(run("import", file.toString(), "--db", db)).as(err.toString()).isZero();
        assertThat(out.toString()).startsWith("Imported portfolio 'new line' (#1)");
        assertThat(err.toString()).contains("the portfolio is named 'new line' after its file, whose name 'new\\nline'"
                + " holds a line break");

        assertThat(run("list", "--db", db)).isZero();
        assertThat(out.toString()).startsWith("#1  new line  (1 patents");
    }

    @Test
    void ignoringTheColumnOfARequiredFieldIsSaidAndNoOtherColumnIsSuggestedForIt() {
        assertThat(run("import", "sample-portfolios/us-amazon/patents.csv", "--map", "publication_number=ignore",
                "--db", dir.resolve("x.mv.db").toString())).isEqualTo(2);
        assertThat(err.toString()).contains("required column patent_number (专利号) is missing: the column"
                + " 'publication_number', which would be read as it, is set to be ignored")
                .doesNotContain("=patent_number\"").doesNotContain("it may be patent_number");
    }
}
