package io.pledgebench.report;

import com.fasterxml.jackson.databind.JsonNode;
import io.pledgebench.assessment.Assessment;
import io.pledgebench.domain.SignOff;
import io.pledgebench.domain.SignOffRole;
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
 * Issue 14, the second committee cold read (/tmp/review-14.md of 2026-12-07): section 7.1 names who prepared and
 * reviewed the assessment from the sign-off records, never an implementation remark; policy thresholds print at their
 * precision in the parameter appendix as in chapter 9; the summary says how much of the recommended loan the pledge's
 * liquidation value covers; the special matters disclose open licences and applications not yet granted.
 */
class CommitteeSecondReadTest {

    private static final Locale ZH = Locale.SIMPLIFIED_CHINESE;
    private static final Instant SAVED = Instant.parse("2025-07-01T09:00:00Z");
    private static Assessment sme;
    private static JsonNode doc;

    @BeforeAll
    static void assess() {
        Assumptions.assumeTrue(ReportFont.find().isPresent(), "needs " + ReportFont.DEBIAN_PACKAGE);
        sme = AssessmentReportTest.assess("cn-tech-sme");
        doc = ReportSource.document(sme);
    }

    @Test
    void sectionSevenOneNamesTheMakerAndCheckerFromTheSignOffs() throws IOException {
        ReportInput unsigned = new ReportInput(doc, "1", SAVED, "", List.of(), "");
        assertThat(text(unsigned, ZH)).contains("本次评估已保存；尚无经办人签署记录。").doesNotContain("桌面数据库");
        ReportInput signed = new ReportInput(doc, "1", SAVED, "", List.of(
                new SignOff(SignOffRole.MAKER, "张伟", Instant.parse("2025-07-02T01:00:00Z"), ""),
                new SignOff(SignOffRole.CHECKER, "李娜", Instant.parse("2025-07-02T03:00:00Z"), "")), "");
        String zh = text(signed, ZH);
        int signOff = AssessmentReport.chapter("signoff");
        assertThat(zh).contains("经办人（编制）：张伟（依第" + signOff + "章签署记录）。")
                .contains("复核人（审核）：李娜（依第" + signOff + "章签署记录）。").doesNotContain("尚无经办人签署记录");
        assertThat(text(signed, Locale.ENGLISH)).contains("Preparedby(maker):张伟,asthesign-offrecordsinchapter" + signOff);
    }

    @Test
    void thresholdsAtTheirPrecisionAndTheLiquidationCoverInTheSummary() throws IOException {
        ReportInput in = ReportInput.unsaved(doc, SAVED, "");
        String zh = text(in, ZH);
        // the grade ladder's minimum coverage as the policy sets it (0.1875), not rounded to 0.19
        assertThat(zh).contains("最低覆盖倍数0.1875倍").contains("最低覆盖倍数0.125倍").doesNotContain("最低覆盖倍数0.19倍");
        double recommended = sme.results().recommendation().recommendedLoan();
        double liquidation = sme.results().collateral().liquidationValue();
        assertThat(recommended).isPositive();
        assertThat(zh).contains("覆盖建议贷款（" + ReportFormat.moneyWithUnit(recommended, ZH, "CNY") + "）的"
                + ReportFormat.percent(liquidation / recommended));
    }

    @Test
    void specialMattersDiscloseOpenLicencesAndApplications() throws IOException {
        String zh = text(ReportInput.unsaved(doc, SAVED, ""), ZH);
        String special = zh.substring(zh.lastIndexOf("特别事项说明"), zh.lastIndexOf("使用限制"));
        assertThat(special).contains("已作开放许可声明：").contains("CN202010672935.X：开放许可使用费率")
                .contains("审中专利申请1件（CN202310566208.9）");
        String en = text(ReportInput.unsaved(doc, SAVED, ""), Locale.ENGLISH);
        assertThat(en).contains("CN202010672935.X:openlicenceroyalty").contains("isanapplicationnotyetgranted(CN202310566208.9)");
    }

    /** The excess-earnings table totals every column that adds up: profit, after-tax profit, each charge, excess earnings. */
    @Test
    void theExcessEarningsTableTotalsEveryColumnThatAddsUp() throws IOException {
        AssessmentDocument.MethodEntry m = AssessmentDocument.read(doc).patents().stream()
                .flatMap(p -> p.valuation().methods().stream())
                .filter(x -> x.id().equals("excess-earnings") && x.applied() && !x.cashFlows().isEmpty())
                .findFirst().orElseThrow();
        double operating = 0;
        double afterTaxProfit = 0;
        double excess = 0;
        for (AssessmentDocument.CashFlow c : m.cashFlows()) {
            operating += c.preTax();
            double charges = c.contributoryCharges().values().stream().mapToDouble(Double::doubleValue).sum();
            afterTaxProfit += c.afterTax() + charges;
            excess += c.afterTax();
        }
        String zh = text(ReportInput.unsaved(doc, SAVED, ""), ZH);
        assertThat(zh).contains("合计" + ReportFormat.money(operating, ZH) + ReportFormat.money(afterTaxProfit, ZH));
        assertThat(zh).contains(ReportFormat.money(excess, ZH));
    }

    private static String text(ReportInput in, Locale locale) throws IOException {
        try (PDDocument d = Loader.loadPDF(AssessmentReportTest.render(in, locale, LocalDate.of(2025, 7, 2)))) {
            return new PDFTextStripper().getText(d).replaceAll("\\s+", "");
        }
    }
}
