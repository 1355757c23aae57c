package io.pledgebench.report.charts;

import org.jfree.chart.JFreeChart;
import org.jfree.svg.SVGGraphics2D;

import javax.imageio.ImageIO;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** Saves a chart as SVG (vector, for documents) or PNG (at a scale for print resolution). */
public final class ChartExport {

    private ChartExport() {
    }

    /** The chart as an SVG document of {@code width} × {@code height} user units; text stays text (searchable). */
    public static String toSvg(JFreeChart chart, int width, int height) {
        requireSize(width, height);
        SVGGraphics2D g = new SVGGraphics2D(width, height);
        chart.draw(g, new Rectangle2D.Double(0, 0, width, height));
        return g.getSVGDocument();
    }

    /** Writes the chart as SVG, replacing {@code file} atomically (the caller asked before replacing it). */
    public static void writeSvg(JFreeChart chart, int width, int height, Path file) throws IOException {
        byte[] svg = toSvg(chart, width, height).getBytes(StandardCharsets.UTF_8);
        io.pledgebench.io.OutputFile.of(file).overwrite(true).write(out -> out.write(svg));
    }

    /**
     * The chart as PNG bytes laid out at {@code width} × {@code height} points and rendered at {@code scale}
     * pixels per point (2 or 3 for print), so text and lines keep their size and gain sharpness.
     */
    public static byte[] toPng(JFreeChart chart, int width, int height, double scale) {
        requireSize(width, height);
        if (!(scale > 0) || scale > 10) {
            throw new IllegalArgumentException("PNG scale must lie in (0, 10], was " + scale);
        }
        BufferedImage image = new BufferedImage((int) Math.ceil(width * scale), (int) Math.ceil(height * scale),
                BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            g.scale(scale, scale);
            chart.draw(g, new Rectangle2D.Double(0, 0, width, height));
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException("PNG encoding failed: " + e.getMessage(), e);
        }
        return out.toByteArray();
    }

    /** Writes the chart as PNG, replacing {@code file} atomically (the caller asked before replacing it). */
    public static void writePng(JFreeChart chart, int width, int height, double scale, Path file) throws IOException {
        byte[] png = toPng(chart, width, height, scale);
        io.pledgebench.io.OutputFile.of(file).overwrite(true).write(out -> out.write(png));
    }

    private static void requireSize(int width, int height) {
        if (width <= 0 || height <= 0) {
            throw new IllegalArgumentException("chart size must be positive, was " + width + " × " + height);
        }
    }
}
