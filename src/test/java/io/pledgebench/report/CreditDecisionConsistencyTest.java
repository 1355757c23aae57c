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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Committee review 14, items 3, 7, 9, 10 and 11 (ADR 0027): the credit decision reads the same in the engine's JSON
 * ({@code assess --json}), the stored document and the PDF, for both samples and both languages — one list of
 * conditions with one count (cover, memo, chapter 14, JSON), one eligibility verdict per patent, fees unpaid at
 * drawdown as a dated condition naming the patents, the capital text following the figures, and every risk figure
 * naming the exposure it uses beside the amortising schedule.
 */
class CreditDecisionConsistencyTest {

    private static final Locale ZH = Locale.SIMPLIFIED_CHINESE;
    private static final Locale EN = Locale.ENGLISH;
    private static final Map<String, Assessment> ASSESSED = new TreeMap<>();

    @BeforeAll
    static void assess() {
        Assumptions.assumeTrue(ReportFont.find().isPresent(), "needs " + ReportFont.DEBIAN_PACKAGE);
        for (String s : List.of("cn-tech-sme", "university-spinoff.xlsx")) {
            ASSESSED.put(s, AssessmentReportTest.assess(s));
        }
    }

    static Stream<Arguments> samplesAndLanguages() {
        return Stream.of("cn-tech-sme", "university-spinoff.xlsx")
                .flatMap(s -> Stream.of(Arguments.of(s, ZH), Arguments.of(s, EN)));
    }

    private static String pdfText(JsonNode document, Locale locale) throws IOException {
        byte[] pdf = AssessmentReportTest.render(ReportInput.unsaved(document, Instant.parse("2025-07-01T08:30:00Z"), ""),
                locale, LocalDate.of(2025, 7, 2));
        try (PDDocument d = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(d);
        }
    }

    private static String flat(String s) {
        return s.replaceAll("\\s+", "");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> json(Assessment a, Locale locale) {
        return a.toJson(locale);
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("samplesAndLanguages")
    void oneListOfConditionsWithOneCountInTheJsonTheCoverTheMemoAndChapter14(String sample, Locale locale)
            throws IOException {
        Assessment a = ASSESSED.get(sample);
        @SuppressWarnings("unchecked")
        List<String> conditions = (List<String>) ((Map<String, Object>) json(a, locale).get("recommendation"))
                .get("conditions");
        JsonNode document = ReportSource.document(a);
        assertThat(document.path("recommendation").path("conditions")).hasSize(conditions.size());
        String text = flat(pdfText(document, locale));
        int n = conditions.size();
        assertThat(n).isGreaterThan(0);
        if (locale == ZH) {
            assertThat(text).contains("附" + n + "项条件").contains("本次评估提出的" + n + "项条件");
        } else {
            assertThat(text).contains("on" + n + "conditions").contains("the" + n + "conditions");
        }
        for (String c : conditions) {
            // a Chinese report joins a stored list as Chinese joins its items (ADR 0019)
            String printed = locale == ZH ? flat(c).replace(",", "、") : flat(c);
            assertThat(text).as("chapter 14 lists the JSON's condition").contains(printed);
        }
        // the PD of the example scorecard asks for the bank's own rating in the JSON too, not only in the PDF
        if ("scorecard".equals(a.results().pdSource())) {
            assertThat(a.results().recommendation().conditions())
                    .anyMatch(c -> c.key().equals("assessment.condition.exampleScorecard"));
        }
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("samplesAndLanguages")
    void oneEligibilityVerdictPerPatentInTheJsonAndThePdf(String sample, Locale locale) throws IOException {
        Assessment a = ASSESSED.get(sample);
        int[] counts = new int[3];
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> patents = (List<Map<String, Object>>) json(a, locale).get("patents");
        for (Map<String, Object> p : patents) {
            @SuppressWarnings("unchecked")
            String status = (String) ((Map<String, Object>) p.get("eligibility")).get("status");
            counts[List.of("pass", "warning", "fail").indexOf(status)]++;
        }
        String text = flat(pdfText(ReportSource.document(a), locale));
        assertThat(text).contains(locale == ZH ? "通过：" + counts[0] + "，警示：" + counts[1] + "，未通过：" + counts[2]
                : "Pass:" + counts[0] + ",warning:" + counts[1] + ",fail:" + counts[2]);
        // no fee warning on a patent that pays no fee: an application, a lapsed, invalidated or expired right
        for (var pa : a.results().patents()) {
            boolean noFee = !pa.patent().status().inForce() || pa.patent().status().code().equals("application");
            if (noFee) {
                assertThat(pa.eligibility().checks()).as(pa.patent().number().canonical())
                        .noneMatch(c -> c.rule().equals("annualFeeDue") && c.outcome().code().equals("warning"));
            }
        }
    }

    /**
     * Item 10: the workbench's patent detail judges a patent with the rules on the loan's one timeline
     * ({@code EligibilityContext.of}, as {@code PatentDetailViewModel} does): the fee verdict and the patent's
     * verdict are the assessment's (the portfolio's concentration rule aside, which needs the collateral values).
     */
    @Test
    void theWorkbenchsPatentDetailReadsTheSameVerdicts() {
        Assessment a = ASSESSED.get("cn-tech-sme");
        io.pledgebench.risk.eligibility.EligibilityContext context = io.pledgebench.risk.eligibility.EligibilityContext.of(
                a.inputs().portfolio().pledgor().name(), a.results().timeline(), java.util.Set.of());
        for (var pa : a.results().patents()) {
            var detail = io.pledgebench.assessment.AssessmentParameters.defaults().eligibility()
                    .evaluate(pa.patent(), context);
            var fee = detail.checks().stream().filter(c -> c.rule().equals("annualFeeDue")).findFirst().orElseThrow();
            assertThat(pa.eligibility().checks()).as(pa.patent().number().canonical()).contains(fee);
            boolean concentration = pa.eligibility().checks().stream()
                    .anyMatch(c -> c.rule().equals("singlePatentShare") && !c.outcome().code().equals("pass"));
            if (!concentration) {
                assertThat(detail.status()).as(pa.patent().number().canonical()).isEqualTo(pa.eligibility().status());
            }
        }
    }

    /** Item 7: three sample patents are paid up to dates before the loan starts on 2026-12-01. */
    @Test
    void feesUnpaidAtDrawdownAreADatedConditionNamingThePatentsInBothLanguages() throws IOException {
        Assessment a = ASSESSED.get("cn-tech-sme");
        assertThat(a.results().timeline().startDate()).isEqualTo(LocalDate.of(2026, 12, 1));
        List<String> numbers = List.of("CN201510782913.8", "CN202111350826.7", "CN202130718452.4");
        @SuppressWarnings("unchecked")
        List<String> zh = (List<String>) ((Map<String, Object>) json(a, ZH).get("recommendation")).get("conditions");
        @SuppressWarnings("unchecked")
        List<String> en = (List<String>) ((Map<String, Object>) json(a, EN).get("recommendation")).get("conditions");
        assertThat(zh).anyMatch(c -> c.startsWith("放款前（2026-12-01前）提供下列3件专利的年费缴费凭证")
                && numbers.stream().allMatch(c::contains));
        assertThat(en).anyMatch(c -> c.startsWith("Before drawdown on 2026-12-01, the pledgor provides the annual-fee")
                && numbers.stream().allMatch(c::contains));
        // the same patents warned (their fee is unpaid at drawdown); the fees falling due later are one condition
        for (var pa : a.results().patents()) {
            boolean warned = pa.eligibility().checks().stream()
                    .anyMatch(c -> c.rule().equals("annualFeeDue") && c.outcome().code().equals("warning"));
            assertThat(warned).as(pa.patent().number().canonical())
                    .isEqualTo(numbers.contains(pa.patent().number().canonical()));
        }
        assertThat(zh).anyMatch(c -> c.startsWith("出质人须按时缴纳") && numbers.stream().noneMatch(c::contains));
    }

    /** Item 11: the capital text says which LGD feeds K, and names the SME adjustment only when it was applied. */
    @Test
    void theCapitalTextFollowsTheFiguresOfTheSameDocument() throws IOException {
        Assessment a = ASSESSED.get("cn-tech-sme");
        JsonNode document = ReportSource.document(a);
        assertThat(document.path("risk").path("salesMeur").isNull()).as("no euro rate given").isTrue();
        String zh = flat(pdfText(document, ZH));
        String en = flat(pdfText(document, EN));
        assertThat(zh).contains("未作中小企业规模调整").doesNotContain("含中小企业规模调整")
                .contains("EL与资本K使用同一LGD：模型LGD");
        assertThat(en).contains("noSMEfirm-sizeadjustment").contains("ELandcapitalKusethesameLGD:themodelLGD");
        // the same document with a turnover of 12.5 € m (what --eur-rate would have given): the adjustment is named
        ObjectNode withSales = ((ObjectNode) document).deepCopy();
        ((ObjectNode) withSales.get("risk")).put("salesMeur", 12.5);
        assertThat(flat(pdfText(withSales, ZH))).contains("含中小企业规模调整：年营业额12.5百万欧元");
        // the supervisory LGD chosen: the text names it, not the model's
        ObjectNode supervisory = ((ObjectNode) document).deepCopy();
        ((ObjectNode) supervisory.path("parameters").path("risk")).put("lgdMethod", "supervisoryUnsecured");
        assertThat(flat(pdfText(supervisory, EN))).contains("theBaselsupervisoryunsecuredLGDof45.00%");
    }

    /** Item 3: the amortising schedule and the figures on the full amount say which exposure each uses. */
    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("samplesAndLanguages")
    void theRiskFiguresNameTheirExposureBesideTheRepaymentSchedule(String sample, Locale locale) throws IOException {
        Assessment a = ASSESSED.get(sample);
        Assumptions.assumeTrue(a.results().recommendation().recommendedLoan() > 0, "a schedule needs a loan");
        String text = flat(pdfText(ReportSource.document(a), locale));
        String maturity = a.results().timeline().maturityDate().toString();
        if (locale == ZH) {
            assertThat(text).contains("视同于到期日" + maturity + "一次还本").contains("各年风险敞口为上表期初余额")
                    .contains("各年风险敞口均为贷款全额");
        } else {
            assertThat(text).contains("repaidinonesumatmaturityon" + maturity)
                    .contains("theexposureineachyearistheopeningbalanceabove")
                    .contains("Theexposureisthefullloanamountineveryyear");
        }
    }
}
