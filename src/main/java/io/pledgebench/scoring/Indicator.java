package io.pledgebench.scoring;

import io.pledgebench.domain.Text;

import java.util.Arrays;
import java.util.List;

/**
 * Indicators of patent quality grouped by dimension as in GB/T 42748-2023. Field maturity, substitutability and
 * market size have no source in a patent register: they are scored only from an expert's rating (0–100).
 */
public enum Indicator {
    REMAINING_LIFE(Dimension.LEGAL, "remainingLife", false),
    CLAIMS(Dimension.LEGAL, "claims", false),
    LEGAL_STATUS(Dimension.LEGAL, "legalStatus", false),
    CO_OWNERSHIP(Dimension.LEGAL, "coOwnership", false),
    LITIGATION(Dimension.LEGAL, "litigation", false),
    CITATIONS(Dimension.TECHNICAL, "citations", false),
    FAMILY_SIZE(Dimension.TECHNICAL, "familySize", false),
    FIELD_MATURITY(Dimension.TECHNICAL, "fieldMaturity", true),
    SUBSTITUTABILITY(Dimension.TECHNICAL, "substitutability", true),
    REVENUE_LINKED(Dimension.ECONOMIC, "revenueLinked", false),
    LICENSING(Dimension.ECONOMIC, "licensing", false),
    MARKET_SIZE(Dimension.ECONOMIC, "marketSize", true),
    PRODUCT_RECORDATION(Dimension.ECONOMIC, "productRecordation", false);

    private final Dimension dimension;
    private final String code;
    private final boolean expertOnly;

    Indicator(Dimension dimension, String code, boolean expertOnly) {
        this.dimension = dimension;
        this.code = code;
        this.expertOnly = expertOnly;
    }

    public Dimension dimension() {
        return dimension;
    }

    public String code() {
        return code;
    }

    public boolean expertOnly() {
        return expertOnly;
    }

    public Text label() {
        return Text.of("scoring.indicator." + code);
    }

    public static List<Indicator> of(Dimension d) {
        return Arrays.stream(values()).filter(i -> i.dimension == d).toList();
    }
}
