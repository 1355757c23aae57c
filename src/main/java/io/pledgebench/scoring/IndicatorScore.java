package io.pledgebench.scoring;

import io.pledgebench.domain.Text;

/**
 * One indicator of one patent. {@code score} (0–100) is null when the data to score it is missing;
 * {@code weight} is the scenario's nominal weight within the dimension; {@code contribution} is the points it adds
 * to the overall score (zero when missing); {@code basis} names the facts used.
 */
public record IndicatorScore(Indicator indicator, Double score, double weight, double contribution, Text basis) {

    public boolean available() {
        return score != null;
    }
}
