package io.pledgebench.assessment;

import io.pledgebench.risk.RiskParameters;
import io.pledgebench.risk.StressScenario;
import io.pledgebench.risk.eligibility.EligibilityRules;
import io.pledgebench.scoring.ScoringParameters;
import io.pledgebench.valuation.Distribution;
import io.pledgebench.valuation.MonteCarloSettings;
import io.pledgebench.valuation.ValuationParameters;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Every parameter of an assessment: valuation, Monte Carlo (paths and seed are inputs; the thread count does not
 * change results and is not a parameter), quality score, eligibility rules, collateral and credit risk, and the
 * stress scenarios (the standard ones plus any user-defined).
 */
public record AssessmentParameters(ValuationParameters valuation, MonteCarloSettings monteCarlo,
                                   ScoringParameters scoring, EligibilityRules eligibility, RiskParameters risk,
                                   List<StressScenario> stress) {

    public AssessmentParameters {
        Objects.requireNonNull(valuation, "valuation");
        Objects.requireNonNull(monteCarlo, "monteCarlo");
        Objects.requireNonNull(scoring, "scoring");
        Objects.requireNonNull(eligibility, "eligibility");
        Objects.requireNonNull(risk, "risk");
        stress = List.copyOf(stress);
        List<String> ids = new ArrayList<>();
        for (StressScenario s : stress) {
            if (ids.contains(s.id())) {
                throw new IllegalArgumentException("two stress scenarios are named '" + s.id() + "'");
            }
            ids.add(s.id());
        }
    }

    public static AssessmentParameters defaults() {
        return new AssessmentParameters(ValuationParameters.defaults(), MonteCarloSettings.defaults(0),
                ScoringParameters.defaults(), EligibilityRules.defaults(), RiskParameters.defaults(),
                StressScenario.standard());
    }

    public AssessmentParameters withRisk(RiskParameters r) {
        return new AssessmentParameters(valuation, monteCarlo, scoring, eligibility, r, stress);
    }

    public AssessmentParameters withValuation(ValuationParameters v) {
        return new AssessmentParameters(v, monteCarlo, scoring, eligibility, risk, stress);
    }

    public AssessmentParameters withScoring(ScoringParameters s) {
        return new AssessmentParameters(valuation, monteCarlo, s, eligibility, risk, stress);
    }

    public AssessmentParameters withEligibility(EligibilityRules e) {
        return new AssessmentParameters(valuation, monteCarlo, scoring, e, risk, stress);
    }

    public AssessmentParameters withMonteCarlo(MonteCarloSettings m) {
        return new AssessmentParameters(valuation, m, scoring, eligibility, risk, stress);
    }

    public AssessmentParameters withStress(List<StressScenario> scenarios) {
        return new AssessmentParameters(valuation, monteCarlo, scoring, eligibility, risk, scenarios);
    }

    /** The standard scenarios followed by {@code extra}. */
    public AssessmentParameters withExtraStress(List<StressScenario> extra) {
        List<StressScenario> all = new ArrayList<>(stress);
        all.addAll(extra);
        return new AssessmentParameters(valuation, monteCarlo, scoring, eligibility, risk, all);
    }

    public Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("valuation", valuation.asMap());
        Map<String, Object> mc = new LinkedHashMap<>();
        Map<String, Object> dists = new LinkedHashMap<>();
        for (Map.Entry<String, Distribution> e : monteCarlo.inputDistributions().entrySet()) {
            dists.put(e.getKey(), e.getValue().toString());
        }
        mc.put("inputDistributions", dists);
        mc.put("marketFactorCorrelation", monteCarlo.marketFactorCorrelation());
        mc.put("hazard", monteCarlo.hazard());
        mc.put("histogramBins", monteCarlo.histogramBins());
        m.put("monteCarlo", mc);
        m.put("scoring", scoring.toMap());
        m.put("eligibility", eligibility.parameters());
        m.put("risk", risk.toMap());
        List<Object> st = new ArrayList<>();
        for (StressScenario s : stress) {
            st.add(s.toMap());
        }
        m.put("stress", st);
        return m;
    }
}
