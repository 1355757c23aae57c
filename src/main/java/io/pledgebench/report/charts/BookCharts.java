package io.pledgebench.report.charts;

import io.pledgebench.domain.Text;
import io.pledgebench.risk.monitoring.BookAnalytics;
import io.pledgebench.risk.monitoring.Severity;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;

import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The loan book's charts, for the workbench's Loan book screen and the monitoring report alike: the book's amounts,
 * the distribution of coverage across loans, concentration of exposure by a grouping, and alerts by severity. An
 * empty book draws each chart with a sentence saying there is nothing to show; every chart reads sensibly with one
 * loan.
 */
public final class BookCharts {

    /** Groups shown by name in a concentration chart; the rest are gathered in one bar. */
    public static final int TOP_GROUPS = 8;

    private BookCharts() {
    }

    private static String t(Locale locale, String key, Object... args) {
        return Text.of(key, args).render(locale);
    }

    /** Exposure, revalued market and liquidation value, lifetime expected loss and capital of the book. */
    public static JFreeChart amounts(BookAnalytics.Book b, String currency, Locale locale) {
        Objects.requireNonNull(b, "book");
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        String series = t(locale, "book.chart.amounts.series");
        if (b.loans() > 0) {
            add(data, series, t(locale, "book.report.exposure"), b.exposure());
            add(data, series, t(locale, "book.chart.amounts.marketValue"), b.marketValue());
            add(data, series, t(locale, "book.chart.amounts.liquidationValue"), b.liquidationValue());
            add(data, series, t(locale, "book.report.lifetimeExpectedLoss"), b.lifetimeExpectedLoss());
            add(data, series, t(locale, "book.report.capital"), b.capital());
        }
        JFreeChart chart = ChartFactory.createBarChart(t(locale, "book.chart.amounts.title"), null,
                t(locale, "book.chart.amounts.y", AmountFormat.unit(locale, currency)), data,
                PlotOrientation.HORIZONTAL, false, true, false);
        ChartTheme.apply(chart);
        CategoryPlot plot = chart.getCategoryPlot();
        noData(plot, locale, "book.chart.noLoans");
        plot.setRangeAxisLocation(AxisLocation.BOTTOM_OR_LEFT);
        NumberAxis range = (NumberAxis) plot.getRangeAxis();
        Charts.ticks(range, Charts.Scale.AMOUNT, locale);
        range.setUpperMargin(0.18);
        if (b.loans() == 0) {
            // nothing to measure: no scale of made-up amounts under the sentence that says so
            range.setRange(0, 1);
            range.setTickLabelsVisible(false);
            range.setTickMarksVisible(false);
        }
        BarRenderer r = (BarRenderer) plot.getRenderer();
        ChartTheme.flatBars(r);
        r.setSeriesPaint(0, ChartTheme.PRIMARY);
        r.setMaximumBarWidth(0.12);
        labels(r, AmountFormat.labels(locale), PlotOrientation.HORIZONTAL);
        return chart;
    }

    private static void add(DefaultCategoryDataset data, String series, String label, BigDecimal v) {
        data.addValue(v == null ? 0 : v.doubleValue(), series, label);
    }

    /** How many loans fall in each coverage band (liquidation value / exposure); loans not revalued apart. */
    public static JFreeChart coverageDistribution(BookAnalytics.CoverageDistribution d, Locale locale) {
        Objects.requireNonNull(d, "distribution");
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        String series = t(locale, "book.chart.coverage.series");
        int total = d.counts().stream().mapToInt(Integer::intValue).sum();
        List<Double> bounds = BookAnalytics.COVERAGE_BANDS;
        if (total > 0) {
            for (int i = 0; i < d.counts().size(); i++) {
                data.addValue(d.counts().get(i), series, band(i, bounds, locale));
            }
        }
        JFreeChart chart = ChartFactory.createBarChart(t(locale, "book.chart.coverage.title"),
                t(locale, "book.chart.coverage.x"), t(locale, "book.chart.coverage.y"), data,
                PlotOrientation.VERTICAL, false, true, false);
        ChartTheme.apply(chart);
        CategoryPlot plot = chart.getCategoryPlot();
        noData(plot, locale, "book.chart.noCoverage");
        int lowBands = (int) bounds.stream().filter(x -> x <= 1.0).count();
        BarRenderer r = new BarRenderer() {
            private static final long serialVersionUID = 1L;

            @Override
            public Paint getItemPaint(int row, int column) {
                // below full coverage the bands are a warning colour
                return column < lowBands ? ChartTheme.WARNING : ChartTheme.PRIMARY;
            }
        };
        plot.setRenderer(r);
        ChartTheme.flatBars(r);
        r.setMaximumBarWidth(0.14);
        labels(r, Charts.decimal(0), PlotOrientation.VERTICAL);
        // a band's label is printed whole ("0.25倍 – 0.5倍" over two lines), never cut with "…"
        plot.getDomainAxis().setMaximumCategoryLabelLines(2);
        plot.getDomainAxis().setMaximumCategoryLabelWidthRatio(1.2f);
        NumberAxis range = (NumberAxis) plot.getRangeAxis();
        range.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        range.setUpperMargin(0.15);
        if (d.withoutExposure() > 0) {
            chart.addSubtitle(new TextTitle(t(locale, "book.chart.coverage.notRevalued", d.withoutExposure()),
                    ChartTheme.font(Font.PLAIN, 8.5f)));
        }
        return chart;
    }

    /**
     * The band's label, in the chart and the monitoring report's table alike: "< 0.25×", "0.25× – 0.5×", "≥ 2×" as
     * coverage thresholds are printed ("倍" in Chinese).
     */
    public static String band(int i, List<Double> bounds, Locale locale) {
        if (i == 0) {
            return t(locale, "book.chart.band.below", Charts.threshold(bounds.get(0), locale));
        }
        if (i == bounds.size()) {
            return t(locale, "book.chart.band.above", Charts.threshold(bounds.get(i - 1), locale));
        }
        return t(locale, "book.chart.band.between", Charts.threshold(bounds.get(i - 1), locale),
                Charts.threshold(bounds.get(i), locale));
    }

    /**
     * Shares of exposure by group (borrower, industry, IPC section or risk-sharing scheme), largest first, the
     * {@value #TOP_GROUPS} largest by name and the rest in one bar, with the Herfindahl–Hirschman index.
     */
    public static JFreeChart concentration(String title, BookAnalytics.Groups g, Locale locale) {
        Objects.requireNonNull(g, "groups");
        List<Map.Entry<String, Double>> sorted = new ArrayList<>(g.shares().entrySet().stream()
                .filter(e -> e.getValue() > 0).toList());
        sorted.sort(Comparator.comparingDouble((Map.Entry<String, Double> e) -> -e.getValue())
                .thenComparing(Map.Entry::getKey));
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        String series = t(locale, "book.chart.concentration.series");
        int shown = Math.min(TOP_GROUPS, sorted.size());
        double rest = 0;
        for (int i = 0; i < sorted.size(); i++) {
            Map.Entry<String, Double> e = sorted.get(i);
            if (i < shown) {
                String name = e.getKey().isEmpty() ? t(locale, "book.report.notGiven") : e.getKey();
                data.addValue(e.getValue(), series, shorten(name));
            } else {
                rest += e.getValue();
            }
        }
        int othersRow = -1;
        if (sorted.size() > shown) {
            othersRow = shown;
            data.addValue(rest, series, t(locale, "book.chart.concentration.others", sorted.size() - shown));
        }
        JFreeChart chart = ChartFactory.createBarChart(title, null, t(locale, "book.chart.concentration.y"), data,
                PlotOrientation.HORIZONTAL, false, true, false);
        ChartTheme.apply(chart);
        CategoryPlot plot = chart.getCategoryPlot();
        noData(plot, locale, "book.chart.noLoans");
        plot.setRangeAxisLocation(AxisLocation.BOTTOM_OR_LEFT);
        BarRenderer r = ChartTheme.barsWithOthers(ChartTheme.SECONDARY, othersRow);
        plot.setRenderer(r);
        r.setMaximumBarWidth(0.1);
        labels(r, Charts.percent(2), PlotOrientation.HORIZONTAL);
        NumberAxis range = (NumberAxis) plot.getRangeAxis();
        Charts.ticks(range, Charts.Scale.PERCENT, locale);
        range.setRange(0, 1.12);
        range.setTickUnit(new org.jfree.chart.axis.NumberTickUnit(0.25));
        plot.getDomainAxis().setTickLabelFont(ChartTheme.font(Font.PLAIN, 8f));
        if (!sorted.isEmpty()) {
            chart.addSubtitle(new TextTitle(t(locale, "book.chart.concentration.hhi", Charts.decimal(3).format(g.hhi()),
                    sorted.size()), ChartTheme.font(Font.PLAIN, 8.5f)));
        }
        return chart;
    }

    private static String shorten(String name) {
        return name.length() <= 28 ? name : name.substring(0, 27) + "…";
    }

    /**
     * {@code g} with its groups named for the reader (a risk-sharing scheme's id by its name); groups given the same
     * name are added up. The index is the one computed over the groups as they were.
     */
    public static BookAnalytics.Groups named(BookAnalytics.Groups g, java.util.function.UnaryOperator<String> name) {
        Map<String, Double> shares = new java.util.LinkedHashMap<>();
        Map<String, BigDecimal> exposure = new java.util.LinkedHashMap<>();
        for (Map.Entry<String, Double> e : g.shares().entrySet()) {
            String n = e.getKey().isEmpty() ? e.getKey() : name.apply(e.getKey());
            shares.merge(n, e.getValue(), Double::sum);
            exposure.merge(n, g.exposure().get(e.getKey()), BigDecimal::add);
        }
        return new BookAnalytics.Groups(shares, exposure, g.hhi());
    }

    /** The name of a risk-sharing scheme as the report names it ({@code zhongshan}: 中山 / Zhongshan). */
    public static String schemeName(String id, Locale locale) {
        java.util.ResourceBundle report = Text.bundle("report", locale);
        return report.containsKey("report.term." + id) ? report.getString("report.term." + id) : id;
    }

    /** Per severity: {open, acknowledged} counts of {@code alerts}. */
    public static Map<Severity, int[]> countBySeverity(List<io.pledgebench.risk.monitoring.AlertStatus> alerts) {
        Map<Severity, int[]> out = new java.util.EnumMap<>(Severity.class);
        for (io.pledgebench.risk.monitoring.AlertStatus s : alerts) {
            out.computeIfAbsent(s.alert().severity(), k -> new int[2])[
                    s.status() == io.pledgebench.risk.monitoring.AlertStatus.Status.OPEN ? 0 : 1]++;
        }
        return out;
    }

    /** The height a concentration chart of {@code g} needs: a band per bar shown. */
    public static float concentrationHeight(BookAnalytics.Groups g) {
        long groups = g.shares().values().stream().filter(v -> v > 0).count();
        long bars = Math.min(TOP_GROUPS, groups) + (groups > TOP_GROUPS ? 1 : 0);
        return 80 + 20 * Math.max(2, bars);
    }

    /** Alerts by severity, open and acknowledged stacked. {@code counts}: per severity, {open, acknowledged}. */
    public static JFreeChart alertsBySeverity(Map<Severity, int[]> counts, Locale locale) {
        Objects.requireNonNull(counts, "counts");
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        String open = t(locale, "book.status.open");
        String acknowledged = t(locale, "book.status.acknowledged");
        int total = counts.values().stream().mapToInt(c -> c[0] + c[1]).sum();
        if (total > 0) {
            for (Severity s : Severity.values()) {
                int[] c = counts.getOrDefault(s, new int[2]);
                String label = t(locale, "book.severity." + s.code());
                data.addValue(c[0], open, label);
                data.addValue(c[1], acknowledged, label);
            }
        }
        JFreeChart chart = ChartFactory.createStackedBarChart(t(locale, "book.chart.alerts.title"), null,
                t(locale, "book.chart.alerts.y"), data, PlotOrientation.VERTICAL, true, true, false);
        ChartTheme.apply(chart);
        CategoryPlot plot = chart.getCategoryPlot();
        noData(plot, locale, "book.report.noAlerts");
        StackedBarRenderer r = (StackedBarRenderer) plot.getRenderer();
        ChartTheme.flatBars(r);
        r.setSeriesPaint(0, ChartTheme.WARNING);
        r.setSeriesPaint(1, ChartTheme.MUTED);
        r.setMaximumBarWidth(0.14);
        r.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator("{2}", Charts.decimal(0)) {
            private static final long serialVersionUID = 1L;

            @Override
            public String generateLabel(org.jfree.data.category.CategoryDataset dataset, int row, int column) {
                Number v = dataset.getValue(row, column);
                return v == null || v.intValue() == 0 ? null : super.generateLabel(dataset, row, column);
            }
        });
        r.setDefaultItemLabelsVisible(true);
        r.setDefaultItemLabelFont(ChartTheme.font(Font.PLAIN, 8f));
        r.setDefaultItemLabelPaint(Color.WHITE);
        NumberAxis range = (NumberAxis) plot.getRangeAxis();
        range.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        return chart;
    }

    private static void noData(CategoryPlot plot, Locale locale, String key) {
        plot.setNoDataMessage(t(locale, key));
        plot.setNoDataMessageFont(ChartTheme.font(Font.PLAIN, 10f));
    }

    private static void labels(BarRenderer r, NumberFormat fmt, PlotOrientation orientation) {
        r.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator("{2}", fmt));
        r.setDefaultItemLabelsVisible(true);
        r.setDefaultItemLabelFont(ChartTheme.font(Font.PLAIN, 7.5f));
        r.setDefaultItemLabelPaint(ChartTheme.INK);
        r.setDefaultPositiveItemLabelPosition(orientation == PlotOrientation.HORIZONTAL
                ? new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3, TextAnchor.CENTER_LEFT)
                : new ItemLabelPosition(ItemLabelAnchor.OUTSIDE12, TextAnchor.BOTTOM_CENTER));
    }
}
