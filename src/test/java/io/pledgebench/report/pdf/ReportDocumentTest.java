package io.pledgebench.report.pdf;

import io.pledgebench.report.charts.Charts;
import io.pledgebench.report.charts.ReportFont;
import io.pledgebench.report.charts.Share;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class ReportDocumentTest {

    @BeforeAll
    static void fontInstalled() {
        Assumptions.assumeTrue(ReportFont.find().isPresent(), "needs " + ReportFont.DEBIAN_PACKAGE);
    }

    private static byte[] sample(String printDate) throws IOException {
        ReportDocument.Furniture furniture = new ReportDocument.Furniture("Loan assessment 知识产权质押", "A-42",
                "Printed " + printDate, (p, n) -> "Page " + p + " of " + n);
        ReportDocument.Metadata meta = new ReportDocument.Metadata("Sample", "subject", "tester", "k", "en",
                ReportDocument.utc(Instant.parse("2025-03-01T10:15:30Z")), "assessment-42");
        try (ReportDocument d = ReportDocument.create(furniture, meta)) {
            d.bareNewPage();
            d.moveTo(200);
            d.paragraph("Cover page 封面");
            d.tableOfContentsHere("Contents");
            d.heading(1, "Executive summary");
            d.paragraph("The portfolio of 专利 secures the loan. ".repeat(40));
            d.heading(2, "Details");
            PdfTable t = new PdfTable().left("Patent", 3).right("Value", 2);
            for (int i = 0; i < 120; i++) {
                t.row("CN20231012345" + i, String.format(Locale.ROOT, "%,d", 1000 * i));
            }
            d.table(t);
            d.heading(1, "Charts 图表");
            d.chart(Charts.compositionByType(List.of(new Share("Invention 发明", 3), new Share("Design", 1)), Locale.ENGLISH),
                    360, 220);
            d.signatures(List.of(new SignatureBlock("Prepared by", "Ann", "2025-03-01", "Name", "Signature", "Date"),
                    new SignatureBlock("Reviewed by", "", "", "Name", "Signature", "Date")));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            d.save(out);
            return out.toByteArray();
        }
    }

    @Test
    void tableOfContentsGivesThePageEachHeadingIsOn() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(sample("2025-03-02"))) {
            PDFTextStripper s = new PDFTextStripper();
            s.setStartPage(2);
            s.setEndPage(2);
            String toc = s.getText(pdf);
            assertThat(toc).contains("Contents");
            int chartsPage = pageContaining(pdf, "2  Charts 图表");
            assertThat(chartsPage).isGreaterThan(3);
            assertThat(toc).containsPattern("2 +Charts 图表 *" + chartsPage);
            assertThat(toc).containsPattern("1 +Executive summary *3");
            assertThat(pdf.getDocumentCatalog().getDocumentOutline().getFirstChild().getTitle()).isEqualTo("1 Executive summary");
        }
    }

    /** Issue 14: a heading too long for one line of the contents wraps onto the next; nothing is cut with "…". */
    @Test
    void aLongHeadingWrapsInTheContentsInsteadOfBeingCut() throws IOException {
        String title = "US11803407 — Emulation layer for overcoming incompatibilities in virtual machine instance images "
                + "and their hypervisors across several cloud providers";
        ReportDocument.Furniture furniture = new ReportDocument.Furniture("h", "A-1", "Printed", (p, n) -> "Page " + p);
        ReportDocument.Metadata meta = new ReportDocument.Metadata("Sample", "s", "t", "k", "en",
                ReportDocument.utc(Instant.parse("2025-03-01T10:15:30Z")), "a-1");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ReportDocument d = ReportDocument.create(furniture, meta)) {
            d.bareNewPage();
            d.tableOfContentsHere("Contents");
            d.heading(1, "Valuation");
            for (int i = 0; i < 60; i++) {
                d.heading(2, i + " " + title);
                d.paragraph("text");
            }
            d.heading(1, "End");
            d.save(out);
        }
        try (PDDocument pdf = Loader.loadPDF(out.toByteArray())) {
            PDFTextStripper s = new PDFTextStripper();
            String all = s.getText(pdf);
            assertThat(all).doesNotContain("…").contains("cloud providers");
            int endPage = pageContaining(pdf, "2  End");
            // the contents take several pages and still give each heading's page
            s.setStartPage(2);
            s.setEndPage(endPage);
            assertThat(s.getText(pdf)).containsPattern("2 +End *" + endPage);
        }
    }

    @Test
    void everyPageHasPageXOfYAndTablesRepeatTheirHeader() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(sample("2025-03-02"))) {
            int n = pdf.getNumberOfPages();
            for (int p = 1; p <= n; p++) {
                assertThat(pageText(pdf, p)).contains("Page " + p + " of " + n).contains("Printed 2025-03-02");
            }
            int firstRows = pageContaining(pdf, "CN202310123450");
            int lastRows = pageContaining(pdf, "CN2023101234511");
            assertThat(lastRows).isGreaterThan(firstRows);
            assertThat(pageText(pdf, lastRows)).contains("Patent").contains("Value");
            assertThat(pageText(pdf, 1)).doesNotContain("A-42");
            assertThat(pageText(pdf, 3)).contains("A-42");
        }
    }

    @Test
    void textAndChartLabelsAreSearchableAndTheFontIsEmbedded() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(sample("2025-03-02"))) {
            String all = new PDFTextStripper().getText(pdf);
            assertThat(all).contains("封面").contains("知识产权质押").contains("Invention 发明");
            for (PDPage page : pdf.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    PDFont f = page.getResources().getFont(name);
                    assertThat(f.isEmbedded()).as(f.getName()).isTrue();
                }
            }
        }
    }

    @Test
    void sameContentAndPrintDateGiveTheSameBytes() throws IOException {
        assertThat(sample("2025-03-02")).isEqualTo(sample("2025-03-02"));
        assertThat(sample("2025-03-02")).isNotEqualTo(sample("2025-04-09"));
    }

    private static String pageText(PDDocument pdf, int page) throws IOException {
        PDFTextStripper s = new PDFTextStripper();
        s.setStartPage(page);
        s.setEndPage(page);
        return s.getText(pdf);
    }

    private static int pageContaining(PDDocument pdf, String text) throws IOException {
        for (int p = pdf.getNumberOfPages(); p >= 1; p--) {
            if (pageText(pdf, p).contains(text) && !pageText(pdf, p).contains("Contents")) {
                return p;
            }
        }
        return -1;
    }
}
