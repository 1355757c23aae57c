package io.pledgebench.report;

import io.pledgebench.assessment.Assessment;
import io.pledgebench.report.charts.ReportFont;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 14 item 3, "one number format per quantity", as ADR 0019 completes it: a duration in years has one format
 * (one decimal) in tables, parameters and sentences; a multiple is "1.25倍" in Chinese and "1.25×" in English, in
 * sentences and tables alike; a list of patents in a sentence is joined by "、" in Chinese and ", " in English. The
 * sentences are stored as keys and arguments, so the formats apply to stored rows too (their patterns are unchanged in
 * argument count and meaning).
 */
class NumberFormatsPerLanguageTest {

    private static final Locale ZH = Locale.SIMPLIFIED_CHINESE;
    private static final Locale EN = Locale.ENGLISH;

    private static String zh;
    private static String en;

    @BeforeAll
    static void render() throws IOException {
        Assumptions.assumeTrue(ReportFont.find().isPresent(), "needs " + ReportFont.DEBIAN_PACKAGE);
        Assessment sme = AssessmentReportTest.assess("cn-tech-sme");
        zh = ChineseReportWordsTest.text(sme, ZH).replaceAll("\\s+", " ");
        en = ChineseReportWordsTest.text(sme, EN).replaceAll("\\s+", " ");
    }

    /** Every number directly before "年" / "years" that is not a calendar year (four digits, no decimals). */
    private static List<String> durations(String text, String unit) {
        // not durations: a loan year's ordinal ("第 1 年") and the statute's term quoted by a source ("保护期10年（第四十二条）",
        // "lasts 10 years (art. 42)")
        text = text.replaceAll("第 \\d+ 年", "").replace("保护期10年", "").replace("lasts 10 years", "");
        Matcher m = Pattern.compile("(?<![\\d.])(\\d+(?:\\.\\d+)?) ?" + unit).matcher(text);
        List<String> out = new java.util.ArrayList<>();
        while (m.find()) {
            if (!m.group(1).matches("(19|20)\\d\\d")) {
                out.add(m.group(1));
            }
        }
        return out;
    }

    @Test
    void aDurationInYearsHasOneDecimalInTablesParametersAndSentences() {
        assertThat(ReportFormat.years(7.61)).isEqualTo("7.6");
        assertThat(ReportFormat.years(2)).isEqualTo("2.0");
        // the policy minimum beside the patent's years ("仅1.9年（政策：至少2年）" before), the income period of the
        // method explanations ("7.61年" before), the years in business ("11.0 年")
        assertThat(zh).contains("（政策：至少2.0年）").doesNotContain("至少2年");
        assertThat(en).contains("(policy: at least 2.0 years)");
        assertThat(durations(zh, "年")).isNotEmpty().allMatch(y -> y.matches("\\d+\\.\\d"));
        assertThat(durations(en, "years?\\b(?! in business)")).isNotEmpty().allMatch(y -> y.matches("\\d+\\.\\d"));
        ReportText text = new ReportText(ZH, "CNY");
        assertThat(text.render("valuation.explain.incomePeriod.legal", List.<Object>of(7.61, 7.61, 10)))
                .isEqualTo("收益期7.6年，受剩余法定寿命限制（7.6年；剩余经济寿命10.0年）。");
    }

    @Test
    void aMultipleIsSignedOneWayPerLanguageInSentencesAndTables() {
        assertThat(ReportFormat.times(1.25, ZH)).isEqualTo("1.25倍");
        assertThat(ReportFormat.times(1.25, EN)).isEqualTo("1.25×");
        assertThat(ReportFormat.threshold(0.1875, ZH)).isEqualTo("0.1875倍");
        // the debt-service sentence ("须覆盖偿债额1.25倍") and the coverage tables ("1.60×" before) agree
        assertThat(zh).contains("须覆盖偿债额1.25倍").containsPattern("\\d\\.\\d\\d倍").doesNotContainPattern("\\d×");
        assertThat(en).contains("must cover debt service 1.25×").containsPattern("\\d\\.\\d\\d×")
                .doesNotContainPattern("\\d(\\.\\d+)? times\\b").doesNotContain("倍");
        ReportText text = new ReportText(ZH, "CNY");
        assertThat(text.render("risk.reason.grade", List.<Object>of("B", 0.0123, 1.5, 1_000_000)))
                .contains("押品最低预期覆盖倍数为1.50倍").doesNotContain("×");
    }

    @Test
    void aListOfPatentsInASentenceIsJoinedAsTheLanguageJoinsAList() {
        assertThat(ReportFormat.list(List.of("CN1.5", "CN2.X"), ZH)).isEqualTo("CN1.5、CN2.X");
        assertThat(ReportFormat.list(List.of("CN1.5", "CN2.X"), EN)).isEqualTo("CN1.5, CN2.X");
        // stored as "CN…, CN…" (the engine's argument): printed with the Chinese list joiner
        assertThat(new ReportText(ZH, "CNY").render("assessment.condition.evidenceOfUseNamed",
                List.<Object>of(2, "CN202110219548.5, CN202210894173.7")))
                .endsWith("：CN202110219548.5、CN202210894173.7");
        assertThat(new ReportText(EN, "CNY").render("assessment.condition.evidenceOfUseNamed",
                List.<Object>of(2, "CN202110219548.5, CN202210894173.7")))
                .endsWith("CN202110219548.5, CN202210894173.7");
        // co-owners are stored joined by "; ": a list too; an English item with a comma keeps the "; "
        assertThat(new ReportText(ZH, "CNY").render("risk.eligibility.ownership.noConsent",
                List.<Object>of("深圳市芯联智感科技有限公司; 南岭理工大学"))).isEqualTo("由深圳市芯联智感科技有限公司、南岭理工大学共有，未记录共有人同意出质");
        assertThat(ReportFormat.list(List.of("Acme Co., Ltd.", "Nanling University"), EN))
                .isEqualTo("Acme Co., Ltd.; Nanling University");
        // a name with a comma is not a list
        assertThat(new ReportText(ZH, "CNY").term("Acme Co., Ltd.")).isEqualTo("Acme Co., Ltd.");
        assertThat(zh).doesNotContainPattern("CN\\d+\\.[\\dX], CN").containsPattern("CN\\d+\\.[\\dX]、CN")
                .contains("由深圳市芯联智感科技有限公司、南岭理工大学共有").doesNotContain("有限公司;");
    }
}
