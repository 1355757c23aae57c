package io.pledgebench.report.charts;

import io.pledgebench.domain.LegalStatus;
import io.pledgebench.domain.Patent;
import io.pledgebench.domain.PatentNumber;
import io.pledgebench.domain.PatentType;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.Marker;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.Layer;
import org.junit.jupiter.api.Test;

import java.awt.Font;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ChartsTest {

    private static final Locale EN = Locale.ENGLISH;
    private static final Locale ZH = Locale.SIMPLIFIED_CHINESE;

    private static ValueDistribution lognormal() {
        Random r = new Random(7);
        double[] s = new double[4000];
        for (int i = 0; i < s.length; i++) {
            s[i] = 1_000_000 * Math.exp(0.4 * r.nextGaussian());
        }
        return new ValueDistribution(s, 520_000, 1_000_000, 1_930_000, "CNY");
    }

    @Test
    void distributionMarksTheReportedPercentilesNotRecomputedOnes() {
        JFreeChart chart = Charts.valueDistribution(lognormal(), EN);
        XYPlot plot = chart.getXYPlot();
        Collection<?> markers = plot.getDomainMarkers(Layer.FOREGROUND);
        List<Double> at = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        for (Object m : markers) {
            at.add(((ValueMarker) m).getValue());
            labels.add(((Marker) m).getLabel());
        }
        assertThat(at).containsExactly(520_000.0, 1_000_000.0, 1_930_000.0);
        // labels print amounts as the report's tables do; the axis title names the unit
        assertThat(labels).containsExactly("P5 520,000", "P50 1,000,000", "P95 1,930,000");
        assertThat(plot.getDomainAxis().getLabel()).isEqualTo("Value (CNY)");
        assertThat(chart.getTitle().getText()).isEqualTo("Distribution of simulated value");
    }

    @Test
    void chineseChartsUseChineseTitlesAndAmountsInWan() {
        JFreeChart chart = Charts.valueDistribution(lognormal(), ZH);
        assertThat(chart.getTitle().getText()).isEqualTo("模拟价值分布");
        assertThat(((ValueMarker) chart.getXYPlot().getDomainMarkers(Layer.FOREGROUND).iterator().next()).getLabel())
                .isEqualTo("P5 52.00");
        assertThat(chart.getXYPlot().getDomainAxis().getLabel()).isEqualTo("价值（万元）");
        assertThat(chart.getTitle().getFont().canDisplayUpTo("模拟价值分布")).isEqualTo(-1);
    }

    @Test
    void degenerateDistributionStillDraws() {
        ValueDistribution flat = new ValueDistribution(new double[] {5, 5, 5}, 5, 5, 5, "CNY");
        assertThat(ChartExport.toPng(Charts.valueDistribution(flat, EN), 300, 200, 1)).isNotEmpty();
    }

    @Test
    void percentilesOutOfOrderAreRefused() {
        assertThatThrownBy(() -> new ValueDistribution(new double[] {1}, 3, 2, 4, "CNY"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("P5 3.0");
    }

    @Test
    void concentrationPrintsHhiAndEffectiveNumberOfAllPatents() {
        // values 50/30/20: HHI = 0.5² + 0.3² + 0.2² = 0.38, effective number 1/0.38 = 2.63
        JFreeChart chart = Charts.concentration(List.of(new Share("CN1", 20), new Share("CN2", 50), new Share("CN3", 30)),
                2, EN);
        assertThat(((TextTitle) chart.getSubtitle(0)).getText()).isEqualTo("HHI 0.380, effective number of patents 2.6");
        CategoryPlot plot = chart.getCategoryPlot();
        assertThat(plot.getDataset().getColumnKeys()).containsExactly("CN2", "CN3", "Other 1");
        assertThat(plot.getDataset().getValue(0, 2).doubleValue()).isEqualTo(0.2);
    }

    @Test
    void tornadoPutsTheLargestEffectOnTopAndSplitsDirections() {
        JFreeChart chart = Charts.stressTornado("coverage", List.of(
                new StressImpact("PD × 2", 2.0, 2.0),
                new StressImpact("Market value −30 %", 2.0, 1.4),
                new StressImpact("Top patent invalidated", 2.0, 1.1)), NumberFormat.getPercentInstance(Locale.ROOT), EN);
        CategoryPlot plot = chart.getCategoryPlot();
        assertThat(plot.getDataset().getColumnKeys()).containsExactly("Top patent invalidated", "Market value −30 %", "PD × 2");
        assertThat(plot.getDataset().getValue(0, 0).doubleValue()).isCloseTo(-0.9, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(plot.getDataset().getValue(1, 0).doubleValue()).isZero();
    }

    /**
     * Issue 16, layout: on screen (a chart six scenarios high in 150 px at 1024×700) each scenario is labelled on one
     * line by its name without the explanation in brackets, so labels never overlap; the full name stays the
     * category (the bar's tooltip) and the printed chart keeps the whole name on up to four lines.
     */
    @Test
    void onScreenTheTornadoLabelsEachScenarioOnOneLineByItsShortName() throws Exception {
        String disposal = "Disposal at 10% recovery (liquidation value at most 10% of market value)";
        String chinese = "按10%回收率处置（变现价值不超过市场价值的10%）";
        List<StressImpact> impacts = List.of(new StressImpact(disposal, 2.0, 0.2), new StressImpact(chinese, 2.0, 0.4),
                new StressImpact("PD × 2", 2.0, 2.0));
        JFreeChart screen = Charts.stressTornado("coverage", impacts, NumberFormat.getPercentInstance(Locale.ROOT), EN, true);
        org.jfree.chart.axis.CategoryAxis axis = screen.getCategoryPlot().getDomainAxis();
        assertThat(screen.getCategoryPlot().getDataset().getColumnKeys()).contains(disposal, chinese);
        assertThat(axis.getMaximumCategoryLabelLines()).isEqualTo(1);
        java.lang.reflect.Method label = axis.getClass().getDeclaredMethod("createLabel", Comparable.class, float.class,
                org.jfree.chart.ui.RectangleEdge.class, java.awt.Graphics2D.class);
        label.setAccessible(true);
        java.awt.Graphics2D g2 = new BufferedImage(10, 10, BufferedImage.TYPE_INT_RGB).createGraphics();
        org.jfree.chart.text.TextBlock block = (org.jfree.chart.text.TextBlock) label.invoke(axis, disposal, 400f,
                org.jfree.chart.ui.RectangleEdge.LEFT, g2);
        assertThat(block.getLines()).hasSize(1);
        assertThat(((org.jfree.chart.text.TextLine) block.getLines().get(0)).getFirstTextFragment().getText()).isEqualTo("Disposal at 10% recovery");
        assertThat(Charts.brief(chinese)).isEqualTo("按10%回收率处置");
        assertThat(Charts.brief("PD × 2")).isEqualTo("PD × 2");
        JFreeChart print = Charts.stressTornado("coverage", impacts, NumberFormat.getPercentInstance(Locale.ROOT), EN);
        assertThat(print.getCategoryPlot().getDomainAxis().getMaximumCategoryLabelLines()).isEqualTo(4);
    }

    @Test
    void legalLifeFlagsPatentsExpiringBeforeMaturity() {
        JFreeChart chart = Charts.legalLifeVersusTerm(List.of(new LegalLife("CN-A", 12), new LegalLife("CN-B", 1.5),
                new LegalLife("CN-C", 2.9)), 3, "2029-12-01", EN);
        CategoryPlot plot = chart.getCategoryPlot();
        assertThat(plot.getDataset().getColumnKeys()).containsExactly("CN-B", "CN-C", "CN-A");
        assertThat(plot.getRenderer().getItemPaint(0, 0)).isEqualTo(ChartTheme.WARNING);
        assertThat(plot.getRenderer().getItemPaint(0, 2)).isEqualTo(ChartTheme.PRIMARY);
        // the maturity line is named in the subtitle, never by a label drawn over a bar
        assertThat(((TextTitle) chart.getSubtitle(0)).getText()).startsWith("2 of 3 patents expire before the loan matures")
                .contains("2029-12-01");
        assertThat(((org.jfree.chart.plot.ValueMarker) plot.getRangeMarkers(org.jfree.chart.ui.Layer.FOREGROUND)
                .iterator().next()).getLabel()).isNull();
        assertThatThrownBy(() -> Charts.legalLifeVersusTerm(List.of(new LegalLife("CN-A", 1)), 0, "2025-06-30", EN))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("was 0.0");
    }

    @Test
    void compositionGroupsPatentsByTypeAndIpcSection() {
        List<Patent> patents = List.of(
                patent("US11803561", PatentType.INVENTION, "H04L 9/32"),
                patent("US11554698", PatentType.UTILITY_MODEL, "G06F 3/01"),
                patent("US11555621", PatentType.INVENTION, "h01M 10/05"),
                patent("USD645062", PatentType.DESIGN, null));
        assertThat(Compositions.byType(patents, Compositions.count(), ZH))
                .containsExactly(new Share("发明", 2), new Share("实用新型", 1), new Share("外观设计", 1));
        assertThat(Compositions.byIpcSection(patents, Compositions.count(), EN))
                .containsExactly(new Share("G Physics", 1), new Share("H Electricity", 2), new Share("No IPC class", 1));
        assertThat(Charts.compositionByField(Compositions.byIpcSection(patents, Compositions.count(), EN), EN)
                .getTitle().getText()).isEqualTo("Portfolio by technology field (IPC section)");
    }

    /** Issue 16 item 4: a pie of amounts names them in the reader's unit, never in raw yuan. */
    @Test
    void aPieOfAmountsShowsThemInTheReadersUnit() {
        List<Share> values = List.of(new Share("发明", 10_617_274), new Share("实用新型", 1_904_530));
        @SuppressWarnings("unchecked")
        org.jfree.chart.plot.PiePlot<String> zh = (org.jfree.chart.plot.PiePlot<String>)
                Charts.compositionByType(values, ZH, "CNY").getPlot();
        assertThat(zh.getLegendLabelGenerator().generateSectionLabel(zh.getDataset(), "发明"))
                .isEqualTo("发明: 1,061.73 万元");
        @SuppressWarnings("unchecked")
        org.jfree.chart.plot.PiePlot<String> en = (org.jfree.chart.plot.PiePlot<String>)
                Charts.compositionByField(List.of(new Share("G", 10_617_274)), EN, "CNY").getPlot();
        assertThat(en.getLegendLabelGenerator().generateSectionLabel(en.getDataset(), "G"))
                .isEqualTo("G: 10,617,274 CNY");
        @SuppressWarnings("unchecked")
        org.jfree.chart.plot.PiePlot<String> counts = (org.jfree.chart.plot.PiePlot<String>)
                Charts.compositionByType(List.of(new Share("Invention", 3)), EN).getPlot();
        assertThat(counts.getLegendLabelGenerator().generateSectionLabel(counts.getDataset(), "Invention"))
                .isEqualTo("Invention: 3");
    }

    /**
     * Review 14b (B): the valuation counts a negative method as zero (SPEC), so the method chart draws it at zero,
     * its bars add up to the reconciled total, and a subtitle names the negative value in the reader's language.
     */
    @Test
    void aNegativeMethodIsDrawnAtZeroAndNamedInASubtitle() {
        List<MethodValue> values = List.of(new MethodValue("收益分成法", 962_475), new MethodValue("多期超额收益法", -323_052),
                new MethodValue("成本法", 354_858));
        JFreeChart zh = Charts.valueByMethod(values, null, "CNY", ZH);
        org.jfree.data.category.CategoryDataset data = ((CategoryPlot) zh.getPlot()).getDataset();
        double sum = 0;
        for (int c = 0; c < data.getColumnCount(); c++) {
            assertThat(data.getValue(0, c).doubleValue()).isGreaterThanOrEqualTo(0);
            sum += data.getValue(0, c).doubleValue();
        }
        assertThat(sum).isEqualTo(962_475 + 354_858);
        assertThat(data.getValue(0, 1).doubleValue()).isZero();
        assertThat(subtitles(zh)).contains("多期超额收益法为负值（-32.31万元），按零计入，与评估一致");
        JFreeChart en = Charts.valueByMethod(List.of(new MethodValue("Multi-period excess earnings", -323_052)), null,
                "CNY", EN);
        assertThat(subtitles(en)).contains(
                "Multi-period excess earnings gave a negative value (-323,052 CNY): counted as zero, as in the valuation");
        // without a negative method there is no such note
        assertThat(subtitles(Charts.valueByMethod(List.of(new MethodValue("成本法", 1)), null, "CNY", ZH))).isEmpty();
        // the part counted as zero is kept apart from the counted value, never mixed into it
        assertThat(new MethodValue("A", 5, -2).value()).isEqualTo(5);
        assertThatThrownBy(() -> new MethodValue("A", -1, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    private static List<String> subtitles(JFreeChart chart) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < chart.getSubtitleCount(); i++) {
            if (chart.getSubtitle(i) instanceof TextTitle t) {
                out.add(t.getText());
            }
        }
        return out;
    }

    @Test
    void everyChartExportsToSvgAndPng() throws IOException {
        List<JFreeChart> charts = List.of(
                Charts.valueDistribution(lognormal(), ZH),
                Charts.valueByMethod(List.of(new MethodValue("Relief from royalty", 1.2e6), new MethodValue("Cost", 8e5)),
                        1.05e6, "CNY", EN),
                Charts.compositionByType(List.of(new Share("Invention", 3), new Share("Design", 1)), EN),
                Charts.coverageOverTerm(List.of(new CoveragePoint(0, 2.5), new CoveragePoint(1, 2.1),
                        new CoveragePoint(2, 1.6)), 1.25, ZH));
        for (JFreeChart c : charts) {
            String svg = ChartExport.toSvg(c, 480, 300);
            assertThat(svg).contains("<svg").contains(c.getTitle().getText());
            BufferedImage png = ImageIO.read(new ByteArrayInputStream(ChartExport.toPng(c, 480, 300, 2)));
            assertThat(png.getWidth()).isEqualTo(960);
            assertThat(png.getHeight()).isEqualTo(600);
        }
    }

    @Test
    void chartsDrawWithTheReportFontWhenItIsInstalled() {
        org.junit.jupiter.api.Assumptions.assumeTrue(ReportFont.find().isPresent(), "fonts-wqy-microhei installed");
        assertThat(ChartTheme.font(Font.PLAIN, 9).getFamily(Locale.ROOT)).isEqualTo(ReportFont.FAMILY);
    }

    private static Patent patent(String number, PatentType type, String ipc) {
        return Patent.builder(PatentNumber.parse(number), type, LegalStatus.VALID).ipc(ipc).title("t").build();
    }
}
