package io.pledgebench.report;

import io.pledgebench.report.charts.ReportFont;
import io.pledgebench.report.pdf.PdfTable;
import io.pledgebench.report.pdf.ReportDocument;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReportPagesTest {

    @Test
    void previewRendersEveryA4PageAtTheAskedResolution() {
        Assumptions.assumeTrue(ReportFont.find().isPresent(), "needs " + ReportFont.DEBIAN_PACKAGE);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ReportDocument d = ReportDocument.create(new ReportDocument.Furniture("h", "r", "f", (p, n) -> p + "/" + n),
                new ReportDocument.Metadata("t", "", "", "", "en", ReportDocument.utc(Instant.EPOCH), "seed"))) {
            d.newPage();
            d.paragraph("预览 preview");
            d.newPage();
            d.table(new PdfTable().left("a", 1).row("b"));
            d.save(out);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        List<BufferedImage> pages = ReportPages.render(out.toByteArray(), 72);
        assertThat(pages).hasSize(2);
        // A4 is 595.28 × 841.89 points: at 72 dpi one pixel per whole point
        assertThat(pages.get(0).getWidth()).isEqualTo(595);
        assertThat(pages.get(0).getHeight()).isEqualTo(841);
        assertThatThrownBy(() -> ReportPages.render(out.toByteArray(), 0)).hasMessageContaining("was 0.0");
    }
}
