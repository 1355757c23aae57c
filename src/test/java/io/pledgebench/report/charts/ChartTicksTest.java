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

    /**
     * Issue 14: an amount axis is ticked in the tables' unit and digits, never compact ("1.25M"): whole CNY with
     * thousands separators in English, 万元 with at most two decimals (one number of decimals per axis) in Chinese,
     * the unit in the axis title; no two ticks alike, small, large and negative amounts alike.
     */
    @Test
    void amountTicksAreInTheTablesUnitWithTheUnitInTheAxisTitle() {
        for (double top : new double[] {3_500, 1_250_000, 87_600_000, 4.2e9}) {
            List<MethodValue> values = List.of(new MethodValue("A", top), new MethodValue("B", top * 0.4),
                    new MethodValue("C", -top * 0.1));
            JFreeChart en = Charts.valueByMethod(values, null, "CNY", Locale.ENGLISH);
            NumberAxis enAxis = (NumberAxis) ((CategoryPlot) en.getPlot()).getRangeAxis();
            assertThat(labels(en, enAxis)).as("English ticks up to %s", top).hasSizeGreaterThan(1).doesNotHaveDuplicates()
                    .allMatch(t -> t.matches("-?\\d{1,3}(,\\d{3})*"));
            assertThat(enAxis.getLabel()).contains("CNY");
            JFreeChart zh = Charts.valueByMethod(values, null, "CNY", ZH);
            NumberAxis zhAxis = (NumberAxis) ((CategoryPlot) zh.getPlot()).getRangeAxis();
            List<String> zhTicks = labels(zh, zhAxis);
            assertThat(zhTicks).as("Chinese ticks up to %s", top).hasSizeGreaterThan(1).doesNotHaveDuplicates()
                    .allMatch(t -> t.matches("-?\\d{1,3}(,\\d{3})*(\\.\\d{1,2})?"));
            assertThat(zhTicks.stream().map(t -> t.replaceAll("^[^.]*", "").length()).distinct()).hasSize(1);
            assertThat(zhAxis.getLabel()).contains("万元");
        }
        // 1,250,000 yuan is 125 万元 on a Chinese axis: a tick of 100 reads "100", never "1.25M" or "1,000,000"
        JFreeChart zh = Charts.valueByMethod(List.of(new MethodValue("A", 1_250_000)), null, "CNY", ZH);
        assertThat(labels(zh, (NumberAxis) ((CategoryPlot) zh.getPlot()).getRangeAxis())).contains("100");
    }
}
