package io.pledgebench.valuation;

import io.pledgebench.domain.Enterprise;
import io.pledgebench.domain.Patent;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;

/**
 * Monte Carlo simulation of patent values around the engine's deterministic valuation.
 *
 * <p>Model, per path and patent: the income methods' yearly after-tax flows (weighted as in the reconciliation)
 * are scaled by a revenue multiplier — drawn through a Gaussian copula whose common market factor correlates the
 * patents — and, for income split and relief from royalty, by a share multiplier; they are discounted at the
 * deterministic rate plus a shift common to the path. Cost, market and real-option components keep their
 * deterministic values (the TAB factor too). With probability 1 − exp(−λ·horizon), λ the yearly hazard of the
 * patent's type, the right is lost within the horizon and the patent is worth zero.
 *
 * <p>Reproducibility: paths are cut into fixed blocks of {@value #BLOCK} paths, each with its own generator seeded
 * from (seed, block index), and results are combined in block order, so a seed gives the same numbers on any number
 * of threads. Normal draws become other distributions through quantile tables on a grid of the standard normal
 * (linear interpolation, ±7.5σ), which keeps the inner loop free of allocation and special functions.
 */
public final class MonteCarloSimulator {

    static final int BLOCK = 256;
    private static final int GRID = 4096;
    private static final double GRID_LO = -7.5;
    private static final double GRID_HI = 7.5;
    /** The largest number of per-patent samples kept in memory (4 bytes each). */
    static final long MAX_SAMPLES = 60_000_000L;

    private final ValuationEngine engine;

    public MonteCarloSimulator(ValuationEngine engine) {
        this.engine = Objects.requireNonNull(engine, "engine");
    }

    /** Values the patents with the engine, then simulates them. */
    public MonteCarloResult simulate(List<Patent> patents, Enterprise enterprise, LocalDate asOf, double horizonYears,
                                     MonteCarloSettings settings, ProgressListener progress, BooleanSupplier cancelled) {
        List<PatentValuation> valuations = new ArrayList<>(patents.size());
        for (Patent p : patents) {
            valuations.add(engine.value(p, enterprise, asOf));
        }
        return simulateValuations(valuations, horizonYears, settings, progress, cancelled);
    }

    /** Simulates patents already valued by this simulator's engine (or one with the same parameters). */
    public MonteCarloResult simulateValuations(List<PatentValuation> valuations, double horizonYears,
                                               MonteCarloSettings settings, ProgressListener progress,
                                               BooleanSupplier cancelled) {
        Objects.requireNonNull(settings, "settings");
        ProgressListener listener = progress == null ? ProgressListener.NONE : progress;
        BooleanSupplier stop = cancelled == null ? () -> false : cancelled;
        if (!(horizonYears >= 0) || !Double.isFinite(horizonYears)) {
            throw new IllegalArgumentException("horizon must be a non-negative number of years, was " + horizonYears);
        }
        if (valuations.isEmpty()) {
            throw new IllegalArgumentException("no patents to simulate");
        }
        long cells = (long) valuations.size() * settings.paths();
        if (cells > MAX_SAMPLES) {
            throw new IllegalArgumentException(valuations.size() + " patents × " + settings.paths() + " paths = " + cells
                    + " samples exceed the " + MAX_SAMPLES + " that fit in memory; use at most "
                    + MAX_SAMPLES / valuations.size() + " paths");
        }
        Model model = new Model(valuations, engine.parameters(), horizonYears, settings);
        int blocks = (settings.paths() + BLOCK - 1) / BLOCK;
        float[][] samples = new float[model.patents][settings.paths()];
        double[] portfolio = new double[settings.paths()];
        double[][] sums = new double[blocks][model.patents];
        double[][] squares = new double[blocks][model.patents];
        int[][] lost = new int[blocks][model.patents];
        AtomicLong done = new AtomicLong();
        ForkJoinPool pool = new ForkJoinPool(settings.threads());
        try {
            List<Callable<Void>> tasks = new ArrayList<>(blocks);
            for (int b = 0; b < blocks; b++) {
                final int block = b;
                tasks.add(() -> {
                    if (stop.getAsBoolean()) {
                        throw new CancellationException("Monte Carlo simulation cancelled");
                    }
                    int from = block * BLOCK;
                    int to = Math.min(settings.paths(), from + BLOCK);
                    model.runBlock(block, from, to, samples, portfolio, sums[block], squares[block], lost[block], stop);
                    listener.progress(done.addAndGet(to - from), settings.paths());
                    return null;
                });
            }
            runAll(pool, tasks);
            List<Callable<PatentDistribution>> stats = new ArrayList<>(model.patents);
            for (int i = 0; i < model.patents; i++) {
                final int patent = i;
                stats.add(() -> model.patentDistribution(patent, samples[patent], sums, squares, lost));
            }
            List<PatentDistribution> distributions = runAll(pool, stats);
            return new MonteCarloResult(settings, horizonYears, valuations, distributions,
                    portfolioDistribution(model, portfolio));
        } finally {
            pool.shutdownNow();
        }
    }

    private static <T> List<T> runAll(ForkJoinPool pool, List<Callable<T>> tasks) {
        List<Future<T>> futures = pool.invokeAll(tasks);
        List<T> out = new ArrayList<>(futures.size());
        for (Future<T> f : futures) {
            try {
                out.add(f.get());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new CancellationException("Monte Carlo simulation interrupted");
            } catch (ExecutionException e) {
                Throwable cause = e.getCause();
                if (cause instanceof RuntimeException re) {
                    throw re;
                }
                throw new IllegalStateException("Monte Carlo block failed: " + cause, cause);
            }
        }
        return out;
    }

    private static PortfolioDistribution portfolioDistribution(Model model, double[] portfolio) {
        double[] sorted = portfolio.clone();
        double sum = 0;
        double sq = 0;
        for (double v : portfolio) {
            sum += v;
        }
        int n = portfolio.length;
        double mean = sum / n;
        for (double v : portfolio) {
            sq += (v - mean) * (v - mean);
        }
        double std = Math.sqrt(sq / (n - 1));
        Arrays.sort(sorted);
        return new PortfolioDistribution(model.portfolioValue, mean, std, quantile(sorted, 0.05), quantile(sorted, 0.5),
                quantile(sorted, 0.95), std / Math.sqrt(n), Histogram.of(sorted, model.settings.histogramBins()), sorted);
    }

    /** Quantile of a sorted sample, linear between order statistics (Hyndman &amp; Fan type 7). */
    static double quantile(double[] sorted, double p) {
        if (!(p >= 0 && p <= 1)) {
            throw new IllegalArgumentException("quantile level must lie in [0, 1], was " + p);
        }
        double h = (sorted.length - 1) * p;
        int lo = (int) Math.floor(h);
        int hi = Math.min(lo + 1, sorted.length - 1);
        return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
    }

    /** Seed of a block's generator: a mix of the run's seed and the block index (SplitMix64 finaliser). */
    static long blockSeed(long seed, int block) {
        long z = seed + 0x9E3779B97F4A7C15L * (block + 1L);
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** Quantile function of a distribution tabulated against a standard normal draw. */
    static double[] normalQuantileTable(Distribution d) {
        org.apache.commons.math3.distribution.NormalDistribution std =
                new org.apache.commons.math3.distribution.NormalDistribution(null, 0, 1);
        double[] t = new double[GRID + 1];
        for (int k = 0; k <= GRID; k++) {
            double x = GRID_LO + (GRID_HI - GRID_LO) * k / GRID;
            double p = std.cumulativeProbability(x);
            p = Math.min(Math.max(p, 1e-15), 1 - 1e-15);
            t[k] = d.quantile(p);
        }
        return t;
    }

    static double lookup(double[] table, double x) {
        double pos = (x - GRID_LO) * (GRID / (GRID_HI - GRID_LO));
        if (pos <= 0) {
            return table[0];
        }
        if (pos >= GRID) {
            return table[GRID];
        }
        int k = (int) pos;
        double f = pos - k;
        return table[k] + f * (table[k + 1] - table[k]);
    }

    /** The per-patent arrays of the hot loop, prepared once. */
    private static final class Model {
        final MonteCarloSettings settings;
        final int patents;
        final int maxPeriods;
        final double[] shareFlows;
        final double[] revenueFlows;
        final double[] pvShare;
        final double[] pvRevenue;
        final double[] constant;
        final int[] periods;
        final int[] fullPeriods;
        final double[] lastOffset;
        final double[] pLost;
        final double[] deterministic;
        final double portfolioValue;
        final boolean midYear;
        final double rate;
        final double[] revenueTable;
        final double[] shareTable;
        final double[] rateTable;
        final double rho;
        final double rhoComplement;
        final List<PatentValuation> valuations;

        Model(List<PatentValuation> valuations, ValuationParameters parameters, double horizon,
              MonteCarloSettings settings) {
            this.settings = settings;
            this.valuations = valuations;
            patents = valuations.size();
            midYear = parameters.midYear();
            rate = parameters.discountRate();
            int mp = 0;
            for (PatentValuation v : valuations) {
                for (MethodResult m : v.methods()) {
                    mp = Math.max(mp, m.cashFlows().size());
                }
            }
            maxPeriods = mp;
            shareFlows = new double[patents * Math.max(1, mp)];
            revenueFlows = new double[patents * Math.max(1, mp)];
            pvShare = new double[patents];
            pvRevenue = new double[patents];
            constant = new double[patents];
            periods = new int[patents];
            fullPeriods = new int[patents];
            lastOffset = new double[patents];
            pLost = new double[patents];
            deterministic = new double[patents];
            double total = 0;
            for (int i = 0; i < patents; i++) {
                PatentValuation v = valuations.get(i);
                deterministic[i] = v.value();
                total += v.value();
                if (settings.hazard()) {
                    pLost[i] = 1 - Math.exp(-parameters.hazardPerYear().get(v.patentType()) * horizon);
                }
                for (MethodResult m : v.methods()) {
                    Double w = v.weightsUsed().get(m.methodId());
                    if (w == null) {
                        continue;
                    }
                    boolean shareScaled = m.methodId().equals(IncomeSplitMethod.ID)
                            || m.methodId().equals(ReliefFromRoyaltyMethod.ID);
                    boolean revenueScaled = m.methodId().equals(ExcessEarningsMethod.ID);
                    if (!shareScaled && !revenueScaled) {
                        constant[i] += w * m.value();
                        continue;
                    }
                    double scale = w;
                    if (m.parameters().get("tabFactor") instanceof Double tab) {
                        scale *= tab;
                    }
                    double[] flows = shareScaled ? shareFlows : revenueFlows;
                    double[] pv = shareScaled ? pvShare : pvRevenue;
                    List<CashFlowRow> rows = m.cashFlows();
                    periods[i] = rows.size();
                    for (int k = 0; k < rows.size(); k++) {
                        CashFlowRow row = rows.get(k);
                        flows[i * maxPeriods + k] += scale * row.afterTax();
                        pv[i] += scale * row.afterTax() * row.discountFactor();
                    }
                }
                if (periods[i] > 0) {
                    double n = v.incomePeriod().years();
                    int full = (int) Math.floor(n + 1e-9);
                    fullPeriods[i] = Math.min(full, periods[i]);
                    double f = CashFlowSchedule.fraction(periods[i], n);
                    lastOffset[i] = midYear ? f / 2 : f;
                }
            }
            portfolioValue = total;
            Distribution rev = settings.inputDistributions().get(MonteCarloSettings.REVENUE);
            Distribution share = settings.inputDistributions().get(MonteCarloSettings.SHARE);
            Distribution shift = settings.inputDistributions().get(MonteCarloSettings.DISCOUNT_RATE_SHIFT);
            revenueTable = rev == null ? null : normalQuantileTable(rev);
            shareTable = share == null ? null : normalQuantileTable(share);
            rateTable = shift == null ? null : normalQuantileTable(shift);
            rho = Math.sqrt(settings.marketFactorCorrelation());
            rhoComplement = Math.sqrt(1 - settings.marketFactorCorrelation());
        }

        void runBlock(int block, int from, int to, float[][] samples, double[] portfolio, double[] sum, double[] squares,
                      int[] lost, BooleanSupplier stop) {
            SplittableRandom rng = new SplittableRandom(blockSeed(settings.seed(), block));
            int n = to - from;
            double[] market = new double[n];
            double[] logRate = new double[n];
            double[] half = new double[n];
            int stride = maxPeriods + 1;
            double[] disc = rateTable == null ? null : new double[n * stride];
            for (int j = 0; j < n; j++) {
                if (revenueTable != null) {
                    market[j] = rng.nextGaussian();
                }
                if (rateTable != null) {
                    double r = rate + lookup(rateTable, rng.nextGaussian());
                    if (!(r > -1)) {
                        throw new IllegalArgumentException("simulated discount rate " + r + " is not above −1");
                    }
                    logRate[j] = Math.log1p(r);
                    half[j] = Math.pow(1 + r, -0.5);
                    for (int k = 0; k <= maxPeriods; k++) {
                        disc[j * stride + k] = Math.pow(1 + r, -k);
                    }
                }
            }
            for (int i = 0; i < patents; i++) {
                if ((i & 63) == 0 && stop.getAsBoolean()) {
                    throw new CancellationException("Monte Carlo simulation cancelled");
                }
                float[] out = samples[i];
                int off = i * maxPeriods;
                int p = periods[i];
                int full = fullPeriods[i];
                double lossProbability = pLost[i];
                double s1 = 0;
                double s2 = 0;
                int lostCount = 0;
                for (int j = 0; j < n; j++) {
                    double revenue = 1;
                    double share = 1;
                    if (revenueTable != null) {
                        revenue = lookup(revenueTable, rho * market[j] + rhoComplement * rng.nextGaussian());
                    }
                    if (shareTable != null) {
                        share = lookup(shareTable, rng.nextGaussian());
                    }
                    double v;
                    if (lossProbability > 0 && rng.nextDouble() < lossProbability) {
                        v = 0;
                        lostCount++;
                    } else {
                        double a;
                        double e;
                        if (disc == null) {
                            a = pvShare[i];
                            e = pvRevenue[i];
                        } else {
                            a = 0;
                            e = 0;
                            int base = j * stride;
                            for (int k = 1; k <= full; k++) {
                                double df = midYear ? disc[base + k - 1] * half[j] : disc[base + k];
                                a += shareFlows[off + k - 1] * df;
                                e += revenueFlows[off + k - 1] * df;
                            }
                            if (full < p) {
                                double df = disc[base + p - 1] * Math.exp(-lastOffset[i] * logRate[j]);
                                a += shareFlows[off + p - 1] * df;
                                e += revenueFlows[off + p - 1] * df;
                            }
                        }
                        v = revenue * (share * a + e) + constant[i];
                    }
                    out[from + j] = (float) v;
                    portfolio[from + j] += v;
                    s1 += v;
                    s2 += v * v;
                }
                sum[i] = s1;
                squares[i] = s2;
                lost[i] = lostCount;
            }
        }

        PatentDistribution patentDistribution(int i, float[] sample, double[][] sums, double[][] squares, int[][] lost) {
            double s1 = 0;
            double s2 = 0;
            long lostCount = 0;
            for (int b = 0; b < sums.length; b++) {
                s1 += sums[b][i];
                s2 += squares[b][i];
                lostCount += lost[b][i];
            }
            int n = sample.length;
            double mean = s1 / n;
            double variance = Math.max(0.0, (s2 - n * mean * mean) / (n - 1));
            double std = Math.sqrt(variance);
            double p5 = select(sample, 0.05);
            double p50 = select(sample, 0.50);
            double p95 = select(sample, 0.95);
            float min = Float.POSITIVE_INFINITY;
            float max = Float.NEGATIVE_INFINITY;
            for (float v : sample) {
                min = Math.min(min, v);
                max = Math.max(max, v);
            }
            int bins = settings.histogramBins();
            int[] counts = new int[bins];
            double width = ((double) max - min) / bins;
            for (float v : sample) {
                int b = width > 0 ? (int) ((v - min) / width) : 0;
                counts[Math.min(b, bins - 1)]++;
            }
            List<Integer> boxed = new ArrayList<>(bins);
            for (int c : counts) {
                boxed.add(c);
            }
            return new PatentDistribution(valuations.get(i).patentNumber(), deterministic[i], mean, std, p5, p50, p95,
                    std / Math.sqrt(n), (double) lostCount / n, new Histogram(min, max, boxed));
        }
    }

    /** Type-7 quantile by selection; reorders the sample but keeps its contents. */
    static double select(float[] a, double p) {
        double h = (a.length - 1) * p;
        int lo = (int) Math.floor(h);
        double x = selectKth(a, lo);
        if (lo + 1 >= a.length || h == lo) {
            return x;
        }
        float next = Float.POSITIVE_INFINITY;
        for (int k = lo + 1; k < a.length; k++) {
            next = Math.min(next, a[k]);
        }
        return x + (h - lo) * (next - x);
    }

    /** Hoare's selection: afterwards a[k] is the k-th smallest, smaller ones before it, larger ones after. */
    private static float selectKth(float[] a, int k) {
        int left = 0;
        int right = a.length - 1;
        while (right > left) {
            float pivot = a[(left + right) >>> 1];
            int i = left;
            int j = right;
            while (i <= j) {
                while (a[i] < pivot) {
                    i++;
                }
                while (a[j] > pivot) {
                    j--;
                }
                if (i <= j) {
                    float t = a[i];
                    a[i] = a[j];
                    a[j] = t;
                    i++;
                    j--;
                }
            }
            if (k <= j) {
                right = j;
            } else if (k >= i) {
                left = i;
            } else {
                return a[k];
            }
        }
        return a[k];
    }
}
