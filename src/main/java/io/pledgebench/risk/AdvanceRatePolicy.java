package io.pledgebench.risk;

import io.pledgebench.domain.PatentType;

import java.util.EnumMap;
import java.util.Map;

/**
 * The share of a patent's liquidation value a bank lends against (质押率). Each type has a range; the quality
 * score (0–100) places the rate in it linearly, and a patent scoring below {@code minimumScore} gets no
 * advance at all. Defaults follow common CN bank practice: invention 25–30 %, utility model up to 15 %,
 * design up to 10 %; the lower ends for utility models and designs are this policy's own choice and editable.
 */
public record AdvanceRatePolicy(Map<PatentType, Range> ranges, double minimumScore) {

    public AdvanceRatePolicy {
        ranges = Map.copyOf(ranges);
        for (PatentType t : PatentType.values()) {
            if (!ranges.containsKey(t)) {
                throw new IllegalArgumentException("advance-rate policy has no range for " + t.code());
            }
        }
        if (!(minimumScore >= 0 && minimumScore <= 100)) {
            throw new IllegalArgumentException("minimum score must lie between 0 and 100, was " + minimumScore);
        }
    }

    public static AdvanceRatePolicy defaults() {
        Map<PatentType, Range> m = new EnumMap<>(PatentType.class);
        m.put(PatentType.INVENTION, new Range(0.25, 0.30));
        m.put(PatentType.UTILITY_MODEL, new Range(0.10, 0.15));
        m.put(PatentType.DESIGN, new Range(0.05, 0.10));
        return new AdvanceRatePolicy(m, 40);
    }

    public double rate(PatentType type, double qualityScore) {
        if (!(qualityScore >= 0 && qualityScore <= 100)) {
            throw new IllegalArgumentException("quality score must lie between 0 and 100, was " + qualityScore);
        }
        if (qualityScore < minimumScore) {
            return 0.0;
        }
        Range r = ranges.get(type);
        return r.low() + (r.high() - r.low()) * qualityScore / 100.0;
    }

    public record Range(double low, double high) {
        public Range {
            Probabilities.closedUnit("advance rate (low)", low);
            Probabilities.closedUnit("advance rate (high)", high);
            if (low > high) {
                throw new IllegalArgumentException("advance-rate range is reversed: " + low + " > " + high);
            }
        }
    }
}
