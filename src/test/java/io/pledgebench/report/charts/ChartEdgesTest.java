package io.pledgebench.report.charts;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.Marker;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.Layer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.stream.Stream;
import javax.imageio.ImageIO;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 14 item 4: every chart draws sensibly for empty, single-value and extreme data — no axis spanning nothing
 * or "−0.5 … 0.5" around a zero portfolio, no "-0.00" tick, no marker labels on top of each other, the grade's line
 * inside the axis, the maturity label off the bars.
 */
class ChartEdgesTest {

    private static final Locale EN = Locale.ENGLISH;
    private static final Locale ZH = Locale.SIMPLIFIED_CHINESE;
    private static final DecimalFormat TIMES = new DecimalFormat("0.00'×'", DecimalFormatSymbols.getInstance(Locale.ROOT));

    static Stream<Arguments> edgeCharts() {
        List<Arguments> out = new ArrayList<>();
        for (Locale l : List.of(EN, ZH)) {
            out.add(Arguments.of("distribution, all zero " + l, (Supplier<JFreeChart>) () -> Charts.valueDistribution(
                    new ValueDistribution(new double[2000], 0, 0, 0, "CNY"), l)));
            out.add(Arguments.of("distribution, one value " + l, (Supplier<JFreeChart>) () -> Charts.valueDistribution(
                    new ValueDistribution(new double[] {1_234_567}, 1_234_567, 1_234_567, 1_234_567, "CNY"), l)));
            out.add(Arguments.of("distribution, extreme " + l, (Supplier<JFreeChart>) () -> Charts.valueDistribution(
                    new ValueDistribution(new double[] {0, 1e3, 5e11, 1e12}, 0, 1e3, 1e12, "CNY"), l)));
            out.add(Arguments.of("methods, empty " + l, (Supplier<JFreeChart>) () -> Charts.valueByMethod(List.of(), null,
                    "CNY", l)));
            out.add(Arguments.of("methods, zero " + l, (Supplier<JFreeChart>) () -> Charts.valueByMethod(
                    List.of(new MethodValue("Cost", 0)), 0.0, "CNY", l)));
            out.add(Arguments.of("methods, extreme " + l, (Supplier<JFreeChart>) () -> Charts.valueByMethod(
                    List.of(new MethodValue("Cost", 1e12), new MethodValue("Income", 1e-3)), null, "CNY", l)));
            out.add(Arguments.of("life, empty " + l, (Supplier<JFreeChart>) () -> Charts.legalLifeVersusTerm(List.of(), 3,
                    "2029-12-01", l)));
            out.add(Arguments.of("life, one " + l, (Supplier<JFreeChart>) () -> Charts.legalLifeVersusTerm(
                    List.of(new LegalLife("CN1", 0)), 3, "2029-12-01", l)));
            out.add(Arguments.of("coverage, empty " + l, (Supplier<JFreeChart>) () -> Charts.coverageOverTerm(List.of(), 0.75,
                    l)));
            out.add(Arguments.of("coverage, zero collateral " + l, (Supplier<JFreeChart>) () -> Charts.coverageOverTerm(
                    List.of(new CoveragePoint(1, 0, 0), new CoveragePoint(2, 0, 0)), 0, l)));
            out.add(Arguments.of("coverage, one point " + l, (Supplier<JFreeChart>) () -> Charts.coverageOverTerm(
                    List.of(new CoveragePoint(3, 0.02)), 0.75, l)));
            out.add(Arguments.of("coverage, extreme " + l, (Supplier<JFreeChart>) () -> Charts.coverageOverTerm(
                    List.of(new CoveragePoint(1, 1e6), new CoveragePoint(2, 1e-9)), 0.75, l)));
            out.add(Arguments.of("stress, empty " + l, (Supplier<JFreeChart>) () -> Charts.stressTornado("coverage", List.of(),
                    TIMES, l)));
            out.add(Arguments.of("stress, nothing moves " + l, (Supplier<JFreeChart>) () -> Charts.stressTornado("coverage",
                    List.of(new StressImpact("A", 0, 0), new StressImpact("B", 0, 0)), TIMES, l)));
            out.add(Arguments.of("concentration, empty " + l, (Supplier<JFreeChart>) () -> Charts.concentration(List.of(), 12,
                    l)));
            out.add(Arguments.of("concentration, zero " + l, (Supplier<JFreeChart>) () -> Charts.concentration(
                    List.of(new Share("CN1", 0)), 12, l)));
            out.add(Arguments.of("pie, empty " + l, (Supplier<JFreeChart>) () -> Charts.compositionByType(List.of(), l)));
            out.add(Arguments.of("pie, zero " + l, (Supplier<JFreeChart>) () -> Charts.compositionByField(
                    List.of(new Share("G", 0)), l)));
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("edgeCharts")
    void drawsWithReadableAxes(String name, Supplier<JFreeChart> build) throws IOException {
        JFreeChart chart = build.get();
        BufferedImage png = ImageIO.read(new ByteArrayInputStream(ChartExport.toPng(chart, 440, 260, 1)));
        assertThat(png.getWidth()).isEqualTo(440);
        for (ValueAxis axis : axes(chart.getPlot())) {
            assertThat(axis.getUpperBound() - axis.getLowerBound()).as("%s: axis %s spans something", name, axis.getLabel())
                    .isPositive();
            if (axis instanceof NumberAxis n && n.getNumberFormatOverride() != null) {
                for (int i = 0; i <= 10; i++) {
                    double v = axis.getLowerBound() + i * (axis.getUpperBound() - axis.getLowerBound()) / 10;
                    assertThat(n.getNumberFormatOverride().format(v)).as("%s: tick at %s", name, v)
                            .doesNotMatch("^-0([.,]0*)?\\D*$");
                }
                assertThat(n.getNumberFormatOverride().format(-1e-9)).as(name).doesNotStartWith("-");
            }
        }
    }

    @Test
    void aZeroPortfolioDrawsItsOneBarFromZeroWithOneLabel() {
        JFreeChart chart = Charts.valueDistribution(new ValueDistribution(new double[1000], 0, 0, 0, "CNY"), ZH);
        XYPlot plot = chart.getXYPlot();
        assertThat(plot.getDomainAxis().getLowerBound()).isZero();
        assertThat(plot.getDomainAxis().getUpperBound()).isPositive();
        Collection<?> markers = plot.getDomainMarkers(Layer.FOREGROUND);
        List<String> labels = new ArrayList<>();
        for (Object m : markers) {
            if (((Marker) m).getLabel() != null) {
                labels.add(((Marker) m).getLabel());
            }
        }
        assertThat(labels).containsExactly("P5 = P50 = P95 0.00");
    }

    @Test
    void theGradesLineIsInsideTheCoverageAxis() {
        JFreeChart chart = Charts.coverageOverTerm(List.of(new CoveragePoint(1, 0.05), new CoveragePoint(2, 0.04),
                new CoveragePoint(3, 0.03)), 0.75, EN);
        assertThat(chart.getXYPlot().getRangeAxis().getUpperBound()).isGreaterThan(0.75);
        assertThat(chart.getXYPlot().getRangeAxis().getLowerBound()).isZero();
    }

    @Test
    void stressWithNoChangeHasASymmetricAxisAroundZero() {
        JFreeChart chart = Charts.stressTornado("coverage", List.of(new StressImpact("A", 0, 0)), TIMES, EN);
        ValueAxis axis = chart.getCategoryPlot().getRangeAxis();
        assertThat(axis.getLowerBound()).isEqualTo(-axis.getUpperBound());
        assertThat(axis.getUpperBound()).isGreaterThanOrEqualTo(0.1);
    }

    @Test
    void chineseAmountsAreIn10000YuanWithTheUnitOnTheAxis() {
        JFreeChart chart = Charts.valueByMethod(List.of(new MethodValue("成本法", 8_406_000)), null, "CNY", ZH);
        assertThat(chart.getCategoryPlot().getRangeAxis().getLabel()).isEqualTo("价值（万元）");
        assertThat(AmountFormat.labels(ZH).format(8_406_000)).isEqualTo("840.60");
        assertThat(AmountFormat.labels(ZH).format(7_439_300)).isEqualTo("743.93");
        assertThat(AmountFormat.labels(EN).format(8_406_000)).isEqualTo("8,406,000");
    }

    private static List<ValueAxis> axes(Plot plot) {
        List<ValueAxis> out = new ArrayList<>();
        if (plot instanceof XYPlot xy) {
            out.add(xy.getDomainAxis());
            out.add(xy.getRangeAxis());
        } else if (plot instanceof CategoryPlot c) {
            out.add(c.getRangeAxis());
        }
        return out;
    }
}
