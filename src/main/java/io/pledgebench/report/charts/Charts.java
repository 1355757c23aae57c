package io.pledgebench.report.charts;

import io.pledgebench.domain.Multiples;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.axis.TickUnits;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.labels.StandardPieSectionLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PiePlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.general.DefaultPieDataset;
import org.jfree.data.statistics.HistogramDataset;
import org.jfree.data.statistics.HistogramType;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The charts of the workbench and the report, built from plain data so the same picture appears on screen
 * and on paper. Every builder takes the reader's locale for titles and number formats and returns a styled
 * {@link JFreeChart}; draw it with {@link ChartExport} or a JavaFX ChartViewer.
 */
public final class Charts {

    /** Histogram bins: enough to show the shape, few enough to stay readable at report width. */
    private static final int MIN_BINS = 10;
    private static final int MAX_BINS = 60;

    private static final Color LABEL_BACKGROUND = new Color(255, 255, 255, 220);
    /** A marker labelled by its name alone (its value is said elsewhere on the chart). */
    private static final NumberFormat NAME_ONLY = NumberFormat.getInstance(Locale.ROOT);

    private Charts() {
    }

    /** Histogram of simulated values with the P5, P50 and P95 reported by the valuation marked. */
    public static JFreeChart valueDistribution(ValueDistribution d, Locale locale) {
        return valueDistribution(d, locale, false);
    }

    /**
     * {@link #valueDistribution(ValueDistribution, Locale)}; {@code onScreen}: for a chart drawn a third of a window
     * wide, the lines are labelled by name only (their values are in the subtitle) and labels closer than an eighth of
     * the axis share one, as full labels overlapped there (cold review 16 #8).
     */
    public static JFreeChart valueDistribution(ValueDistribution d, Locale locale, boolean onScreen) {
        Objects.requireNonNull(d, "distribution");
        HistogramDataset data = new HistogramDataset();
        data.setType(HistogramType.RELATIVE_FREQUENCY);
        double[] samples = d.samples();
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (double s : samples) {
            min = Math.min(min, s);
            max = Math.max(max, s);
        }
        int bins = Math.max(MIN_BINS, Math.min(MAX_BINS, (int) Math.round(Math.sqrt(samples.length))));
        boolean single = max - min <= Math.max(Math.abs(max), 1) * 1e-9;
        double lower = min;
        double upper = max;
        if (single) {
            // every path gives one value (nothing pledgeable: zero): one bar on an axis from zero, never "−0.5 … 0.5"
            double span = min == 0 ? 10_000 : Math.abs(min) * 0.1;
            lower = min >= 0 ? Math.max(0, min - span) : min - span;
            upper = max + span;
            data.addSeries(ChartLabels.get(locale, "report.chart.distribution.series"), samples, 1, min, min + span / 10);
        } else {
            data.addSeries(ChartLabels.get(locale, "report.chart.distribution.series"), samples, bins);
        }
        JFreeChart chart = ChartFactory.createHistogram(ChartLabels.get(locale, "report.chart.distribution.title"),
                ChartLabels.get(locale, "report.chart.distribution.x", AmountFormat.unit(locale, d.currency())),
                ChartLabels.get(locale, "report.chart.distribution.y"), data, PlotOrientation.VERTICAL, false, true, false);
        ChartTheme.apply(chart);
        XYPlot plot = chart.getXYPlot();
        XYBarRenderer r = (XYBarRenderer) plot.getRenderer();
        r.setSeriesPaint(0, ChartTheme.PRIMARY);
        r.setDrawBarOutline(true);
        r.setSeriesOutlinePaint(0, Color.WHITE);
        r.setMargin(0.0);
        NumberAxis domain = (NumberAxis) plot.getDomainAxis();
        ticks(domain, Scale.AMOUNT, locale);
        if (single) {
            domain.setRange(lower, upper);
        } else if (min >= 0) {
            domain.setLowerBound(Math.max(0, domain.getLowerBound()));
        }
        ticks((NumberAxis) plot.getRangeAxis(), Scale.PERCENT, locale);
        ((NumberAxis) plot.getRangeAxis()).setUpperMargin(0.12);
        AmountFormat amounts = AmountFormat.labels(locale);
        // percentiles closer than a twentieth of the axis share one label, so labels never overlap
        double close = (domain.getUpperBound() - domain.getLowerBound()) / (onScreen ? 8 : 20);
        NumberFormat labels = onScreen ? NAME_ONLY : amounts;
        if (d.p95() - d.p5() < close) {
            String same = onScreen ? d.p5() == d.p95() ? "P5 = P50 = P95" : "P5 · P50 · P95"
                    : d.p5() == d.p95() ? "P5 = P50 = P95 " + amounts.format(d.p50())
                    : "P5 " + amounts.format(d.p5()) + " · P50 " + amounts.format(d.p50()) + " · P95 " + amounts.format(d.p95());
            ValueMarker m = marker("", d.p50(), amounts, ChartTheme.INK, TextAnchor.TOP_LEFT, RectangleAnchor.TOP_RIGHT);
            m.setLabel(same);
            plot.addDomainMarker(m);
        } else {
            plot.addDomainMarker(marker("P5", d.p5(), labels, ChartTheme.WARNING, TextAnchor.TOP_RIGHT, RectangleAnchor.TOP_LEFT));
            boolean p50NearP5 = d.p50() - d.p5() < close;
            boolean p50NearP95 = d.p95() - d.p50() < close;
            if (!p50NearP5 && !p50NearP95) {
                plot.addDomainMarker(marker("P50", d.p50(), labels, ChartTheme.INK, TextAnchor.TOP_LEFT,
                        RectangleAnchor.TOP_RIGHT));
            } else {
                // its line without a label that would sit on a neighbour's; the subtitle gives it
                ValueMarker m = marker("P50", d.p50(), amounts, ChartTheme.INK, TextAnchor.TOP_LEFT, RectangleAnchor.TOP_RIGHT);
                m.setLabel(null);
                plot.addDomainMarker(m);
            }
            ValueMarker p95 = marker("P95", d.p95(), labels, ChartTheme.SECONDARY, TextAnchor.TOP_LEFT,
                    RectangleAnchor.TOP_RIGHT);
            if (p50NearP95) {
                // below the P50's place, so the two labels stack instead of overlapping
                p95.setLabelOffset(new RectangleInsets(18, 3, 4, 3));
            }
            plot.addDomainMarker(p95);
        }
        TextTitle subtitle = new TextTitle(ChartLabels.get(locale, "report.chart.distribution.subtitle", samples.length,
                amounts.format(d.p5()), amounts.format(d.p50()), amounts.format(d.p95()),
                AmountFormat.unit(locale, d.currency())), ChartTheme.font(Font.PLAIN, 8.5f));
        if (onScreen) {
            // a screen draws text a little wider than JFreeChart measures it: a subtitle that just fits was cut at
            // both ends at 1280 px (issue 16, layout); the margin makes it wrap to a second line first
            subtitle.setPadding(new RectangleInsets(1, 16, 1, 16));
        }
        chart.addSubtitle(subtitle);
        return chart;
    }

    /** One bar per valuation method with its value; the reconciled value, when given, as a line across. */
    public static JFreeChart valueByMethod(List<MethodValue> methods, Double reconciled, String currency, Locale locale) {
        Objects.requireNonNull(methods, "method values");
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        String series = ChartLabels.get(locale, "report.chart.methods.series");
        for (MethodValue m : methods) {
            data.addValue(m.value(), series, m.method());
        }
        JFreeChart chart = ChartFactory.createBarChart(ChartLabels.get(locale, "report.chart.methods.title"),
                null, ChartLabels.get(locale, "report.chart.methods.y", AmountFormat.unit(locale, currency)), data,
                PlotOrientation.HORIZONTAL, false, true, false);
        ChartTheme.apply(chart);
        CategoryPlot plot = chart.getCategoryPlot();
        noData(plot, locale);
        plot.setRangeAxisLocation(AxisLocation.BOTTOM_OR_LEFT);
        ticks((NumberAxis) plot.getRangeAxis(), Scale.AMOUNT, locale);
        nonDegenerate((NumberAxis) plot.getRangeAxis(), methods.stream().mapToDouble(MethodValue::value).toArray(),
                reconciled == null ? 0 : reconciled);
        // room after the longest bar for its value label, which was cut at the chart's edge on screen ("2,781,16")
        NumberAxis range = (NumberAxis) plot.getRangeAxis();
        if (range.getUpperBound() > 0) {
            range.setUpperBound(range.getUpperBound() * 1.12);
        }
        AmountFormat amounts = AmountFormat.labels(locale);
        BarRenderer r = (BarRenderer) plot.getRenderer();
        ChartTheme.flatBars(r);
        r.setSeriesPaint(0, ChartTheme.PRIMARY);
        r.setMaximumBarWidth(0.12);
        itemLabels(r, amounts, PlotOrientation.HORIZONTAL);
        plot.getRangeAxis().setUpperMargin(0.15);
        for (MethodValue m : methods) {
            if (m.countedAsZero()) {
                // drawn at zero, as the reconciliation counts it; the value the method gave is named, not hidden
                chart.addSubtitle(new TextTitle(ChartLabels.get(locale, "report.chart.methods.negative", m.method(),
                        amounts.format(m.negative()), AmountFormat.unit(locale, currency)),
                        ChartTheme.font(Font.PLAIN, 8.5f)));
            }
        }
        if (reconciled != null) {
            ValueMarker line = new ValueMarker(reconciled, ChartTheme.ACCENT, new BasicStroke(1.4f,
                    BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {5f, 3f}, 0f));
            line.setLabel(ChartLabels.get(locale, "report.chart.methods.reconciled", amounts.format(reconciled)));
            line.setLabelBackgroundColor(LABEL_BACKGROUND);
            line.setLabelFont(ChartTheme.font(Font.PLAIN, 8f));
            line.setLabelPaint(ChartTheme.ACCENT);
            // left of its line: the reconciled value is near the longest bar, so a label right of it ran off the chart
            line.setLabelAnchor(RectangleAnchor.BOTTOM_LEFT);
            line.setLabelTextAnchor(TextAnchor.BOTTOM_RIGHT);
            plot.addRangeMarker(line, Layer.FOREGROUND);
        }
        return chart;
    }

    /** Portfolio composition by patent type, in patent counts (the pie shows shares). */
    public static JFreeChart compositionByType(List<Share> slices, Locale locale) {
        return pie(ChartLabels.get(locale, "report.chart.type.title"), slices, locale, null);
    }

    /**
     * Portfolio composition by patent type in amounts of {@code currency}: the legend shows each amount as the tables
     * print it, in the reader's unit (万元 in Chinese, the currency in English).
     */
    public static JFreeChart compositionByType(List<Share> slices, Locale locale, String currency) {
        return pie(ChartLabels.get(locale, "report.chart.type.title"), slices, locale,
                Objects.requireNonNull(currency, "currency"));
    }

    /** Portfolio composition by technology field (IPC section A–H), in patent counts. */
    public static JFreeChart compositionByField(List<Share> slices, Locale locale) {
        return pie(ChartLabels.get(locale, "report.chart.field.title"), slices, locale, null);
    }

    /** Portfolio composition by technology field in amounts of {@code currency} (see the type pie). */
    public static JFreeChart compositionByField(List<Share> slices, Locale locale, String currency) {
        return pie(ChartLabels.get(locale, "report.chart.field.title"), slices, locale,
                Objects.requireNonNull(currency, "currency"));
    }

    /**
     * Remaining legal life per patent, shortest first, against the loan term: a patent whose bar ends before
     * the maturity line expires while the loan is outstanding.
     */
    /**
     * @param loanTermYears years from the valuation date to maturity (remaining lives count from the valuation date)
     * @param maturityDate  the maturity date named on the line
     */
    public static JFreeChart legalLifeVersusTerm(List<LegalLife> patents, double loanTermYears, String maturityDate,
                                                 Locale locale) {
        Objects.requireNonNull(patents, "patents");
        if (!(loanTermYears > 0) || Double.isInfinite(loanTermYears)) {
            throw new IllegalArgumentException("loan term must be a positive number of years, was " + loanTermYears);
        }
        List<LegalLife> sorted = new ArrayList<>(patents);
        sorted.sort(Comparator.comparingDouble(LegalLife::remainingYears).thenComparing(LegalLife::patent));
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        String series = ChartLabels.get(locale, "report.chart.life.series");
        for (LegalLife p : sorted) {
            data.addValue(p.remainingYears(), series, p.patent());
        }
        JFreeChart chart = ChartFactory.createBarChart(ChartLabels.get(locale, "report.chart.life.title"), null,
                ChartLabels.get(locale, "report.chart.life.y"), data, PlotOrientation.HORIZONTAL, false, true, false);
        ChartTheme.apply(chart);
        CategoryPlot plot = chart.getCategoryPlot();
        noData(plot, locale);
        plot.setRangeAxisLocation(AxisLocation.BOTTOM_OR_LEFT);
        NumberAxis years = (NumberAxis) plot.getRangeAxis();
        double longest = sorted.stream().mapToDouble(LegalLife::remainingYears).max().orElse(0);
        // the maturity line always in view, with room to its right
        years.setRange(0, Math.max(longest, loanTermYears) * 1.08 + 0.5);
        years.setNumberFormatOverride(decimal(0));
        years.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        BarRenderer r = new BarRenderer() {
            private static final long serialVersionUID = 1L;

            @Override
            public Paint getItemPaint(int row, int column) {
                return sorted.get(column).remainingYears() < loanTermYears ? ChartTheme.WARNING : ChartTheme.PRIMARY;
            }
        };
        ChartTheme.flatBars(r);
        r.setMaximumBarWidth(0.08);
        plot.setRenderer(r);
        plot.getDomainAxis().setTickLabelFont(ChartTheme.font(Font.PLAIN, sorted.size() > 40 ? 5.5f : 7.5f));
        // the maturity line is named in the subtitle, not by a label drawn over the bars
        ValueMarker maturity = new ValueMarker(loanTermYears, ChartTheme.INK, new BasicStroke(1.5f));
        plot.addRangeMarker(maturity, Layer.FOREGROUND);
        long short_ = sorted.stream().filter(p -> p.remainingYears() < loanTermYears).count();
        chart.addSubtitle(new TextTitle(ChartLabels.get(locale, "report.chart.life.subtitle", short_, sorted.size())
                + ChartLabels.get(locale, "report.chart.life.line", ChartLabels.get(locale, "report.chart.life.maturity",
                maturityDate, decimal(1).format(loanTermYears))), ChartTheme.font(Font.PLAIN, 8.5f)));
        return chart;
    }

    /**
     * Coverage (liquidation value of the eligible collateral / exposure) at each loan year, with the minimum coverage
     * the grade requires as a line. LTV (loan / market value) is a figure of its own and not drawn here.
     */
    public static JFreeChart coverageOverTerm(List<CoveragePoint> points, double minimumCoverage, Locale locale) {
        Objects.requireNonNull(points, "coverage points");
        XYSeries coverage = new XYSeries(ChartLabels.get(locale, "report.chart.coverage.requested"));
        XYSeries recommended = new XYSeries(ChartLabels.get(locale, "report.chart.coverage.recommended"));
        double top = 0;
        for (CoveragePoint p : points) {
            coverage.add(p.year(), p.coverage());
            top = Math.max(top, p.coverage());
            if (Double.isFinite(p.coverageRecommended())) {
                recommended.add(p.year(), p.coverageRecommended());
                top = Math.max(top, p.coverageRecommended());
            }
        }
        XYSeriesCollection series = new XYSeriesCollection(coverage);
        if (recommended.getItemCount() > 0) {
            series.addSeries(recommended);
        }
        JFreeChart chart = ChartFactory.createXYLineChart(ChartLabels.get(locale, "report.chart.coverage.title"),
                ChartLabels.get(locale, "report.chart.coverage.x"), ChartLabels.get(locale, "report.chart.coverage.coverage"),
                series, PlotOrientation.VERTICAL, true, true, false);
        ChartTheme.apply(chart);
        XYPlot plot = chart.getXYPlot();
        plot.setNoDataMessage(ChartLabels.get(locale, "report.chart.noData"));
        XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(true, true);
        r.setSeriesPaint(0, ChartTheme.PRIMARY);
        r.setSeriesStroke(0, new BasicStroke(1.8f));
        r.setSeriesPaint(1, ChartTheme.ACCENT);
        r.setSeriesStroke(1, new BasicStroke(1.8f));
        plot.setRenderer(r);
        NumberAxis coverageAxis = (NumberAxis) plot.getRangeAxis();
        // ticked as the tables print a coverage, with no two ticks alike for small coverages
        double shown = Math.max(top, minimumCoverage > 0 && Double.isFinite(minimumCoverage) ? minimumCoverage : 0);
        ticks(coverageAxis, Scale.TIMES, locale);
        coverageAxis.setAutoRangeIncludesZero(true);
        // the grade's minimum must be on the chart the caption speaks of; no collateral: 0 … 1×, never "−0.00×"
        coverageAxis.setRange(0, shown > 0 && Double.isFinite(shown) ? shown * 1.15 : 1);
        NumberAxis yearAxis = (NumberAxis) plot.getDomainAxis();
        double last = points.stream().mapToDouble(CoveragePoint::year).max().orElse(1);
        yearAxis.setRange(0, Math.max(1, last) + 0.25);
        coverageAxis.setLabelPaint(ChartTheme.PRIMARY);
        // loan years are whole years: ticks 0, 1, 2, 3 — never "0.2 … 3.2" (review 14b, C)
        yearAxis.setStandardTickUnits(NumberAxis.createIntegerTickUnits(locale));
        yearAxis.setNumberFormatOverride(decimal(0));
        if (minimumCoverage > 0 && Double.isFinite(minimumCoverage)) {
            ValueMarker floor = new ValueMarker(minimumCoverage, ChartTheme.WARNING, new BasicStroke(1.2f,
                    BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {4f, 3f}, 0f));
            floor.setLabel(ChartLabels.get(locale, "report.chart.coverage.minimum", threshold(minimumCoverage, locale)));
            floor.setLabelBackgroundColor(LABEL_BACKGROUND);
            floor.setLabelFont(ChartTheme.font(Font.PLAIN, 8f));
            floor.setLabelPaint(ChartTheme.WARNING);
            floor.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
            floor.setLabelTextAnchor(TextAnchor.BOTTOM_RIGHT);
            plot.addRangeMarker(floor, Layer.FOREGROUND);
        }
        return chart;
    }

    /**
     * Tornado of stress scenarios: the change of one metric (coverage, LTV or expected loss) from its base
     * value under each scenario, largest effect on top.
     */
    public static JFreeChart stressTornado(String metric, List<StressImpact> scenarios, NumberFormat valueFormat,
                                           Locale locale) {
        return stressTornado(metric, scenarios, valueFormat, locale, false);
    }

    /**
     * {@link #stressTornado(String, List, NumberFormat, Locale)}; {@code onScreen}: for a chart a few scenario rows
     * high (Loan &amp; risk at 1024×700), each scenario is labelled on one line by its name without the explanation in
     * brackets, so labels never overlap (issue 16, layout); its full name is the bar's tooltip and the stress table's
     * row above the chart.
     */
    public static JFreeChart stressTornado(String metric, List<StressImpact> scenarios, NumberFormat valueFormat,
                                           Locale locale, boolean onScreen) {
        Objects.requireNonNull(scenarios, "stress scenarios");
        Objects.requireNonNull(metric, "metric");
        Objects.requireNonNull(valueFormat, "valueFormat");
        List<StressImpact> sorted = new ArrayList<>(scenarios);
        sorted.sort(Comparator.comparingDouble((StressImpact s) -> -Math.abs(s.change())));
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        String down = ChartLabels.get(locale, "report.chart.stress.decrease");
        String up = ChartLabels.get(locale, "report.chart.stress.increase");
        for (StressImpact s : sorted) {
            data.addValue(Math.min(0, s.change()), down, s.scenario());
            data.addValue(Math.max(0, s.change()), up, s.scenario());
        }
        JFreeChart chart = ChartFactory.createStackedBarChart(ChartLabels.get(locale, "report.chart.stress.title", metric),
                null, ChartLabels.get(locale, "report.chart.stress.x", metric), data, PlotOrientation.HORIZONTAL,
                true, true, false);
        if (onScreen) {
            chart.getCategoryPlot().setDomainAxis(new org.jfree.chart.axis.CategoryAxis() {
                @Override
                protected org.jfree.chart.text.TextBlock createLabel(Comparable category, float width,
                                                                     org.jfree.chart.ui.RectangleEdge edge,
                                                                     java.awt.Graphics2D g2) {
                    return super.createLabel(brief(category.toString()), width, edge, g2);
                }
            });
        }
        ChartTheme.apply(chart);
        CategoryPlot plot = chart.getCategoryPlot();
        plot.setRangeAxisLocation(AxisLocation.BOTTOM_OR_LEFT);
        // in print a scenario's name is printed whole (up to four lines), never cut with "…"; on screen one line
        plot.getDomainAxis().setMaximumCategoryLabelWidthRatio(onScreen ? 0.45f : 0.4f);
        plot.getDomainAxis().setMaximumCategoryLabelLines(onScreen ? 1 : 4);
        StackedBarRenderer r = (StackedBarRenderer) plot.getRenderer();
        ChartTheme.flatBars(r);
        r.setSeriesPaint(0, ChartTheme.WARNING);
        r.setSeriesPaint(1, ChartTheme.SECONDARY);
        r.setMaximumBarWidth(0.1);
        noData(plot, locale);
        NumberAxis axis = (NumberAxis) plot.getRangeAxis();
        axis.setNumberFormatOverride(unsigned(valueFormat));
        double largest = sorted.stream().mapToDouble(s -> Math.abs(s.change())).filter(Double::isFinite).max().orElse(0);
        double base = sorted.isEmpty() ? 0 : Math.abs(sorted.get(0).base());
        if (!(largest > Math.max(base, 1e-9) * 1e-6)) {
            // no scenario moves the metric: a symmetric axis around zero wide enough to read, not "−0.00 … 0.00"
            double half = base > 0 ? base * 0.1 : 0.1;
            axis.setRange(-half, half);
        }
        plot.addRangeMarker(new ValueMarker(0, ChartTheme.INK, new BasicStroke(1.0f)), Layer.FOREGROUND);
        if (!sorted.isEmpty()) {
            chart.addSubtitle(new TextTitle(ChartLabels.get(locale, "report.chart.stress.subtitle", metric,
                    valueFormat.format(sorted.get(0).base())), ChartTheme.font(Font.PLAIN, 8.5f)));
        }
        return chart;
    }

    /** A scenario's name without the explanation in brackets ("… (liquidation value at most 10% …)"). */
    static String brief(String name) {
        int cut = name.length();
        for (String open : new String[] {" (", "（", "("}) {
            int at = name.indexOf(open);
            if (at > 0) {
                cut = Math.min(cut, at);
            }
        }
        return name.substring(0, cut).strip();
    }

    /**
     * Share of portfolio value held by the largest patents, the rest gathered in one bar, with the HHI and
     * the effective number of patents (1 / HHI) computed from all values.
     */
    public static JFreeChart concentration(List<Share> values, int top, Locale locale) {
        Objects.requireNonNull(values, "patent values");
        double total = values.stream().mapToDouble(s -> Math.max(0, s.value())).sum();
        double hhi = 0;
        for (Share s : values) {
            if (total > 0 && s.value() > 0) {
                double w = s.value() / total;
                hhi += w * w;
            }
        }
        return concentration(values, top, locale, hhi);
    }

    /**
     * As {@link #concentration(List, int, Locale)}, with the HHI (and effective number 1 / HHI) in the subtitle taken
     * as given: the engine's figure for the pool whose values are {@code values}, so that a screen shows the one
     * figure the assessment computed, never a second one of its own.
     */
    public static JFreeChart concentration(List<Share> values, int top, Locale locale, double hhi) {
        Objects.requireNonNull(values, "patent values");
        if (top < 1) {
            throw new IllegalArgumentException("number of top patents must be ≥ 1, was " + top);
        }
        double total = values.stream().mapToDouble(s -> Math.max(0, s.value())).sum();
        // nothing of value (no eligible patent): an empty chart that says so
        List<Share> sorted = new ArrayList<>(total > 0 ? values.stream().filter(s -> s.value() > 0).toList() : List.of());
        sorted.sort(Comparator.comparingDouble((Share s) -> -s.value()).thenComparing(Share::label));
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        String series = ChartLabels.get(locale, "report.chart.concentration.series");
        int shown = Math.min(top, sorted.size());
        double shownSum = 0;
        for (int i = 0; i < shown; i++) {
            data.addValue(sorted.get(i).value() / total, series, sorted.get(i).label());
            shownSum += sorted.get(i).value();
        }
        if (sorted.size() > shown) {
            data.addValue((total - shownSum) / total, series,
                    ChartLabels.get(locale, "report.chart.concentration.others", sorted.size() - shown));
        }
        JFreeChart chart = ChartFactory.createBarChart(ChartLabels.get(locale, "report.chart.concentration.title"), null,
                ChartLabels.get(locale, "report.chart.concentration.y"), data, PlotOrientation.VERTICAL, false, true, false);
        ChartTheme.apply(chart);
        CategoryPlot plot = chart.getCategoryPlot();
        int othersColumn = sorted.size() > shown ? shown : -1;
        BarRenderer r = ChartTheme.barsWithOthers(ChartTheme.PRIMARY, othersColumn);
        plot.setRenderer(r);
        r.setMaximumBarWidth(0.09);
        NumberFormat pct = percent(2);
        itemLabels(r, pct, PlotOrientation.VERTICAL);
        NumberAxis range = (NumberAxis) plot.getRangeAxis();
        ticks(range, Scale.PERCENT, locale);
        range.setUpperMargin(0.12);
        CategoryAxis domain = plot.getDomainAxis();
        domain.setCategoryLabelPositions(CategoryLabelPositions.UP_45);
        domain.setTickLabelFont(ChartTheme.font(Font.PLAIN, 7.5f));
        noData(plot, locale);
        if (hhi > 0) {
            chart.addSubtitle(new TextTitle(ChartLabels.get(locale, "report.chart.concentration.subtitle",
                    decimal(3).format(hhi), decimal(1).format(1 / hhi)), ChartTheme.font(Font.PLAIN, 8.5f)));
        } else {
            range.setRange(0, 1);
        }
        return chart;
    }

    /** @param currency the slices' currency when they are amounts, {@code null} when they are counts */
    private static JFreeChart pie(String title, List<Share> slices, Locale locale, String currency) {
        Objects.requireNonNull(slices, "slices");
        DefaultPieDataset<String> data = new DefaultPieDataset<>();
        for (Share s : slices) {
            if (s.value() > 0 && Double.isFinite(s.value())) {
                data.setValue(s.label(), s.value());
            }
        }
        JFreeChart chart = ChartFactory.createPieChart(title, data, true, true, false);
        ChartTheme.apply(chart);
        @SuppressWarnings("unchecked")
        PiePlot<String> plot = (PiePlot<String>) chart.getPlot();
        plot.setNoDataMessage(ChartLabels.get(locale, "report.chart.noData"));
        for (int i = 0; i < data.getItemCount(); i++) {
            plot.setSectionPaint(data.getKey(i), ChartTheme.SERIES[i % ChartTheme.SERIES.length]);
        }
        plot.setLabelGenerator(new StandardPieSectionLabelGenerator("{0} ({2})", decimal(0), percent(2)));
        plot.setLegendLabelGenerator(currency == null
                ? new StandardPieSectionLabelGenerator("{0}: {1}", decimal(0), percent(2))
                : new StandardPieSectionLabelGenerator("{0}: {1} " + AmountFormat.unit(locale, currency).replace("'", "''"),
                        AmountFormat.labels(locale), percent(2)));
        plot.setLabelFont(ChartTheme.font(Font.PLAIN, 8f));
        plot.setLabelBackgroundPaint(Color.WHITE);
        plot.setLabelOutlinePaint(ChartTheme.GRID);
        plot.setLabelShadowPaint(null);
        plot.setShadowPaint(null);
        plot.setOutlineVisible(false);
        plot.setSectionOutlinesVisible(true);
        plot.setDefaultSectionOutlinePaint(Color.WHITE);
        plot.setDefaultSectionOutlineStroke(new BasicStroke(1.0f));
        plot.setInteriorGap(0.06);
        plot.setInsets(new RectangleInsets(4, 4, 4, 4));
        return chart;
    }

    private static ValueMarker marker(String name, double value, NumberFormat fmt, Color color, TextAnchor text,
                                      RectangleAnchor anchor) {
        ValueMarker m = new ValueMarker(value, color, new BasicStroke(1.3f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER,
                10f, new float[] {4f, 2.5f}, 0f));
        m.setLabel(fmt == NAME_ONLY ? name : name + " " + fmt.format(value));
        m.setLabelFont(ChartTheme.font(Font.BOLD, 8f));
        m.setLabelPaint(color);
        m.setLabelAnchor(anchor);
        m.setLabelTextAnchor(text);
        m.setLabelOffset(new RectangleInsets(4, 3, 4, 3));
        m.setLabelBackgroundColor(LABEL_BACKGROUND);
        return m;
    }

    private static void itemLabels(BarRenderer r, NumberFormat fmt, PlotOrientation orientation) {
        r.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator("{2}", fmt));
        r.setDefaultItemLabelsVisible(true);
        r.setDefaultItemLabelFont(ChartTheme.font(Font.PLAIN, 7.5f));
        r.setDefaultItemLabelPaint(ChartTheme.INK);
        r.setDefaultPositiveItemLabelPosition(orientation == PlotOrientation.HORIZONTAL
                ? new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3, TextAnchor.CENTER_LEFT)
                : new ItemLabelPosition(ItemLabelAnchor.OUTSIDE12, TextAnchor.BOTTOM_CENTER));
    }

    /** Percent and decimal formats: English and Chinese readers share the digits, so only the scale varies. */
    public static NumberFormat percent(int fractionDigits) {
        DecimalFormat f = new DecimalFormat(fractionDigits == 0 ? "0%" : "0." + "0".repeat(fractionDigits) + "%",
                DecimalFormatSymbols.getInstance(Locale.ROOT));
        f.setRoundingMode(java.math.RoundingMode.HALF_UP);
        return unsigned(f);
    }

    /**
     * A threshold (a grade's minimum coverage) printed exactly as the covenant prints it: 0.125 → "0.125×" in English,
     * "0.125倍" in Chinese ({@link Multiples}).
     */
    static String threshold(double v, Locale locale) {
        DecimalFormat f = new DecimalFormat("0.####", DecimalFormatSymbols.getInstance(Locale.ROOT));
        f.setRoundingMode(java.math.RoundingMode.HALF_UP);
        return f.format(v) + Multiples.sign(locale);
    }

    /** The kinds of figure an axis shows a scale of, each ticked in the tables' format (ADR 0019). */
    enum Scale {
        /** A rate or share: "12.50%", no space before the sign, at most two decimals. */
        PERCENT(100, 2),
        /** A multiple such as coverage: "1.25×" / "1.25倍", at most two decimals. */
        TIMES(1, 2),
        /**
         * An amount of money in the tables' unit, which the axis title names: whole units of the currency with
         * thousands separators in English ("1,250,000", CNY), 万 with at most two decimals in Chinese ("125", 万元).
         */
        AMOUNT(1, 0);

        private final double shown;
        private final int decimals;

        Scale(double shown, int decimals) {
            this.shown = shown;
            this.decimals = decimals;
        }
    }

    /**
     * Ticks an axis in the format the tables print its quantity in: the tick sizes are 1, 2, 2.5 and 5 times a power of
     * ten, each labelled with just the decimals its size needs (all ticks of an axis share one size, so "10%, 20%" or
     * "0.25×, 0.50×", never "0.3×" beside "0.25×") and never more than the tables print, so no two ticks read the same;
     * the sign is the tables' ("%", "×" in English, "倍" in Chinese), and no tick reads "-0".
     */
    static void ticks(NumberAxis axis, Scale scale, Locale locale) {
        TickUnits units = new TickUnits();
        // an amount in Chinese is shown in 万 (Amounts): a tick of 10,000 yuan reads "1"
        boolean wan = scale == Scale.AMOUNT && io.pledgebench.domain.Text.isChinese(locale);
        java.math.BigDecimal shown = wan ? new java.math.BigDecimal("0.0001") : java.math.BigDecimal.valueOf(scale.shown);
        int most = wan ? 2 : scale.decimals;
        for (int exponent = -most - 2; exponent <= 14; exponent++) {
            for (String mantissa : new String[] {"1", "2", "2.5", "5"}) {
                java.math.BigDecimal size = new java.math.BigDecimal(mantissa).scaleByPowerOfTen(exponent);
                int decimals = Math.max(0, size.multiply(shown).stripTrailingZeros().scale());
                if (decimals > most) {
                    continue;
                }
                String digits = decimals == 0 ? "#,##0" : "#,##0." + "0".repeat(decimals);
                DecimalFormat f = new DecimalFormat(scale == Scale.PERCENT ? digits + "%"
                        : scale == Scale.AMOUNT ? digits : digits + "'" + Multiples.sign(locale) + "'",
                        DecimalFormatSymbols.getInstance(Locale.ROOT));
                f.setRoundingMode(java.math.RoundingMode.HALF_UP);
                units.add(new NumberTickUnit(size.doubleValue(), unsigned(wan ? inWan(f) : f)));
            }
        }
        axis.setNumberFormatOverride(null);
        axis.setStandardTickUnits(units);
    }

    /** A multiple as the report's tables print it: "2.35×" in English, "2.35倍" in Chinese. */
    public static NumberFormat times(Locale locale) {
        return multiples(2, locale);
    }

    private static NumberFormat multiples(int fractionDigits, Locale locale) {
        DecimalFormat f = new DecimalFormat((fractionDigits == 0 ? "#,##0" : "#,##0." + "0".repeat(fractionDigits))
                + "'" + Multiples.sign(locale) + "'", DecimalFormatSymbols.getInstance(Locale.ROOT));
        f.setRoundingMode(java.math.RoundingMode.HALF_UP);
        return unsigned(f);
    }

    public static NumberFormat decimal(int fractionDigits) {
        DecimalFormat f = new DecimalFormat(fractionDigits == 0 ? "#,##0" : "#,##0." + "0".repeat(fractionDigits),
                DecimalFormatSymbols.getInstance(Locale.ROOT));
        // rounded as the report's tables round (thresholds are printed exactly: see threshold)
        f.setRoundingMode(java.math.RoundingMode.HALF_UP);
        return unsigned(f);
    }

    /** An empty chart says so in the reader's language instead of drawing bare axes. */
    private static void noData(CategoryPlot plot, Locale locale) {
        plot.setNoDataMessage(ChartLabels.get(locale, "report.chart.noData"));
        plot.setNoDataMessageFont(ChartTheme.font(Font.PLAIN, 10f));
    }

    /** An amount axis never spans nothing: all values zero gives 0 … 1 of the unit, one value gives 0 … it. */
    private static void nonDegenerate(NumberAxis axis, double[] values, double also) {
        double lo = Math.min(0, also);
        double hi = Math.max(0, also);
        for (double v : values) {
            if (Double.isFinite(v)) {
                lo = Math.min(lo, v);
                hi = Math.max(hi, v);
            }
        }
        if (hi - lo <= 0) {
            axis.setRange(0, 10_000);
        } else {
            axis.setRange(lo < 0 ? lo * 1.15 : 0, hi > 0 ? hi * 1.18 : 0);
        }
    }

    /** {@code f} applied to an amount in 万 (a yuan amount divided by 10,000), as the Chinese tables print amounts. */
    private static NumberFormat inWan(NumberFormat f) {
        return new NumberFormat() {
            private static final long serialVersionUID = 1L;

            @Override
            public StringBuffer format(double number, StringBuffer toAppendTo, java.text.FieldPosition pos) {
                return f.format(number / 1e4, toAppendTo, pos);
            }

            @Override
            public StringBuffer format(long number, StringBuffer toAppendTo, java.text.FieldPosition pos) {
                return format((double) number, toAppendTo, pos);
            }

            @Override
            public Number parse(String source, java.text.ParsePosition parsePosition) {
                throw new UnsupportedOperationException("tick labels are for display only");
            }
        };
    }

    /** A tick format that never prints "−0": a value that rounds to zero is printed as zero. */
    static NumberFormat unsigned(NumberFormat f) {
        return new NumberFormat() {
            private static final long serialVersionUID = 1L;

            @Override
            public StringBuffer format(double number, StringBuffer toAppendTo, java.text.FieldPosition pos) {
                String s = f.format(number);
                if (s.startsWith("-") && f.format(0.0).equals(s.substring(1))) {
                    s = s.substring(1);
                }
                return toAppendTo.append(s);
            }

            @Override
            public StringBuffer format(long number, StringBuffer toAppendTo, java.text.FieldPosition pos) {
                return format((double) number, toAppendTo, pos);
            }

            @Override
            public Number parse(String source, java.text.ParsePosition parsePosition) {
                return f.parse(source, parsePosition);
            }
        };
    }

    private static void requireNotEmpty(List<?> list, String what) {
        Objects.requireNonNull(list, what);
        if (list.isEmpty()) {
            throw new IllegalArgumentException("no " + what + " to chart");
        }
    }
}
