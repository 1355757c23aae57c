package io.pledgebench.assessment;

import io.pledgebench.domain.Enterprise;
import io.pledgebench.domain.LegalTerm;
import io.pledgebench.domain.LoanRequest;
import io.pledgebench.domain.LoanTimeline;
import io.pledgebench.domain.Patent;
import io.pledgebench.domain.Portfolio;
import io.pledgebench.domain.Text;
import io.pledgebench.risk.CollateralCalculator;
import io.pledgebench.risk.CollateralItem;
import io.pledgebench.risk.CreditRiskCalculator;
import io.pledgebench.risk.PdScorecard;
import io.pledgebench.risk.Recommendation;
import io.pledgebench.risk.Recommender;
import io.pledgebench.risk.RiskParameters;
import io.pledgebench.risk.StressScenario;
import io.pledgebench.risk.eligibility.AnnualFeeDueRule;
import io.pledgebench.risk.eligibility.EligibilityCheck;
import io.pledgebench.risk.eligibility.EligibilityContext;
import io.pledgebench.risk.eligibility.EligibilityResult;
import io.pledgebench.risk.eligibility.InUseRule;
import io.pledgebench.risk.eligibility.Outcome;
import io.pledgebench.risk.eligibility.PendingInvalidationRule;
import io.pledgebench.risk.eligibility.RemainingLifeRule;
import io.pledgebench.risk.eligibility.SinglePatentConcentrationRule;
import io.pledgebench.scoring.QualityScore;
import io.pledgebench.scoring.QualityScoreModel;
import io.pledgebench.valuation.MonteCarloResult;
import io.pledgebench.valuation.MonteCarloSettings;
import io.pledgebench.valuation.MonteCarloSimulator;
import io.pledgebench.valuation.PatentValuation;
import io.pledgebench.valuation.ValuationEngine;
import io.pledgebench.valuation.ValuationParameters;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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
        LoanTimeline timeline = in.timeline();
        LocalDate maturity = timeline.maturityDate();
        // collateral must last from the valuation date to maturity, which is longer than the term when the loan
        // starts later; the IRB maturity is the contractual term
        double horizonYears = LegalTerm.yearsBetween(in.asOf(), maturity);
        double termYears = loan.termYears();
        checkTermWithinSomeLife(pf, maturity);
        List<Text> notes = new ArrayList<>();
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
        List<Patent> patents = pf.patents();
        EligibilityContext context = new EligibilityContext(pledgor.name(), in.asOf(), maturity, Map.of());

        report.update(0.0, Text.of("assessment.stage.eligibility"));
        boolean[] pledgeable = new boolean[patents.size()];
        for (int i = 0; i < patents.size(); i++) {
            pledgeable[i] = params.eligibility().evaluate(patents.get(i), context).pledgeable();
        }
        checkCancelled(stop);

        report.update(0.05, Text.of("assessment.stage.valuation"));
        MonteCarloSettings settings = params.monteCarlo().withPaths(in.paths()).withSeed(in.seed());
        MonteCarloResult mc = new MonteCarloSimulator(engine).simulate(patents, enterprise, in.asOf(), horizonYears,
                settings, (done, total) -> report.update(0.05 + 0.80 * done / total, Text.of("assessment.stage.valuation")),
                stop);
        notes.addAll(mc.attribution().assessmentNotes());
        checkCancelled(stop);

        report.update(0.85, Text.of("assessment.stage.scoring"));
        QualityScoreModel scoring = new QualityScoreModel(params.scoring());
        boolean detailed = detailed(patents.size());
        List<QualityScore> scores = new ArrayList<>(patents.size());
        for (Patent p : patents) {
            QualityScore q = scoring.score(p, in.asOf(), Map.of());
            scores.add(detailed ? q : q.summary());
        }

        Map<String, Double> shares = valueShares(patents, pledgeable, mc.valuations());
        EligibilityContext withShares = context.withValueShares(shares);
        List<EligibilityResult> eligibility = new ArrayList<>(patents.size());
        for (Patent p : patents) {
            EligibilityResult r = params.eligibility().evaluate(p, withShares);
            eligibility.add(detailed ? r : r.summary());
        }
        checkCancelled(stop);

        report.update(0.9, Text.of("assessment.stage.risk"));
        List<CollateralItem> items = new ArrayList<>(patents.size());
        for (int i = 0; i < patents.size(); i++) {
            Patent p = patents.get(i);
            PatentValuation v = mc.valuations().get(i);
            Double years = v.incomePeriod().years();
            items.add(new CollateralItem(p.number().canonical(), p.type(), v.valued() ? v.value() : 0,
                    scores.get(i).overall(), years == null ? 0 : years, vp.hazardPerYear().get(p.type()),
                    eligibility.get(i).pledgeable() && v.valued(), v.costOnly()));
        }
        CollateralCalculator.CollateralAssessment collateral = CollateralCalculator.assess(items, amount, horizonYears, rp);
        Double sales = enterprise != null && enterprise.revenue() != null ? enterprise.revenue().doubleValue() : null;
        double recovery = collateral.expectedValueAtMaturity();
        final double pdUsed = pd;
        DoubleFunction<CreditRiskCalculator.CreditRisk> riskAt =
                l -> CreditRiskCalculator.assess(pdUsed, recovery, l, termYears, sales, rp);
        CreditRiskCalculator.CreditRisk risk = riskAt.apply(amount);

        List<StressResult> stress = new ArrayList<>();
        for (StressScenario s : params.stress()) {
            stress.add(stress(s, patents, items, enterprise, in, vp, rp, pd, amount, horizonYears, termYears, sales));
            checkCancelled(stop);
        }

        List<Text> conditions = conditions(patents, eligibility, pledgor, rp, enterprise, maturity);
        Recommendation recommendation = Recommender.recommend(amount, loan.termMonths(), enterprise, collateral, riskAt,
                risk.minimumRate().rate(), rp, conditions);

        List<PatentAssessment> assessed = new ArrayList<>(patents.size());
        for (int i = 0; i < patents.size(); i++) {
            assessed.add(new PatentAssessment(patents.get(i), eligibility.get(i), scores.get(i), mc.valuations().get(i),
                    mc.patents().get(i), collateral.items().get(i)));
        }
        report.update(1.0, Text.of("assessment.stage.done"));
        AssessmentResults results = new AssessmentResults(pledgor, pdSource, scorecard, maturity, assessed, mc.portfolio(),
                collateral, risk, stress, recommendation, notes);
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

    /** Refuses a term that outlives every patent whose expiry is known, when all expiries are known. */
    private static void checkTermWithinSomeLife(Portfolio pf, LocalDate maturity) {
        LocalDate latest = null;
        for (Patent p : pf.patents()) {
            Optional<LocalDate> e = p.legalExpiry();
            if (e.isEmpty()) {
                return;
            }
            if (latest == null || e.get().isAfter(latest)) {
                latest = e.get();
            }
        }
        if (latest != null && latest.isBefore(maturity)) {
            throw new IllegalArgumentException("the loan would mature on " + maturity + ", after the legal expiry of every"
                    + " patent in the portfolio (the latest expires on " + latest + "): shorten --term-months");
        }
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

    private static StressResult stress(StressScenario s, List<Patent> patents, List<CollateralItem> base,
                                       Enterprise enterprise, AssessmentInputs in, ValuationParameters vp,
                                       RiskParameters rp, double pd, double amount, double horizonYears,
                                       double termYears, Double sales) {
        List<CollateralItem> items = new ArrayList<>(base);
        RiskParameters stressedRisk = rp;
        if (s.discountRateShift() != 0) {
            ValuationEngine shifted = new ValuationEngine(vp.withDiscountRateShift(s.discountRateShift() * 100),
                    in.comparables()).forPortfolio(patents, enterprise);
            for (int i = 0; i < items.size(); i++) {
                if (items.get(i).eligible()) {
                    PatentValuation v = shifted.value(patents.get(i), enterprise, in.asOf());
                    items.set(i, items.get(i).withMarketValue(v.valued() ? v.value() : 0));
                }
            }
            stressedRisk = rp.withLiquidationRateShift(s.discountRateShift());
        }
        if (s.invalidatedTopPatents() > 0) {
            List<Integer> order = new ArrayList<>();
            for (int i = 0; i < items.size(); i++) {
                if (items.get(i).eligible()) {
                    order.add(i);
                }
            }
            order.sort(Comparator.comparingDouble((Integer i) -> -items.get(i).marketValue()).thenComparing(i -> i));
            for (int k = 0; k < Math.min(s.invalidatedTopPatents(), order.size()); k++) {
                items.set(order.get(k), items.get(order.get(k)).excluded());
            }
        }
        for (int i = 0; i < items.size(); i++) {
            CollateralItem it = items.get(i);
            if (s.lapsedTypes().contains(it.type())) {
                it = it.excluded();
            }
            items.set(i, it.withMarketValue(it.marketValue() * s.marketValueFactor()));
        }
        CollateralCalculator.CollateralAssessment c = CollateralCalculator.assess(items, amount, horizonYears, stressedRisk);
        double spd = s.stressedPd(pd);
        CreditRiskCalculator.CreditRisk r = CreditRiskCalculator.assess(spd, c.expectedValueAtMaturity(), amount,
                termYears, sales, stressedRisk);
        return new StressResult(s, c.marketValue(), c.liquidationValue(), c.capacity(), c.minimumCoverage(),
                c.marketValue() > 0 ? amount / c.marketValue() : null, spd, r.lgd(), r.expectedLoss());
    }

    /** The conditions a credit committee attaches, drawn from the eligibility findings and the risk set-up. */
    private static List<Text> conditions(List<Patent> patents, List<EligibilityResult> eligibility,
                                         Portfolio.Pledgor pledgor, RiskParameters rp, Enterprise enterprise,
                                         LocalDate maturity) {
        List<Text> c = new ArrayList<>();
        c.add(Text.of("assessment.condition.registerPledge", offices(patents)));
        Map<String, List<String>> warned = new LinkedHashMap<>();
        Set<String> ruleIds = new HashSet<>(List.of(AnnualFeeDueRule.ID, PendingInvalidationRule.ID,
                SinglePatentConcentrationRule.ID, InUseRule.ID, RemainingLifeRule.ID));
        for (int i = 0; i < patents.size(); i++) {
            if (!eligibility.get(i).pledgeable()) {
                warned.computeIfAbsent("excluded", k -> new ArrayList<>()).add(patents.get(i).number().canonical());
                continue;
            }
            for (EligibilityCheck ch : eligibility.get(i).checks()) {
                if (ch.outcome() == Outcome.WARNING && ruleIds.contains(ch.rule())) {
                    warned.computeIfAbsent(ch.rule(), k -> new ArrayList<>()).add(patents.get(i).number().canonical());
                }
            }
        }
        if (warned.containsKey(AnnualFeeDueRule.ID)) {
            c.add(Text.of("assessment.condition.keepFeesPaid", warned.get(AnnualFeeDueRule.ID).size(), maturity.toString()));
        }
        if (warned.containsKey(PendingInvalidationRule.ID)) {
            c.add(Text.of("assessment.condition.monitorInvalidation", list(warned.get(PendingInvalidationRule.ID))));
        }
        if (warned.containsKey(SinglePatentConcentrationRule.ID)) {
            c.add(Text.of("assessment.condition.concentration", list(warned.get(SinglePatentConcentrationRule.ID))));
        }
        if (warned.containsKey(InUseRule.ID)) {
            c.add(Text.of("assessment.condition.evidenceOfUse", warned.get(InUseRule.ID).size()));
        }
        if (warned.containsKey(RemainingLifeRule.ID)) {
            c.add(Text.of("assessment.condition.remainingLife", warned.get(RemainingLifeRule.ID).size()));
        }
        if (warned.containsKey("excluded")) {
            c.add(Text.of("assessment.condition.excluded", warned.get("excluded").size(), list(warned.get("excluded"))));
        }
        if (rp.riskSharing().insurer() == 0) {
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
        return c;
    }

    /** The offices that register pledges on the portfolio's patents, e.g. "CNIPA, USPTO". */
    private static String offices(List<Patent> patents) {
        Set<String> offices = new java.util.TreeSet<>();
        for (Patent p : patents) {
            switch (p.jurisdiction()) {
                case "CN": offices.add("CNIPA"); break;
                case "US": offices.add("USPTO"); break;
                case "EP": offices.add("EPO"); break;
                default: offices.add(p.jurisdiction());
            }
        }
        return String.join(", ", offices);
    }

    /** Up to five numbers, then "…": a condition names patents, it does not list a whole portfolio. */
    private static String list(List<String> numbers) {
        return numbers.size() <= 5 ? String.join(", ", numbers) : String.join(", ", numbers.subList(0, 5)) + ", …";
    }
}
