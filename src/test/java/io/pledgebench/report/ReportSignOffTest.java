package io.pledgebench.report;

import com.fasterxml.jackson.databind.JsonNode;
import io.pledgebench.assessment.Assessment;
import io.pledgebench.cli.PledgeBenchCommand;
import io.pledgebench.report.charts.ReportFont;
import io.pledgebench.domain.SignOff;
import io.pledgebench.domain.SignOffRole;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 14 item 5: the sign-off block names only the people recorded as signing a saved assessment (blank lines for
 * signatures otherwise, never the operating-system user), and the cover shows when the assessment ran — for an
 * unsaved report, when it was produced by the injected clock — apart from the valuation date.
 */
class ReportSignOffTest {

    private static final LocalDate PRINTED = LocalDate.of(2025, 7, 2);

    @BeforeAll
    static void fontInstalled() {
        Assumptions.assumeTrue(ReportFont.find().isPresent(), "needs " + ReportFont.DEBIAN_PACKAGE);
    }

    private static JsonNode doc() {
        Assessment a = AssessmentReportTest.assess("university-spinoff.xlsx");
        return ReportSource.document(a);
    }

    @Test
    void anUnsavedReportNamesNobodyAndShowsWhenItWasProduced() throws IOException {
        JsonNode doc = doc();
        Instant produced = Instant.parse("2025-07-01T08:30:15Z");
        String text = squeeze(AssessmentReportTest.render(ReportInput.unsaved(doc, produced, "root"), Locale.ENGLISH, PRINTED));
        assertThat(text).contains("Reportproduced2025-07-0108:30:15UTC").contains("Valuationdate2025-06-30")
                .doesNotContain("root").contains("Thisassessmentisnotsaved");
        String zh = squeeze(AssessmentReportTest.render(ReportInput.unsaved(doc, produced, "root"), Locale.SIMPLIFIED_CHINESE,
                PRINTED));
        assertThat(zh).contains("报告生成时间2025-07-0116:30:15（北京时间）").contains("评估基准日2025-06-30").doesNotContain("root");
    }

    @Test
    void aSavedAssessmentWithoutSignOffsLeavesTheLinesBlank() throws IOException {
        ReportInput in = new ReportInput(doc(), "9", Instant.parse("2025-07-01T09:00:00Z"), "alice", List.of(), "");
        String text = squeeze(AssessmentReportTest.render(in, Locale.ENGLISH, PRINTED));
        String signOff = text.substring(text.lastIndexOf("Sign-off"));
        assertThat(text).contains("Assessed(saved)2025-07-0109:00:00UTC").contains("Savedbyalice");
        assertThat(signOff).contains("Nosign-offisrecorded").doesNotContain("alice");
    }

    @Test
    void aSignedAssessmentPrintsTheRecordedMakerAndChecker() throws IOException {
        Instant made = Instant.parse("2025-07-03T10:00:00Z");
        Instant checked = Instant.parse("2025-07-04T11:00:00Z");
        ReportInput in = new ReportInput(doc(), "9", Instant.parse("2025-07-01T09:00:00Z"), "alice",
                List.of(new SignOff(SignOffRole.MAKER, "carol", made, ""), new SignOff(SignOffRole.CHECKER, "dave", checked, "")),
                "");
        String zh = squeeze(AssessmentReportTest.render(in, Locale.SIMPLIFIED_CHINESE, PRINTED));
        String signOff = zh.substring(zh.lastIndexOf(AssessmentReport.chapter("signoff") + "签署"));
        assertThat(signOff).contains("carol").contains("2025-07-03").contains("dave").contains("2025-07-04")
                .doesNotContain("alice");
    }

    @Test
    void theCommandLinesUnsavedReportIsDatedByItsClockNotByTheValuationDate(@TempDir Path dir) throws IOException {
        Clock clock = Clock.fixed(Instant.parse("2026-03-04T05:06:07Z"), ZoneOffset.UTC);
        Path pdf = dir.resolve("r.pdf");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = PledgeBenchCommand.execute(clock, new PrintWriter(out), new PrintWriter(err), "assess",
                "sample-portfolios/university-spinoff.xlsx", "--seed", "7", "--paths", "200", "--pdf", pdf.toString(),
                "--lang", "en");
        assertThat(code).as(err.toString()).isZero();
        String text = squeeze(Files.readAllBytes(pdf));
        assertThat(text).contains("Reportproduced2026-03-0405:06:07UTC").contains("Valuationdate2025-06-30")
                .contains("Printed2026-03-04");
        String user = System.getProperty("user.name", "");
        if (user.length() > 2) {
            assertThat(text.substring(text.lastIndexOf("Sign-off"))).doesNotContain(user);
        }
    }

    /**
     * Review 14b (E): one zone per edition. Saved at 22:50 UTC on 7 December and signed at 23:10 / 23:20 UTC, the
     * Chinese edition is read in Beijing time throughout: cover time, print date, footers, sign-off and report dates
     * are all 8 December, none predating the save; the English edition keeps UTC and says so on the cover.
     */
    @Test
    void eachEditionReadsEveryDateInItsOneZone(@TempDir Path dir) throws IOException {
        Instant saved = Instant.parse("2026-12-07T22:50:25Z");
        ReportInput in = new ReportInput(doc(), "1", saved, "alice",
                List.of(new SignOff(SignOffRole.MAKER, "张伟", Instant.parse("2026-12-07T23:10:00Z"), ""),
                        new SignOff(SignOffRole.CHECKER, "李娜", Instant.parse("2026-12-07T23:20:00Z"), "")), "");
        Clock clock = Clock.fixed(Instant.parse("2026-12-07T23:30:00Z"), ZoneOffset.UTC);
        assertThat(AssessmentReport.today(clock, Locale.SIMPLIFIED_CHINESE)).isEqualTo(LocalDate.of(2026, 12, 8));
        assertThat(AssessmentReport.today(clock, Locale.ENGLISH)).isEqualTo(LocalDate.of(2026, 12, 7));
        String zh = squeeze(AssessmentReportTest.render(in, Locale.SIMPLIFIED_CHINESE,
                AssessmentReport.today(clock, Locale.SIMPLIFIED_CHINESE)));
        assertThat(zh).contains("2026-12-0806:50:25（北京时间）").contains("打印日期2026-12-08（本报告日期、时间均为北京时间）")
                .contains("打印日期2026-12-08·PledgeBench").doesNotContain("2026-12-07");
        String signOff = zh.substring(zh.lastIndexOf(AssessmentReport.chapter("signoff") + "签署"));
        assertThat(signOff).contains("张伟").contains("李娜").contains("2026-12-08");
        String en = squeeze(AssessmentReportTest.render(in, Locale.ENGLISH, AssessmentReport.today(clock, Locale.ENGLISH)));
        assertThat(en).contains("2026-12-0722:50:25UTC").contains("Printed2026-12-07(datesandtimesinthisreportareUTC)")
                .doesNotContain("2026-12-08");
    }

    private static String squeeze(byte[] pdf) throws IOException {
        try (PDDocument d = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(d).replaceAll("\\s+", "");
        }
    }
}
