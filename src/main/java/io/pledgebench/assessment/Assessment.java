package io.pledgebench.assessment;

import io.pledgebench.domain.Enterprise;
import io.pledgebench.domain.LegalEvent;
import io.pledgebench.domain.LoanRequest;
import io.pledgebench.domain.LoanTimeline;
import io.pledgebench.domain.Owner;
import io.pledgebench.domain.Patent;
import io.pledgebench.domain.Portfolio;
import io.pledgebench.domain.Text;
import io.pledgebench.risk.CollateralCalculator;
import io.pledgebench.risk.CollateralPath;
import io.pledgebench.risk.CreditRiskCalculator;
import io.pledgebench.risk.PdScorecard;
import io.pledgebench.risk.Plausibility;
import io.pledgebench.risk.Recommendation;
import io.pledgebench.risk.SimulatedCollateral;
import io.pledgebench.risk.eligibility.EligibilityCheck;
import io.pledgebench.scoring.DimensionScore;
import io.pledgebench.scoring.IndicatorScore;
import io.pledgebench.scoring.QualityScore;
import io.pledgebench.domain.ComparableTransaction;
import io.pledgebench.valuation.MethodResult;
import io.pledgebench.valuation.PatentDistribution;
import io.pledgebench.valuation.PatentValuation;
import io.pledgebench.valuation.PortfolioDistribution;

import java.time.LocalDate;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.IntFunction;

/**
 * One assessment: its inputs, every parameter, the results, and {@code inputHash}, the SHA-256 of the canonical JSON
 * of inputs and parameters ({@link #hashedTree()}), by which a stored assessment is recognised and reproduced.
 */
public record Assessment(AssessmentInputs inputs, AssessmentParameters parameters, AssessmentResults results,
                         String inputHash) {

    public Assessment {
        Objects.requireNonNull(inputs, "inputs");
        Objects.requireNonNull(parameters, "parameters");
        Objects.requireNonNull(results, "results");
        Objects.requireNonNull(inputHash, "inputHash");
    }

    static Assessment of(AssessmentInputs in, AssessmentParameters params, AssessmentResults results) {
        return new Assessment(in, params, results, CanonicalJson.sha256(hashedTree(in, params)));
    }

    /** The tree whose canonical JSON is hashed: {@code inputs} and {@code parameters}. */
    public static Map<String, Object> hashedTree(AssessmentInputs in, AssessmentParameters params) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("inputs", inputsTree(in));
        m.put("parameters", params.toMap());
        return m;
    }

    /**
     * The JSON document of {@code assess --json}: exactly the top-level keys {@code inputHash}, {@code enterprise},
     * {@code loan}, {@code patents}, {@code collateral}, {@code risk}, {@code stress}, {@code recommendation},
     * {@code parameters}; sentences rendered in {@code locale}; numbers unrounded.
     */
    public Map<String, Object> toJson(Locale locale) {
        return toJson(locale, false);
    }

    /**
     * The same document as {@link #toJson}, but its {@code patents} list builds each patent's entry when it is read
     * and keeps none: a 100,000-patent document is serialised without being held in memory. Read-only; an entry
     * changed by the caller is not kept.
     */
    public Map<String, Object> toJsonLazy(Locale locale) {
        return toJson(locale, true);
    }

    private Map<String, Object> toJson(Locale locale, boolean lazy) {
        TextRenderer text = new TextRenderer(locale, inputs.loan().currency());
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("inputHash", inputHash);
        Map<String, Object> enterprise = enterpriseJson(inputs.portfolio(), results.pledgor());
        // the reconciliation of the revenue attributed to the patents with the company's revenue
        Map<String, Object> attribution = new LinkedHashMap<>(results.attribution().asMap());
        attribution.put("summary", text.render(results.attribution().summary()));
        enterprise.put("revenueAttribution", attribution);
        m.put("enterprise", enterprise);
        m.put("loan", loanJson(inputs.loan(), results.timeline()));
        List<Object> patents = lazyList(results.patents().size(), i -> patentJson(results.patents().get(i), text));
        m.put("patents", lazy ? patents : new ArrayList<>(patents));
        m.put("collateral", collateralJson(results, inputs.loan().amount().doubleValue()));
        m.put("risk", riskJson(results, text));
        List<Object> st = new ArrayList<>();
        for (StressResult s : results.stress()) {
            Map<String, Object> sm = new LinkedHashMap<>();
            sm.put("scenario", s.scenario().id());
            sm.put("name", scenarioName(s, text));
            sm.put("loanAmount", results.stressAmount());
            sm.put("marketValue", s.marketValue());
            sm.put("liquidationValue", s.liquidationValue());
            sm.put("capacity", s.capacity());
            sm.put("coverage", s.coverage());
            sm.put("ltv", s.ltv());
            sm.put("pd", s.pd());
            sm.put("lgd", s.lgd());
            sm.put("expectedLoss", s.expectedLoss());
            st.add(sm);
        }
        m.put("stress", st);
        Map<String, Object> recommendation = recommendationJson(results.recommendation(), results.notes(), text);
        List<Object> plausibility = new ArrayList<>();
        for (Plausibility.Finding f : results.plausibility()) {
            Map<String, Object> fm = new LinkedHashMap<>();
            fm.put("code", f.code().name());
            fm.put("flagged", f.code().flagged());
            fm.put("text", text.render(f.text()));
            plausibility.add(fm);
        }
        recommendation.put("plausibility", plausibility);
        recommendation.put("plausibilityFlagged", Plausibility.flagged(results.plausibility()));
        m.put("recommendation", recommendation);
        Map<String, Object> params = new LinkedHashMap<>();
        Map<String, Object> run = new LinkedHashMap<>();
        run.put("asOf", inputs.asOf().toString());
        run.put("seed", inputs.seed());
        run.put("paths", inputs.paths());
        run.put("pdOverride", inputs.pdOverride());
        run.put("comparables", inputs.comparables().size());
        run.put("patentDetail", AssessmentPipeline.detailed(results.patents().size()) ? "full" : "summary");
        params.put("run", run);
        params.putAll(parameters.toMap());
        m.put("parameters", params);
        return m;
    }

    /**
     * A read-only list whose elements are built when read: per-patent trees of a large portfolio are serialised one
     * at a time instead of being held together in memory.
     */
    private static List<Object> lazyList(int size, IntFunction<Object> element) {
        return new AbstractList<>() {
            @Override
            public Object get(int index) {
                Objects.checkIndex(index, size);
                return element.apply(index);
            }

            @Override
            public int size() {
                return size;
            }
        };
    }

    private static String scenarioName(StressResult s, TextRenderer text) {
        String key = "assessment.stress." + s.scenario().id();
        if (Text.bundle("assessment", text.locale()).containsKey(key)) {
            return text.render(Text.of(key));
        }
        return s.scenario().name();
    }

    private static List<String> render(List<Text> texts, TextRenderer text) {
        List<String> out = new ArrayList<>(texts.size());
        for (Text t : texts) {
            out.add(text.render(t));
        }
        return out;
    }

    private static Map<String, Object> enterpriseJson(Portfolio pf, Portfolio.Pledgor pledgor) {
        Map<String, Object> m = enterpriseTree(pf.enterprise());
        m.put("pledgor", pledgor.name());
        m.put("pledgorInferred", pledgor.inferred());
        return m;
    }

    /** The request as given, then its one timeline: valuation date, start, term and maturity. */
    private static Map<String, Object> loanJson(LoanRequest loan, LoanTimeline t) {
        Map<String, Object> m = loanTree(loan);
        m.put("maturity", t.maturityDate().toString());
        Map<String, Object> tm = new LinkedHashMap<>();
        tm.put("valuationDate", t.valuationDate().toString());
        tm.put("startDate", t.startDate().toString());
        tm.put("termMonths", t.termMonths());
        tm.put("maturityDate", t.maturityDate().toString());
        tm.put("startsBeforeValuation", t.startsBeforeValuation());
        tm.put("yearsToMaturity", t.yearsToMaturity());
        tm.put("remainingTermYears", t.remainingTermYears());
        List<Object> points = new ArrayList<>();
        for (LoanTimeline.Checkpoint c : t.checkpoints()) {
            Map<String, Object> cm = new LinkedHashMap<>();
            cm.put("date", c.date().toString());
            cm.put("yearsFromValuation", c.yearsFromValuation());
            cm.put("yearsFromStart", c.yearsFromStart());
            points.add(cm);
        }
        tm.put("checkpoints", points);
        m.put("timeline", tm);
        return m;
    }

    /**
     * A patent's holders as the register gives them ({@code owners}: each name and share, the share null when none is
     * given) and whether every co-owner's consent to the pledge is recorded ({@code pledgeConsent}: null when not
     * recorded). The one writer of the field, for an assessment and for an older stored row taking it from its portfolio.
     */
    public static Map<String, Object> ownershipJson(List<Owner> owners, Boolean pledgeConsent) {
        Map<String, Object> m = new LinkedHashMap<>();
        List<Object> list = new ArrayList<>();
        for (Owner o : owners) {
            Map<String, Object> om = new LinkedHashMap<>();
            om.put("name", o.name());
            om.put("share", o.share());
            list.add(om);
        }
        m.put("owners", list);
        m.put("pledgeConsent", pledgeConsent);
        return m;
    }

    private static Map<String, Object> patentJson(PatentAssessment a, TextRenderer text) {
        Map<String, Object> m = new LinkedHashMap<>();
        Patent p = a.patent();
        m.put("patentNumber", p.number().canonical());
        m.put("title", p.title());
        m.put("type", p.type().code());
        m.put("status", p.status().code());
        m.put("expiryDate", p.legalExpiry().map(LocalDate::toString).orElse(null));
        // version 8: who holds the patent and in what shares, and whether the co-owners consented to the pledge
        m.put("ownership", ownershipJson(p.owners(), p.pledgeConsent()));
        Map<String, Object> el = new LinkedHashMap<>();
        el.put("status", a.eligibility().status().code());
        el.put("reasons", render(a.eligibility().reasons(), text));
        List<Object> checks = new ArrayList<>();
        for (EligibilityCheck c : a.eligibility().checks()) {
            Map<String, Object> cm = new LinkedHashMap<>();
            cm.put("rule", c.rule());
            cm.put("outcome", c.outcome().code());
            cm.put("reason", text.render(c.reason()));
            checks.add(cm);
        }
        el.put("checks", checks);
        m.put("eligibility", el);
        m.put("score", scoreJson(a.score(), text));
        m.put("valuation", valuationJson(a.valuation(), a.distribution(), text));
        CollateralCalculator.ItemResult c = a.collateral();
        Map<String, Object> cm = new LinkedHashMap<>();
        cm.put("eligible", c.eligible());
        cm.put("marketValue", c.marketValue());
        cm.put("liquidationValue", c.liquidationValue());
        cm.put("advanceRate", c.advanceRate());
        cm.put("advanceAmount", c.advanceAmount());
        // version 7: a European patent ended in some of its states counts for the share where it lives (ADR 0026)
        a.statesShare().ifPresent(sh -> cm.put("statesShare", statesShareJson(sh)));
        m.put("collateral", cm);
        return m;
    }

    /**
     * The share of a partly ended European patent the collateral counts: {@code kept} (alive over counted), the states
     * {@code counted} and {@code alive}, whether they are the register's {@code designated} states (else those with a
     * recorded event), and each state where it {@code ended} with the kind and date of the event.
     */
    private static Map<String, Object> statesShareJson(io.pledgebench.domain.StateFates.Share sh) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("kept", sh.fraction());
        m.put("alive", sh.alive());
        m.put("counted", sh.counted());
        m.put("designated", sh.designated());
        List<Object> ended = new ArrayList<>();
        for (io.pledgebench.domain.StateFates.StateEnd e : sh.ended()) {
            Map<String, Object> em = new LinkedHashMap<>();
            em.put("state", e.state());
            em.put("kind", e.kind().name().toLowerCase(Locale.ROOT));
            em.put("date", e.date() == null ? null : e.date().toString());
            ended.add(em);
        }
        m.put("ended", ended);
        return m;
    }

    private static Map<String, Object> scoreJson(QualityScore s, TextRenderer text) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("overall", s.overall());
        m.put("confidence", s.confidence());
        m.put("scenario", s.scenario());
        Map<String, Object> dims = new LinkedHashMap<>();
        for (DimensionScore d : s.dimensions()) {
            Map<String, Object> dm = new LinkedHashMap<>();
            dm.put("score", d.score());
            dm.put("weight", d.weight());
            dm.put("confidence", d.confidence());
            List<Object> inds = new ArrayList<>();
            for (IndicatorScore i : d.indicators()) {
                Map<String, Object> im = new LinkedHashMap<>();
                im.put("indicator", i.indicator().code());
                im.put("score", i.score());
                im.put("weight", i.weight());
                im.put("contribution", i.contribution());
                im.put("basis", text.render(i.basis()));
                inds.add(im);
            }
            dm.put("indicators", inds);
            dims.put(d.dimension().code(), dm);
        }
        m.put("dimensions", dims);
        return m;
    }

    private static Map<String, Object> valuationJson(PatentValuation v, PatentDistribution d, TextRenderer text) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("value", v.value());
        m.put("valued", v.valued());
        m.put("notValuedReason", v.valued() ? null : text.render(v.notValuedReason()));
        // simulated only for the eligible collateral (SPEC revision 2); null for the others
        m.put("simulated", d != null);
        m.put("mean", d == null ? null : d.mean());
        m.put("std", d == null ? null : d.std());
        m.put("p5", d == null ? null : d.p5());
        m.put("p50", d == null ? null : d.p50());
        m.put("p95", d == null ? null : d.p95());
        m.put("standardError", d == null ? null : d.standardError());
        m.put("probabilityLost", d == null ? null : d.probabilityLost());
        m.put("incomeYears", v.incomePeriod().years());
        m.put("incomePeriodBoundedBy", v.incomePeriod().boundedBy());
        m.put("costOnly", v.costOnly());
        List<Object> methods = new ArrayList<>();
        for (MethodResult r : v.methods()) {
            Map<String, Object> rm = new LinkedHashMap<>();
            rm.put("method", r.methodId());
            rm.put("applied", r.applied());
            rm.put("value", r.applied() ? r.value() : null);
            rm.put("weight", v.weightsUsed().getOrDefault(r.methodId(), 0.0));
            Text reason = v.reasons().get(r.methodId());
            rm.put("reason", reason == null ? null : text.render(reason));
            methods.add(rm);
        }
        m.put("methods", methods);
        return m;
    }

    private static Map<String, Object> collateralJson(AssessmentResults r, double requested) {
        CollateralCalculator.CollateralAssessment c = r.collateral();
        PortfolioDistribution d = r.portfolioDistribution();
        List<LoanTimeline.Checkpoint> checkpoints = r.timeline().checkpoints();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("marketValue", c.marketValue());
        m.put("liquidationValue", c.liquidationValue());
        m.put("advanceRate", c.advanceRate());
        m.put("capacity", c.capacity());
        m.put("hhi", c.hhi());
        m.put("effectiveNumber", c.effectiveNumber());
        m.put("diversificationHaircut", c.diversificationHaircut());
        m.put("minimumCoverage", c.minimumCoverage());
        m.put("requestedLtv", c.marketValue() > 0 ? requested / c.marketValue() : null);
        List<Object> path = new ArrayList<>();
        for (int k = 0; k < c.path().size(); k++) {
            CollateralPath.YearPoint y = c.path().get(k);
            Map<String, Object> ym = new LinkedHashMap<>();
            ym.put("date", checkpoints.get(k).date().toString());
            ym.put("yearsFromStart", checkpoints.get(k).yearsFromStart());
            ym.put("year", y.year());
            ym.put("value", y.value());
            ym.put("expectedValue", y.expectedValue());
            ym.put("coverage", y.coverage());
            path.add(ym);
        }
        m.put("path", path);
        Map<String, Object> dist = new LinkedHashMap<>();
        dist.put("deterministicValue", d.deterministicValue());
        dist.put("mean", d.mean());
        dist.put("std", d.std());
        dist.put("p5", d.p5());
        dist.put("p50", d.p50());
        dist.put("p95", d.p95());
        dist.put("standardError", d.standardError());
        m.put("portfolioValueDistribution", dist);
        m.put("atMaturity", atMaturity(r.atMaturity(), r));
        // the same pool against the recommended loan (null when nothing is recommended)
        m.put("atMaturityRecommended", r.recommendedAtMaturity() == null ? null
                : atMaturity(r.recommendedAtMaturity(), r));
        return m;
    }

    private static Map<String, Object> atMaturity(SimulatedCollateral.AtMaturity at, AssessmentResults r) {
        Map<String, Object> am = new LinkedHashMap<>();
        am.put("date", r.timeline().maturityDate().toString());
        am.put("exposure", at.exposure());
        am.put("mean", at.mean());
        am.put("p5", at.p5());
        am.put("p50", at.p50());
        am.put("probabilityCoverageBelowOne", at.probabilityCoverageBelowOne());
        return am;
    }

    private static Map<String, Object> riskJson(AssessmentResults r, TextRenderer text) {
        Map<String, Object> m = riskFigures(r.risk());
        m.put("pdSource", r.pdSource());
        if (r.scorecard() != null) {
            PdScorecard.Result s = r.scorecard();
            Map<String, Object> sc = new LinkedHashMap<>();
            sc.put("logit", s.logit());
            List<Object> terms = new ArrayList<>();
            for (PdScorecard.Term t : s.terms()) {
                Map<String, Object> tm = new LinkedHashMap<>();
                tm.put("variable", t.variable());
                tm.put("value", t.value());
                tm.put("reference", t.reference());
                tm.put("coefficient", t.coefficient());
                tm.put("contribution", t.contribution());
                terms.add(tm);
            }
            sc.put("terms", terms);
            sc.put("omitted", s.omitted());
            m.put("scorecard", sc);
        }
        // the same figures for the recommended loan, side by side with the requested one (null when none is recommended)
        m.put("recommended", r.recommendedRisk() == null ? null : riskFigures(r.recommendedRisk()));
        return m;
    }

    /** One loan amount's credit-risk figures; {@code ead} names the amount they are computed for. */
    private static Map<String, Object> riskFigures(CreditRiskCalculator.CreditRisk c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("pd", c.pd());
        m.put("lgd", c.lgd());
        m.put("ead", c.ead());
        m.put("expectedLoss", c.expectedLoss());
        m.put("riskWeight", c.irb().riskWeight());
        m.put("capital", c.capital());
        m.put("remainingYears", c.remainingYears());
        m.put("lifetimePd", c.lifetimePd());
        m.put("lifetimeExpectedLoss", c.lifetimeExpectedLoss());
        m.put("lifetimeExpectedLossRate", c.lifetimeExpectedLossRate());
        m.put("bankNetLifetimeExpectedLoss", c.bankNetLifetimeExpectedLoss());
        m.put("bankNetLifetimeExpectedLossRate", c.bankNetLifetimeExpectedLossRate());
        m.put("expectedLossRate", c.expectedLossRate());
        m.put("capitalK", c.irb().capitalK());
        m.put("correlation", c.irb().correlation());
        m.put("maturityAdjustment", c.irb().maturityAdjustment());
        m.put("effectiveMaturity", c.irb().maturity());
        m.put("irbPd", c.irb().pd());
        m.put("salesMeur", c.irb().salesMeur());
        m.put("riskWeightedAssets", c.riskWeightedAssets());
        Map<String, Object> rate = new LinkedHashMap<>();
        rate.put("fundingRate", c.minimumRate().fundingRate());
        rate.put("expectedLossRate", c.minimumRate().expectedLossRate());
        rate.put("capitalCharge", c.minimumRate().capitalCharge());
        rate.put("operatingCostRate", c.minimumRate().operatingCostRate());
        rate.put("rate", c.minimumRate().rate());
        m.put("minimumRate", rate);
        Map<String, Object> sharing = new LinkedHashMap<>();
        sharing.put("compensationFund", c.sharedLoss().compensationFund());
        sharing.put("insurer", c.sharedLoss().insurer());
        sharing.put("guarantor", c.sharedLoss().guarantor());
        sharing.put("appraiser", c.sharedLoss().appraiser());
        sharing.put("aboveCaps", c.sharedLoss().aboveCaps());
        // the lifetime expected principal loss that the bank keeps after the scheme's ratios and caps
        sharing.put("bankNetExpectedLoss", c.sharedLoss().bankNet());
        m.put("riskSharing", sharing);
        return m;
    }

    private static Map<String, Object> recommendationJson(Recommendation r, List<Text> notes, TextRenderer text) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("maxLoan", r.maxLoan());
        m.put("recommendedLoan", r.recommendedLoan());
        m.put("ltv", r.ltv());
        m.put("grade", r.grade());
        m.put("conditions", render(r.conditions(), text));
        List<Text> reasons = new ArrayList<>(notes);
        reasons.addAll(r.reasons());
        m.put("reasons", render(reasons, text));
        m.put("requested", r.requested());
        m.put("collateralCapacity", r.collateralCapacity());
        m.put("debtServiceCapacity", r.debtServiceCapacity());
        m.put("policyCap", r.policyCap());
        m.put("limitedBy", r.limitedBy());
        // what the grade was given on, at the graded amount: the bank's net lifetime EL rate, the lowest coverage, and
        // the credit-risk figures they come from
        m.put("gradingLossRate", r.gradingLossRate());
        m.put("coverage", r.coverage());
        m.put("gradedAmount", r.gradedAmount());
        m.put("graded", riskFigures(r.gradedRisk()));
        m.put("requestedLtv", r.requestedLtv());
        return m;
    }

    static Map<String, Object> inputsTree(AssessmentInputs in) {
        Map<String, Object> m = new LinkedHashMap<>();
        Portfolio pf = in.portfolio();
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("name", pf.name());
        p.put("currency", pf.currency());
        p.put("enterprise", pf.enterprise() == null ? null : enterpriseTree(pf.enterprise()));
        p.put("patents", lazyList(pf.patents().size(), i -> patentTree(pf.patents().get(i))));
        m.put("portfolio", p);
        m.put("loan", loanTree(in.loan()));
        m.put("asOf", in.asOf().toString());
        m.put("seed", in.seed());
        m.put("paths", in.paths());
        m.put("pdOverride", in.pdOverride());
        if (!in.acceptedPendingInvalidation().isEmpty()) {
            // only when given, so that the hash of every earlier assessment stays what it was
            m.put("acceptedPendingInvalidation", new ArrayList<>(in.acceptedPendingInvalidation()));
        }
        List<Object> comps = new ArrayList<>();
        for (ComparableTransaction c : in.comparables()) {
            Map<String, Object> cm = new LinkedHashMap<>();
            cm.put("reference", c.reference());
            cm.put("description", c.description());
            cm.put("date", c.date().toString());
            cm.put("price", c.price());
            cm.put("currency", c.currency());
            cm.put("patentType", c.patentType().code());
            cm.put("ipc", c.ipc());
            cm.put("remainingLife", c.remainingLife());
            cm.put("source", c.source());
            comps.add(cm);
        }
        m.put("comparables", comps);
        return m;
    }

    private static Map<String, Object> enterpriseTree(Enterprise e) {
        Map<String, Object> m = new LinkedHashMap<>();
        if (e == null) {
            m.put("name", null);
            return m;
        }
        m.put("name", e.name());
        m.put("creditCode", e.creditCode() == null ? null : e.creditCode().value());
        m.put("industry", e.industry());
        m.put("yearsInBusiness", e.yearsInBusiness());
        m.put("revenue", e.revenue());
        m.put("ebitda", e.ebitda());
        m.put("totalAssets", e.totalAssets());
        m.put("totalLiabilities", e.totalLiabilities());
        m.put("interestExpense", e.interestExpense());
        m.put("rdExpense", e.rdExpense());
        m.put("annualDebtService", e.annualDebtService());
        m.put("overdueRecords", e.overdueRecords());
        m.put("pd", e.pd());
        return m;
    }

    private static Map<String, Object> loanTree(LoanRequest l) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("amount", l.amount());
        m.put("currency", l.currency());
        m.put("termMonths", l.termMonths());
        m.put("startDate", l.startDate() == null ? null : l.startDate().toString());
        m.put("purpose", l.purpose());
        if (l.valuationDate() != null) {
            // the valuation date the portfolio's request names (its data's date); the assessment's own valuation date
            // is loan.timeline.valuationDate. Only when given, so that the hash of every earlier assessment stays
            m.put("portfolioValuationDate", l.valuationDate().toString());
        }
        return m;
    }

    private static Map<String, Object> patentTree(Patent p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("number", p.number().withKind());
        m.put("jurisdiction", p.jurisdiction());
        m.put("title", p.title());
        m.put("type", p.type().code());
        m.put("filingDate", date(p.filingDate()));
        m.put("grantDate", date(p.grantDate()));
        m.put("expiryDate", date(p.expiryDate()));
        m.put("status", p.status().code());
        List<Object> owners = new ArrayList<>();
        for (Owner o : p.owners()) {
            Map<String, Object> om = new LinkedHashMap<>();
            om.put("name", o.name());
            om.put("share", o.share());
            owners.add(om);
        }
        m.put("owners", owners);
        m.put("annualFeePaidUntil", date(p.annualFeePaidUntil()));
        m.put("ipc", p.ipc());
        m.put("independentClaims", p.independentClaims());
        m.put("totalClaims", p.totalClaims());
        m.put("familySize", p.familySize());
        m.put("citedBy", p.citedBy());
        m.put("productRevenue", p.productRevenue());
        m.put("licenceRevenue", p.licenceRevenue());
        m.put("royaltyRate", p.royaltyRate());
        m.put("openLicenceRoyalty", p.openLicenceRoyalty());
        m.put("productRecorded", p.productRecorded());
        m.put("inUseSince", date(p.inUseSince()));
        m.put("replacementCost", p.replacementCost());
        m.put("economicLifeYears", p.economicLifeYears());
        m.put("pledgeConsent", p.pledgeConsent());
        // only when given, so the input hash of a portfolio without them is what it was before they existed
        if (p.product() != null) {
            m.put("product", p.product());
        }
        if (p.contributionWeight() != null) {
            m.put("contributionWeight", p.contributionWeight());
        }
        List<Object> events = new ArrayList<>();
        for (LegalEvent e : p.events()) {
            Map<String, Object> em = new LinkedHashMap<>();
            em.put("date", date(e.date()));
            em.put("kind", e.kind().name());
            em.put("code", e.code());
            em.put("country", e.country());
            em.put("description", e.description());
            em.put("source", e.source());
            events.add(em);
        }
        m.put("events", events);
        return m;
    }

    private static String date(LocalDate d) {
        return d == null ? null : d.toString();
    }
}
