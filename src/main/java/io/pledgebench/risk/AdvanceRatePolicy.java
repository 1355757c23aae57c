package io.pledgebench.risk;

import io.pledgebench.domain.PatentType;
import io.pledgebench.domain.Text;

import java.util.EnumMap;
import java.util.Map;

/**
 * The share of a patent's liquidation value a bank lends against (质押率). Each type has a range; the quality
 * score (0–100) places the rate in it linearly, and a patent scoring below {@code minimumScore} gets no
 * advance at all. Defaults follow common CN bank practice: invention 25–30 %, utility model up to 15 %,
 * design up to 10 %; the lower ends for utility models and designs are this policy's own choice and editable.
 *
 * <p>{@code costOnlyAdvanceRateFactor} multiplies the rate of a patent whose value rests on the cost approach alone
 * ("cost only, no income evidence", {@code valuation.PatentValuation#costOnly}). Default 0: SPEC rev. 2 — the cost
 * approach is not a value indicator for a patent without use or revenue; what a patent cost to develop is not what a
 * buyer pays for it in a disposal, so the bank lends nothing against it unless its policy says otherwise
 * ({@link #costOnlyReason()}).
 */
public record AdvanceRatePolicy(Map<PatentType, Range> ranges, double minimumScore, double costOnlyAdvanceRateFactor) {

    /** The default factor for cost-only patents: no advance (see the class comment for the reason). */
    public static final double DEFAULT_COST_ONLY_FACTOR = 0.0;

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
        Probabilities.closedUnit("advance-rate factor for cost-only patents", costOnlyAdvanceRateFactor);
    }

    /** A policy with the default factor for cost-only patents. */
    public AdvanceRatePolicy(Map<PatentType, Range> ranges, double minimumScore) {
        this(ranges, minimumScore, DEFAULT_COST_ONLY_FACTOR);
    }

    public static AdvanceRatePolicy defaults() {
        Map<PatentType, Range> m = new EnumMap<>(PatentType.class);
        m.put(PatentType.INVENTION, new Range(0.25, 0.30));
        m.put(PatentType.UTILITY_MODEL, new Range(0.10, 0.15));
        m.put(PatentType.DESIGN, new Range(0.05, 0.10));
        return new AdvanceRatePolicy(m, 40, DEFAULT_COST_ONLY_FACTOR);
    }

    public AdvanceRatePolicy withCostOnlyAdvanceRateFactor(double factor) {
        return new AdvanceRatePolicy(ranges, minimumScore, factor);
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

    /** The rate of a patent, reduced by {@code costOnlyAdvanceRateFactor} when its value rests on cost alone. */
    public double rate(PatentType type, double qualityScore, boolean costOnly) {
        double rate = rate(type, qualityScore);
        return costOnly ? rate * costOnlyAdvanceRateFactor : rate;
    }

    /** Why cost-only patents get {@code costOnlyAdvanceRateFactor} × the rate, for reports. */
    public Text costOnlyReason() {
        return Text.of("risk.advance.costOnly", costOnlyAdvanceRateFactor);
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
