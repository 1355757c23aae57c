package io.pledgebench.assessment;

import io.pledgebench.domain.LegalStatus;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Issue 14 item 3: the chart series the workbench and the report both draw, computed by one set of rules. */
class ChartSeriesTest {

    private static final List<ChartSeries.Checkpoint> PATH = List.of(
            new ChartSeries.Checkpoint("2027-12-01", 1.0, 500_000, 400_000, 0.40),
            new ChartSeries.Checkpoint("2028-12-01", 2.0, 450_000, 300_000, 0.30),
            // a loan ending on a checkpoint repeats its date: one row
            new ChartSeries.Checkpoint("2028-12-01", 2.0, 450_000, 300_000, 0.30));

    @Test
    void coverageHasOneRowPerDateWithTheRecommendedLoansCoverageBeside() {
        List<ChartSeries.CoverageRow> rows = ChartSeries.coverage(PATH, 200_000);
        assertThat(rows).extracting(ChartSeries.CoverageRow::date).containsExactly("2027-12-01", "2028-12-01");
        assertThat(rows.get(1).coverageRecommended()).isEqualTo(1.5);
        assertThat(ChartSeries.coverage(PATH, 0)).allMatch(r -> Double.isNaN(r.coverageRecommended()));
    }

    @Test
    void theTornadosBaseIsTheLowestExpectedValueOverTheAmountTheScenariosWereRunFor() {
        double base = ChartSeries.stressBase(PATH, 200_000);
        assertThat(base).isEqualTo(1.5);
        List<ChartSeries.StressBar> bars = ChartSeries.stress(base, List.of(new ChartSeries.Scenario("a", 1.2),
                new ChartSeries.Scenario("b", Double.NaN)));
        assertThat(bars).containsExactly(new ChartSeries.StressBar("a", 1.5, 1.2));
        // no path or no amount: no base, so no bars rather than bars against an invented zero
        assertThat(ChartSeries.stressBase(List.of(), 200_000)).isNaN();
        assertThat(ChartSeries.stressBase(PATH, 0)).isNaN();
        assertThat(ChartSeries.stress(Double.NaN, List.of(new ChartSeries.Scenario("a", 1.2)))).isEmpty();
    }

    @Test
    void aRightNotInForceHasNoLegalLifeLeftAndTheChartShowsTheShortestFortyOfAll() {
        List<ChartSeries.PatentLife> ps = new ArrayList<>();
        ps.add(new ChartSeries.PatentLife("lapsed", LegalStatus.LAPSED, 9.0));
        ps.add(new ChartSeries.PatentLife("no expiry", LegalStatus.VALID, null));
        for (int i = 0; i < 45; i++) {
            ps.add(new ChartSeries.PatentLife("p" + i, i % 2 == 0 ? LegalStatus.VALID : null, 20.0 - i * 0.25));
        }
        ChartSeries.LegalLifeChart chart = ChartSeries.legalLife(ps);
        assertThat(chart.total()).isEqualTo(46);
        assertThat(chart.shown()).hasSize(ChartSeries.LEGAL_LIVES_SHOWN);
        assertThat(chart.shown().get(0)).isEqualTo(new ChartSeries.LifeBar("lapsed", LegalStatus.LAPSED, false, 0));
        assertThat(chart.shown().get(1).patent()).isEqualTo("p44");
        assertThat(chart.shown().get(1).remainingYears()).isCloseTo(9.0, within(1e-12));
        assertThat(chart.shown()).noneMatch(b -> b.patent().equals("no expiry"));
        assertThat(chart.applications()).isZero();

        // an application not yet granted is no right that lapses: left out of the bars and counted apart
        List<ChartSeries.PatentLife> withApplication = List.of(new ChartSeries.PatentLife("app", LegalStatus.APPLICATION, 16.6),
                new ChartSeries.PatentLife("granted", LegalStatus.VALID, 3.0));
        ChartSeries.LegalLifeChart apps = ChartSeries.legalLife(withApplication);
        assertThat(apps.shown()).extracting(ChartSeries.LifeBar::patent).containsExactly("granted");
        assertThat(apps.total()).isEqualTo(1);
        assertThat(apps.applications()).isEqualTo(1);
    }

    @Test
    void theStressBaseOfAnAssessmentMeasuresTheLoanTheScenariosWereRunFor() {
        var pf = io.pledgebench.io.PortfolioReader.read(java.nio.file.Path.of("sample-portfolios", "cn-tech-sme")).portfolio();
        Assessment a = AssessmentPipeline.run(new AssessmentInputs(pf, pf.loan(), java.time.LocalDate.of(2025, 6, 30), 7, 500,
                null, List.of()), AssessmentParameters.defaults());
        List<ChartSeries.StressBar> bars = ChartSeries.stress(a);
        assertThat(bars).hasSize(a.results().stress().size());
        double minimumExpected = a.results().collateral().path().stream()
                .mapToDouble(io.pledgebench.risk.CollateralPath.YearPoint::expectedValue).min().orElseThrow();
        assertThat(bars.get(0).base()).isEqualTo(minimumExpected / a.results().stressAmount());
        // the scenario that changes nothing (a higher PD) sits at the base: same loan, same measure
        ChartSeries.StressBar pd = bars.stream().filter(b -> b.id().equals("pdTimes2")).findFirst().orElseThrow();
        assertThat(pd.stressed()).isCloseTo(pd.base(), within(1e-9));
    }
}
