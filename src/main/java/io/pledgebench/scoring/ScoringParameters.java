package io.pledgebench.scoring;

import io.pledgebench.domain.LegalStatus;
import io.pledgebench.domain.PatentType;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Everything the quality score depends on besides the patent: the scenario weights and the points at which an
 * indicator reaches full marks. Amounts are in the portfolio's currency.
 *
 * @param fullScoreRemainingYears remaining legal life that earns 100, by type
 * @param fullScoreClaims         total claims that earn 100 (CNIPA reports about 10 claims per granted invention)
 * @param fullScoreIndependentClaims independent claims that earn 100
 * @param fullScoreCitations      forward citations that earn 100 (log scale: citations are heavily skewed)
 * @param fullScoreFamilySize     family members that earn 100 (log scale)
 * @param fullScoreProductRevenue annual product revenue that earns 100 (square-root scale)
 * @param fullScoreLicenceRevenue annual licence revenue that earns 100 (square-root scale)
 * @param openLicenceScore        score of a declared open licence that has not earned revenue yet
 * @param statusScores            score of each legal status
 */
public record ScoringParameters(ScoringWeights weights, Map<PatentType, Double> fullScoreRemainingYears,
                                int fullScoreClaims, int fullScoreIndependentClaims, int fullScoreCitations,
                                int fullScoreFamilySize, double fullScoreProductRevenue, double fullScoreLicenceRevenue,
                                double openLicenceScore, Map<LegalStatus, Double> statusScores) {

    public ScoringParameters {
        fullScoreRemainingYears = Map.copyOf(fullScoreRemainingYears);
        statusScores = Map.copyOf(statusScores);
        for (PatentType t : PatentType.values()) {
            Double y = fullScoreRemainingYears.get(t);
            if (y == null || !(y > 0)) {
                throw new IllegalArgumentException("full-score remaining life for " + t.code() + " must be > 0 years, was " + y);
            }
        }
        for (LegalStatus s : LegalStatus.values()) {
            Double v = statusScores.get(s);
            if (v == null || !(v >= 0 && v <= 100)) {
                throw new IllegalArgumentException("score of status " + s.code() + " must lie between 0 and 100, was " + v);
            }
        }
        if (fullScoreClaims < 1 || fullScoreIndependentClaims < 1 || fullScoreCitations < 1 || fullScoreFamilySize < 2) {
            throw new IllegalArgumentException("full-score claims, independent claims and citations must be ≥ 1 and family"
                    + " size ≥ 2");
        }
        if (!(fullScoreProductRevenue > 0) || !(fullScoreLicenceRevenue > 0)) {
            throw new IllegalArgumentException("full-score revenues must be > 0");
        }
        if (!(openLicenceScore >= 0 && openLicenceScore <= 100)) {
            throw new IllegalArgumentException("open-licence score must lie between 0 and 100, was " + openLicenceScore);
        }
    }

    public static ScoringParameters defaults() {
        Map<PatentType, Double> years = new EnumMap<>(PatentType.class);
        years.put(PatentType.INVENTION, 10.0);
        years.put(PatentType.UTILITY_MODEL, 5.0);
        years.put(PatentType.DESIGN, 5.0);
        Map<LegalStatus, Double> status = new EnumMap<>(LegalStatus.class);
        status.put(LegalStatus.VALID, 100.0);
        status.put(LegalStatus.PLEDGED, 50.0);
        status.put(LegalStatus.PENDING_INVALIDATION, 30.0);
        status.put(LegalStatus.FROZEN, 10.0);
        status.put(LegalStatus.DISPUTED, 10.0);
        status.put(LegalStatus.APPLICATION, 0.0);
        status.put(LegalStatus.LAPSED, 0.0);
        status.put(LegalStatus.INVALIDATED, 0.0);
        return new ScoringParameters(ScoringWeights.financing(), years, 10, 3, 20, 10, 50_000_000, 5_000_000, 50,
                status);
    }

    public ScoringParameters withWeights(ScoringWeights w) {
        return new ScoringParameters(w, fullScoreRemainingYears, fullScoreClaims, fullScoreIndependentClaims,
                fullScoreCitations, fullScoreFamilySize, fullScoreProductRevenue, fullScoreLicenceRevenue,
                openLicenceScore, statusScores);
    }

    public Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("weights", weights.toMap());
        Map<String, Object> years = new LinkedHashMap<>();
        for (PatentType t : PatentType.values()) {
            years.put(t.code(), fullScoreRemainingYears.get(t));
        }
        m.put("fullScoreRemainingYears", years);
        m.put("fullScoreClaims", fullScoreClaims);
        m.put("fullScoreIndependentClaims", fullScoreIndependentClaims);
        m.put("fullScoreCitations", fullScoreCitations);
        m.put("fullScoreFamilySize", fullScoreFamilySize);
        m.put("fullScoreProductRevenue", fullScoreProductRevenue);
        m.put("fullScoreLicenceRevenue", fullScoreLicenceRevenue);
        m.put("openLicenceScore", openLicenceScore);
        Map<String, Object> st = new LinkedHashMap<>();
        for (LegalStatus s : LegalStatus.values()) {
            st.put(s.code(), statusScores.get(s));
        }
        m.put("statusScores", st);
        return m;
    }
}
