package io.pledgebench.report.charts;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.XYPlot;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 14 item 3 on the charts: an axis of percentages or multiples is ticked in the tables' format (ADR 0019) —
 * "%" with no space and at most two decimals, "×" in English and "倍" in Chinese — with fewer decimals only when every
 * tick is round, and no two ticks alike.
 */
class ChartTicksTest {

    private static final Locale ZH = Locale.SIMPLIFIED_CHINESE;

    /** The labels of the ticks an axis drew on a chart of the report's size. */
    private static List<String> labels(JFreeChart chart, NumberAxis axis) {
        chart.createBufferedImage(440, 250);
        NumberTickUnit unit = axis.getTickUnit();
        List<String> out = new ArrayList<>();
        for (double v = Math.ceil(axis.getLowerBound() / unit.getSize()) * unit.getSize(); v <= axis.getUpperBound() + 1e-12;
             v += unit.getSize()) {
            out.add(unit.valueToString(v));
        }
        return out;
    }

    private static List<String> coverageTicks(double coverage, double minimum, Locale locale) {
        JFreeChart chart = Charts.coverageOverTerm(List.of(new CoveragePoint(0, coverage), new CoveragePoint(1, coverage * 0.9),
                new CoveragePoint(2, coverage * 0.8)), minimum, locale);
        return labels(chart, (NumberAxis) ((XYPlot) chart.getPlot()).getRangeAxis());
    }

    @Test
    void coverageTicksAreMultiplesWithTheLanguagesSignAndAtMostTwoDecimals() {
        for (double coverage : new double[] {0.012, 0.14, 1.6, 23}) {
            List<String> zh = coverageTicks(coverage, 1.25, ZH);
            List<String> en = coverageTicks(coverage, 1.25, Locale.ENGLISH);
            assertThat(zh).hasSizeGreaterThan(1).doesNotHaveDuplicates().allMatch(t -> t.matches("\\d[\\d,]*(\\.\\d{1,2})?倍"));
            assertThat(en).hasSizeGreaterThan(1).doesNotHaveDuplicates().allMatch(t -> t.matches("\\d[\\d,]*(\\.\\d{1,2})?×"));
            // one number of decimals per axis
            assertThat(en.stream().map(t -> t.replaceAll("[^.\\d]", "").replaceAll("^[^.]*", "").length()).distinct()).hasSize(1);
        }
        List<String> small = coverageTicks(0.012, 0, ZH);
        assertThat(small).doesNotHaveDuplicates().contains("0.01倍");
    }

    @Test
    void shareTicksArePercentagesWithoutASpaceAndAtMostTwoDecimals() {
        List<Share> shares = List.of(new Share("A", 0.6), new Share("B", 0.3), new Share("C", 0.1));
        JFreeChart chart = Charts.concentration(shares, 12, ZH);
        List<String> ticks = labels(chart, (NumberAxis) ((CategoryPlot) chart.getPlot()).getRangeAxis());
        assertThat(ticks).hasSizeGreaterThan(1).doesNotHaveDuplicates().allMatch(t -> t.matches("\\d+(\\.\\d{1,2})?%"));
        List<Share> tiny = List.of(new Share("A", 0.0003), new Share("B", 0.0002));
        JFreeChart small = Charts.concentration(tiny, 12, Locale.ENGLISH);
        assertThat(labels(small, (NumberAxis) ((CategoryPlot) small.getPlot()).getRangeAxis()))
                .doesNotHaveDuplicates().allMatch(t -> t.matches("\\d+(\\.\\d{1,2})?%"));
    }
}
