package io.pledgebench.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.pledgebench.assessment.Assessment;
import io.pledgebench.domain.Amounts;
import io.pledgebench.domain.Text;
import io.pledgebench.report.charts.AmountFormat;
import io.pledgebench.report.charts.ReportFont;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 14 review findings on the report's words and figures: the patent office named in the reader's language (also
 * in old stored rows), conditions that name their patents, one number format per kind of figure, the contributory
 * asset charges of excess earnings, each patent's method weights explained, and the coverage probability of the
 * recommended loan.
 */
class ReportReviewFindingsTest {

    private static final Locale ZH = Locale.SIMPLIFIED_CHINESE;
    private static final Locale EN = Locale.ENGLISH;
    private static final Path V1_WORKBENCH = Path.of("src/test/resources/golden/cn-tech-sme-seed7-v1-workbench.json");
    private static final DocumentVersions.StoredRow ROW =
            new DocumentVersions.StoredRow(LocalDate.of(2025, 6, 30), "cn-tech-sme");

    private static Assessment sme;
    private static String zh;
    private static String en;

    @BeforeAll
    static void render() throws IOException {
        Assumptions.assumeTrue(ReportFont.find().isPresent(), "needs " + ReportFont.DEBIAN_PACKAGE);
        sme = AssessmentReportTest.assess("cn-tech-sme");
        zh = ChineseReportWordsTest.text(sme, ZH);
        en = ChineseReportWordsTest.text(sme, EN);
    }

    private static String stored(Path fixture, Locale locale) throws IOException {
        ReportInput in = ReportInput.stored(Files.readString(fixture), ROW, 1, Instant.parse("2025-07-01T08:30:00Z"),
                "alice", List.of(), "");
        try (PDDocument d = Loader.loadPDF(AssessmentReportTest.render(in, locale, LocalDate.of(2025, 7, 2)))) {
            return new PDFTextStripper().getText(d);
        }
    }

    private static String flat(String s) {
        return s.replaceAll("\\s+", "");
    }

    /** Item 1: the office by its name in each language, in new documents and in rows stored with the code. */
    @Test
    void thePatentOfficeIsNamedInTheReadersLanguageInNewAndOldDocuments() throws IOException {
        assertThat(zh).contains("中国国家知识产权局").doesNotContain("CNIPA");
        assertThat(en).contains("patent office (CNIPA)");
        assertThat(stored(GoldenHashTest.V1_FIXTURE, ZH)).contains("中国国家知识产权局").doesNotContain("CNIPA");
        // a workbench row of version 1 kept the sentence fixed in Chinese with the code inside
        assertThat(stored(V1_WORKBENCH, ZH)).contains("中国国家知识产权局").doesNotContain("CNIPA");
        ReportText text = new ReportText(ZH, "CNY");
        assertThat(text.render("assessment.condition.registerPledge", List.<Object>of("CNIPA, EPO, USPTO")))
                .isEqualTo("放款前在专利主管机关（中国国家知识产权局、欧洲专利局、美国专利商标局）办理质押登记");
        // the workbench shows the engine's sentence the same way (the argument keeps the codes it is stored as)
        Text condition = sme.results().recommendation().conditions().stream()
                .filter(c -> c.key().equals("assessment.condition.registerPledge")).findFirst().orElseThrow();
        assertThat(condition.render(ZH)).isEqualTo("放款前在专利主管机关（中国国家知识产权局）办理质押登记");
        assertThat(condition.args().get(0).toString()).isEqualTo("CNIPA");
        assertThat(new Text.Offices(List.of("CNIPA", "BR")).render(EN)).isEqualTo("CNIPA, BR");
        // an office this release does not name is printed as stored, nothing invented
        assertThat(text.render("assessment.condition.registerPledge", List.<Object>of("BR")))
                .isEqualTo("放款前在专利主管机关（BR）办理质押登记");
    }

    /** Item 2: a condition on some patents names each of them; an old row prints its old sentence. */
    @Test
    void conditionsNameThePatentsTheyCount() throws IOException {
        List<String> feesDue = new ArrayList<>();
        for (var p : sme.results().patents()) {
            if (p.eligibility().pledgeable() && p.eligibility().checks().stream()
                    .anyMatch(c -> c.reason().key().equals("risk.eligibility.annualFee.dueInTerm"))) {
                feesDue.add(p.patent().number().canonical());
            }
        }
        assertThat(feesDue).isNotEmpty();
        // joined as a Chinese list joins its items (ADR 0019), in the sentence stored with ", "
        String condition = "出质人须按时缴纳" + feesDue.size() + "件专利（" + String.join("、", feesDue) + "）的年费";
        assertThat(flat(zh)).contains(condition);
        assertThat(flat(en)).contains("Thepledgorkeepstheannualfeesof" + feesDue.size() + "patents("
                + String.join(",", feesDue) + ")paid");
        // every condition on a list of patents names each of them, in both languages
        int named = 0;
        for (Text c : sme.results().recommendation().conditions()) {
            if (c.key().endsWith("Named")) {
                // the report joins the stored list as Chinese joins a list ("、")
                assertThat(flat(zh)).contains(flat(new ReportText(ZH, "CNY").render(c.key(), c.args())))
                        .contains(flat(c.render(ZH)).replace(",", "、"));
                assertThat(flat(en)).contains(flat(c.render(EN)));
                assertThat(c.args().get(c.args().size() - 1).toString()).startsWith("CN");
                named++;
            }
        }
        assertThat(named).isPositive();
        // the row stored before keeps its sentence (the old key, the count only)
        assertThat(flat(stored(GoldenHashTest.V1_FIXTURE, ZH))).contains("出质人须按时缴纳15件专利的年费");
    }

    /** Item 3: one amount format (report, chart labels, sentences and the workbench share it). */
    @Test
    void oneAmountFormatEverywhere() {
        for (double v : new double[] {8_406_000, 7_439_300, 45, 0, -0.004, 1_234_567.89}) {
            for (Locale l : List.of(ZH, EN)) {
                String figure = Amounts.figure(v, l);
                assertThat(ReportFormat.money(v, l)).isEqualTo(figure);
                assertThat(AmountFormat.labels(l).format(v)).isEqualTo(figure);
                assertThat(Text.Amount.of(v).render(l)).isEqualTo(ReportFormat.moneyWithUnit(v, l, "CNY"));
            }
        }
        assertThat(Amounts.withUnit(8_406_000, ZH, "CNY")).isEqualTo("840.60万元");
        assertThat(Amounts.withUnit(8_406_000, EN, "CNY")).isEqualTo("8,406,000 CNY");
        assertThat(Amounts.withUnit(45, ZH, "CNY")).isEqualTo("0.0045万元");
        assertThat(Amounts.figure(-0.004, EN)).isEqualTo("0");
    }

    /**
     * Item 3: every percentage has two decimals and no space before the sign (no "26.6%", no "45 %"), and factors have
     * four decimals in the parameters as in the sentences ("缩放系数1.0000" beside "收入缩放系数 1.0000").
     */
    @Test
    void oneFormatPerKindOfFigure() {
        for (String text : List.of(zh, en)) {
            assertThat(text).doesNotContainPattern("\\d %");
        }
        String z = flat(zh);
        // figures once printed with one decimal: the advance rate, the chance the right is lost, a method's weight
        var c = sme.results().collateral();
        assertThat(z).contains("质押率" + ReportFormat.percent(c.advanceRate()));
        assertThat(ReportFormat.percent(c.advanceRate())).matches("\\d+\\.\\d\\d%");
        assertThat(z).containsPattern("评估期内权利丧失的概率\\d+\\.\\d\\d%").doesNotContainPattern("权利丧失的概率\\d+\\.\\d%");
        assertThat(z).contains("收入缩放系数1.0000").contains("缩放系数1.0000（").doesNotContain("收入缩放系数1；");
        assertThat(z).containsPattern("单位收入的贡献资产回报\\d+\\.\\d\\d%").contains("贡献资产回报占收入的9.95%");
        assertThat(z).doesNotContainPattern("单位收入的贡献资产回报0\\.\\d{4}");
        assertThat(z).containsPattern("成本指数\\d\\.\\d{4}[；;]");
        assertThat(ReportFormat.percent(1)).isEqualTo("100.00%");
        assertThat(ReportFormat.factor(1)).isEqualTo("1.0000");
    }

    /**
     * Item 4: the excess-earnings table shows each contributory asset's charge; an old row shows them too, worked out in
     * the upgrade from what it recorded (exactly: DocumentVersionsTest), and one whose figures do not give them exactly
     * says they were not recorded instead of printing the table as if the after-tax column were before the charges.
     */
    @Test
    void theExcessEarningsTableShowsTheContributoryAssetCharges() throws IOException {
        assertThat(flat(zh)).contains("营运资金回报（万元）").contains("固定资产回报（万元）").contains("超额收益（万元）")
                .contains("贡献资产回报（产品收入所需各项资产的必要回报）逐年从税后利润中扣除");
        assertThat(flat(en)).contains("Chargeforworkingcapital(CNY)").contains("Excessearnings(CNY)");
        String old = flat(stored(GoldenHashTest.V1_FIXTURE, ZH));
        assertThat(old).contains("营运资金回报（万元）").doesNotContain("本评估未记录各项贡献资产回报");

        com.fasterxml.jackson.databind.node.ObjectNode off = (com.fasterxml.jackson.databind.node.ObjectNode)
                new com.fasterxml.jackson.databind.ObjectMapper().readTree(Files.readString(GoldenHashTest.V1_FIXTURE));
        for (com.fasterxml.jackson.databind.JsonNode m : off.findParents("cashFlows")) {
            if ("excess-earnings".equals(m.path("method").asText())) {
                com.fasterxml.jackson.databind.node.ObjectNode p = (com.fasterxml.jackson.databind.node.ObjectNode) m.get("parameters");
                p.put("contributoryChargePerRevenue", p.path("contributoryChargePerRevenue").asDouble() + 1e-9);
            }
        }
        ReportInput in = ReportInput.stored(off.toString(), ROW, 1, Instant.parse("2025-07-01T08:30:00Z"), "alice",
                List.of(), "");
        String notRecorded;
        try (PDDocument d = Loader.loadPDF(AssessmentReportTest.render(in, ZH, LocalDate.of(2025, 7, 2)))) {
            notRecorded = flat(new PDFTextStripper().getText(d));
        }
        assertThat(notRecorded).doesNotContain("营运资金回报（万元）").contains("本评估未记录各项贡献资产回报");
    }

    /** Item 5: each detailed patent says which methods carry which weight and how the configured ones were rescaled. */
    @Test
    void eachPatentsWeightsAreExplained() throws IOException {
        String z = flat(zh);
        assertThat(z).contains("设定权重").contains("实际权重")
                .contains("的权重：所采用方法的设定权重（收益分成法30.00%、许可费节省法30.00%、多期超额收益法15.00%、成本法10.00%）合计85.00%；各除以85.00%，实际权重合计100.00%：收益分成法35.29%、许可费节省法35.29%、多期超额收益法17.65%、成本法11.76%。")
                .contains("市场法（可比交易）、实物期权法不占权重");
        // a patent valued by cost alone: its one configured weight becomes 100%
        assertThat(z).contains("（成本法10.00%）合计10.00%；各除以10.00%，实际权重合计100.00%：成本法100.00%。");
        assertThat(flat(en)).contains("theconfiguredweightsofthemethodsapplied(Income/profitsplit30.00%");
        // the row stored before records the configured weights in its parameters: explained the same way
        assertThat(flat(stored(GoldenHashTest.V1_FIXTURE, ZH))).contains("的权重：所采用方法的设定权重（收益分成法30.00%");
    }

    /** Item 6: the probability of a shortfall at maturity for the requested and for the recommended loan. */
    @Test
    void theCoverageProbabilityIsGivenForTheRecommendedLoanToo() throws IOException {
        var requested = sme.results().atMaturity();
        var recommended = sme.results().recommendedAtMaturity();
        assertThat(recommended.exposure()).isEqualTo(sme.results().recommendation().recommendedLoan());
        assertThat(recommended.probabilityCoverageBelowOne()).isLessThanOrEqualTo(requested.probabilityCoverageBelowOne());
        assertThat(new ObjectMapper().valueToTree(ReportSource.document(sme)).at("/collateral/atMaturityRecommended/exposure")
                .asDouble()).isEqualTo(recommended.exposure());
        assertThat(flat(zh)).contains("到期时押品不足以覆盖贷款的概率" + ReportFormat.percent(requested.probabilityCoverageBelowOne())
                + ReportFormat.percent(recommended.probabilityCoverageBelowOne()) + "合格质物到期日");
        // an old row did not record it: said, not guessed
        assertThat(flat(stored(GoldenHashTest.V1_FIXTURE, ZH))).contains("到期时押品不足以覆盖贷款的概率100.00%未记录");
    }
}
