package io.pledgebench.report;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.printing.PDFPageable;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

import java.awt.image.BufferedImage;
import java.awt.print.PrinterException;
import java.awt.print.PrinterJob;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * A written report for the workbench: page images for the preview, and printing through the PDF's own print
 * path (PDFBox's {@link PDFPageable}), so paper shows exactly what the PDF shows.
 */
public final class ReportPages {

    private ReportPages() {
    }

    /** Every page rendered at {@code dpi} (about 96 for a screen preview). */
    public static List<BufferedImage> render(byte[] pdf, float dpi) {
        List<BufferedImage> pages = new ArrayList<>();
        render(pdf, dpi, (index, total, image) -> {
            pages.add(image);
            return true;
        });
        return pages;
    }

    /** Receives the pages one by one as they are rendered, so a preview can show progress and stop early. */
    @FunctionalInterface
    public interface PageSink {
        /** Page {@code index} (0-based) of {@code total}; return false to stop rendering. */
        boolean accept(int index, int total, BufferedImage page);
    }

    /**
     * Renders the pages at {@code dpi} in order into {@code sink} until it declines one; a long report then
     * needs only one page image in memory at a time here. Returns the document's page count.
     */
    public static int render(byte[] pdf, float dpi, PageSink sink) {
        if (!(dpi > 0) || dpi > 600) {
            throw new IllegalArgumentException("preview resolution must lie in (0, 600] dpi, was " + dpi);
        }
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFRenderer renderer = new PDFRenderer(doc);
            int total = doc.getNumberOfPages();
            for (int i = 0; i < total; i++) {
                if (!sink.accept(i, total, renderer.renderImageWithDPI(i, dpi, ImageType.RGB))) {
                    break;
                }
            }
            return total;
        } catch (IOException e) {
            throw new UncheckedIOException("the report cannot be read back for preview: " + e.getMessage(), e);
        }
    }

    /**
     * Prints the report with {@code job} after the user confirmed the print dialog; returns false when the
     * user cancelled it.
     */
    public static boolean print(byte[] pdf, PrinterJob job, String jobName) throws PrinterException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            job.setJobName(jobName);
            job.setPageable(new PDFPageable(doc));
            if (!job.printDialog()) {
                return false;
            }
            job.print();
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException("the report cannot be read back for printing: " + e.getMessage(), e);
        }
    }
}
