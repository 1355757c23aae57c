package io.pledgebench.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.pledgebench.assessment.Assessment;
import io.pledgebench.assessment.PatentAssessment;
import io.pledgebench.assessment.StressResult;
import io.pledgebench.domain.LegalTerm;
import io.pledgebench.domain.Patent;
import io.pledgebench.domain.Text;
import io.pledgebench.risk.RiskParameters;
import io.pledgebench.risk.eligibility.EligibilityCheck;
import io.pledgebench.scoring.DimensionScore;
import io.pledgebench.scoring.IndicatorScore;
import io.pledgebench.valuation.CashFlowRow;
import io.pledgebench.valuation.Histogram;
import io.pledgebench.valuation.MethodResult;
import io.pledgebench.valuation.PatentValuation;
import io.pledgebench.valuation.PortfolioDistribution;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The document a report is printed from and a saved assessment stores: the {@code assess --json} document with
 * every sentence kept as a bundle key with arguments (so one stored assessment prints in English or Chinese),
 * plus what the report shows beyond that contract: valuation date, pledgor, patent dates and classes, each
 * method's parameters, inputs, cash flows and explanation, and the histogram of the simulated portfolio value.
 */
public final class ReportSource {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ReportSource() {
    }

    /** The report document of an assessment as a JSON tree, for no bank named. */
    public static JsonNode document(Assessment a) {
        return document(a, null);
    }

    /**
     * The report document of an assessment made for {@code client}, the bank the officer named (委托方 / report user;
     * null or blank when not named).
     */
    public static JsonNode document(Assessment a, String client) {
        return document(a, client, null);
    }

    /**
     * The report document of an assessment made for {@code client} (null or blank: not named) with the named parameter
     * set {@code set} (null: none was chosen).
     */
    public static JsonNode document(Assessment a, String client, SetUsed set) {
        return JSON.valueToTree(tree(a, client, set));
    }

    /** The report document as JSON text (what a saved assessment stores), for no bank named. */
    public static String json(Assessment a) {
        return json(a, null);
    }

    /** The report document as JSON text, made for {@code client} (null or blank: not named). */
    public static String json(Assessment a, String client) {
        return json(a, client, null);
    }

    /** The report document as JSON text, made for {@code client} with the parameter set {@code set} (null: none). */
    public static String json(Assessment a, String client, SetUsed set) {
        try {
            return JSON.writeValueAsString(tree(a, client, set));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an assessment document could not be written as JSON", e);
        }
    }

    /**
     * The named parameter set an assessment was made with, as the officer chose it: its name and whether its values
     * were changed before assessing.
     */
    public record SetUsed(String name, boolean edited) {
        public SetUsed {
            if (name == null || name.isBlank()) {
                throw new IllegalArgumentException("a parameter set has a name");
            }
        }
    }

    static Map<String, Object> tree(Assessment a, String client) {
        return tree(a, client, null);
    }

    static Map<String, Object> tree(Assessment a, String client, SetUsed set) {
        Map<String, Object> m = a.toJson(Locale.ENGLISH);
        m.put("version", DocumentVersions.CURRENT);
        // the parameter set it was made with (version 6); without one, whether every parameter was the engine's default
        Map<String, Object> ps = new LinkedHashMap<>();
        ps.put("name", set == null ? null : set.name());
        ps.put("edited", set != null && set.edited());
        ps.put("engineDefaults", set == null
                ? a.parameters().toMap().equals(io.pledgebench.assessment.AssessmentParameters.defaults().toMap()) : null);
        m.put("parameterSet", ps);
        // the bank the report is for (委托方), as the officer named it; not part of the input hash (it changes no figure)
        if (client != null && client.strip().length() > 200) {
            throw new IllegalArgumentException("the bank's name (client) has " + client.strip().length()
                    + " characters; give at most 200");
        }
        m.put("client", client == null || client.isBlank() ? null : client.strip());
        LocalDate asOf = a.inputs().asOf();
        m.put("asOf", asOf.toString());
        m.put("portfolio", a.inputs().portfolio().name());
        Map<String, Object> pledgor = new LinkedHashMap<>();
        pledgor.put("name", a.results().pledgor().name());
        pledgor.put("inferred", a.results().pledgor().inferred());
        m.put("pledgor", pledgor);
        m.put("seed", a.inputs().seed());
        m.put("paths", a.inputs().paths());
        m.put("gradeMinimumCoverage", gradeMinimumCoverage(a));
        m.put("portfolioDistribution", distribution(a.results().portfolioDistribution()));

        // toJson builds each patent's tree when it is read; take each once so the additions below stay in it
        List<Map<String, Object>> patents = new ArrayList<>();
        for (Object p : (List<?>) m.get("patents")) {
            @SuppressWarnings("unchecked")
            Map<String, Object> pm = (Map<String, Object>) p;
            patents.add(pm);
        }
        m.put("patents", patents);
        List<PatentAssessment> pas = a.results().patents();
        for (int i = 0; i < pas.size(); i++) {
            enrich(patents.get(i), pas.get(i), asOf);
        }

        @SuppressWarnings("unchecked")
        Map<String, Object> attribution = (Map<String, Object>) ((Map<String, Object>) m.get("enterprise"))
                .get("revenueAttribution");
        attribution.put("summary", text(a.results().attribution().summary()));

        @SuppressWarnings("unchecked")
        Map<String, Object> rec = (Map<String, Object>) m.get("recommendation");
        rec.put("conditions", texts(a.results().recommendation().conditions()));
        List<Text> reasons = new ArrayList<>(a.results().notes());
        reasons.addAll(a.results().recommendation().reasons());
        rec.put("reasons", texts(reasons));

        @SuppressWarnings("unchecked")
        List<Map<String, Object>> stress = (List<Map<String, Object>>) m.get("stress");
        List<StressResult> srs = a.results().stress();
        for (int i = 0; i < srs.size(); i++) {
            String key = "assessment.stress." + srs.get(i).scenario().id();
            if (Text.bundle("assessment", Locale.ENGLISH).containsKey(key)) {
                stress.get(i).put("name", text(Text.of(key)));
            }
        }
        return m;
    }

    private static Double gradeMinimumCoverage(Assessment a) {
        RiskParameters p = a.parameters().risk();
        String grade = a.results().recommendation().grade();
        for (RiskParameters.GradeThreshold g : p.grades()) {
            if (g.grade().equals(grade)) {
                return g.minimumCoverage();
            }
        }
        return null;
    }

    private static Map<String, Object> distribution(PortfolioDistribution d) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("deterministicValue", d.deterministicValue());
        m.put("mean", d.mean());
        m.put("std", d.std());
        m.put("p5", d.p5());
        m.put("p50", d.p50());
        m.put("p95", d.p95());
        m.put("standardError", d.standardError());
        Histogram h = d.histogram();
        Map<String, Object> hm = new LinkedHashMap<>();
        hm.put("min", h.min());
        hm.put("max", h.max());
        hm.put("counts", h.counts());
        m.put("histogram", hm);
        return m;
    }

    private static void enrich(Map<String, Object> pm, PatentAssessment pa, LocalDate asOf) {
        Patent p = pa.patent();
        pm.put("filingDate", p.filingDate() == null ? null : p.filingDate().toString());
        pm.put("grantDate", p.grantDate() == null ? null : p.grantDate().toString());
        pm.put("ipc", p.ipc());
        pm.put("productRevenue", p.productRevenue());
        pm.put("annualFeePaidUntil", p.annualFeePaidUntil() == null ? null : p.annualFeePaidUntil().toString());
        pm.put("citedBy", p.citedBy());
        pm.put("remainingYears", p.legalExpiry().map(e -> LegalTerm.remainingYears(e, asOf)).orElse(null));

        @SuppressWarnings("unchecked")
        Map<String, Object> el = (Map<String, Object>) pm.get("eligibility");
        el.put("reasons", texts(pa.eligibility().reasons()));
        List<Object> checks = new ArrayList<>();
        for (EligibilityCheck c : pa.eligibility().checks()) {
            Map<String, Object> cm = new LinkedHashMap<>();
            cm.put("rule", c.rule());
            cm.put("outcome", c.outcome().code());
            cm.put("reason", text(c.reason()));
            checks.add(cm);
        }
        el.put("checks", checks);

        @SuppressWarnings("unchecked")
        Map<String, Object> score = (Map<String, Object>) pm.get("score");
        @SuppressWarnings("unchecked")
        Map<String, Object> dims = (Map<String, Object>) score.get("dimensions");
        for (DimensionScore d : pa.score().dimensions()) {
            @SuppressWarnings("unchecked")
            Map<String, Object> dm = (Map<String, Object>) dims.get(d.dimension().code());
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> inds = (List<Map<String, Object>>) dm.get("indicators");
            for (int i = 0; i < d.indicators().size(); i++) {
                IndicatorScore is = d.indicators().get(i);
                inds.get(i).put("basis", text(is.basis()));
            }
        }

        PatentValuation v = pa.valuation();
        @SuppressWarnings("unchecked")
        Map<String, Object> vm = (Map<String, Object>) pm.get("valuation");
        vm.put("notValuedReason", v.valued() ? null : text(v.notValuedReason()));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> methods = (List<Map<String, Object>>) vm.get("methods");
        for (int i = 0; i < v.methods().size(); i++) {
            MethodResult r = v.methods().get(i);
            Map<String, Object> mm = methods.get(i);
            Text reason = v.reasons().get(r.methodId());
            mm.put("reason", reason == null ? null : text(reason));
            mm.put("skipReason", r.skipReason() == null ? null : text(r.skipReason()));
            mm.put("parameters", r.parameters());
            mm.put("inputs", r.inputs());
            mm.put("explanation", texts(r.explanation()));
            List<Object> flows = new ArrayList<>();
            for (CashFlowRow c : r.cashFlows()) {
                Map<String, Object> cm = new LinkedHashMap<>();
                cm.put("year", c.year());
                cm.put("periodEnd", c.periodEnd());
                cm.put("discountFactor", c.discountFactor());
                cm.put("base", c.base());
                cm.put("share", c.share());
                cm.put("preTax", c.preTax());
                cm.put("afterTax", c.afterTax());
                cm.put("presentValue", c.presentValue());
                if (!c.contributoryCharges().isEmpty()) {
                    // excess earnings (version 4): each contributory asset's charge of the period, by asset
                    cm.put("contributoryCharges", new LinkedHashMap<>(c.contributoryCharges()));
                }
                flows.add(cm);
            }
            mm.put("cashFlows", flows);
        }
    }

    /** A sentence kept language-neutral: its bundle key and arguments (numbers as numbers, anything else as text). */
    static Map<String, Object> text(Text t) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("key", t.key());
        List<Object> args = new ArrayList<>();
        for (Object a : t.args()) {
            args.add(a instanceof Number || a instanceof Boolean || a == null ? a : a.toString());
        }
        m.put("args", args);
        return m;
    }

    /** {@link #text(Text)} as a JSON node, for an upgrade step that adds a sentence to an older stored document. */
    static com.fasterxml.jackson.databind.node.ObjectNode textNode(Text t) {
        return JSON.valueToTree(text(t));
    }

    static List<Object> texts(List<Text> ts) {
        List<Object> out = new ArrayList<>(ts.size());
        for (Text t : ts) {
            out.add(text(t));
        }
        return out;
    }
}
