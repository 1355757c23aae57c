package io.pledgebench.scoring;

import java.util.List;

/**
 * One dimension: its score over the indicators that could be scored (null when none could), its nominal weight,
 * and its confidence, the share of its indicator weight that rests on data.
 */
public record DimensionScore(Dimension dimension, Double score, double weight, double confidence,
                             List<IndicatorScore> indicators) {

    public DimensionScore {
        indicators = List.copyOf(indicators);
    }
}
