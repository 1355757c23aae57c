package io.pledgebench.valuation;

import io.pledgebench.domain.Patent;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import static io.pledgebench.valuation.ValuationFixtures.AS_OF;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * SPEC performance target: Monte Carlo of 1,000 patents × 10,000 paths × 10-year cash flows in ≤ 1 s on 2 cores,
 * against a single-threaded plain-loop version of the same model in the same run. Prints the figures; asserts only
 * that both versions agree statistically (speed is read from the output, not asserted).
 */
@Tag("benchmark")
class MonteCarloBenchmarkTest {

    private static final int PATENTS = 1000;
    private static final int PATHS = 10_000;
    private static final int YEARS = 10;
    private static final double HORIZON = 3;

    @Test
    void parallelEngineAgainstPlainLoop() {
        ValuationParameters parameters = ValuationParameters.defaults();
        ValuationEngine engine = new ValuationEngine(parameters, ValuationFixtures.comparables());
        List<PatentValuation> valuations = new ArrayList<>();
        for (int i = 0; i < PATENTS; i++) {
            Patent p = ValuationFixtures.invention()
                    .productRevenue(BigDecimal.valueOf(1_000_000L + 10_000L * i))
                    .royaltyRate(0.02 + 0.00005 * i)
                    .inUseSince(AS_OF).economicLifeYears((double) YEARS).build();
            valuations.add(engine.value(p, ValuationFixtures.enterprise(), AS_OF));
        }
        assertThat(valuations.get(0).method(ReliefFromRoyaltyMethod.ID).orElseThrow().cashFlows()).hasSize(YEARS);
        MonteCarloSettings settings = MonteCarloSettings.defaults(2024).withPaths(PATHS);
        MonteCarloSimulator simulator = new MonteCarloSimulator(engine);
        double cells = (double) PATENTS * PATHS * YEARS;

        long t0 = System.nanoTime();
        long c0 = cpuNanos();
        MonteCarloResult cold = simulator.simulateValuations(valuations, HORIZON, settings, null, null);
        double coldSeconds = (System.nanoTime() - t0) / 1e9;
        double coldCpu = (cpuNanos() - c0) / 1e9;
        t0 = System.nanoTime();
        c0 = cpuNanos();
        MonteCarloResult warm = simulator.simulateValuations(valuations, HORIZON, settings, null, null);
        double warmSeconds = (System.nanoTime() - t0) / 1e9;
        double warmCpu = (cpuNanos() - c0) / 1e9;
        t0 = System.nanoTime();
        c0 = cpuNanos();
        PlainResult plain = plainLoop(valuations, parameters, settings);
        double plainSeconds = (System.nanoTime() - t0) / 1e9;
        double plainCpu = (cpuNanos() - c0) / 1e9;

        System.out.printf("Monte Carlo benchmark: %d patents × %d paths × %d years on %d threads (%d cores)%n",
                PATENTS, PATHS, YEARS, settings.threads(), Runtime.getRuntime().availableProcessors());
        System.out.printf("  parallel engine, first run : %.3f s wall, %.3f s CPU (%.3g patent-path-years/s)%n", coldSeconds,
                coldCpu, cells / coldSeconds);
        System.out.printf("  parallel engine, second run: %.3f s wall, %.3f s CPU (%.3g patent-path-years/s)%n", warmSeconds,
                warmCpu, cells / warmSeconds);
        System.out.printf("  plain loop, 1 thread       : %.3f s wall, %.3f s CPU (%.3g patent-path-years/s)%n", plainSeconds,
                plainCpu, cells / plainSeconds);
        System.out.printf("  system load average %.2f (other processes share the cores: compare CPU seconds too)%n",
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        System.out.printf("  speed-up (second run vs plain loop): %.1f×; target ≤ 1 s: %s%n", plainSeconds / warmSeconds,
                warmSeconds <= 1.0 ? "met" : "NOT met");
        System.out.printf("  portfolio mean %.6g (engine) vs %.6g (plain loop), SE %.3g%n", warm.portfolio().mean(),
                plain.mean, warm.portfolio().standardError());

        assertThat(warm.portfolio().mean()).isEqualTo(cold.portfolio().mean());
        double se = Math.hypot(warm.portfolio().standardError(), plain.std / Math.sqrt(PATHS));
        assertThat(Math.abs(warm.portfolio().mean() - plain.mean)).isLessThan(5 * se);
        assertThat(Math.abs(warm.portfolio().std() - plain.std)).isLessThan(0.1 * plain.std);
    }

    private record PlainResult(double mean, double std) {
    }

    /** CPU time of this process (all threads), so a busy machine can be told apart from a slow engine. */
    private static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime();
    }

    /**
     * The same model written plainly: one java.util.Random, closed-form inverse distributions, Math.pow for every
     * discount factor, boxed-free but per-patent sorted samples for the percentiles.
     */
    private static PlainResult plainLoop(List<PatentValuation> valuations, ValuationParameters parameters,
                                         MonteCarloSettings settings) {
        Distribution.LogNormal revenue = (Distribution.LogNormal) settings.inputDistributions().get(MonteCarloSettings.REVENUE);
        Distribution.Triangular share = (Distribution.Triangular) settings.inputDistributions().get(MonteCarloSettings.SHARE);
        Distribution.Normal shift = (Distribution.Normal) settings.inputDistributions().get(MonteCarloSettings.DISCOUNT_RATE_SHIFT);
        double rho = Math.sqrt(settings.marketFactorCorrelation());
        double rhoC = Math.sqrt(1 - settings.marketFactorCorrelation());
        int n = valuations.size();
        double[][] a = new double[n][];
        double[][] e = new double[n][];
        double[][] t = new double[n][];
        double[] c = new double[n];
        double[] lose = new double[n];
        for (int i = 0; i < n; i++) {
            PatentValuation v = valuations.get(i);
            lose[i] = 1 - Math.exp(-parameters.hazardPerYear().get(v.patentType()) * HORIZON);
            a[i] = new double[YEARS];
            e[i] = new double[YEARS];
            t[i] = new double[YEARS];
            for (MethodResult m : v.methods()) {
                Double w = v.weightsUsed().get(m.methodId());
                if (w == null) {
                    continue;
                }
                if (m.cashFlows().isEmpty()) {
                    c[i] += w * m.value();
                    continue;
                }
                double tab = m.parameters().get("tabFactor") instanceof Double d ? d : 1.0;
                double[] target = m.methodId().equals(ExcessEarningsMethod.ID) ? e[i] : a[i];
                for (int k = 0; k < YEARS; k++) {
                    target[k] += w * tab * m.cashFlows().get(k).afterTax();
                    t[i][k] = m.cashFlows().get(k).periodEnd();
                }
            }
        }
        Random random = new Random(settings.seed());
        double[][] samples = new double[n][PATHS];
        double[] portfolio = new double[PATHS];
        for (int p = 0; p < PATHS; p++) {
            double market = random.nextGaussian();
            double r = parameters.discountRate() + shift.mean() + shift.std() * random.nextGaussian();
            for (int i = 0; i < n; i++) {
                double x = rho * market + rhoC * random.nextGaussian();
                double rev = Math.exp(revenue.logMu() + revenue.logSigma() * x);
                double s = triangularQuantile(share, random.nextDouble());
                double value = 0;
                if (random.nextDouble() >= lose[i]) {
                    for (int k = 0; k < YEARS; k++) {
                        value += rev * (s * a[i][k] + e[i][k]) * Math.pow(1 + r, -t[i][k]);
                    }
                    value += c[i];
                }
                samples[i][p] = value;
                portfolio[p] += value;
            }
        }
        for (double[] sample : samples) {
            Arrays.sort(sample);
        }
        double mean = Arrays.stream(portfolio).average().orElseThrow();
        double var = Arrays.stream(portfolio).map(v -> (v - mean) * (v - mean)).sum() / (PATHS - 1);
        return new PlainResult(mean, Math.sqrt(var));
    }

    private static double triangularQuantile(Distribution.Triangular d, double u) {
        double a = d.min();
        double b = d.max();
        double m = d.mode();
        double cut = (m - a) / (b - a);
        return u < cut ? a + Math.sqrt(u * (b - a) * (m - a)) : b - Math.sqrt((1 - u) * (b - a) * (b - m));
    }
}
