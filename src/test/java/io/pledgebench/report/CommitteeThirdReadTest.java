package io.pledgebench.report;

import com.fasterxml.jackson.databind.JsonNode;
import io.pledgebench.assessment.Assessment;
import io.pledgebench.report.charts.ReportFont;
import io.pledgebench.risk.StressScenario;
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
 * Issue 14, what the second committee read left (/tmp/review-14b.md, items E, F and I): one loan rate for the
 * debt-service capacity and the repayment schedule; the two figures of the collateral at maturity named side by side;
 * a stress that changes nothing says why; "P5 0.00" explained; the conclusion's total named for what it is; an
 * expired conclusion said on the cover under the headline.
 */
class CommitteeThirdReadTest {

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
    void oneRateForTheDebtServiceCapacityTheScheduleAndTheTerms() throws IOException {
        double rate = AssessmentDocument.read(doc).loanRate();
        // the rate the engine tested the capacity at: each unit lent costs 1/T + rate a year (Recommender)
        assertThat(rate).isEqualTo(sme.results().risk().minimumRate().rate());
        double recommendedMinimum = sme.results().recommendedRisk().minimumRate().rate();
        assertThat(recommendedMinimum).as("the sample prices the two amounts differently").isLessThan(rate);
        String zh = text(ReportInput.unsaved(doc, SAVED, ""), ZH, LocalDate.of(2025, 7, 2), false);
        String amount = ReportFormat.moneyWithUnit(sme.results().recommendation().recommendedLoan(), ZH, "CNY");
        assertThat(zh).contains("拟发放" + amount + "，利率" + ReportFormat.percent(rate) + "，")
                .contains("年利率" + ReportFormat.percent(rate) + "：即测算偿债能力所用的利率")
                .contains("不低于拟发放贷款自身的风险定价下限" + ReportFormat.percent(recommendedMinimum))
                .doesNotContain("利率" + ReportFormat.percent(recommendedMinimum) + "，期限");
    }

    @Test
    void theTwoFiguresAtMaturityAreNamedSideBySide() throws IOException {
        String zh = text(ReportInput.unsaved(doc, SAVED, ""), ZH, LocalDate.of(2025, 7, 2), false);
        var path = sme.results().collateral().path();
        double closedForm = path.get(path.size() - 1).expectedValue();
        double simulated = sme.results().atMaturity().mean();
        assertThat(ReportFormat.moneyWithUnit(closedForm, ZH, "CNY"))
                .as("the sample shows the difference the committee saw").isNotEqualTo(ReportFormat.moneyWithUnit(simulated, ZH, "CNY"));
        assertThat(zh).contains("的预期清算价值按各专利的存续概率计算为" + ReportFormat.moneyWithUnit(closedForm, ZH, "CNY"))
                .contains("在该日的均值为" + ReportFormat.moneyWithUnit(simulated, ZH, "CNY") + "，两者之差为模拟误差");
    }

    @Test
    void aRecoveryStressThatChangesNothingSaysWhyAndPFiveZeroIsExplained() throws IOException {
        var base = sme.parameters().risk().liquidation();
        // every type of the default haircuts recovers at most 10 % already: the scenario cannot change anything
        base.values().forEach(p -> assertThat(io.pledgebench.risk.LiquidationValue.of(1.0, p))
                .isLessThanOrEqualTo(StressScenario.DISCLOSED_RECOVERY));
        String zh = text(ReportInput.unsaved(doc, SAVED, ""), ZH, LocalDate.of(2025, 7, 2), false);
        assertThat(zh).contains("按10.00%回收率处置的情景与基准情景的担保能力和覆盖率相同：基准情景中各类专利的变现价值已不高于市场价值的10.00%（发明");
        assertThat(zh).contains("P5为0.00并非估值下限").contains("即至少5%的模拟路径上该专利已丧失、价值为0");
        String en = text(ReportInput.unsaved(doc, SAVED, ""), Locale.ENGLISH, LocalDate.of(2025, 7, 2), false);
        assertThat(en).contains("Disposalat10.00%recoverygivesthesamecapacityandcoverageasthebasecase").contains("AP5of0.00isnotavaluationfloor");
    }

    @Test
    void theConclusionSplitsMarketValueFromCostOnlyValuesAndApplications() throws IOException {
        String zh = text(ReportInput.unsaved(doc, SAVED, ""), ZH, LocalDate.of(2025, 7, 2), false);
        assertThat(zh).contains("件专利的评估值合计为").contains("仅按成本法评估的价值").contains("审中专利申请的价值")
                .doesNotContain("件专利的市场价值为");
        String en = text(ReportInput.unsaved(doc, SAVED, ""), Locale.ENGLISH, LocalDate.of(2025, 7, 2), false);
        assertThat(en).contains("patentsareappraisedat").contains("bythecostapproachalone").doesNotContain("themarketvalueofthe25patents");
    }

    @Test
    void anExpiredConclusionIsOnTheCoverInBothLanguages() throws IOException {
        // valued 2025-06-30, valid until 2026-06-29; the sample's loan starts after that: expired before drawdown
        ReportInput in = ReportInput.unsaved(doc, SAVED, "");
        assertThat(text(in, ZH, LocalDate.of(2026, 12, 8), true))
                .contains("评估结论已过期：有效期至2026-06-29（评估基准日2025-06-30起一年）");
        assertThat(text(in, Locale.ENGLISH, LocalDate.of(2026, 12, 8), true))
                .contains("Theappraisalconclusionhasexpired:itwasvaliduntil2026-06-29");
        // a conclusion still valid at printing and at drawdown gives no notice
        Assessment spinoff = AssessmentReportTest.assess("university-spinoff.xlsx");
        ReportInput valid = ReportInput.unsaved(ReportSource.document(spinoff), SAVED, "");
        assertThat(text(valid, ZH, LocalDate.of(2025, 7, 2), true)).doesNotContain("评估结论已过期");
        assertThat(text(valid, ZH, LocalDate.of(2026, 6, 30), true)).contains("评估结论已过期：有效期至2026-06-29");
    }

    /**
     * Review 14b, A: the special matters list every co-owned patent with each holder's share and whether the consent is
     * recorded, under the rule that a pledge of a co-owned patent needs every co-owner's consent (专利法 art. 14).
     */
    @Test
    void specialMattersDiscloseEveryCoOwnedPatentWithTheSharesAndTheConsentRule() throws IOException {
        String zh = text(ReportInput.unsaved(doc, SAVED, ""), ZH, LocalDate.of(2025, 7, 2), false);
        String special = zh.substring(zh.lastIndexOf("特别事项说明"), zh.lastIndexOf("使用限制"));
        long coOwned = sme.inputs().portfolio().patents().stream().filter(p -> p.owners().size() > 1).count();
        assertThat(coOwned).isPositive();
        assertThat(special).contains("共有专利" + coOwned + "件。依《中华人民共和国专利法》第十四条，共有专利权出质须经全体共有人同意");
        for (io.pledgebench.domain.Patent p : sme.inputs().portfolio().patents()) {
            if (p.owners().size() > 1) {
                StringBuilder holders = new StringBuilder(p.number().canonical() + "：");
                for (int i = 0; i < p.owners().size(); i++) {
                    io.pledgebench.domain.Owner o = p.owners().get(i);
                    holders.append(i > 0 ? "、" : "").append(o.name().replaceAll("\\s+", ""))
                            .append(o.share() == null ? "份额未记录" : ReportFormat.percent(o.share()));
                }
                assertThat(special).contains(holders.toString());
            }
        }
        String en = text(ReportInput.unsaved(doc, SAVED, ""), Locale.ENGLISH, LocalDate.of(2025, 7, 2), false);
        assertThat(en).contains("Apledgeofaco-ownedpatentneedstheconsentofeveryco-owner");
    }

    /** Review 14b, I: a Chinese JSON sentence writes its amounts in 万元 with the unit, as the report does. */
    @Test
    void chineseJsonSentencesCarryTheUnitOfTheirAmounts() {
        String zh = io.pledgebench.assessment.CanonicalJson.write(sme.toJson(ZH));
        double capacity = sme.results().collateral().capacity();
        assertThat(zh).contains("质押物可贷额度" + io.pledgebench.domain.Amounts.withUnit(capacity, ZH, "CNY"))
                .doesNotContain("质押物可贷额度" + new java.text.DecimalFormat("#,##0").format(capacity));
        // English sentences are unchanged: whole CNY, as before
        String en = io.pledgebench.assessment.CanonicalJson.write(sme.toJson(Locale.ENGLISH));
        assertThat(en).contains(new java.text.DecimalFormat("#,##0", java.text.DecimalFormatSymbols.getInstance(Locale.ENGLISH))
                .format(capacity));
    }

    /**
     * Review 14b, C: the coverage chart starts at drawdown (loan year 0, the liquidation value over the loan, as the
     * summary states it), and the notice says what year 0 is.
     */
    @Test
    void theCoverageChartHasItsDrawdownPoint() throws IOException {
        double liquidation = sme.results().collateral().liquidationValue();
        double requested = sme.inputs().loan().amount().doubleValue();
        double recommended = sme.results().recommendation().recommendedLoan();
        List<io.pledgebench.report.charts.CoveragePoint> points = io.pledgebench.report.charts.CoveragePoint.withDrawdown(
                io.pledgebench.report.charts.CoveragePoint.of(io.pledgebench.assessment.ChartSeries.coverage(sme)),
                liquidation, requested, recommended);
        assertThat(points.get(0).year()).isZero();
        assertThat(points.get(0).coverage()).isEqualTo(liquidation / requested);
        assertThat(points.get(0).coverageRecommended()).isEqualTo(liquidation / recommended);
        assertThat(points.get(1).year()).isPositive();
        // already starting at drawdown: unchanged
        assertThat(io.pledgebench.report.charts.CoveragePoint.withDrawdown(points, liquidation, requested, recommended))
                .isEqualTo(points);
        String zh = text(ReportInput.unsaved(doc, SAVED, ""), ZH, LocalDate.of(2025, 7, 2), false);
        assertThat(zh).contains("贷款年度0为放款时：评估基准日（2025-06-30）的变现价值/贷款");
    }

    /** Review 14b, I: the maker's and checker's comments print with the approval lines, before the valuers' block. */
    @Test
    void signOffCommentsPrintUnderTheirOwnLinesNotUnderTheValuersSeal() throws IOException {
        ReportInput signed = new ReportInput(doc, "1", SAVED, "", List.of(
                new io.pledgebench.domain.SignOff(io.pledgebench.domain.SignOffRole.MAKER, "张伟",
                        Instant.parse("2025-07-02T01:00:00Z"), "同意按第14章条件放款"),
                new io.pledgebench.domain.SignOff(io.pledgebench.domain.SignOffRole.CHECKER, "李娜",
                        Instant.parse("2025-07-02T03:00:00Z"), "复核无误")), "");
        String zh = text(signed, ZH, LocalDate.of(2025, 7, 2), false);
        int seal = zh.lastIndexOf("评估专业人员签名及评估机构盖章");
        assertThat(zh.lastIndexOf("张伟：同意按第14章条件放款")).isPositive().isLessThan(seal);
        assertThat(zh.lastIndexOf("李娜：复核无误")).isPositive().isLessThan(seal);
    }

    static String text(ReportInput in, Locale locale, LocalDate printed, boolean coverOnly) throws IOException {
        try (PDDocument d = Loader.loadPDF(AssessmentReportTest.render(in, locale, printed))) {
            PDFTextStripper s = new PDFTextStripper();
            if (coverOnly) {
                s.setEndPage(1);
            }
            return s.getText(d).replaceAll("\\s+", "");
        }
    }
}
