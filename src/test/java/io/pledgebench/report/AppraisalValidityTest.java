package io.pledgebench.report;

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
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Committee review: cn-tech-sme valued 2025-06-30 (conclusion valid until 2026-06-29), drawn down 2026-12-01, printed
 * 2026-12-07. The expired appraisal is a key risk and a condition, and monitoring never asks for a date already past.
 */
class AppraisalValidityTest {

    @BeforeAll
    static void fontInstalled() {
        Assumptions.assumeTrue(ReportFont.find().isPresent(), "needs " + ReportFont.DEBIAN_PACKAGE);
    }

    private static String text(Assessment a, Locale locale, LocalDate printed) throws IOException {
        byte[] pdf = AssessmentReportTest.render(ReportInput.unsaved(ReportSource.document(a),
                Instant.parse("2026-12-07T08:00:00Z"), ""), locale, printed);
        try (PDDocument d = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(d).replaceAll("\\s+", "");
        }
    }

    @Test
    void anAppraisalExpiredBeforeDrawdownIsARiskAConditionAndAnOverdueRevaluation() throws IOException {
        Assessment a = AssessmentReportTest.assess("cn-tech-sme");
        String zh = text(a, Locale.SIMPLIFIED_CHINESE, LocalDate.of(2026, 12, 7));
        assertThat(zh).contains("评估结论有效期至2026-06-29（评估基准日2025-06-30起一年），早于放款日2026-12-01")
                .contains("放款前以当前评估基准日重新评估质押专利")
                .contains("重新评估：已逾期")
                .doesNotContain("有效期届满日2026-06-29之前");
        String en = text(a, Locale.ENGLISH, LocalDate.of(2026, 12, 7));
        assertThat(en).contains("Theappraisalconclusionwasvaliduntil2026-06-29")
                .contains("beforethedrawdownon2026-12-01")
                .contains("Re-appraisethepledgedpatentsatacurrentvaluationdatebeforedrawdown")
                .contains("Revaluation:overdue")
                .doesNotContain("andbefore2026-06-29");
    }
}
