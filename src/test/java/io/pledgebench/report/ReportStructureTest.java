package io.pledgebench.report;

import com.fasterxml.jackson.databind.JsonNode;
import io.pledgebench.assessment.Assessment;
import io.pledgebench.assessment.AssessmentInputs;
import io.pledgebench.assessment.AssessmentParameters;
import io.pledgebench.assessment.AssessmentPipeline;
import io.pledgebench.domain.Appraiser;
import io.pledgebench.domain.LoanRequest;
import io.pledgebench.domain.Portfolio;
import io.pledgebench.domain.SignOff;
import io.pledgebench.domain.SignOffRole;
import io.pledgebench.io.PortfolioReader;
import io.pledgebench.report.charts.ReportFont;
import io.pledgebench.store.AssessmentRepository;
import io.pledgebench.store.Database;
import io.pledgebench.store.SavedAssessment;
import io.pledgebench.store.SignOffRefusedException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Issue 14 review, read as a credit committee and an asset appraiser would: the per-patent valuation is an annex after
 * the committee chapters; the cover names the bank and the conclusion and never an operating-system login; two
 * appraisal professionals, the firm's seal and the report date (资产评估法 art. 26); a portfolio with nothing eligible
 * says concentration and risk sharing do not apply; the status column is the state on the valuation date; the example
 * PD scorecard is a key risk and a condition.
 */
class ReportStructureTest {

    private static final LocalDate PRINTED = LocalDate.of(2025, 7, 2);
    private static final Instant SAVED = Instant.parse("2025-07-01T09:00:00Z");
    private static final String BANK = "华夏示例银行深圳分行";

    @BeforeAll
    static void fontInstalled() {
        Assumptions.assumeTrue(ReportFont.find().isPresent(), "needs " + ReportFont.DEBIAN_PACKAGE);
    }

    @Test
    void thePerPatentValuationIsAnAnnexAfterTheSignOff() throws IOException {
        Assessment a = AssessmentReportTest.assess("cn-tech-sme");
        JsonNode doc = ReportSource.document(a);
        assertThat(AssessmentReport.chapter("valuationAnnex")).isGreaterThan(AssessmentReport.chapter("signoff"));
        assertThat(AssessmentReport.chapter("signoff")).isGreaterThan(AssessmentReport.chapter("disclosure"));
        String top = AssessmentDocument.read(doc).patents().stream()
                .max(java.util.Comparator.comparingDouble(AssessmentDocument.PatentEntry::value)).orElseThrow().number();
        for (Locale locale : List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH)) {
            String text = text(ReportInput.unsaved(doc, SAVED, ""), locale).replaceAll("[ \\t]+", " ");
            int valuation = heading(text, "valuation", locale);
            int signoff = heading(text, "signoff", locale);
            int annex = heading(text, "valuationAnnex", locale);
            assertThat(valuation).as(locale + " valuation chapter").isPositive();
            assertThat(signoff).as(locale + " sign-off after the valuation").isGreaterThan(valuation);
            assertThat(annex).as(locale + " annex after the sign-off").isGreaterThan(signoff);
            // the most valuable patent's detail heading ("NUMBER — title") is printed in the annex only (and the contents)
            assertThat(text.indexOf(top + " — ", heading(text, "summary", locale))).as(locale + " detail of " + top)
                    .isGreaterThan(annex);
            // the valuation chapter refers to the annex by its number
            assertThat(text.substring(valuation, signoff).replaceAll("\\s+", ""))
                    .contains(locale.getLanguage().equals("zh") ? "见附件（第" + AssessmentReport.chapter("valuationAnnex") + "章）"
                            : "intheannex,chapter" + AssessmentReport.chapter("valuationAnnex"));
        }
    }

    @Test
    void theCoverNamesTheBankAndTheConclusionAndNoOperatingSystemLogin() throws IOException {
        Assessment a = AssessmentReportTest.assess("cn-tech-sme");
        JsonNode doc = ReportSource.document(a, BANK);
        double recommended = a.results().recommendation().recommendedLoan();
        double market = Doc.num(doc, "collateral", "marketValue");
        String ltv = ReportFormat.percent(recommended / market);
        try (Database db = Database.inMemory("cover-" + UUID.randomUUID())) {
            AssessmentRepository repo = new AssessmentRepository(db);
            long id = repo.save(io.pledgebench.app.AssessmentArchive.toSave(a, null, "root", "0.1.0", BANK));
            SavedAssessment saved = repo.load(id).orElseThrow();
            assertThat(repo.authorIsLogin()).isFalse();
            String zh = cover(io.pledgebench.app.AssessmentArchive.reportInput(saved, repo.authorIsLogin()), Locale.SIMPLIFIED_CHINESE);
            assertThat(zh).contains("委托方（贷款银行）" + BANK).contains("评估建议").contains("评级" + a.results().recommendation().grade())
                    .contains("建议贷款的贷款价值比（LTV）" + ltv).contains("建议贷款金额（万元）" + ReportFormat.money(recommended,
                            Locale.SIMPLIFIED_CHINESE))
                    .doesNotContain("保存人").doesNotContain("root");
            String decision = recommended < a.inputs().loan().amount().doubleValue() ? "建议发放" : "建议按申请金额";
            assertThat(zh).contains(decision).contains("项条件（第" + AssessmentReport.chapter("conditions") + "章）");
            String en = cover(io.pledgebench.app.AssessmentArchive.reportInput(saved, false), Locale.ENGLISH);
            assertThat(en).contains("Client(lendingbank)" + BANK).contains("Recommendation").doesNotContain("Savedby")
                    .doesNotContain("root");
            // the team database's login is a real identity and is printed
            String team = cover(io.pledgebench.app.AssessmentArchive.reportInput(saved, true), Locale.SIMPLIFIED_CHINESE);
            assertThat(team).contains("保存人root");
        }
        // a document that names no bank says so on the cover
        String none = cover(ReportInput.unsaved(ReportSource.document(a), SAVED, "root"), Locale.SIMPLIFIED_CHINESE);
        assertThat(none).contains("委托方（贷款银行）评估记录未载明（数据缺口）").doesNotContain("root");
    }

    @Test
    void twoAppraisersTheFirmAndTheReportDateFewerSaidPlainly() throws IOException {
        JsonNode doc = ReportSource.document(AssessmentReportTest.assess("university-spinoff.xlsx"));
        Appraiser first = new Appraiser("ZC-2019-0451", "深圳某资产评估有限公司");
        Appraiser second = new Appraiser("ZC-2020-0777", "深圳某资产评估有限公司");
        SignOff v1 = new SignOff(SignOffRole.VALUER, "王评估", Instant.parse("2025-07-03T10:00:00Z"), "", first);
        SignOff v2 = new SignOff(SignOffRole.SECOND_VALUER, "李评估", Instant.parse("2025-07-04T10:00:00Z"), "", second);

        String none = signOffChapter(new ReportInput(doc, "9", SAVED, "", List.of(), ""), Locale.SIMPLIFIED_CHINESE);
        assertThat(none).contains("评估专业人员签名及评估机构盖章").contains("本报告仅有0名评估专业人员签署，少于法定的两名")
                .contains("评估专业人员（1）").contains("评估专业人员（2）").contains("评估机构（盖章）")
                .contains("评估报告日：待第二名评估专业人员签署后确定");
        String one = signOffChapter(new ReportInput(doc, "9", SAVED, "", List.of(v1), ""), Locale.ENGLISH);
        assertThat(one).contains("Signedby1ofthetwoappraisalprofessionalsrequired").contains("ZC-2019-0451");
        String two = signOffChapter(new ReportInput(doc, "9", SAVED, "", List.of(v1, v2), ""), Locale.SIMPLIFIED_CHINESE);
        assertThat(two).doesNotContain("少于法定的两名").contains("王评估").contains("ZC-2019-0451").contains("李评估")
                .contains("ZC-2020-0777").contains("深圳某资产评估有限公司").contains("评估报告日：2025-07-04");
        assertThat(two.indexOf("深圳某资产评估有限公司")).isPositive();
    }

    @Test
    void theStoreRecordsASecondValuerWhoIsAnotherPersonAndNoThird() {
        Assessment a = AssessmentReportTest.assess("university-spinoff.xlsx");
        try (Database db = Database.inMemory("valuers-" + UUID.randomUUID())) {
            AssessmentRepository repo = new AssessmentRepository(db);
            long id = repo.save(io.pledgebench.app.AssessmentArchive.toSave(a, null, "alice", "0.1.0"));
            Appraiser firm = new Appraiser("ZC-1", "某评估公司");
            assertThat(repo.signOff(id, SignOffRole.VALUER, "王评估", "", firm).role()).isEqualTo(SignOffRole.VALUER);
            assertThatThrownBy(() -> repo.signOff(id, SignOffRole.VALUER, " 王评估 ", "", firm))
                    .isInstanceOfSatisfying(SignOffRefusedException.class,
                            e -> assertThat(e.reason()).isEqualTo(SignOffRefusedException.Reason.SECOND_VALUER_IS_FIRST));
            assertThat(repo.signOff(id, SignOffRole.VALUER, "李评估", "", new Appraiser("ZC-2", "某评估公司")).role())
                    .isEqualTo(SignOffRole.SECOND_VALUER);
            assertThatThrownBy(() -> repo.signOff(id, SignOffRole.VALUER, "赵评估", "", firm))
                    .isInstanceOfSatisfying(SignOffRefusedException.class,
                            e -> assertThat(e.reason()).isEqualTo(SignOffRefusedException.Reason.ALREADY_SIGNED));
            assertThat(repo.load(id).orElseThrow().signOffs()).extracting(SignOff::role)
                    .containsExactlyInAnyOrder(SignOffRole.VALUER, SignOffRole.SECOND_VALUER);
            assertThat(new io.pledgebench.store.IntegrityCheck(db).run().intact()).isTrue();
        }
    }

    /** The risk-sharing chapter names the scheme with its published source (it read a path no document has, so never did). */
    @Test
    void riskSharingNamesTheSchemeAndItsSource() throws IOException {
        io.pledgebench.io.ImportResult r = PortfolioReader.read(Path.of("sample-portfolios", "cn-tech-sme"));
        AssessmentParameters p = AssessmentParameters.defaults();
        p = p.withRisk(p.risk().withRiskSharing(io.pledgebench.risk.RiskSharing.Scheme.ZHONGSHAN));
        Assessment a = AssessmentPipeline.run(new AssessmentInputs(r.portfolio(), r.portfolio().loan(),
                LocalDate.of(2025, 6, 30), 7, 2000, null, List.of()), p);
        JsonNode doc = ReportSource.document(a);
        String zh = chapter(text(ReportInput.unsaved(doc, SAVED, ""), Locale.SIMPLIFIED_CHINESE), "sharing",
                Locale.SIMPLIFIED_CHINESE).replaceAll("\\s+", "");
        assertThat(zh).contains("分担方案：中山市知识产权质押融资风险补偿");
        String en = chapter(text(ReportInput.unsaved(doc, SAVED, ""), Locale.ENGLISH), "sharing", Locale.ENGLISH)
                .replaceAll("\\s+", " ");
        assertThat(en).contains("Scheme: Zhongshan (Guangdong) IP-pledge risk compensation");
    }

    @Test
    void nothingEligibleSaysConcentrationAndRiskSharingDoNotApply() throws IOException {
        Assessment a = ChineseReportWordsTest.noEligiblePatent();
        JsonNode doc = ReportSource.document(a);
        String zh = text(ReportInput.unsaved(doc, SAVED, ""), Locale.SIMPLIFIED_CHINESE);
        String collateral = chapter(zh, "collateral", Locale.SIMPLIFIED_CHINESE);
        assertThat(collateral.replaceAll("\\s+", "")).contains("集中度（赫芬达尔指数）不适用").doesNotContain("赫芬达尔指数（HHI）");
        assertThat(collateral).doesNotContainPattern("(^|\\s)0\\.000(\\s|$)");
        String sharing = chapter(zh, "sharing", Locale.SIMPLIFIED_CHINESE).replaceAll("\\s+", "");
        assertThat(sharing).contains("风险分担不适用").doesNotContain("分担方");
        String en = text(ReportInput.unsaved(doc, SAVED, ""), Locale.ENGLISH);
        assertThat(chapter(en, "sharing", Locale.ENGLISH).replaceAll("\\s+", " ")).contains("risk sharing does not apply");
        assertThat(chapter(en, "collateral", Locale.ENGLISH).replaceAll("\\s+", " ")).contains("concentration (HHI) does not apply");
    }

    @Test
    void anExpiredPatentShowsItsStateOnTheValuationDate() throws IOException {
        // EP1000000 (filed 1999-11-08) ended its term on 2019-11-08; the data still says "granted"
        Portfolio pf = PortfolioReader.read(Path.of("sample-portfolios", "epo-ep1000000")).portfolio();
        LoanRequest loan = new LoanRequest(new BigDecimal("3000000"), pf.currency(), 24, null, "working capital");
        Assessment a = AssessmentPipeline.run(new AssessmentInputs(pf, loan, LocalDate.of(2025, 6, 30), 7, 500, 0.025,
                List.of()), AssessmentParameters.defaults());
        JsonNode doc = ReportSource.document(a);
        String zh = chapter(text(ReportInput.unsaved(doc, SAVED, ""), Locale.SIMPLIFIED_CHINESE), "portfolio", Locale.SIMPLIFIED_CHINESE);
        assertThat(zh.replaceAll("\\s+", "")).contains("评估基准日状态").contains("期限届满").doesNotContain("有效");
        String en = chapter(text(ReportInput.unsaved(doc, SAVED, ""), Locale.ENGLISH), "portfolio", Locale.ENGLISH);
        assertThat(en).contains("Expired").doesNotContain("Valid");
        // the same patent valued while in force shows its recorded status
        String inForce = chapter(text(ReportInput.unsaved(ReportSource.document(AssessmentReportTest.assess("epo-ep1000000")),
                SAVED, ""), Locale.SIMPLIFIED_CHINESE), "portfolio", Locale.SIMPLIFIED_CHINESE);
        assertThat(inForce).contains("有效").doesNotContain("期限届满");
    }

    @Test
    void theExampleScorecardIsAKeyRiskAndAConditionInBothLanguages() throws IOException {
        Assessment a = AssessmentReportTest.assess("cn-tech-sme");
        assertThat(a.results().pdSource()).isEqualTo("scorecard");
        JsonNode doc = ReportSource.document(a);
        String zh = text(ReportInput.unsaved(doc, SAVED, ""), Locale.SIMPLIFIED_CHINESE).replaceAll("\\s+", "");
        assertThat(chapter(zh, "summary", Locale.SIMPLIFIED_CHINESE)).contains("来自系统内置的示例评分卡");
        assertThat(chapter(zh, "conditions", Locale.SIMPLIFIED_CHINESE)).contains("替代内置示例评分卡的结果");
        String en = text(ReportInput.unsaved(doc, SAVED, ""), Locale.ENGLISH).replaceAll("\\s+", " ");
        assertThat(chapter(en, "summary", Locale.ENGLISH)).contains("comes from the built-in example scorecard");
        assertThat(chapter(en, "conditions", Locale.ENGLISH)).contains("Replace the PD of the built-in example scorecard");
        // an officer's PD is not the example scorecard's
        String officer = text(ReportInput.unsaved(ReportSource.document(AssessmentReportTest.assess("us-amazon")), SAVED, ""),
                Locale.ENGLISH);
        assertThat(officer).doesNotContain("example scorecard");
    }

    // ------------------------------------------------------------------ helpers

    /** The text of chapter {@code id}'s body, from its heading to the next chapter's heading. */
    private static String chapter(String text, String id, Locale locale) {
        int from = heading(text, id, locale);
        assertThat(from).as("heading of " + id).isGreaterThanOrEqualTo(0);
        int n = AssessmentReport.chapter(id);
        int to = n < AssessmentReport.CHAPTERS.size() ? heading(text, AssessmentReport.CHAPTERS.get(n), locale) : -1;
        return text.substring(from, to > from ? to : text.length());
    }

    /**
     * Where chapter {@code id}'s body heading ("N Title") starts: its last occurrence (the contents come first), in text
     * with its spaces as printed, collapsed, or removed.
     */
    private static int heading(String text, String id, Locale locale) {
        String heading = AssessmentReport.chapter(id) + " "
                + java.util.ResourceBundle.getBundle("i18n.report", locale).getString("report." + id);
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?m)^\\s*" + java.util.regex.Pattern.quote(
                heading).replace(" ", "\\E\\s*\\Q") + "\\s*$").matcher(text);
        int at = -1;
        while (m.find()) {
            at = m.start();
        }
        if (at < 0) {
            at = text.lastIndexOf(heading);
        }
        return at >= 0 ? at : text.lastIndexOf(heading.replaceAll("\\s+", ""));
    }

    private static String cover(ReportInput in, Locale locale) throws IOException {
        byte[] pdf = AssessmentReportTest.render(in, locale, PRINTED);
        try (PDDocument d = Loader.loadPDF(pdf)) {
            PDFTextStripper s = new PDFTextStripper();
            s.setStartPage(1);
            s.setEndPage(1);
            return s.getText(d).replaceAll("\\s+", "");
        }
    }

    private static String signOffChapter(ReportInput in, Locale locale) throws IOException {
        String text = text(in, locale);
        return chapter(text, "signoff", locale).replaceAll("\\s+", "");
    }

    private static String text(ReportInput in, Locale locale) throws IOException {
        byte[] pdf = AssessmentReportTest.render(in, locale, PRINTED);
        try (PDDocument d = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(d).replace("\r", "");
        }
    }
}
