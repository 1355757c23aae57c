package io.pledgebench.scoring;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Weights of a scoring scenario: one per dimension (summing to 1) and one per indicator (summing to 1 within its
 * dimension). The financing scenario, the default, leans on legal strength because a lender's first loss is a
 * right that disappears; the weights are this product's editable defaults, not figures taken from the standard,
 * which leaves weighting to the evaluator.
 */
public record ScoringWeights(String scenario, Map<Dimension, Double> dimensions, Map<Indicator, Double> indicators) {

    private static final double TOLERANCE = 1e-9;

    public ScoringWeights {
        if (scenario == null || scenario.isBlank()) {
            throw new IllegalArgumentException("scoring scenario has no name");
        }
        dimensions = Map.copyOf(dimensions);
        indicators = Map.copyOf(indicators);
        double sum = 0;
        for (Dimension d : Dimension.values()) {
            Double w = dimensions.get(d);
            check("weight of dimension " + d.code(), w);
            sum += w;
            double inner = 0;
            for (Indicator i : Indicator.of(d)) {
                Double wi = indicators.get(i);
                check("weight of indicator " + i.code(), wi);
                inner += wi;
            }
            if (Math.abs(inner - 1) > TOLERANCE) {
                throw new IllegalArgumentException("indicator weights of dimension " + d.code() + " add up to " + inner
                        + ", not 1");
            }
        }
        if (Math.abs(sum - 1) > TOLERANCE) {
            throw new IllegalArgumentException("dimension weights add up to " + sum + ", not 1");
        }
    }

    private static void check(String what, Double w) {
        if (w == null) {
            throw new IllegalArgumentException(what + " is missing");
        }
        if (!(w >= 0 && w <= 1)) {
            throw new IllegalArgumentException(what + " must lie between 0 and 1, was " + w);
        }
    }

    public static ScoringWeights financing() {
        Map<Dimension, Double> d = new EnumMap<>(Dimension.class);
        d.put(Dimension.LEGAL, 0.40);
        d.put(Dimension.TECHNICAL, 0.30);
        d.put(Dimension.ECONOMIC, 0.30);
        Map<Indicator, Double> i = new EnumMap<>(Indicator.class);
        i.put(Indicator.REMAINING_LIFE, 0.30);
        i.put(Indicator.CLAIMS, 0.15);
        i.put(Indicator.LEGAL_STATUS, 0.25);
        i.put(Indicator.CO_OWNERSHIP, 0.15);
        i.put(Indicator.LITIGATION, 0.15);
        i.put(Indicator.CITATIONS, 0.30);
        i.put(Indicator.FAMILY_SIZE, 0.25);
        i.put(Indicator.FIELD_MATURITY, 0.20);
        i.put(Indicator.SUBSTITUTABILITY, 0.25);
        i.put(Indicator.REVENUE_LINKED, 0.40);
        i.put(Indicator.LICENSING, 0.25);
        i.put(Indicator.MARKET_SIZE, 0.20);
        i.put(Indicator.PRODUCT_RECORDATION, 0.15);
        return new ScoringWeights("financing", d, i);
    }

    /** A copy with other dimension weights, as an officer edits them for another scenario. */
    public ScoringWeights withDimensions(String scenarioName, double legal, double technical, double economic) {
        Map<Dimension, Double> d = new EnumMap<>(Dimension.class);
        d.put(Dimension.LEGAL, legal);
        d.put(Dimension.TECHNICAL, technical);
        d.put(Dimension.ECONOMIC, economic);
        return new ScoringWeights(scenarioName, d, indicators);
    }

    public Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("scenario", scenario);
        Map<String, Object> dm = new LinkedHashMap<>();
        Map<String, Object> im = new LinkedHashMap<>();
        for (Dimension d : Dimension.values()) {
            dm.put(d.code(), dimensions.get(d));
        }
        for (Indicator i : Indicator.values()) {
            im.put(i.code(), indicators.get(i));
        }
        m.put("dimensions", dm);
        m.put("indicators", im);
        return m;
    }
}
