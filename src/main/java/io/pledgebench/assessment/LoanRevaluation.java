package io.pledgebench.assessment;

import io.pledgebench.domain.Enterprise;
import io.pledgebench.domain.LoanTimeline;
import io.pledgebench.domain.Patent;
import io.pledgebench.domain.Portfolio;
import io.pledgebench.domain.StateFates;
import io.pledgebench.risk.CollateralCalculator;
import io.pledgebench.risk.CollateralItem;
import io.pledgebench.risk.CreditRiskCalculator;
import io.pledgebench.risk.PdScorecard;
import io.pledgebench.risk.RiskParameters;
import io.pledgebench.risk.SimulatedCollateral;
import io.pledgebench.risk.eligibility.EligibilityContext;
import io.pledgebench.risk.eligibility.EligibilityResult;
import io.pledgebench.risk.eligibility.EligibilityRule;
import io.pledgebench.scoring.QualityScoreModel;
import io.pledgebench.valuation.MonteCarloResult;
import io.pledgebench.valuation.MonteCarloSettings;
import io.pledgebench.valuation.MonteCarloSimulator;
import io.pledgebench.valuation.PatentValuation;
import io.pledgebench.valuation.ValuationEngine;
import io.pledgebench.valuation.ValuationParameters;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * A booked loan's collateral revalued on a monitoring date with the assessment engine: the same legal rules,
 * valuation methods, quality score, collateral pool and credit-risk figures as {@code assess}, for the pledged patents
 * as now known, the outstanding amount and the loan's own timeline (started at drawdown, valued on the monitoring
 * date). {@link #deterministic} does it without Monte Carlo: the recovery is read from the pool's expected liquidation
 * value at each checkpoint (run-off and survival applied) instead of simulated paths, which makes it an upper bound
 * of E[min(EAD, LV)] by Jensen's inequality. {@link #simulated} takes the pipeline's steps with the inputs' paths.
 * A European patent that ended in some of its states counts for the share of states where it lives ({@link #keptShare}).
 */
public final class LoanRevaluation {

    /**
     * @param ipcSections the pool's market value split by IPC section (A–H), fractions adding up to 1; empty when no
     *                    eligible patent gives an IPC class or nothing is eligible
     */
    public record Result(double marketValue, double liquidationValue, double lifetimeExpectedLoss, double capital,
                         Map<String, Double> ipcSections, List<EligibilityResult> eligibility) {
        public Result {
            ipcSections = Map.copyOf(ipcSections);
            eligibility = List.copyOf(eligibility);
        }
    }

    private LoanRevaluation() {
    }

    /** Without Monte Carlo: the recovery read from the pool's expected liquidation value at each checkpoint. */
    public static Result deterministic(AssessmentInputs in, AssessmentParameters params) {
        return revalue(in, params, null, false, false);
    }

    /**
     * As {@link #deterministic(AssessmentInputs, AssessmentParameters)}, with the whole assessed portfolio valued (so a
     * product's revenue stays split over every patent on it, as the assessment split it) and only the patents in
     * {@code pledged} (canonical numbers) taken into the pool: the loan's collateral as it was assessed.
     */
    public static Result deterministic(AssessmentInputs in, AssessmentParameters params, java.util.Set<String> pledged) {
        return revalue(in, params, java.util.Objects.requireNonNull(pledged, "pledged"), false, false);
    }

    /** As {@link #simulated(AssessmentInputs, AssessmentParameters)}, with only {@code pledged} in the pool (see
     * {@link #deterministic(AssessmentInputs, AssessmentParameters, java.util.Set)}). */
    public static Result simulated(AssessmentInputs in, AssessmentParameters params, java.util.Set<String> pledged) {
        return revalue(in, params, java.util.Objects.requireNonNull(pledged, "pledged"), true, true);
    }

    /**
     * {@link #deterministic(AssessmentInputs, AssessmentParameters)} valuing the patents with their explanation
     * ({@code explained}) or, as monitoring does, with the figures only ({@link ValuationEngine#figuresOnly()}): the
     * same figures either way, which {@code FiguresOnlyValuationTest} checks to the bit.
     */
    static Result deterministic(AssessmentInputs in, AssessmentParameters params, boolean explained) {
        return revalue(in, params, null, false, explained);
    }

    /**
     * With Monte Carlo ({@code in.paths()} paths, {@code in.seed()}): the pipeline's own steps up to its collateral
     * and credit-risk figures — the same valuation, eligibility, quality score, pool, simulation of the eligible
     * collateral at the loan's checkpoints and expected recovery E[min(EAD, LV)] — so the figures are the pipeline's,
     * without what a monitoring run does not read (recommendation, stress tests, conditions, distributions kept for
     * the report). The simulation runs on {@code params.monteCarlo().threads()} workers (1: in the calling thread,
     * for a caller that spreads loans over the cores); the figures do not depend on it.
     */
    public static Result simulated(AssessmentInputs in, AssessmentParameters params) {
        return revalue(in, params, null, true, true);
    }

    /**
     * @param pledged the patents (canonical numbers) whose values make the pool; null: every patent of the portfolio.
     *                The others are valued (revenue shares, eligibility value shares) but carried outside the pool.
     */
    private static Result revalue(AssessmentInputs in, AssessmentParameters params, java.util.Set<String> pledged,
                                  boolean simulate, boolean explained) {
        Portfolio pf = in.portfolio();
        Enterprise enterprise = pf.enterprise();
        double amount = in.loan().amount().doubleValue();
        LoanTimeline timeline = in.timeline();
        double[] times = timeline.checkpoints().stream().mapToDouble(LoanTimeline.Checkpoint::yearsFromValuation)
                .toArray();
        double startYears = Math.max(0, io.pledgebench.domain.LegalTerm.yearsBetween(timeline.valuationDate(),
                timeline.startDate()));
        double remainingYears = timeline.remainingTermYears();
        RiskParameters rp = params.risk();
        double pd = pd(in, enterprise, rp);
        ValuationParameters vp = params.valuation();
        if (!vp.currency().equals(pf.currency())) {
            vp = vp.toBuilder().currency(pf.currency()).build();
        }
        List<Patent> patents = pf.patents();
        ValuationEngine engine = new ValuationEngine(vp, in.comparables()).forPortfolio(patents, enterprise);
        MonteCarloSettings settings = params.monteCarlo().withPaths(in.paths()).withSeed(in.seed());
        MonteCarloSimulator simulator = null;
        MonteCarloSimulator.Valued valued = null;
        List<PatentValuation> valuations;
        if (simulate) {
            simulator = new MonteCarloSimulator(engine);
            valued = simulator.value(patents, enterprise, in.asOf(), settings.threads(), (done, total) -> { },
                    () -> false);
            valuations = valued.valuations();
        } else {
            // the figures only: a revaluation reads each patent's value, never the methods' explanation, which was
            // most of what it allocated (ADR 0033); the simulation above needs the cash-flow tables, so it keeps them
            ValuationEngine valuing = explained ? engine : engine.figuresOnly();
            valuations = new ArrayList<>(patents.size());
            for (Patent p : patents) {
                valuations.add(valuing.value(p, enterprise, in.asOf()));
            }
        }
        EligibilityContext context = EligibilityContext.of(pf.pledgor().name(), timeline,
                in.acceptedPendingInvalidation());
        int n = patents.size();
        List<EligibilityResult> legal = new ArrayList<>(n);
        boolean[] pledgeable = new boolean[n];
        for (int i = 0; i < n; i++) {
            legal.add(params.eligibility().evaluate(patents.get(i), context, EligibilityRule.Stage.LEGAL));
            pledgeable[i] = legal.get(i).pledgeable();
        }
        EligibilityContext withShares = context.withValueShares(
                AssessmentPipeline.valueShares(patents, pledgeable, valuations));
        QualityScoreModel scoring = new QualityScoreModel(params.scoring());
        List<EligibilityResult> eligibility = new ArrayList<>(n);
        List<CollateralItem> items = new ArrayList<>(n);
        double[] kept = new double[n];
        for (int i = 0; i < n; i++) {
            Patent p = patents.get(i);
            kept[i] = keptShare(p);
            EligibilityResult r = legal.get(i).plus(
                    params.eligibility().evaluate(p, withShares, EligibilityRule.Stage.PORTFOLIO));
            eligibility.add(r);
            CollateralItem item = AssessmentPipeline.collateralItem(p, valuations.get(i),
                    scoring.score(p, in.asOf(), Map.of()).overall(), vp, r.pledgeable(), kept[i]);
            items.add(pledged == null || pledged.contains(p.number().canonical()) ? item : item.excluded());
        }
        CollateralCalculator.CollateralAssessment pool = CollateralCalculator.assess(items, amount, times, rp);
        double[][] values = simulate ? simulatedPool(simulator, valued, items, kept, rp, timeline, times, settings)
                : expectedPool(pool, times);
        Double sales = enterprise != null && enterprise.revenue() != null ? enterprise.revenue().doubleValue() : null;
        CreditRiskCalculator.CreditRisk risk = CreditRiskCalculator.assess(pd,
                SimulatedCollateral.expectedRecovery(startYears, times, values, pd, amount), amount, remainingYears,
                remainingYears, sales, rp);
        return new Result(pool.marketValue(), pool.liquidationValue(), risk.lifetimeExpectedLoss(), risk.capital(),
                ipcSections(patents, items, rp), eligibility);
    }

    /**
     * The share of a patent's value the revaluation keeps: for a European patent that ended in some of its states but
     * not all, the states where it lives over the states that count ({@link StateFates#share()}: the data holds no
     * revenue or value by state, so each state weighs the same, ADR 0015); 1 for any other patent. A patent ended in
     * every state is lapsed (or invalidated) and fails the legal rules instead.
     */
    public static double keptShare(Patent p) {
        return keptShare(statesShare(p));
    }

    /** The share {@link #keptShare(Patent)} keeps, given the patent's {@link #statesShare}: 1 when there is none. */
    public static double keptShare(java.util.Optional<StateFates.Share> share) {
        return share.map(StateFates.Share::fraction).orElse(1.0);
    }

    /**
     * The states of a European patent that ended in some but not all of them, as its register events record them
     * ({@link StateFates#share()}); empty for any other patent. Read by the assessment and by the revaluation alike.
     */
    public static java.util.Optional<StateFates.Share> statesShare(Patent p) {
        return StateFates.of(p.jurisdiction(), p.events()).share();
    }

    /** The pool's expected liquidation value at each checkpoint (run-off and survival applied), as one path. */
    private static double[][] expectedPool(CollateralCalculator.CollateralAssessment pool, double[] times) {
        double[][] expected = new double[times.length][1];
        for (int k = 0; k < times.length; k++) {
            expected[k][0] = pool.path().get(k).expectedValue();
        }
        return expected;
    }

    /** The eligible collateral's liquidation value at each checkpoint on each path, as the pipeline simulates it. */
    private static double[][] simulatedPool(MonteCarloSimulator simulator, MonteCarloSimulator.Valued valued,
                                            List<CollateralItem> items, double[] kept, RiskParameters rp,
                                            LoanTimeline timeline,
                                            double[] times, MonteCarloSettings settings) {
        List<Integer> pool = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            if (CollateralCalculator.countsAsCollateral(items.get(i), rp)) {
                pool.add(i);
            }
        }
        if (pool.isEmpty()) {
            return new double[times.length][settings.paths()];
        }
        int[] indices = pool.stream().mapToInt(Integer::intValue).toArray();
        double[] factor = new double[indices.length];
        double[] income = new double[indices.length];
        for (int k = 0; k < indices.length; k++) {
            CollateralItem item = items.get(indices[k]);
            factor[k] = AssessmentPipeline.liquidationFactor(item, rp, kept[indices[k]]);
            income[k] = item.incomeYears();
        }
        MonteCarloResult mc = simulator.simulate(valued, indices, timeline.yearsToMaturity(), settings,
                new MonteCarloSimulator.CollateralRequest(factor, income, times), (done, total) -> { }, () -> false);
        return mc.collateral().values();
    }

    private static double pd(AssessmentInputs in, Enterprise enterprise, RiskParameters rp) {
        if (in.pdOverride() != null) {
            return in.pdOverride();
        }
        if (enterprise != null && enterprise.pd() != null) {
            return enterprise.pd();
        }
        if (PdScorecard.canScore(enterprise)) {
            return rp.scorecard().score(enterprise).pd();
        }
        throw new IllegalArgumentException("the borrower's PD was given to the assessment of this loan, not stored:"
                + " the loan cannot be revalued without enterprise data");
    }

    private static Map<String, Double> ipcSections(List<Patent> patents, List<CollateralItem> items,
                                                   RiskParameters rp) {
        Map<String, Double> value = new TreeMap<>();
        Map<String, Integer> count = new TreeMap<>();
        for (int i = 0; i < patents.size(); i++) {
            CollateralItem item = items.get(i);
            String ipc = patents.get(i).ipc();
            if (!CollateralCalculator.countsAsCollateral(item, rp) || ipc == null || ipc.isBlank()) {
                continue;
            }
            String section = ipc.strip().substring(0, 1).toUpperCase(Locale.ROOT);
            if (section.charAt(0) < 'A' || section.charAt(0) > 'H') {
                continue;
            }
            value.merge(section, Math.max(0, item.marketValue()), Double::sum);
            count.merge(section, 1, Integer::sum);
        }
        double total = value.values().stream().mapToDouble(Double::doubleValue).sum();
        int patentsCounted = count.values().stream().mapToInt(Integer::intValue).sum();
        Map<String, Double> out = new LinkedHashMap<>();
        if (patentsCounted == 0) {
            return out;
        }
        double sum = 0;
        List<String> keys = new ArrayList<>(value.keySet());
        for (int k = 0; k < keys.size(); k++) {
            String key = keys.get(k);
            double f = k == keys.size() - 1 ? 1.0 - sum
                    : total > 0 ? value.get(key) / total : count.get(key) / (double) patentsCounted;
            sum += f;
            out.put(key, f);
        }
        return out;
    }
}
