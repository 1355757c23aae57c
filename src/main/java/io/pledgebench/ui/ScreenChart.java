package io.pledgebench.ui;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.CategoryTextAnnotation;
import org.jfree.chart.annotations.XYAnnotation;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.Axis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.Marker;
import org.jfree.chart.plot.PiePlot;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.CategoryItemRenderer;
import org.jfree.chart.renderer.xy.XYItemRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.title.Title;

import java.awt.Font;
import java.util.Collection;

/**
 * A report chart made readable on screen. The report's builders size their text for a page (7.5–9 pt on a chart
 * printed 16 cm wide); on screen a chart is drawn at the size of its pane, where such text is 6–8 pixels high. The
 * screen shows a copy whose titles, axes and legends are at least {@link #MIN_SIZE} pixels and whose labels inside
 * the plot at least 10; exports keep the report's chart.
 */
final class ScreenChart {

    /** The smallest text on a screen chart, in pixels (the workbench's tables use about 13). */
    static final float MIN_SIZE = 11.5f;

    private ScreenChart() {
    }

    /** A copy of {@code chart} with its texts at least {@link #MIN_SIZE}. */
    static JFreeChart of(JFreeChart chart) {
        JFreeChart copy;
        try {
            copy = (JFreeChart) chart.clone();
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException("a report chart cannot be copied for the screen: " + e.getMessage(), e);
        }
        if (copy.getTitle() != null) {
            copy.getTitle().setFont(larger(copy.getTitle().getFont(), 2));
        }
        for (Object t : copy.getSubtitles()) {
            title((Title) t);
        }
        plot(copy.getPlot());
        return copy;
    }

    private static void title(Title t) {
        if (t instanceof TextTitle tt) {
            tt.setFont(larger(tt.getFont(), 0));
        } else if (t instanceof LegendTitle lt) {
            lt.setItemFont(larger(lt.getItemFont(), 0));
        }
    }

    private static void plot(Plot p) {
        if (p instanceof XYPlot xy) {
            for (int i = 0; i < xy.getDomainAxisCount(); i++) {
                axis(xy.getDomainAxis(i));
            }
            for (int i = 0; i < xy.getRangeAxisCount(); i++) {
                axis(xy.getRangeAxis(i));
            }
            for (XYAnnotation a : xy.getAnnotations()) {
                if (a instanceof XYTextAnnotation ta) {
                    ta.setFont(itemLabel(ta.getFont()));
                }
            }
            for (int i = 0; i < xy.getRendererCount(); i++) {
                XYItemRenderer r = xy.getRenderer(i);
                if (r != null) {
                    r.setDefaultItemLabelFont(itemLabel(r.getDefaultItemLabelFont()));
                }
                markers(xy.getDomainMarkers(i, org.jfree.chart.ui.Layer.FOREGROUND));
                markers(xy.getDomainMarkers(i, org.jfree.chart.ui.Layer.BACKGROUND));
                markers(xy.getRangeMarkers(i, org.jfree.chart.ui.Layer.FOREGROUND));
                markers(xy.getRangeMarkers(i, org.jfree.chart.ui.Layer.BACKGROUND));
            }
        } else if (p instanceof CategoryPlot cp) {
            for (int i = 0; i < cp.getDomainAxisCount(); i++) {
                axis(cp.getDomainAxis(i));
            }
            for (int i = 0; i < cp.getRangeAxisCount(); i++) {
                axis(cp.getRangeAxis(i));
            }
            for (Object a : cp.getAnnotations()) {
                if (a instanceof CategoryTextAnnotation ta) {
                    ta.setFont(itemLabel(ta.getFont()));
                }
            }
            for (int i = 0; i < cp.getRendererCount(); i++) {
                CategoryItemRenderer r = cp.getRenderer(i);
                if (r != null) {
                    r.setDefaultItemLabelFont(itemLabel(r.getDefaultItemLabelFont()));
                }
                markers(cp.getDomainMarkers(i, org.jfree.chart.ui.Layer.FOREGROUND));
                markers(cp.getDomainMarkers(i, org.jfree.chart.ui.Layer.BACKGROUND));
                markers(cp.getRangeMarkers(i, org.jfree.chart.ui.Layer.FOREGROUND));
                markers(cp.getRangeMarkers(i, org.jfree.chart.ui.Layer.BACKGROUND));
            }
        } else if (p instanceof PiePlot<?> pie) {
            pie.setLabelFont(larger(pie.getLabelFont(), 0));
        }
        if (p != null) {
            p.setNoDataMessageFont(larger(p.getNoDataMessageFont(), 0));
        }
    }

    private static void axis(Axis a) {
        if (a != null) {
            a.setLabelFont(larger(a.getLabelFont(), 0));
            a.setTickLabelFont(larger(a.getTickLabelFont(), 0));
        }
    }

    private static void markers(Collection<?> markers) {
        if (markers != null) {
            for (Object m : markers) {
                Marker marker = (Marker) m;
                marker.setLabelFont(itemLabel(marker.getLabelFont()));
            }
        }
    }

    /**
     * A label drawn inside the plot (on a bar, at a marker): a little larger, at least 10 px, not as large as an axis's
     * text, as these sit side by side and would overlap.
     */
    static Font itemLabel(Font f) {
        return f == null ? null : f.deriveFont(Math.max(f.getSize2D() * 1.15f, 10f));
    }

    /** {@code f} at least {@link #MIN_SIZE} + {@code extra} pixels. */
    static Font larger(Font f, float extra) {
        if (f == null) {
            return null;
        }
        float size = Math.max(f.getSize2D() * 1.35f, MIN_SIZE + extra);
        return f.deriveFont(size);
    }
}
