package io.pledgebench.valuation;

import io.pledgebench.domain.Enterprise;
import io.pledgebench.domain.Patent;
import io.pledgebench.domain.PatentType;

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
 * deterministic rate plus a shift common to the path. The cost component is scaled by a replacement-cost
 * multiplier, the market component by a comparable-price multiplier tied to the market factor; the real-option
 * component and the TAB factor keep their deterministic values. With probability 1 − exp(−λ·horizon), λ the yearly hazard of the
 * patent's type, the right is lost within the horizon and the patent is worth zero.
 *
 * <p>Reproducibility: the common factors of all paths come from one generator seeded from the run's seed; each
 * patent draws from its own generator seeded from (seed, patent index). Patents are processed in a fixed number of
 * chunks that depends on the portfolio only, and the portfolio sum adds the chunks in order, so a seed gives the
 * same numbers on any number of threads. A worker keeps only its chunk's paths, so memory grows with paths and the
 * chunk size, not with patents × paths, and the quantiles are exact. Normal draws become other distributions through
 * quantile tables on a grid of the standard normal (linear interpolation, ±7.5σ), which keeps the inner loop free
 * of allocation and special functions.
 */
public final class MonteCarloSimulator {

    /**
     * Patents are cut into chunks of at least {@value #MIN_CHUNK}, and into at most {@value #MAX_CHUNKS} chunks: the
     * unit of parallel work. A chunk keeps its patents' paths and a partial portfolio sum, so memory is
     * MAX_CHUNKS × paths plus, per worker, chunk size × paths doubles.
     */
    static final int MIN_CHUNK = 16;
    static final int MAX_CHUNKS = 256;
    /** Paths are walked in blocks whose common factors stay in the processor cache while a chunk's patents use them. */
    static final int BLOCK = 256;
    static final int MAX_PATHS = 1_000_000;
    /**
     * Progress units of valuing one patent in {@link #simulate}, against one unit per simulated path of a patent:
     * valuing a patent costs about as much as simulating this many of its paths.
     */
    static final int VALUATION_UNITS = 50;
    /** Above this many patents {@link #simulate} keeps valuation summaries only. */
    public static final int DETAIL_LIMIT = 2_000;
    private static final int GRID = 4096;
    private static final double GRID_LO = -7.5;
    private static final double GRID_HI = 7.5;

    private final ValuationEngine engine;

    public MonteCarloSimulator(ValuationEngine engine) {
        this.engine = Objects.requireNonNull(engine, "engine");
        if (!engine.explained()) {
            throw new IllegalArgumentException("a figures-only valuation engine keeps no cash-flow tables to simulate");
        }
    }

    /**
     * Values the patents with the engine (in parallel), then simulates them. The patents are one portfolio: unless the
     * engine already carries an attribution, they share their products' revenues as {@link ValuationEngine#forPortfolio}
     * attributes them, and the result carries that attribution. For portfolios of more than
     * {@value #DETAIL_LIMIT} patents the result keeps {@link PatentValuation#summary() summaries} of the valuations
     * to bound memory; the full detail of any patent is {@code engine.value(patent, enterprise, asOf)} again.
     */
    public MonteCarloResult simulate(List<Patent> patents, Enterprise enterprise, LocalDate asOf, double horizonYears,
                                     MonteCarloSettings settings, ProgressListener progress, BooleanSupplier cancelled) {
        Objects.requireNonNull(settings, "settings");
        BooleanSupplier stop = cancelled == null ? () -> false : cancelled;
        int n = patents.size();
        ProgressListener listener = progress == null ? ProgressListener.NONE : progress;
        AtomicLong done = new AtomicLong();
        long total = (long) n * (settings.paths() + VALUATION_UNITS);
        Valued valued = valueAll(patents, enterprise, asOf, settings.threads(), listener, stop, done, total);
        return run(valued.kept(), valued.flows(), horizonYears, settings, null, listener, stop, done, total,
                valued.attribution());
    }

    /**
     * Values the patents with the engine, in parallel, without simulating: the deterministic valuations (summaries above
     * {@value #DETAIL_LIMIT} patents, as {@link #simulate} keeps them), in the patents' order, with what a later
     * simulation of any of them needs ({@link #simulate(Valued, int[], double, MonteCarloSettings, CollateralRequest,
     * ProgressListener, BooleanSupplier)}).
     */
    public Valued value(List<Patent> patents, Enterprise enterprise, LocalDate asOf, int threads,
                        ProgressListener progress, BooleanSupplier cancelled) {
        ProgressListener listener = progress == null ? ProgressListener.NONE : progress;
        return valueAll(patents, enterprise, asOf, threads, listener, cancelled == null ? () -> false : cancelled,
                new AtomicLong(), patents.size());
    }

    /**
     * A valued portfolio: the valuations as kept (summaries above {@value #DETAIL_LIMIT} patents), the simulation
     * inputs taken from the full valuations before they were summarised, and the revenue attribution used.
     */
    public static final class Valued {
        private final List<PatentValuation> kept;
        private final List<PatentFlows> flows;
        private final RevenueAttribution attribution;

        Valued(List<PatentValuation> kept, List<PatentFlows> flows, RevenueAttribution attribution) {
            this.kept = kept;
            this.flows = flows;
            this.attribution = attribution;
        }

        public List<PatentValuation> valuations() {
            return kept;
        }

        public RevenueAttribution attribution() {
            return attribution;
        }

        List<PatentValuation> kept() {
            return kept;
        }

        List<PatentFlows> flows() {
            return flows;
        }
    }

    /**
     * Simulates the patents {@code indices} of a valued portfolio (e.g. the eligible collateral), with the pool's
     * liquidation value at {@code collateral}'s times when given; works above {@value #DETAIL_LIMIT} patents too,
     * since the simulation inputs were kept before the valuations were summarised.
     */
    public MonteCarloResult simulate(Valued valued, int[] indices, double horizonYears, MonteCarloSettings settings,
                                     CollateralRequest collateral, ProgressListener progress,
                                     BooleanSupplier cancelled) {
        Objects.requireNonNull(settings, "settings");
        List<PatentValuation> vs = new ArrayList<>(indices.length);
        List<PatentFlows> fs = new ArrayList<>(indices.length);
        for (int i : indices) {
            vs.add(valued.kept().get(i));
            fs.add(valued.flows().get(i));
        }
        if (collateral != null && collateral.patents() != vs.size()) {
            throw new IllegalArgumentException("collateral request for " + collateral.patents() + " patents, "
                    + vs.size() + " to simulate");
        }
        return run(vs, fs, horizonYears, settings, collateral, progress == null ? ProgressListener.NONE : progress,
                cancelled == null ? () -> false : cancelled, new AtomicLong(), (long) vs.size() * settings.paths(),
                valued.attribution());
    }

    private Valued valueAll(List<Patent> patents, Enterprise enterprise, LocalDate asOf, int threads,
                            ProgressListener listener, BooleanSupplier stop, AtomicLong done, long total) {
        int n = patents.size();
        int units = total == n ? 1 : VALUATION_UNITS;
        PatentValuation[] kept = new PatentValuation[n];
        PatentFlows[] flows = new PatentFlows[n];
        boolean summarise = n > DETAIL_LIMIT;
        boolean midYear = engine.parameters().midYear();
        ValuationEngine valuing = engine.attribution().isPresent() ? engine : engine.forPortfolio(patents, enterprise);
        int chunk = Math.max(MIN_CHUNK, (n + MAX_CHUNKS - 1) / MAX_CHUNKS);
        List<Callable<Void>> tasks = new ArrayList<>();
        for (int from = 0; from < n; from += chunk) {
            final int start = from;
            final int end = Math.min(n, from + chunk);
            tasks.add(() -> {
                for (int i = start; i < end; i++) {
                    if (stop.getAsBoolean()) {
                        throw new CancellationException("Monte Carlo simulation cancelled");
                    }
                    PatentValuation v = valuing.value(patents.get(i), enterprise, asOf);
                    flows[i] = PatentFlows.of(v, midYear);
                    kept[i] = summarise ? v.summary() : v;
                }
                listener.progress(done.addAndGet((long) (end - start) * units), total);
                return null;
            });
        }
        runAll(threads, tasks);
        return new Valued(Arrays.asList(kept), Arrays.asList(flows), valuing.attribution().orElseThrow());
    }

    /**
     * Simulates patents already valued by this simulator's engine (or one with the same parameters); the lender's view
     * of a pool is {@link #simulate(Valued, int[], double, MonteCarloSettings, CollateralRequest, ProgressListener,
     * BooleanSupplier)}.
     */
    public MonteCarloResult simulateValuations(List<PatentValuation> valuations, double horizonYears,
                                               MonteCarloSettings settings, ProgressListener progress,
                                               BooleanSupplier cancelled) {
        Objects.requireNonNull(settings, "settings");
        List<PatentFlows> flows = new ArrayList<>(valuations.size());
        for (PatentValuation v : valuations) {
            flows.add(PatentFlows.of(v, engine.parameters().midYear()));
        }
        return run(valuations, flows, horizonYears, settings, null,
                progress == null ? ProgressListener.NONE : progress, cancelled == null ? () -> false : cancelled,
                new AtomicLong(), (long) valuations.size() * settings.paths(),
                engine.attribution().orElse(RevenueAttribution.none()));
    }

    /**
     * What the lender's view of the simulation needs: per patent the factor that turns its market value into its
     * liquidation value (0 = not collateral) and its income years (value runs off linearly to 0 over them, as
     * {@code risk.CollateralPath} assumes), and the times (years from the valuation date) at which the pool is
     * measured. On each path a patent's value at time t is its simulated value × run-off(t) when its right survives
     * to t (loss time drawn with the type's hazard, the same draw that decides loss within the horizon), else 0.
     * {@code valueShare}: the part of each patent's simulated value the pool's value distribution counts (1, or for a
     * European patent ended in some of its states the share where it lives; the patent's own distribution stays that
     * of the whole right).
     */
    public record CollateralRequest(double[] liquidationFactor, double[] incomeYears, double[] times,
                                    double[] valueShare) {
        public CollateralRequest {
            liquidationFactor = liquidationFactor.clone();
            incomeYears = incomeYears.clone();
            times = times.clone();
            valueShare = valueShare.clone();
            if (liquidationFactor.length != incomeYears.length || valueShare.length != incomeYears.length) {
                throw new IllegalArgumentException("one liquidation factor, one income period and one value share per"
                        + " patent");
            }
            for (double w : valueShare) {
                if (!(w > 0 && w <= 1)) {
                    throw new IllegalArgumentException("a value share is in (0, 1], was " + w);
                }
            }
            if (times.length == 0) {
                throw new IllegalArgumentException("at least one time to measure the collateral at");
            }
            for (double t : times) {
                if (!(t >= 0) || !Double.isFinite(t)) {
                    throw new IllegalArgumentException("collateral times must be finite years ≥ 0, was " + t);
                }
            }
        }

        /** Every patent's value counted whole. */
        public CollateralRequest(double[] liquidationFactor, double[] incomeYears, double[] times) {
            this(liquidationFactor, incomeYears, times, whole(incomeYears.length));
        }

        private static double[] whole(int n) {
            double[] w = new double[n];
            java.util.Arrays.fill(w, 1.0);
            return w;
        }

        int patents() {
            return liquidationFactor.length;
        }
    }

    private MonteCarloResult run(List<PatentValuation> valuations, List<PatentFlows> flows, double horizonYears,
                                 MonteCarloSettings settings, CollateralRequest collateral, ProgressListener listener,
                                 BooleanSupplier stop, AtomicLong done, long total, RevenueAttribution attribution) {
        if (!(horizonYears >= 0) || !Double.isFinite(horizonYears)) {
            throw new IllegalArgumentException("horizon must be a non-negative number of years, was " + horizonYears);
        }
        if (valuations.isEmpty()) {
            throw new IllegalArgumentException("no patents to simulate");
        }
        if (settings.paths() > MAX_PATHS) {
            throw new IllegalArgumentException("at most " + MAX_PATHS + " paths, was " + settings.paths());
        }
        if (stop.getAsBoolean()) {
            throw new CancellationException("Monte Carlo simulation cancelled");
        }
        Model model = new Model(valuations, flows, engine.parameters(), horizonYears, settings, collateral);
        int chunkSize = Math.max(MIN_CHUNK, (model.patents + MAX_CHUNKS - 1) / MAX_CHUNKS);
        int chunks = (model.patents + chunkSize - 1) / chunkSize;
        double[][] partialPortfolio = new double[chunks][];
        double[][][] partialCollateral = new double[chunks][][];
        PatentDistribution[] distributions = new PatentDistribution[model.patents];
        List<Callable<Void>> tasks = new ArrayList<>(chunks);
        for (int c = 0; c < chunks; c++) {
            final int chunk = c;
            tasks.add(() -> {
                int from = chunk * chunkSize;
                int to = Math.min(model.patents, from + chunkSize);
                double[][] sums = collateral == null ? null : new double[collateral.times().length][model.paths];
                partialPortfolio[chunk] = model.simulateChunk(from, to, distributions, sums, stop, listener, done,
                        total);
                partialCollateral[chunk] = sums;
                return null;
            });
        }
        runAll(settings.threads(), tasks);
        double[] portfolio = new double[settings.paths()];
        for (double[] part : partialPortfolio) {
            for (int j = 0; j < portfolio.length; j++) {
                portfolio[j] += part[j];
            }
        }
        CollateralSimulation simulated = null;
        if (collateral != null) {
            double[][] sums = new double[collateral.times().length][settings.paths()];
            for (double[][] part : partialCollateral) {
                for (int k = 0; k < sums.length; k++) {
                    for (int j = 0; j < sums[k].length; j++) {
                        sums[k][j] += part[k][j];
                    }
                }
            }
            simulated = new CollateralSimulation(collateral.times(), sums);
        }
        return new MonteCarloResult(settings, horizonYears, valuations, Arrays.asList(distributions),
                portfolioDistribution(model, portfolio), simulated, attribution);
    }

    /**
     * Runs the tasks on {@code threads} workers; with one worker, or one task, in the calling thread: a caller that
     * spreads many small simulations over the cores itself (a monitoring run, loan by loan) starts no pool per
     * simulation. The results do not depend on where the tasks run.
     */
    private static void runAll(int threads, List<Callable<Void>> tasks) {
        if (threads == 1 || tasks.size() == 1) {
            for (Callable<Void> task : tasks) {
                try {
                    task.call();
                } catch (RuntimeException e) {
                    throw e;
                } catch (Exception e) {
                    throw new IllegalStateException("Monte Carlo task failed: " + e, e);
                }
            }
            return;
        }
        ForkJoinPool pool = new ForkJoinPool(threads);
        try {
            runAll(pool, tasks);
        } finally {
            pool.shutdownNow();
        }
    }

    private static void runAll(ForkJoinPool pool, List<Callable<Void>> tasks) {
        List<Future<Void>> futures = pool.invokeAll(tasks);
        for (Future<Void> f : futures) {
            try {
                f.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new CancellationException("Monte Carlo simulation interrupted");
            } catch (ExecutionException e) {
                Throwable cause = e.getCause();
                if (cause instanceof RuntimeException re) {
                    throw re;
                }
                throw new IllegalStateException("Monte Carlo task failed: " + cause, cause);
            }
        }
    }

    private static PortfolioDistribution portfolioDistribution(Model model, double[] portfolio) {
        double[] sorted = portfolio.clone();
        Arrays.sort(sorted);
        Moments m = Moments.of(portfolio);
        return new PortfolioDistribution(model.portfolioValue, m.mean, m.std, quantile(sorted, 0.05),
                quantile(sorted, 0.5), quantile(sorted, 0.95), m.std / Math.sqrt(portfolio.length),
                Histogram.of(sorted, model.settings.histogramBins()), sorted);
    }

    /** Mean and sample standard deviation (two-pass, so large means do not swamp the variance). */
    private record Moments(double mean, double std) {
        static Moments of(double[] x) {
            double sum = 0;
            for (double v : x) {
                sum += v;
            }
            double mean = sum / x.length;
            double sq = 0;
            for (double v : x) {
                sq += (v - mean) * (v - mean);
            }
            return new Moments(mean, Math.sqrt(sq / (x.length - 1)));
        }
    }

    /** Quantile of a sorted sample, linear between order statistics (Hyndman &amp; Fan type 7). */
    public static double quantile(double[] sorted, double p) {
        if (!(p >= 0 && p <= 1)) {
            throw new IllegalArgumentException("quantile level must lie in [0, 1], was " + p);
        }
        double h = (sorted.length - 1) * p;
        int lo = (int) Math.floor(h);
        int hi = Math.min(lo + 1, sorted.length - 1);
        return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
    }

    /** Seed of stream {@code index}: a mix of the run's seed and the index (SplitMix64 finaliser). */
    static long streamSeed(long seed, long index) {
        long z = seed + 0x9E3779B97F4A7C15L * (index + 1L);
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /**
     * The tables made so far, by distribution (a value type): every simulation of a monitoring run uses the same few
     * distributions, and tabulating one costs 4,097 quantiles (for a 10-patent loan more than its simulation). Bounded:
     * distributions come from parameter sets, of which a run has few; past the bound the map starts again.
     */
    private static final java.util.concurrent.ConcurrentHashMap<Distribution, double[]> TABLES =
            new java.util.concurrent.ConcurrentHashMap<>();
    private static final int TABLES_KEPT = 64;

    /** {@link #normalQuantileTable}, made once per distribution; the table returned is shared and never written. */
    static double[] quantileTable(Distribution d) {
        double[] t = TABLES.get(d);
        if (t == null) {
            if (TABLES.size() >= TABLES_KEPT) {
                TABLES.clear();
            }
            t = TABLES.computeIfAbsent(d, MonteCarloSimulator::normalQuantileTable);
        }
        return t;
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

    /** The per-patent arrays of the hot loop and the common factors of every path, prepared once. */
    private static final class Model {
        final MonteCarloSettings settings;
        final int patents;
        final int paths;
        final int maxPeriods;
        final int stride;
        final double[] shareFlows;
        final double[] revenueFlows;
        final double[] pvShare;
        final double[] pvRevenue;
        final double[] costPart;
        final double[] marketPart;
        final double[] otherPart;
        final int[] periods;
        final int[] fullPeriods;
        final double[] lastOffset;
        final double[] pLost;
        final double[] deterministic;
        final double portfolioValue;
        final boolean midYear;
        final double[] revenueTable;
        final double[] shareTable;
        final double[] costTable;
        final double[] priceTable;
        final double rho;
        final double rhoComplement;
        final double[] market;
        final double[] logRate;
        final double[] half;
        final double[] disc;
        final List<PatentValuation> valuations;
        /** Collateral view, or null: liquidation factor and income years per patent, times, P(lost by time). */
        final double[] cFactor;
        final double[] cIncome;
        final double[] cTimes;
        final double[] cLostBy;
        /** The part of each patent's value the portfolio's sum counts (1 without a collateral view). */
        final double[] weight;

        Model(List<PatentValuation> valuations, List<PatentFlows> flows, ValuationParameters parameters,
              double horizon, MonteCarloSettings settings, CollateralRequest collateral) {
            this.settings = settings;
            weight = collateral == null ? null : collateral.valueShare();
            if (collateral == null) {
                cFactor = null;
                cIncome = null;
                cTimes = null;
                cLostBy = null;
            } else {
                cFactor = collateral.liquidationFactor();
                cIncome = collateral.incomeYears();
                cTimes = collateral.times();
                int n = valuations.size();
                cLostBy = new double[n * cTimes.length];
                for (int i = 0; i < n; i++) {
                    double lambda = settings.hazard() ? parameters.hazardPerYear().get(flows.get(i).type()) : 0;
                    for (int k = 0; k < cTimes.length; k++) {
                        cLostBy[i * cTimes.length + k] = 1 - Math.exp(-lambda * cTimes[k]);
                    }
                }
            }
            this.valuations = valuations;
            patents = valuations.size();
            paths = settings.paths();
            midYear = parameters.midYear();
            int mp = 0;
            for (PatentFlows f : flows) {
                mp = Math.max(mp, f.periods());
            }
            maxPeriods = mp;
            stride = mp + 1;
            shareFlows = new double[patents * Math.max(1, mp)];
            revenueFlows = new double[patents * Math.max(1, mp)];
            pvShare = new double[patents];
            pvRevenue = new double[patents];
            costPart = new double[patents];
            marketPart = new double[patents];
            otherPart = new double[patents];
            periods = new int[patents];
            fullPeriods = new int[patents];
            lastOffset = new double[patents];
            pLost = new double[patents];
            deterministic = new double[patents];
            double total = 0;
            for (int i = 0; i < patents; i++) {
                PatentFlows f = flows.get(i);
                deterministic[i] = f.value();
                total += weight == null ? f.value() : f.value() * weight[i];
                if (settings.hazard()) {
                    pLost[i] = 1 - Math.exp(-parameters.hazardPerYear().get(f.type()) * horizon);
                }
                System.arraycopy(f.shareFlows(), 0, shareFlows, i * maxPeriods, f.periods());
                System.arraycopy(f.revenueFlows(), 0, revenueFlows, i * maxPeriods, f.periods());
                pvShare[i] = f.pvShare();
                pvRevenue[i] = f.pvRevenue();
                costPart[i] = f.costPart();
                marketPart[i] = f.marketPart();
                otherPart[i] = f.otherPart();
                periods[i] = f.periods();
                fullPeriods[i] = f.fullPeriods();
                lastOffset[i] = f.lastOffset();
            }
            portfolioValue = total;
            Distribution rev = settings.inputDistributions().get(MonteCarloSettings.REVENUE);
            Distribution share = settings.inputDistributions().get(MonteCarloSettings.SHARE);
            Distribution shift = settings.inputDistributions().get(MonteCarloSettings.DISCOUNT_RATE_SHIFT);
            revenueTable = rev == null ? null : quantileTable(rev);
            shareTable = share == null ? null : quantileTable(share);
            Distribution cost = settings.inputDistributions().get(MonteCarloSettings.REPLACEMENT_COST);
            Distribution price = settings.inputDistributions().get(MonteCarloSettings.COMPARABLE_PRICE);
            costTable = cost == null ? null : quantileTable(cost);
            priceTable = price == null ? null : quantileTable(price);
            rho = Math.sqrt(settings.marketFactorCorrelation());
            rhoComplement = Math.sqrt(1 - settings.marketFactorCorrelation());
            boolean marketFactor = revenueTable != null || priceTable != null;
            market = new double[marketFactor ? paths : 0];
            boolean rateUncertain = shift != null;
            logRate = new double[rateUncertain ? paths : 0];
            half = new double[rateUncertain ? paths : 0];
            disc = rateUncertain ? new double[paths * stride] : null;
            double[] rateTable = rateUncertain ? quantileTable(shift) : null;
            SplittableRandom common = new SplittableRandom(streamSeed(settings.seed(), -1));
            double rate = parameters.discountRate();
            for (int j = 0; j < paths; j++) {
                if (marketFactor) {
                    market[j] = common.nextGaussian();
                }
                if (rateUncertain) {
                    double r = rate + lookup(rateTable, common.nextGaussian());
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
        }

        /**
         * Simulates patents [from, to) over all paths, block by block, and summarises each; returns the chunk's
         * portfolio sum per path.
         */
        double[] simulateChunk(int from, int to, PatentDistribution[] out, double[][] pool, BooleanSupplier stop,
                               ProgressListener listener, AtomicLong done, long total) {
            int count = to - from;
            double[] portfolio = new double[paths];
            double[][] values = new double[count][paths];
            int[] lostCount = new int[count];
            SplittableRandom[] rngs = new SplittableRandom[count];
            for (int c = 0; c < count; c++) {
                rngs[c] = new SplittableRandom(streamSeed(settings.seed(), from + c));
            }
            for (int start = 0; start < paths; start += BLOCK) {
                if (stop.getAsBoolean()) {
                    throw new CancellationException("Monte Carlo simulation cancelled");
                }
                int end = Math.min(paths, start + BLOCK);
                for (int c = 0; c < count; c++) {
                    lostCount[c] += simulate(from + c, start, end, rngs[c], values[c], portfolio, pool);
                }
                listener.progress(done.addAndGet((long) count * (end - start)), total);
            }
            for (int c = 0; c < count; c++) {
                out[from + c] = summarise(from + c, values[c], lostCount[c]);
            }
            return portfolio;
        }

        /** Paths [start, end) of patent i; returns how many of them lost the right. */
        private int simulate(int i, int start, int end, SplittableRandom rng, double[] values, double[] portfolio,
                             double[][] pool) {
            int off = i * maxPeriods;
            int p = periods[i];
            int full = fullPeriods[i];
            double lossProbability = pLost[i];
            boolean collateral = pool != null && cFactor[i] > 0;
            int lostCount = 0;
            for (int j = start; j < end; j++) {
                double revenue = 1;
                double share = 1;
                if (revenueTable != null) {
                    revenue = lookup(revenueTable, rho * market[j] + rhoComplement * rng.nextGaussian());
                }
                if (shareTable != null) {
                    share = lookup(shareTable, rng.nextGaussian());
                }
                double rest = otherPart[i];
                rest += costTable == null ? costPart[i] : costPart[i] * lookup(costTable, rng.nextGaussian());
                rest += priceTable == null ? marketPart[i]
                        : marketPart[i] * lookup(priceTable, rho * market[j] + rhoComplement * rng.nextGaussian());
                double v;
                // the draw u decides whether, and by when, the right is lost: lost by t ⟺ u < 1 − e^(−λt)
                double u = lossProbability > 0 ? rng.nextDouble() : 1;
                boolean lost = u < lossProbability;
                if (lost && !collateral) {
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
                    v = revenue * (share * a + e) + rest;
                    if (collateral) {
                        addToPool(i, j, v, u, pool);
                    }
                    if (lost) {
                        v = 0;
                        lostCount++;
                    }
                }
                values[j] = v;
                portfolio[j] += weight == null ? v : v * weight[i];
            }
            return lostCount;
        }

        /** Adds patent i's liquidation value at each collateral time on path j: run off, and 0 once lost. */
        private void addToPool(int i, int j, double value, double u, double[][] pool) {
            double n = cIncome[i];
            if (n <= 0 || value <= 0) {
                return;
            }
            for (int k = 0; k < cTimes.length; k++) {
                if (u < cLostBy[i * cTimes.length + k]) {
                    break;
                }
                double t = cTimes[k];
                if (t >= n) {
                    break;
                }
                pool[k][j] += cFactor[i] * value * (n - t) / n;
            }
        }

        private PatentDistribution summarise(int i, double[] values, int lostCount) {
            Moments m = Moments.of(values);
            double min = Double.POSITIVE_INFINITY;
            double max = Double.NEGATIVE_INFINITY;
            for (double v : values) {
                min = Math.min(min, v);
                max = Math.max(max, v);
            }
            int bins = settings.histogramBins();
            int[] counts = new int[bins];
            double width = (max - min) / bins;
            for (double v : values) {
                int b = width > 0 ? (int) ((v - min) / width) : 0;
                counts[Math.min(b, bins - 1)]++;
            }
            List<Integer> boxed = new ArrayList<>(bins);
            for (int c : counts) {
                boxed.add(c);
            }
            double p5 = select(values, 0.05);
            double p50 = select(values, 0.50);
            double p95 = select(values, 0.95);
            return new PatentDistribution(valuations.get(i).patentNumber(), deterministic[i], m.mean, m.std, p5, p50,
                    p95, m.std / Math.sqrt(paths), (double) lostCount / paths, new Histogram(min, max, boxed));
        }
    }

    /**
     * What the simulation needs of one valuation: the weighted after-tax flows of the methods scaled by share and
     * revenue (income split, relief from royalty incl. TAB) and by revenue only (excess earnings), their present values
     * at the deterministic rate, the weighted cost, market and other (real option) components, and the period layout.
     */
    record PatentFlows(PatentType type, double value, double[] shareFlows, double[] revenueFlows, double pvShare,
                       double pvRevenue, double costPart, double marketPart, double otherPart, int periods,
                       int fullPeriods, double lastOffset) {

        static PatentFlows of(PatentValuation v, boolean midYear) {
            int periods = 0;
            for (MethodResult m : v.methods()) {
                if (v.weightsUsed().containsKey(m.methodId())) {
                    periods = Math.max(periods, m.cashFlows().size());
                }
            }
            double[] share = new double[periods];
            double[] revenue = new double[periods];
            double pvShare = 0;
            double pvRevenue = 0;
            double costPart = 0;
            double marketPart = 0;
            double otherPart = 0;
            for (MethodResult m : v.methods()) {
                Double w = v.weightsUsed().get(m.methodId());
                if (w == null || m.value() < 0) {
                    // a negative method counts as zero in the reconciliation, so it adds nothing on any path
                    continue;
                }
                boolean shareScaled = m.methodId().equals(IncomeSplitMethod.ID)
                        || m.methodId().equals(ReliefFromRoyaltyMethod.ID);
                boolean revenueScaled = m.methodId().equals(ExcessEarningsMethod.ID);
                if (!shareScaled && !revenueScaled) {
                    if (m.methodId().equals(CostMethod.ID)) {
                        costPart += w * m.value();
                    } else if (m.methodId().equals(MarketComparablesMethod.ID)) {
                        marketPart += w * m.value();
                    } else {
                        otherPart += w * m.value();
                    }
                    continue;
                }
                if (m.cashFlows().isEmpty()) {
                    throw new IllegalArgumentException("valuation of " + v.patentNumber().canonical()
                            + " is a summary without cash flows; simulate the full valuation");
                }
                double scale = w;
                if (m.parameters().get("tabFactor") instanceof Double tab) {
                    scale *= tab;
                }
                double[] target = shareScaled ? share : revenue;
                for (int k = 0; k < m.cashFlows().size(); k++) {
                    CashFlowRow row = m.cashFlows().get(k);
                    target[k] += scale * row.afterTax();
                    if (shareScaled) {
                        pvShare += scale * row.afterTax() * row.discountFactor();
                    } else {
                        pvRevenue += scale * row.afterTax() * row.discountFactor();
                    }
                }
            }
            int full = 0;
            double lastOffset = 0;
            if (periods > 0) {
                double n = v.incomePeriod().years();
                full = Math.min((int) Math.floor(n + 1e-9), periods);
                double f = CashFlowSchedule.fraction(periods, n);
                lastOffset = midYear ? f / 2 : f;
            }
            return new PatentFlows(v.patentType(), v.value(), share, revenue, pvShare, pvRevenue, costPart, marketPart,
                    otherPart, periods, full, lastOffset);
        }
    }

    /** Type-7 quantile by selection; reorders the sample but keeps its contents. */
    static double select(double[] a, double p) {
        double h = (a.length - 1) * p;
        int lo = (int) Math.floor(h);
        double x = selectKth(a, lo);
        if (lo + 1 >= a.length || h == lo) {
            return x;
        }
        double next = Double.POSITIVE_INFINITY;
        for (int k = lo + 1; k < a.length; k++) {
            next = Math.min(next, a[k]);
        }
        return x + (h - lo) * (next - x);
    }

    /** Hoare's selection: afterwards a[k] is the k-th smallest, smaller ones before it, larger ones after. */
    private static double selectKth(double[] a, int k) {
        int left = 0;
        int right = a.length - 1;
        while (right > left) {
            double pivot = a[(left + right) >>> 1];
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
                    double t = a[i];
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
