package io.pledgebench.report.charts;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.plot.DefaultDrawingSupplier;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.ui.RectangleInsets;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import java.awt.Shape;
import java.awt.Stroke;
import java.awt.geom.Ellipse2D;

/**
 * One look for every chart in the workbench and the report: white background, light grid, flat bars,
 * a restrained palette that stays distinguishable in greyscale print, and the report font in all text.
 */
public final class ChartTheme {

    public static final Color INK = new Color(0x1F, 0x2A, 0x37);
    public static final Color GRID = new Color(0xD9, 0xDE, 0xE4);
    public static final Color PRIMARY = new Color(0x1F, 0x4E, 0x79);
    public static final Color SECONDARY = new Color(0x2E, 0x8B, 0x8B);
    public static final Color ACCENT = new Color(0xC9, 0x8B, 0x2B);
    public static final Color WARNING = new Color(0xB0, 0x3A, 0x2E);
    public static final Color MUTED = new Color(0x8A, 0x96, 0xA3);

    /** Series colours in order; dark and light alternate so neighbours differ in greyscale too. */
    public static final Paint[] SERIES = {
            PRIMARY, ACCENT, SECONDARY, WARNING, new Color(0x6B, 0x5B, 0x95), new Color(0x9D, 0xB4, 0xC0),
            new Color(0x4F, 0x6D, 0x3A), new Color(0xD4, 0xA5, 0xA5), MUTED, new Color(0x35, 0x3B, 0x45)};

    private ChartTheme() {
    }

    public static Font font(int style, float size) {
        return ReportFont.awt(style, size);
    }

    /** Applies the theme; builders call it last so their own series colours are kept. */
    static void apply(JFreeChart chart) {
        StandardChartTheme theme = new StandardChartTheme("PledgeBench", false);
        theme.setExtraLargeFont(font(Font.BOLD, 13f));
        theme.setLargeFont(font(Font.BOLD, 10.5f));
        theme.setRegularFont(font(Font.PLAIN, 9f));
        theme.setSmallFont(font(Font.PLAIN, 8f));
        theme.setTitlePaint(INK);
        theme.setSubtitlePaint(new Color(0x4A, 0x55, 0x63));
        theme.setChartBackgroundPaint(Color.WHITE);
        theme.setPlotBackgroundPaint(Color.WHITE);
        theme.setPlotOutlinePaint(GRID);
        theme.setDomainGridlinePaint(GRID);
        theme.setRangeGridlinePaint(GRID);
        theme.setAxisLabelPaint(INK);
        theme.setTickLabelPaint(new Color(0x3B, 0x45, 0x52));
        theme.setLegendBackgroundPaint(Color.WHITE);
        theme.setLegendItemPaint(INK);
        theme.setItemLabelPaint(INK);
        theme.setAxisOffset(RectangleInsets.ZERO_INSETS);
        theme.setBarPainter(new StandardBarPainter());
        theme.setXYBarPainter(new StandardXYBarPainter());
        theme.setShadowVisible(false);
        theme.setDrawingSupplier(new DefaultDrawingSupplier(SERIES, SERIES, SERIES,
                new Stroke[] {new BasicStroke(1.6f)}, new Stroke[] {new BasicStroke(0.8f)},
                new Shape[] {new Ellipse2D.Double(-2.5, -2.5, 5, 5)}));
        theme.apply(chart);
        chart.setAntiAlias(true);
        chart.setTextAntiAlias(true);
        chart.setPadding(new RectangleInsets(6, 6, 6, 10));
        if (chart.getLegend() != null) {
            chart.getLegend().setFrame(org.jfree.chart.block.BlockBorder.NONE);
        }
    }

    /**
     * Flat bars in {@code paint}, the bar of column {@code othersColumn} (the "others" of a top-N chart; -1: none)
     * muted, as the concentration charts of the assessment report and of the book draw them.
     */
    static BarRenderer barsWithOthers(Paint paint, int othersColumn) {
        BarRenderer r = new BarRenderer() {
            private static final long serialVersionUID = 1L;

            @Override
            public Paint getItemPaint(int row, int column) {
                return column == othersColumn ? MUTED : paint;
            }
        };
        flatBars(r);
        return r;
    }

    static void flatBars(BarRenderer r) {
        r.setBarPainter(new StandardBarPainter());
        r.setShadowVisible(false);
        r.setDrawBarOutline(false);
        r.setItemMargin(0.05);
    }
}
