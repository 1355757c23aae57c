package io.pledgebench.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.pledgebench.assessment.Assessment;
import io.pledgebench.report.charts.ReportFont;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 14 item 2: the report carries the elements of an asset-appraisal report and of a credit memo, in both
 * languages, built from the assessment's data; an older saved document without some fields says they are not
 * recorded instead of failing or inventing them.
 */
class CommitteeElementsTest {

    private static final Instant PRODUCED = Instant.parse("2025-07-01T08:30:00Z");

    private static final List<String> ZH = List.of("资产评估要素", "委托方与报告使用人", "评估目的", "评估对象和范围", "价值类型及其定义",
            "评估基准日及评估结论使用有效期", "评估依据", "评估程序", "评估假设", "评估方法的选择及权重理由", "评估结论", "特别事项说明",
            "使用限制", "授信方案", "借款人概况", "还款来源及偿债测算", "授信方案要素", "约束性条款及放款条件", "贷后监控方案", "处置预案",
            "审批", "《资产评估执业准则——无形资产》", "《资产评估执业准则——知识产权》（2023）", "《资产评估基本准则》",
            "《中华人民共和国资产评估法》", "第二十六条", "《商业银行资本管理办法》", "国家金融监督管理总局令2023年第4号", "《专利权质押登记办法》", "巴塞尔协议II", "GB/T42748-2023",
            "市场价值：", "清算价值：", "资产负债率", "利息保障倍数", "贷款审查委员会", "有权审批人");
    private static final List<String> EN = List.of("Appraisal elements", "Client and intended users", "Purpose of the appraisal",
            "Subject and scope", "Type of value and its definition", "Valuation date and validity of the conclusion",
            "Basis of the appraisal", "Appraisal procedure", "Assumptions", "Choice and weighting of the methods", "Conclusion",
            "Special matters", "Limitations on use", "Credit proposal", "Borrower overview", "Repayment source and debt service",
            "Proposed terms", "Covenants and conditions", "Post-loan monitoring plan", "Disposal plan", "Approval",
            "Debt ratio", "Interest cover", "Credit committee", "Approving officer");

    @BeforeAll
    static void fontInstalled() {
        Assumptions.assumeTrue(ReportFont.find().isPresent(), "needs " + ReportFont.DEBIAN_PACKAGE);
    }

    @Test
    void eachElementIsInBothLanguagesFromTheAssessmentsData() throws IOException {
        Assessment a = AssessmentReportTest.assess("cn-tech-sme");
        JsonNode doc = ReportSource.document(a);
        String zh = flat(text(doc, Locale.SIMPLIFIED_CHINESE));
        String en = flat(text(doc, Locale.ENGLISH));
        for (String s : ZH) {
            assertThat(zh).as("Chinese report has %s", s).contains(flat(s));
        }
        // the 2017 guiding opinions on patent appraisal were superseded by the 2023 practice standard on IP
        assertThat(zh).doesNotContain("专利资产评估指导意见");
        assertThat(en).doesNotContain("Guiding Opinions").contains(flat("Intellectual Property (资产评估执业准则——知识产权, 2023)"))
                .contains(flat("Asset Appraisal Law")).contains(flat("Rules on Capital Management of Commercial Banks"));
        for (String s : EN) {
            assertThat(en).as("English report has %s", s).contains(flat(s));
        }
        // the executive summary stays first; the new chapters are numbered by the layout
        assertThat(AssessmentReport.chapter("summary")).isEqualTo(1);
        assertThat(zh).contains(AssessmentReport.chapter("appraisal") + "资产评估要素")
                .contains(AssessmentReport.chapter("memo") + "授信方案");
        // the conclusion's validity: one year from the valuation date
        LocalDate valuation = LocalDate.parse(Doc.str(doc, "loan", "timeline", "valuationDate"));
        String until = valuation.plusYears(1).minusDays(1).toString();
        assertThat(zh).contains("即至" + until);
        assertThat(en).contains("until" + until);
        // the rate proposed is the one rate of the loan (review 14b, I; ADR 0031): the rate the debt-service capacity was
        // tested at, the risk-based minimum of the amount assessed, at or above the recommended loan's own minimum
        String rate = ReportFormat.percent(Doc.num(doc, "risk", "minimumRate", "rate"));
        assertThat(zh).contains("年利率" + rate + "：即测算偿债能力所用的利率");
        assertThat(en).contains("At" + rate + "ayear:theratethedebt-servicecapacitywastestedat");
        // a method not used says why (no comparable transactions), not "default weights"
        assertThat(en).contains("Whyamethodwasnotused").doesNotContainIgnoringCase("defaultweights");
        // special matters name the co-owned patent from the eligibility checks
        int from = zh.lastIndexOf("特别事项说明");
        String special = zh.substring(from, zh.indexOf("使用限制", from));
        for (var p : a.results().patents()) {
            boolean coOwned = p.eligibility().checks().stream()
                    .anyMatch(c -> c.rule().equals("ownership") && !c.outcome().code().equals("pass"));
            if (coOwned) {
                assertThat(special).contains(p.patent().number().canonical());
            }
        }
        // the engine's conditions are printed once (in their chapter); the memo refers to them
        assertThat(count(zh, "出质人须按时缴纳")).isEqualTo(1);
    }

    @Test
    void withNoLoanProposedThePlansSaySoAndNoTermsAreInvented() throws IOException {
        Assessment a = ChineseReportWordsTest.noEligiblePatent();
        JsonNode doc = ReportSource.document(a);
        assertThat(Doc.num(doc, "recommendation", "recommendedLoan")).isZero();
        String zh = flat(text(doc, Locale.SIMPLIFIED_CHINESE));
        String en = flat(text(doc, Locale.ENGLISH));
        assertThat(zh).contains("不建议发放贷款").contains("无可质押专利").contains(flat("未建议发放贷款，故不设约束性条款"))
                .contains("有权审批人");
        assertThat(en).contains("Noloanisproposed").contains(flat("No patent can be pledged")).doesNotContain("Atorabove");
        // review 14b (D): the reason once under 13.4; 13.5 and 13.6 refer to it instead of repeating it
        assertThat(count(zh, flat("故不设约束性条款"))).isEqualTo(1);
        assertThat(count(zh, flat("不设（未建议发放贷款，见上文）"))).isEqualTo(2);
        assertThat(count(en, flat("so no covenant, monitoring or disposal plan is set"))).isEqualTo(1);
        assertThat(count(en, flat("None is set: no loan is proposed (see above)."))).isEqualTo(2);
        // no collateral is said once in the reasons, not as "market value 0 × advance rate 0.0%"
        assertThat(zh).contains(flat("组合中没有可质押且有价值的专利")).doesNotContain(flat("× 质押率0.00%"));
    }

    @Test
    void anOlderSavedDocumentSaysWhatIsNotRecorded() throws IOException {
        Assessment a = AssessmentReportTest.assess("cn-tech-sme");
        ObjectNode doc = (ObjectNode) ReportSource.document(a).deepCopy();
        doc.remove(List.of("parameters", "gradeMinimumCoverage", "portfolioDistribution"));
        ((ObjectNode) doc.get("enterprise")).remove(List.of("ebitda", "creditCode"));
        for (JsonNode p : doc.get("patents")) {
            ((ObjectNode) p.get("eligibility")).remove("checks");
        }
        String zh = flat(text(doc, Locale.SIMPLIFIED_CHINESE));
        String en = flat(text(doc, Locale.ENGLISH));
        assertThat(zh).contains("评估记录中未载明（数据缺口）").contains("本评估记录未载明清算参数（数据缺口）")
                .contains("未记录EBITDA").contains("本评估记录未载明可质押性核查结果（数据缺口）");
        assertThat(en).contains(flat("not recorded in the assessment (data gap)")).contains(flat("No EBITDA is recorded"));
    }

    private static String text(JsonNode doc, Locale locale) throws IOException {
        byte[] pdf = AssessmentReportTest.render(ReportInput.unsaved(doc, PRODUCED, ""), locale, LocalDate.of(2025, 7, 2));
        try (PDDocument d = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(d);
        }
    }

    private static String flat(String s) {
        return s.replaceAll("\\s+", "");
    }

    private static int count(String text, String needle) {
        int n = 0;
        for (int i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) {
            n++;
        }
        return n;
    }
}
