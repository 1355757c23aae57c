package io.pledgebench.scoring;

import java.util.List;

/**
 * A patent's quality score, 0–100. Missing indicators are not filled in: the weights of the indicators that could
 * be scored are rescaled to one, and {@code confidence} (0–1) reports how much of the scenario's total weight
 * rests on data. The indicators' contributions add up to {@code overall}.
 */
public record QualityScore(String patentNumber, String scenario, double overall, double confidence,
                           List<DimensionScore> dimensions) {

    public QualityScore {
        dimensions = List.copyOf(dimensions);
    }

    /** The same scores without the per-indicator detail: what large portfolios keep per patent. */
    public QualityScore summary() {
        return new QualityScore(patentNumber, scenario, overall, confidence, dimensions.stream()
                .map(d -> new DimensionScore(d.dimension(), d.score(), d.weight(), d.confidence(), List.of()))
                .toList());
    }

    public DimensionScore dimension(Dimension d) {
        return dimensions.stream().filter(s -> s.dimension() == d).findFirst().orElseThrow();
    }
}
