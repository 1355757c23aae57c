package io.pledgebench.assessment;

import io.pledgebench.domain.Enterprise;
import io.pledgebench.domain.LegalTerm;
import io.pledgebench.domain.LoanRequest;
import io.pledgebench.domain.LoanTimeline;
import io.pledgebench.domain.Patent;
import io.pledgebench.domain.Portfolio;
import io.pledgebench.domain.StateFates;
import io.pledgebench.domain.Text;
import io.pledgebench.risk.CollateralCalculator;
import io.pledgebench.risk.CollateralItem;
import io.pledgebench.risk.CreditRiskCalculator;
import io.pledgebench.risk.PdScorecard;
import io.pledgebench.risk.Plausibility;
import io.pledgebench.risk.Recommendation;
import io.pledgebench.risk.Recommender;
import io.pledgebench.risk.RiskParameters;
import io.pledgebench.risk.StressScenario;
import io.pledgebench.risk.eligibility.EligibilityCheck;
import io.pledgebench.risk.eligibility.EligibilityContext;
import io.pledgebench.risk.eligibility.EligibilityResult;
import io.pledgebench.risk.eligibility.Outcome;
import io.pledgebench.risk.LiquidationValue;
import io.pledgebench.risk.SimulatedCollateral;
import io.pledgebench.risk.eligibility.EligibilityRule;
import io.pledgebench.risk.eligibility.EligibilityRules;
import io.pledgebench.valuation.CollateralSimulation;
import io.pledgebench.valuation.PatentDistribution;
import io.pledgebench.valuation.PortfolioDistribution;
import io.pledgebench.scoring.QualityScore;
import io.pledgebench.scoring.QualityScoreModel;
import io.pledgebench.valuation.MonteCarloResult;
import io.pledgebench.valuation.MonteCarloSettings;
import io.pledgebench.valuation.MonteCarloSimulator;
import io.pledgebench.valuation.PatentValuation;
import io.pledgebench.valuation.RevenueAttribution;
import io.pledgebench.valuation.ValuationEngine;
import io.pledgebench.valuation.ValuationParameters;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import java.util.function.DoubleFunction;

/**
 * The whole assessment, a pure function of inputs and parameters: eligibility, quality score, valuation with
 * Monte Carlo, collateral, credit risk, stress tests and recommendation. The same inputs, parameters and seed give
 * the same result on any machine and thread count.
 */
public final class AssessmentPipeline {

    private AssessmentPipeline() {
    }

    public static Assessment run(AssessmentInputs in, AssessmentParameters params) {
        return run(in, params, AssessmentProgress.NONE, () -> false);
    }

    /**
     * @throws IllegalArgumentException   for inputs that cannot be assessed (no PD source, a term beyond every patent's
     *                                    life), naming the value
     * @throws CancellationException when {@code cancelled} turns true
     */
    public static Assessment run(AssessmentInputs in, AssessmentParameters params, AssessmentProgress progress,
                                 BooleanSupplier cancelled) {
        AssessmentProgress report = progress == null ? AssessmentProgress.NONE : progress;
        BooleanSupplier stop = cancelled == null ? () -> false : cancelled;
        Portfolio pf = in.portfolio();
        Enterprise enterprise = pf.enterprise();
        LoanRequest loan = in.loan();
        double amount = loan.amount().doubleValue();
        // the one timeline: every rule, checkpoint, capital figure and stress test below reads it
        LoanTimeline timeline = in.timeline();
        List<LoanTimeline.Checkpoint> checkpoints = timeline.checkpoints();
        double[] times = checkpoints.stream().mapToDouble(LoanTimeline.Checkpoint::yearsFromValuation).toArray();
        double horizonYears = timeline.yearsToMaturity();
        double startYears = Math.max(0, LegalTerm.yearsBetween(timeline.valuationDate(), timeline.startDate()));
        double remainingYears = timeline.remainingTermYears();
        List<Text> notes = new ArrayList<>();
        if (loan.valuationDate() != null && loan.valuationDate().equals(in.asOf())) {
            notes.add(Text.of("assessment.note.valuationDateOfPortfolio", in.asOf().toString()));
        }
        if (timeline.startsBeforeValuation()) {
            notes.add(Text.of("assessment.note.startBeforeValuation", timeline.startDate().toString(),
                    timeline.valuationDate().toString()));
        }

        String pdSource;
        double pd;
        PdScorecard.Result scorecard = null;
        RiskParameters rp = params.risk();
        if (in.pdOverride() != null) {
            pd = in.pdOverride();
            pdSource = "officer";
        } else if (enterprise != null && enterprise.pd() != null) {
            pd = enterprise.pd();
            pdSource = "enterprise";
        } else if (PdScorecard.canScore(enterprise)) {
            scorecard = rp.scorecard().score(enterprise);
            pd = scorecard.pd();
            pdSource = "scorecard";
            if (!scorecard.omitted().isEmpty()) {
                notes.add(Text.of("assessment.note.scorecardOmitted", String.join(", ", scorecard.omitted())));
            }
        } else if (enterprise == null) {
            throw new IllegalArgumentException("the portfolio has no enterprise data to estimate the borrower's PD:"
                    + " give it with --pd (0 < PD < 1)");
        } else {
            throw new IllegalArgumentException("the enterprise data lack total assets, total liabilities or EBITDA,"
                    + " which the PD scorecard needs: give the borrower's PD with --pd (0 < PD < 1)");
        }
        notes.add(Text.of("assessment.note.pd." + pdSource, pd));

        Portfolio.Pledgor pledgor = pf.pledgor();
        if (pledgor.name() == null) {
            notes.add(Text.of("assessment.note.noPledgor"));
        } else if (pledgor.inferred()) {
            notes.add(Text.of("assessment.note.pledgorInferred", pledgor.name()));
        }
        ValuationParameters vp = params.valuation();
        if (!vp.currency().equals(pf.currency())) {
            vp = vp.toBuilder().currency(pf.currency()).build();
        }
        ValuationEngine engine = new ValuationEngine(vp, in.comparables()).forPortfolio(pf.patents(), enterprise);
        MonteCarloSimulator simulator = new MonteCarloSimulator(engine);
        RevenueAttribution attribution = engine.attribution().orElseThrow();
        notes.addAll(attribution.assessmentNotes());
        List<Patent> patents = pf.patents();
        int n = patents.size();
        boolean detailed = detailed(n);
        EligibilityContext context = EligibilityContext.of(pledgor.name(), timeline, in.acceptedPendingInvalidation());

        // stage 1: the legal rules decide what may be pledged, before anything is valued
        report.update(0.0, Text.of("assessment.stage.eligibility"));
        List<EligibilityResult> legal = new ArrayList<>(n);
        for (Patent p : patents) {
            legal.add(params.eligibility().evaluate(p, context, EligibilityRule.Stage.LEGAL));
        }
        checkCancelled(stop);

        report.update(0.05, Text.of("assessment.stage.valuation"));
        MonteCarloSettings settings = params.monteCarlo().withPaths(in.paths()).withSeed(in.seed());
        MonteCarloSimulator.Valued valued = simulator.value(patents, enterprise, in.asOf(), settings.threads(),
                (done, total) -> report.update(0.05 + 0.30 * done / total, Text.of("assessment.stage.valuation")), stop);
        List<PatentValuation> valuations = valued.valuations();
        checkCancelled(stop);

        report.update(0.35, Text.of("assessment.stage.scoring"));
        QualityScoreModel scoring = new QualityScoreModel(params.scoring());
        List<QualityScore> scores = new ArrayList<>(n);
        for (Patent p : patents) {
            QualityScore q = scoring.score(p, in.asOf(), Map.of());
            scores.add(detailed ? q : q.summary());
        }

        // stage 2: the portfolio rules, which need the values of what may be pledged
        boolean[] pledgeable = new boolean[n];
        for (int i = 0; i < n; i++) {
            pledgeable[i] = legal.get(i).pledgeable();
        }
        EligibilityContext withShares = context.withValueShares(valueShares(patents, pledgeable, valuations));
        List<EligibilityResult> eligibility = new ArrayList<>(n);
        // the checks that ask for a condition of the loan, taken before a large portfolio keeps only summaries
        Map<String, Map<String, EligibilityCheck>> conditioned = new LinkedHashMap<>();
        for (EligibilityRule r : params.eligibility().rules()) {
            conditioned.put(r.id(), new LinkedHashMap<>());
        }
        for (int i = 0; i < n; i++) {
            EligibilityResult r = legal.get(i).plus(
                    params.eligibility().evaluate(patents.get(i), withShares, EligibilityRule.Stage.PORTFOLIO));
            if (r.pledgeable()) {
                for (EligibilityCheck ch : r.checks()) {
                    Map<String, EligibilityCheck> byPatent = conditioned.get(ch.rule());
                    if (byPatent != null && params.eligibility().rule(ch.rule()).orElseThrow().conditioned(ch)) {
                        byPatent.put(r.patentNumber(), ch);
                    }
                }
            }
            eligibility.add(detailed ? r : r.summary());
        }
        checkCancelled(stop);

        // a European patent ended in some of its states counts for the share where it lives, as monitoring counts it
        List<java.util.Optional<StateFates.Share>> shares = new ArrayList<>(n);
        double[] kept = new double[n];
        List<CollateralItem> items = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Patent p = patents.get(i);
            shares.add(LoanRevaluation.statesShare(p));
            kept[i] = LoanRevaluation.keptShare(shares.get(i));
            shares.get(i).ifPresent(sh -> notes.add(stateShareNote(p, sh)));
            items.add(collateralItem(p, valuations.get(i), scores.get(i).overall(), vp,
                    eligibility.get(i).pledgeable(), kept[i]));
        }
        CollateralCalculator.CollateralAssessment collateral = CollateralCalculator.assess(items, amount, times, rp);

        // Monte Carlo over the eligible collateral only, measured at the loan's checkpoints
        report.update(0.4, Text.of("assessment.stage.simulation"));
        List<Integer> pool = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (CollateralCalculator.countsAsCollateral(items.get(i), rp)) {
                pool.add(i);
            }
        }
        PatentDistribution[] distributions = new PatentDistribution[n];
        PortfolioDistribution portfolioDistribution;
        CollateralSimulation simulated;
        if (pool.isEmpty()) {
            portfolioDistribution = PortfolioDistribution.empty(settings.paths(), settings.histogramBins());
            simulated = new CollateralSimulation(times, new double[times.length][settings.paths()]);
            notes.add(Text.of("assessment.note.nothingPledgeable"));
        } else {
            int[] indices = pool.stream().mapToInt(Integer::intValue).toArray();
            double[] factor = new double[pool.size()];
            double[] income = new double[pool.size()];
            double[] share = new double[pool.size()];
            for (int k = 0; k < pool.size(); k++) {
                int i = pool.get(k);
                factor[k] = liquidationFactor(items.get(i), rp, kept[i]);
                income[k] = items.get(i).incomeYears();
                share[k] = kept[i];
            }
            MonteCarloResult mc = simulator.simulate(valued, indices, horizonYears, settings,
                    new MonteCarloSimulator.CollateralRequest(factor, income, times, share),
                    (done, total) -> report.update(0.4 + 0.45 * done / total, Text.of("assessment.stage.simulation")),
                    stop);
            for (int k = 0; k < pool.size(); k++) {
                distributions[pool.get(k)] = mc.patents().get(k);
            }
            portfolioDistribution = mc.portfolio();
            simulated = mc.collateral();
        }
        checkCancelled(stop);

        report.update(0.9, Text.of("assessment.stage.risk"));
        Double sales = enterprise != null && enterprise.revenue() != null ? enterprise.revenue().doubleValue() : null;
        final double pdUsed = pd;
        final double[][] paths = simulated.values();
        DoubleFunction<CreditRiskCalculator.CreditRisk> riskAt = l -> CreditRiskCalculator.assess(pdUsed,
                SimulatedCollateral.expectedRecovery(startYears, times, paths, pdUsed, l), l, remainingYears,
                remainingYears, sales, rp);
        CreditRiskCalculator.CreditRisk risk = riskAt.apply(amount);
        SimulatedCollateral.AtMaturity atMaturity = SimulatedCollateral.atMaturity(simulated.at(times.length - 1), amount);

        List<Text> conditions = conditions(patents, eligibility, conditioned, pledgor, rp, enterprise,
                params.eligibility(), withShares, timeline, pdSource, scorecard);
        Recommendation recommendation = Recommender.recommend(amount, loan.termMonths(), enterprise, collateral, riskAt,
                risk.minimumRate().rate(), rp, conditions);
        double recommended = recommendation.recommendedLoan();
        CreditRiskCalculator.CreditRisk recommendedRisk = recommended > 0 ? riskAt.apply(recommended) : null;
        // the same simulated pool at maturity against the loan the committee is asked to grant
        SimulatedCollateral.AtMaturity recommendedAtMaturity = recommended > 0
                ? SimulatedCollateral.atMaturity(simulated.at(times.length - 1), recommended) : null;

        // stress at the amount the decision is about: the recommended loan, or the requested one when none is
        double stressAmount = recommended > 0 ? recommended : amount;
        StressInputs stressInputs = new StressInputs(patents, items, kept, enterprise, in, vp, rp, pd, stressAmount, times,
                startYears, remainingYears, sales, attribution);
        List<StressResult> stress = new ArrayList<>();
        for (StressScenario s : params.stress()) {
            stress.add(stress(s, stressInputs));
            checkCancelled(stop);
        }

        List<PatentAssessment> assessed = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            assessed.add(new PatentAssessment(patents.get(i), eligibility.get(i), scores.get(i), valuations.get(i),
                    distributions[i], collateral.items().get(i), shares.get(i)));
        }
        report.update(1.0, Text.of("assessment.stage.done"));
        AssessmentResults results = new AssessmentResults(pledgor, pdSource, scorecard, timeline, assessed,
                portfolioDistribution, collateral, risk, recommendedRisk, atMaturity, recommendedAtMaturity,
                stressAmount, stress,
                recommendation, Plausibility.check(amount, enterprise), attribution, notes);
        return Assessment.of(in, params, results);
    }

    /**
     * Whether per-patent results keep every check and indicator. Above the Monte Carlo simulator's detail limit they
     * keep summaries (the checks that did not pass, dimension scores), as the valuations do, so that a portfolio of
     * 100,000 patents is assessed within a 512 MB heap.
     */
    public static boolean detailed(int patents) {
        return patents <= MonteCarloSimulator.DETAIL_LIMIT;
    }

    private static void checkCancelled(BooleanSupplier stop) {
        if (stop.getAsBoolean()) {
            throw new CancellationException("assessment cancelled");
        }
    }

    /**
     * A patent as collateral: its value (0 when not valued) times the share of it that counts ({@code kept}: 1, or for
     * a European patent ended in some of its states the share where it lives, {@link LoanRevaluation#keptShare}), its
     * quality score, income years and hazard; eligible when the legal and portfolio rules let it be pledged and it was
     * valued. The one construction of the assessment and of a booked loan's revaluation.
     */
    static CollateralItem collateralItem(Patent p, PatentValuation v, double score, ValuationParameters vp,
                                         boolean pledgeable, double kept) {
        Double years = v.incomePeriod().years();
        return new CollateralItem(p.number().canonical(), p.type(), v.valued() ? v.value() * kept : 0, score,
                years == null ? 0 : years, vp.hazardPerYear().get(p.type()), pledgeable && v.valued(), v.costOnly());
    }

    /**
     * The factor turning a collateral item's simulated value into its liquidation value on a path: the liquidation
     * parameters of its type, times the share of the patent that counts ({@code kept}, as {@link #collateralItem}).
     */
    static double liquidationFactor(CollateralItem item, RiskParameters rp, double kept) {
        return LiquidationValue.of(1.0, rp.liquidation().get(item.type())) * kept;
    }

    /**
     * The note saying that a European patent counts for part of its value: ended in {@code share.ended()} of the states
     * that count, each state weighing the same for want of revenue or value by state (ADR 0015, 0026).
     */
    public static Text stateShareNote(Patent p, StateFates.Share share) {
        return Text.of("assessment.note.stateShare", p.number().canonical(), share.fraction(), share.ended().size(),
                share.counted(), share.designated() ? 1 : 0,
                String.join(", ", share.ended().stream().map(StateFates.StateEnd::state).toList()));
    }

    /** Value shares of the patents that may be pledged and carry a value, keyed by canonical number. */
    static Map<String, Double> valueShares(List<Patent> patents, boolean[] pledgeable, List<PatentValuation> valuations) {
        double total = 0;
        for (int i = 0; i < patents.size(); i++) {
            if (pledgeable[i] && valuations.get(i).valued()) {
                total += valuations.get(i).value();
            }
        }
        Map<String, Double> shares = new LinkedHashMap<>();
        if (total <= 0) {
            return shares;
        }
        for (int i = 0; i < patents.size(); i++) {
            if (pledgeable[i] && valuations.get(i).valued()) {
                shares.put(patents.get(i).number().canonical(), valuations.get(i).value() / total);
            }
        }
        return shares;
    }

    /** What every stress scenario starts from: the base case's collateral, the loan timeline and the loan amount. */
    private record StressInputs(List<Patent> patents, List<CollateralItem> base, double[] kept, Enterprise enterprise,
                                AssessmentInputs in, ValuationParameters vp, RiskParameters rp, double pd,
                                double amount, double[] times, double startYears, double remainingYears,
                                Double sales, RevenueAttribution attribution) {
    }

    /**
     * The indices of the {@code n} most valuable patents that count as collateral (lend): a pledgeable patent valued
     * by the cost approach alone and lent nothing against is skipped, since losing it changes nothing.
     */
    static List<Integer> mostValuableLending(List<CollateralItem> items, int n, RiskParameters rp) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            if (CollateralCalculator.countsAsCollateral(items.get(i), rp)) {
                order.add(i);
            }
        }
        order.sort(Comparator.comparingDouble((Integer i) -> -items.get(i).marketValue()).thenComparing(i -> i));
        return List.copyOf(order.subList(0, Math.min(n, order.size())));
    }

    private static StressResult stress(StressScenario s, StressInputs x) {
        List<CollateralItem> items = new ArrayList<>(x.base());
        if (s.discountRateShift() != 0) {
            // the same attribution of product revenue as the base case: a stressed rate changes the rate, not the shares
            ValuationEngine shifted = new ValuationEngine(x.vp().withDiscountRateShift(s.discountRateShift()),
                    x.in().comparables()).withAttribution(x.attribution());
            for (int i = 0; i < items.size(); i++) {
                if (items.get(i).eligible()) {
                    PatentValuation v = shifted.value(x.patents().get(i), x.enterprise(), x.in().asOf());
                    items.set(i, items.get(i).withMarketValue(v.valued() ? v.value() * x.kept()[i] : 0));
                }
            }
        }
        RiskParameters stressedRisk = s.stressedRiskParameters(x.rp());
        if (s.invalidatedTopPatents() > 0) {
            for (int i : mostValuableLending(items, s.invalidatedTopPatents(), stressedRisk)) {
                items.set(i, items.get(i).excluded());
            }
        }
        for (int i = 0; i < items.size(); i++) {
            CollateralItem it = items.get(i);
            if (s.lapsedTypes().contains(it.type())) {
                it = it.excluded();
            }
            items.set(i, it.withMarketValue(it.marketValue() * s.marketValueFactor()));
        }
        CollateralCalculator.CollateralAssessment c = CollateralCalculator.assess(items, x.amount(), x.times(),
                stressedRisk);
        double spd = s.stressedPd(x.pd());
        // the stressed pool is not simulated again: its expected path stands for the paths, with the same default timing
        double[][] expected = new double[x.times().length][1];
        for (int k = 0; k < expected.length; k++) {
            expected[k][0] = c.path().get(k).expectedValue();
        }
        double recovery = SimulatedCollateral.expectedRecovery(x.startYears(), x.times(), expected, spd, x.amount());
        CreditRiskCalculator.CreditRisk r = CreditRiskCalculator.assess(spd, recovery, x.amount(), x.remainingYears(),
                x.remainingYears(), x.sales(), stressedRisk);
        return new StressResult(s, c.marketValue(), c.liquidationValue(), c.capacity(), c.minimumCoverage(),
                c.marketValue() > 0 ? x.amount() / c.marketValue() : null, spd, r.lgd(), r.expectedLoss());
    }

    /**
     * The one list of conditions a credit committee attaches (committee review 14, item 9: the cover, the memo, the
     * conditions chapter and the JSON all read this list): a re-appraisal when the conclusion's year of validity ends
     * before drawdown, registration, then each rule's own conditions for the pledgeable patents whose checks asked for
     * one (in rule order), the excluded patents (every number), the risk set-up's, and the bank's own rating when the
     * PD came from the built-in example scorecard.
     */
    private static List<Text> conditions(List<Patent> patents, List<EligibilityResult> eligibility,
                                         Map<String, Map<String, EligibilityCheck>> conditioned,
                                         Portfolio.Pledgor pledgor, RiskParameters rp, Enterprise enterprise,
                                         EligibilityRules rules, EligibilityContext context, LoanTimeline timeline,
                                         String pdSource, PdScorecard.Result scorecard) {
        List<Text> c = new ArrayList<>();
        LocalDate validUntil = timeline.valuationDate().plusYears(1).minusDays(1);
        if (validUntil.isBefore(timeline.startDate())) {
            // an appraisal conclusion is used within one year of its valuation date (资产评估报告使用有效期)
            c.add(Text.of("assessment.condition.reappraise", validUntil.toString(), timeline.startDate().toString()));
        }
        boolean anyPledgeable = eligibility.stream().anyMatch(EligibilityResult::pledgeable);
        if (anyPledgeable) {
            // an existing loan's pledge was registered at drawdown: confirm it is in force, do not register again
            c.add(Text.of(context.existingLoan() ? "assessment.condition.confirmRegistration"
                    : "assessment.condition.registerPledge", offices(patents)));
        }
        for (EligibilityRule r : rules.rules()) {
            Map<String, EligibilityCheck> checks = conditioned.get(r.id());
            if (checks != null && !checks.isEmpty()) {
                c.addAll(r.conditions(checks, context));
            }
        }
        List<String> excluded = new ArrayList<>();
        for (int i = 0; i < patents.size(); i++) {
            if (!eligibility.get(i).pledgeable()) {
                excluded.add(patents.get(i).number().canonical());
            }
        }
        if (!excluded.isEmpty()) {
            c.add(Text.of("assessment.condition.excluded", excluded.size(), String.join(", ", excluded)));
        }
        if (anyPledgeable && rp.riskSharing().insurer() == 0) {
            c.add(Text.of("assessment.condition.insurance"));
        }
        if (pledgor.name() == null) {
            c.add(Text.of("assessment.condition.identifyPledgor"));
        } else if (pledgor.inferred()) {
            c.add(Text.of("assessment.condition.confirmPledgor", pledgor.name()));
        }
        if (enterprise == null || enterprise.ebitda() == null) {
            c.add(Text.of("assessment.condition.financials"));
        }
        if ("scorecard".equals(pdSource) && scorecard != null && PdScorecard.isIllustrative(rp.scorecard())) {
            c.add(Text.of("assessment.condition.exampleScorecard"));
        }
        return c;
    }

    /**
     * The offices that register pledges on the portfolio's patents, by their codes (stored as "CNIPA, USPTO"), each
     * shown by its name in the reader's language ({@link Text.Offices}); any other jurisdiction is kept as its code.
     */
    private static Text.Offices offices(List<Patent> patents) {
        java.util.Set<String> offices = new java.util.TreeSet<>();
        for (Patent p : patents) {
            switch (p.jurisdiction()) {
                case "CN": offices.add("CNIPA"); break;
                case "US": offices.add("USPTO"); break;
                case "EP": offices.add("EPO"); break;
                case "JP": offices.add("JPO"); break;
                case "KR": offices.add("KIPO"); break;
                default: offices.add(p.jurisdiction());
            }
        }
        return new Text.Offices(new ArrayList<>(offices));
    }
}
