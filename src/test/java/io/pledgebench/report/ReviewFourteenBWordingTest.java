package io.pledgebench.report;

import io.pledgebench.report.charts.ReportFont;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Review 14b: the pricing row's expected-loss rate says which definition it is (H: the lifetime loss spread over the
 * term, which is not one-year PD × LGD), and the English edition prints statuses as words, capitalised as the other
 * statuses, with no code words such as "status valid" (G).
 */
class ReviewFourteenBWordingTest {

    @Test
    void thePricingRowNamesItsDefinitionAndEnglishStatusesAreWords() throws IOException {
        Assumptions.assumeTrue(ReportFont.find().isPresent(), "needs " + ReportFont.DEBIAN_PACKAGE);
        ReportInput in = ReportInput.unsaved(ReportSource.document(AssessmentReportTest.assess("cn-tech-sme")),
                Instant.parse("2025-07-01T08:00:00Z"), "");
        String zh = text(AssessmentReportTest.render(in, Locale.SIMPLIFIED_CHINESE, LocalDate.of(2025, 7, 2)));
        assertThat(zh).contains("年均预期损失率（存续期预期损失÷期限）").contains("非一年期PD×LGD");
        String en = text(AssessmentReportTest.render(in, Locale.ENGLISH, LocalDate.of(2025, 7, 2)));
        assertThat(en).contains("Expected-lossrateperyear(lifetimeexpectedloss÷term)")
                .contains("Inforce(legalstatus:Valid)").doesNotContain("(statusvalid)")
                .doesNotContainPattern("\\dnotvalued").doesNotContain("Expected-lossrate1");
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument d = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(d).replaceAll("\\s+", "");
        }
    }
}
