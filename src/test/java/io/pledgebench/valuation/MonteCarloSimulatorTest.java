package io.pledgebench.valuation;

import io.pledgebench.domain.Patent;
import io.pledgebench.domain.PatentType;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicLong;

import static io.pledgebench.valuation.ValuationFixtures.AS_OF;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class MonteCarloSimulatorTest {

    private final ValuationEngine engine = new ValuationEngine(ValuationParameters.defaults(), ValuationFixtures.comparables());
    private final MonteCarloSimulator simulator = new MonteCarloSimulator(engine);

    private static List<Patent> portfolio() {
        List<Patent> list = new ArrayList<>();
        list.add(ValuationFixtures.invention().build());
        list.add(ValuationFixtures.invention().royaltyRate(0.06).productRevenue(new BigDecimal("3000000"))
                .economicLifeYears(9.5).build());
        list.add(ValuationFixtures.invention().type(PatentType.UTILITY_MODEL).ipc("F16H 1/00").economicLifeYears(null)
                .build());
        list.add(ValuationFixtures.invention().productRevenue(null).build());
        return list;
    }

    @Test
    void pointInputsReproduceTheDeterministicValue() {
        MonteCarloResult r = simulator.simulate(portfolio(), ValuationFixtures.enterprise(), AS_OF, 3,
                MonteCarloSettings.pointValues(1000, 7, 2), null, null);
        for (PatentDistribution d : r.patents()) {
            assertThat(d.mean()).isCloseTo(d.deterministicValue(), within(1e-9 * d.deterministicValue()));
            assertThat(d.p50()).isCloseTo(d.deterministicValue(), within(1e-6 * d.deterministicValue()));
            assertThat(d.std()).isLessThan(1e-6 * d.deterministicValue());
        }
        double total = r.valuations().stream().mapToDouble(PatentValuation::value).sum();
        assertThat(r.portfolio().mean()).isCloseTo(total, within(1e-9 * total));
    }

    /** With a rate shift the discounting runs through the per-path tables; a point shift of 0 must change nothing. */
    @Test
    void pointDiscountShiftGoesThroughThePathTablesUnchanged() {
        ValuationParameters mid = ValuationParameters.defaults().toBuilder().midYear(true).build();
        MonteCarloSimulator s = new MonteCarloSimulator(new ValuationEngine(mid, null));
        for (MonteCarloSimulator sim : List.of(simulator, s)) {
            MonteCarloSettings settings = new MonteCarloSettings(300, 1, 1,
                    Map.of(MonteCarloSettings.DISCOUNT_RATE_SHIFT, new Distribution.Point(0.0)), 0, false, 10);
            MonteCarloResult r = sim.simulate(portfolio(), ValuationFixtures.enterprise(), AS_OF, 3, settings, null, null);
            for (PatentDistribution d : r.patents()) {
                assertThat(d.mean()).isCloseTo(d.deterministicValue(), within(1e-9 * Math.max(1, d.deterministicValue())));
            }
        }
    }

    /**
     * Revenue multipliers with mean 1 and a symmetric share multiplier leave the expected value unchanged
     * (E[R·(S·a + e) + c] = a + e + c for independent R, S of mean 1): the simulated mean converges to the
     * deterministic value within a few standard errors.
     */
    @Test
    void meanConvergesToTheDeterministicValueWhenInputsHaveMeanOne() {
        MonteCarloSettings settings = new MonteCarloSettings(20_000, 11, 2,
                Map.of(MonteCarloSettings.REVENUE, new Distribution.LogNormal(1.0, 0.3),
                        MonteCarloSettings.SHARE, new Distribution.Pert(0.7, 1.0, 1.3),
                        MonteCarloSettings.REPLACEMENT_COST, new Distribution.Uniform(0.5, 1.5),
                        MonteCarloSettings.COMPARABLE_PRICE, new Distribution.Triangular(0.6, 1.0, 1.4)), 0.5, false, 20);
        MonteCarloResult r = simulator.simulate(portfolio(), ValuationFixtures.enterprise(), AS_OF, 3, settings, null, null);
        for (PatentDistribution d : r.patents()) {
            assertThat(d.mean()).isCloseTo(d.deterministicValue(), within(4 * d.standardError() + 1e-12 * d.deterministicValue()));
            assertThat(d.p5()).isLessThanOrEqualTo(d.p50());
            assertThat(d.p50()).isLessThanOrEqualTo(d.p95());
        }
        assertThat(r.patents().get(0).std()).isGreaterThan(0);
        assertThat(r.patents().get(3).std()).as("cost and market only").isGreaterThan(0);
        assertThat(r.portfolio().p5()).isLessThan(r.portfolio().p95());
        assertThat(r.portfolio().histogram().counts().stream().mapToInt(Integer::intValue).sum()).isEqualTo(20_000);
    }

    /**
     * The common market factor: for two identical patents Var(V1 + V2) = 2σ²(1 + ρ_V). With full correlation the
     * portfolio's standard deviation is 2σ; without, √2·σ.
     */
    @Test
    void theMarketFactorCorrelatesPatents() {
        List<Patent> twins = List.of(ValuationFixtures.invention().build(), ValuationFixtures.invention().build());
        Map<String, Distribution> revenueOnly = Map.of(MonteCarloSettings.REVENUE, new Distribution.LogNormal(1, 0.3));
        MonteCarloResult full = simulator.simulate(twins, null, AS_OF, 1,
                new MonteCarloSettings(20_000, 9, 2, revenueOnly, 1.0, false, 10), null, null);
        MonteCarloResult none = simulator.simulate(twins, null, AS_OF, 1,
                new MonteCarloSettings(20_000, 9, 2, revenueOnly, 0.0, false, 10), null, null);
        double sigma = full.patents().get(0).std();
        assertThat(full.portfolio().std()).isCloseTo(2 * sigma, within(0.001 * sigma));
        assertThat(none.portfolio().std()).isCloseTo(Math.sqrt(2) * none.patents().get(0).std(), within(0.05 * sigma));
    }

    @Test
    void theSameSeedGivesTheSameResultOnOneOrTwoThreads() {
        MonteCarloSettings settings = MonteCarloSettings.defaults(42).withPaths(3000);
        MonteCarloResult one = simulator.simulate(portfolio(), ValuationFixtures.enterprise(), AS_OF, 2,
                settings.withThreads(1), null, null);
        MonteCarloResult two = simulator.simulate(portfolio(), ValuationFixtures.enterprise(), AS_OF, 2,
                settings.withThreads(2), null, null);
        assertThat(two.patents()).isEqualTo(one.patents());
        assertThat(two.portfolio().sortedSample()).isEqualTo(one.portfolio().sortedSample());
        MonteCarloResult other = simulator.simulate(portfolio(), ValuationFixtures.enterprise(), AS_OF, 2,
                settings.withSeed(43), null, null);
        assertThat(other.portfolio().mean()).isNotEqualTo(one.portfolio().mean());
    }

    /** Share of paths in which a utility model (hazard 8 %/y) is lost over 5 years ≈ 1 − e^(−0.4) = 0.3297. */
    @Test
    void hazardDropsPatentsToZeroAtTheTypeRate() {
        MonteCarloSettings settings = new MonteCarloSettings(20_000, 5, 2, Map.of(), 0, true, 10);
        MonteCarloResult r = simulator.simulate(portfolio(), ValuationFixtures.enterprise(), AS_OF, 5, settings, null, null);
        PatentDistribution utility = r.patents().get(2);
        double p = 1 - Math.exp(-0.08 * 5);
        assertThat(utility.probabilityLost()).isCloseTo(p, within(4 * Math.sqrt(p * (1 - p) / 20_000)));
        assertThat(utility.mean()).isCloseTo(utility.deterministicValue() * (1 - utility.probabilityLost()),
                within(1e-6 * utility.deterministicValue()));
        assertThat(utility.p5()).isZero();
    }

    @Test
    void reportsProgressAndCanBeCancelled() {
        AtomicLong last = new AtomicLong();
        AtomicLong reportedTotal = new AtomicLong();
        simulator.simulate(portfolio(), null, AS_OF, 1, MonteCarloSettings.defaults(1).withPaths(2000).withThreads(2),
                (done, total) -> {
                    last.accumulateAndGet(done, Math::max);
                    reportedTotal.set(total);
                }, null);
        assertThat(last.get()).isEqualTo(reportedTotal.get())
                .isEqualTo((2000L + MonteCarloSimulator.VALUATION_UNITS) * portfolio().size());
        AtomicLong calls = new AtomicLong();
        assertThatThrownBy(() -> simulator.simulate(portfolio(), null, AS_OF, 1,
                MonteCarloSettings.defaults(1).withPaths(5000).withThreads(2), null, () -> calls.incrementAndGet() > 3))
                .isInstanceOf(CancellationException.class);
    }

    /** Large portfolios keep valuation summaries; the simulated numbers do not depend on that. */
    @Test
    void largePortfoliosKeepSummariesWithTheSameNumbers() {
        List<Patent> many = new ArrayList<>();
        for (int i = 0; i <= MonteCarloSimulator.DETAIL_LIMIT; i++) {
            many.add(ValuationFixtures.invention().productRevenue(BigDecimal.valueOf(100_000 + i)).build());
        }
        MonteCarloSettings settings = MonteCarloSettings.defaults(3).withPaths(50).withThreads(2);
        MonteCarloResult big = simulator.simulate(many, ValuationFixtures.enterprise(), AS_OF, 1, settings, null, null);
        PatentValuation first = big.valuations().get(0);
        assertThat(first.methods()).allMatch(m -> m.cashFlows().isEmpty() && m.parameters().isEmpty());
        assertThat(first.value()).isEqualTo(engine.value(many.get(0), ValuationFixtures.enterprise(), AS_OF).value());
        MonteCarloResult small = simulator.simulate(many.subList(0, 3), ValuationFixtures.enterprise(), AS_OF, 1, settings,
                null, null);
        assertThat(small.valuations().get(0).method(ReliefFromRoyaltyMethod.ID).orElseThrow().cashFlows()).isNotEmpty();
        assertThat(small.patents()).isEqualTo(big.patents().subList(0, 3));
        assertThatThrownBy(() -> simulator.simulateValuations(List.of(first), 1, settings, null, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("summary");
    }

    @Test
    void refusesBadSettings() {
        assertThatThrownBy(() -> new MonteCarloSettings(1000, 1, 1, Map.of("volatility", new Distribution.Point(1)), 0,
                false, 10)).hasMessageContaining("volatility");
        assertThatThrownBy(() -> new MonteCarloSettings(1000, 1, 1, Map.of(), 1.5, false, 10)).hasMessageContaining("1.5");
        assertThatThrownBy(() -> new Distribution.Normal(0, -1)).hasMessageContaining("-1");
        assertThatThrownBy(() -> new Distribution.Triangular(3, 1, 2)).hasMessageContaining("3.0");
        assertThatThrownBy(() -> simulator.simulate(portfolio(), null, AS_OF, -1, MonteCarloSettings.defaults(1), null,
                null)).hasMessageContaining("-1");
    }

    /** PERT mean (min + 4·mode + max)/6 and the log-normal parametrised by its own mean and standard deviation. */
    @Test
    void distributionsHaveTheirDocumentedMoments() {
        Distribution.Pert pert = new Distribution.Pert(2, 3, 10);
        assertThat(pert.mean()).isCloseTo(4.0, within(1e-12));
        assertThat(pert.quantile(0.5)).isBetween(3.0, 4.0);
        Distribution.LogNormal ln = new Distribution.LogNormal(1.0, 0.25);
        double sigma = ln.logSigma();
        assertThat(Math.exp(ln.logMu() + sigma * sigma / 2)).isCloseTo(1.0, within(1e-12));
        assertThat(new Distribution.Triangular(0, 1, 2).quantile(0.5)).isCloseTo(1.0, within(1e-12));
        double[] table = MonteCarloSimulator.normalQuantileTable(new Distribution.Normal(5, 2));
        assertThat(MonteCarloSimulator.lookup(table, 1.2345)).isCloseTo(5 + 2 * 1.2345, within(1e-9));
    }
}
