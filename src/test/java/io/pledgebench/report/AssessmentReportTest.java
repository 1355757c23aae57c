package io.pledgebench.report;

import com.fasterxml.jackson.databind.JsonNode;
import io.pledgebench.assessment.Assessment;
import io.pledgebench.assessment.AssessmentInputs;
import io.pledgebench.assessment.AssessmentParameters;
import io.pledgebench.assessment.AssessmentPipeline;
import io.pledgebench.domain.LoanRequest;
import io.pledgebench.domain.Portfolio;
import io.pledgebench.io.ImportResult;
import io.pledgebench.io.PortfolioReader;
import io.pledgebench.report.charts.ReportFont;
import io.pledgebench.store.AssessmentRepository;
import io.pledgebench.store.Database;
import io.pledgebench.store.IntegrityCheck;
import io.pledgebench.store.SavedAssessment;
import io.pledgebench.domain.SignOffRole;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class AssessmentReportTest {

    private static final LocalDate AS_OF = LocalDate.of(2025, 6, 30);
    private static final LocalDate PRINTED = LocalDate.of(2025, 7, 2);

    @BeforeAll
    static void fontInstalled() {
        Assumptions.assumeTrue(ReportFont.find().isPresent(), "needs " + ReportFont.DEBIAN_PACKAGE);
    }

    static Assessment assess(String sample) {
        // EP1000000 expired in 2019: it is assessed as of a date when it was in force
        LocalDate asOf = sample.startsWith("epo") ? LocalDate.of(2009, 1, 15) : AS_OF;
        ImportResult r = PortfolioReader.read(Path.of("sample-portfolios", sample));
        assertThat(r.hasProblems()).as("problems reading %s", sample).isFalse();
        Portfolio pf = r.portfolio();
        LoanRequest loan = pf.loan() != null ? pf.loan()
                : new LoanRequest(new BigDecimal("3000000"), pf.currency(), 24, null, "working capital");
        Double pd = pf.enterprise() == null || pf.enterprise().ebitda() == null ? 0.025 : null;
        return AssessmentPipeline.run(new AssessmentInputs(pf, loan, asOf, 7, 2000, pd, List.of()),
                AssessmentParameters.defaults());
    }

    static byte[] render(ReportInput in, Locale locale, LocalDate printed) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        AssessmentReport.write(in, locale, printed, out);
        return out.toByteArray();
    }

    static Stream<Arguments> samplesAndLanguages() {
        return Stream.of("cn-tech-sme", "university-spinoff.xlsx", "us-amazon", "epo-ep1000000")
                .flatMap(s -> Stream.of(Arguments.of(s, Locale.ENGLISH), Arguments.of(s, Locale.SIMPLIFIED_CHINESE)));
    }

    @ParameterizedTest(name = "{0} in {1}")
    @MethodSource("samplesAndLanguages")
    void reportOfEachSampleCarriesTheKeyNumbersOfTheJsonAsSearchableText(String sample, Locale locale) throws IOException {
        Assessment a = assess(sample);
        JsonNode doc = ReportSource.document(a);
        byte[] pdf = render(ReportInput.unsaved(doc, AS_OF.atStartOfDay(java.time.ZoneOffset.UTC).toInstant(), "tester"),
                locale, PRINTED);
        try (PDDocument d = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(d).replace("\r", "");
            JsonNode rec = doc.get("recommendation");
            assertThat(text).contains(a.inputHash())
                    .contains(ReportFormat.money(rec.get("recommendedLoan").asDouble(), locale))
                    .contains(ReportFormat.money(rec.get("maxLoan").asDouble(), locale))
                    .contains(ReportFormat.money(doc.at("/collateral/marketValue").asDouble(), locale))
                    .contains(ReportFormat.money(doc.at("/collateral/liquidationValue").asDouble(), locale))
                    .contains(ReportFormat.money(doc.at("/risk/expectedLoss").asDouble(), locale))
                    .contains(ReportFormat.percent(doc.at("/risk/pd").asDouble()))
                    .contains(ReportFormat.money(doc.at("/risk/capital").asDouble(), locale));
            for (JsonNode p : doc.get("patents")) {
                assertThat(text).contains(p.get("patentNumber").asText());
                assertThat(text).contains(ReportFormat.money(p.at("/valuation/value").asDouble(), locale));
            }
            assertThat(text).contains(locale == Locale.ENGLISH ? "Loan Assessment Report" : "知识产权质押融资贷款评估报告");
            assertThat(text).contains(locale == Locale.ENGLISH ? "Page 1 of " + d.getNumberOfPages()
                    : "第 1 页，共 " + d.getNumberOfPages() + " 页");
            assertEveryFontEmbedded(d);
        }
    }

    @Test
    void chineseReportPrintsReasonsInChineseFromTheSameDocumentAsTheEnglishOne() throws IOException {
        JsonNode doc = ReportSource.document(assess("cn-tech-sme"));
        ReportInput in = ReportInput.unsaved(doc, AS_OF.atStartOfDay(java.time.ZoneOffset.UTC).toInstant(), "t");
        try (PDDocument zh = Loader.loadPDF(render(in, Locale.SIMPLIFIED_CHINESE, PRINTED));
             PDDocument en = Loader.loadPDF(render(in, Locale.ENGLISH, PRINTED))) {
            String zhText = new PDFTextStripper().getText(zh);
            String enText = new PDFTextStripper().getText(en);
            assertThat(zhText).contains("质押资格").contains("风险揭示").contains("签署").doesNotContain("Risk disclosure");
            assertThat(enText).contains("Eligibility").contains("Risk disclosure").contains("Prepared by (maker)");
            // the lapsed utility model is refused in both languages, each in its own words
            assertThat(enText).contains("The patent has lapsed");
            assertThat(zhText).doesNotContain("The patent has lapsed");
        }
    }

    @Test
    void savedAssessmentReprintsByteForByteExceptThePrintDate() throws IOException {
        Assessment a = assess("university-spinoff.xlsx");
        try (Database db = Database.inMemory("report-" + UUID.randomUUID())) {
            AssessmentRepository repo = new AssessmentRepository(db);
            long id = repo.save(io.pledgebench.app.AssessmentArchive.toSave(a, null, "alice", "0.1.0"));
            repo.signOff(id, SignOffRole.MAKER, "alice", "prepared");
            repo.signOff(id, SignOffRole.CHECKER, "bob", "reviewed");
            SavedAssessment saved = repo.load(id).orElseThrow();
            byte[] first = render(io.pledgebench.app.AssessmentArchive.reportInput(saved, false), Locale.SIMPLIFIED_CHINESE, PRINTED);
            byte[] again = render(io.pledgebench.app.AssessmentArchive.reportInput(repo.load(id).orElseThrow(), false), Locale.SIMPLIFIED_CHINESE, PRINTED);
            assertThat(again).isEqualTo(first);
            byte[] later = render(io.pledgebench.app.AssessmentArchive.reportInput(saved, false), Locale.SIMPLIFIED_CHINESE, PRINTED.plusMonths(9));
            assertThat(later).isNotEqualTo(first);
            try (PDDocument x = Loader.loadPDF(first); PDDocument y = Loader.loadPDF(later)) {
                String tx = new PDFTextStripper().getText(x);
                String ty = new PDFTextStripper().getText(y);
                assertThat(ty.replace(PRINTED.plusMonths(9).toString(), PRINTED.toString())).isEqualTo(tx);
                assertThat(tx).contains("bob").contains("alice");
                assertThat(x.getDocumentInformation().getCreationDate().toInstant()).isEqualTo(saved.createdAt()
                        .truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
            }
            assertThat(new IntegrityCheck(db).run().intact()).isTrue();
        }
    }

    /**
     * Issue 12 item 1: an appraisal conclusion is normally used within one year of its valuation date; a report printed
     * more than 12 months after it says so on the cover, in both languages.
     */
    @Test
    void aReportPrintedMoreThanAYearAfterTheValuationDateWarnsOnTheCover() throws IOException {
        Assessment a = assess("university-spinoff.xlsx");
        ReportInput in = ReportInput.unsaved(ReportSource.document(a), java.time.Instant.parse("2025-07-01T00:00:00Z"), "");
        // since review 14b (I) the cover says the conclusion has expired, under the headline, from the day after its
        // validity (valuation date + 1 year − 1 day) ends: the last valid day has no notice, the next day has it
        for (Locale l : List.of(Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE)) {
            String fresh = coverText(render(in, l, AS_OF.plusYears(1).minusDays(1)));
            String stale = coverText(render(in, l, AS_OF.plusYears(1)));
            String warning = l == Locale.ENGLISH ? "conclusionhasexpired" : "评估结论已过期";
            assertThat(fresh).doesNotContain(warning);
            assertThat(stale).contains(warning).contains("2025-06-30");
        }
    }

    /** Issue 15 item 3: the audit chain's length and head at printing are on every printed report. */
    @Test
    void theAuditChainAtPrintingIsOnTheCover() throws IOException {
        Assessment a = assess("university-spinoff.xlsx");
        ReportInput in = ReportInput.unsaved(ReportSource.document(a), java.time.Instant.parse("2025-07-01T00:00:00Z"), "")
                .withChain(7, "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08");
        for (Locale l : List.of(Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE)) {
            String cover = coverText(render(in, l, PRINTED));
            assertThat(cover).contains("9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08");
        }
        assertThat(coverText(render(ReportInput.unsaved(ReportSource.document(a), java.time.Instant.EPOCH, ""),
                Locale.ENGLISH, PRINTED))).doesNotContain("Auditchain");
    }

    private static String coverText(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFTextStripper s = new PDFTextStripper();
            s.setStartPage(1);
            s.setEndPage(1);
            // line breaks fall anywhere in a wrapped sentence: compare without white space
            return s.getText(doc).replaceAll("\\s+", "");
        }
    }

    @Test
    void aSavedAssessmentEditedBySqlIsCaughtByTheIntegrityCheck() throws SQLException {
        Assessment a = assess("us-amazon");
        try (Database db = Database.inMemory("report-" + UUID.randomUUID())) {
            long id = new AssessmentRepository(db).save(io.pledgebench.app.AssessmentArchive.toSave(a, null, "alice", "0.1.0"));
            try (Connection c = db.connect(); Statement s = c.createStatement()) {
                s.executeUpdate("UPDATE assessment SET result_json = REPLACE(result_json, '\"grade\":\"', '\"grade\":\"A') WHERE id = " + id);
            }
            IntegrityCheck.Report r = new IntegrityCheck(db).run();
            assertThat(r.problem().orElseThrow().toString()).startsWith("assessment row " + id);
        }
    }

    @Test
    void chartsAreVectorFormsNotImages() throws IOException {
        byte[] pdf = render(ReportInput.unsaved(ReportSource.document(assess("cn-tech-sme")),
                AS_OF.atStartOfDay(java.time.ZoneOffset.UTC).toInstant(), "t"), Locale.ENGLISH, PRINTED);
        int forms = 0;
        try (PDDocument d = Loader.loadPDF(pdf)) {
            for (PDPage page : d.getPages()) {
                for (COSName n : page.getResources().getXObjectNames()) {
                    PDXObject x = page.getResources().getXObject(n);
                    assertThat(x).isNotInstanceOf(org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject.class);
                    if (x instanceof PDFormXObject) {
                        forms++;
                    }
                }
            }
        }
        assertThat(forms).isGreaterThanOrEqualTo(6);
    }

    @Test
    void largePortfoliosListTheirMostValuablePatentsAndSaySo() throws IOException {
        com.fasterxml.jackson.databind.node.ObjectNode doc = new com.fasterxml.jackson.databind.ObjectMapper().createObjectNode();
        // what every document of the current version records (a missing one is an error naming it)
        doc.put("version", DocumentVersions.CURRENT).put("inputHash", "ab".repeat(32)).put("asOf", "2025-06-30")
                .put("portfolio", "large").put("seed", 1).put("paths", 100).putNull("client");
        doc.putObject("loan").put("amount", 1_000_000).put("currency", "CNY").put("termMonths", 24)
                .putObject("timeline").put("valuationDate", "2025-06-30").put("startDate", "2025-06-30")
                .put("maturityDate", "2027-06-30").put("yearsToMaturity", 2.0).putArray("checkpoints");
        doc.putObject("recommendation").put("grade", "C").put("recommendedLoan", 250_000.0).put("maxLoan", 250_000.0)
                .putArray("reasons");
        com.fasterxml.jackson.databind.node.ObjectNode risk = doc.putObject("risk").put("pd", 0.02).put("lgd", 0.45)
                .put("ead", 1_000_000.0).put("expectedLoss", 9_000.0)
                .put("lifetimePd", 0.0396).put("lifetimeExpectedLoss", 17_820.0)
                .put("bankNetLifetimeExpectedLoss", 17_820.0).put("capital", 80_000.0);
        risk.putObject("minimumRate").put("rate", 0.045);
        doc.putObject("collateral").put("marketValue", 1_000_000.0).put("liquidationValue", 100_000.0)
                .put("advanceRate", 0.25).put("capacity", 250_000.0).put("hhi", 0.001).putArray("path");
        doc.putArray("stress");
        com.fasterxml.jackson.databind.node.ArrayNode ps = doc.putArray("patents");
        int n = AssessmentReport.LISTED_PATENTS + 5;
        for (int i = 0; i < n; i++) {
            com.fasterxml.jackson.databind.node.ObjectNode p = ps.addObject();
            p.put("patentNumber", "P" + i).put("type", "invention").put("status", "valid");
            p.putObject("eligibility").put("status", "pass");
            com.fasterxml.jackson.databind.node.ObjectNode dims = p.putObject("score").put("overall", 60.0)
                    .putObject("dimensions");
            for (String dim : List.of("legal", "technical", "economic")) {
                dims.putObject(dim).put("score", 60.0);
            }
            p.putObject("valuation").put("valued", true).put("value", 1000.0 + i).putArray("methods");
            p.putObject("collateral").put("eligible", true).put("marketValue", 1000.0 + i)
                    .put("liquidationValue", 100.0).put("advanceRate", 0.25).put("advanceAmount", 250.0 + i / 4.0);
        }
        byte[] pdf = render(new ReportInput(doc, "9", java.time.Instant.EPOCH, "t", List.of(), ""), Locale.ENGLISH, PRINTED);
        try (PDDocument d = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(d);
            // table rows start with the patent number: the most valuable is listed, the least valuable is not
            // lists are never cut: the chapters list the most valuable, the annex after the sign-off lists every one
            int annex = text.lastIndexOf("Annex: every patent");
            assertThat(annex).isPositive();
            String chapters = text.substring(0, annex);
            assertThat(chapters).contains("lists the 1,000 most valuable of 1,005 patents")
                    .contains("the annex (chapter " + AssessmentReport.chapter("annex") + ")").contains("Pass: 1,005")
                    .containsPattern("(?m)^P" + (n - 1) + " ").doesNotContainPattern("(?m)^P3 ")
                    .containsPattern("(?m)^P5 ");
            assertThat(text.substring(annex)).containsPattern("(?m)^P3 ").containsPattern("(?m)^P0 ")
                    .containsPattern("(?m)^P" + (n - 1) + " ");
        }
    }

    static void assertEveryFontEmbedded(PDDocument d) throws IOException {
        int fonts = 0;
        for (PDPage page : d.getPages()) {
            fonts += checkFonts(page.getResources());
        }
        assertThat(fonts).isPositive();
    }

    private static int checkFonts(PDResources res) throws IOException {
        if (res == null) {
            return 0;
        }
        int n = 0;
        for (COSName name : res.getFontNames()) {
            PDFont f = res.getFont(name);
            assertThat(f.isEmbedded()).as("font %s embedded", f.getName()).isTrue();
            n++;
        }
        for (COSName name : res.getXObjectNames()) {
            if (res.getXObject(name) instanceof PDFormXObject form) {
                n += checkFonts(form.getResources());
            }
        }
        return n;
    }
}
