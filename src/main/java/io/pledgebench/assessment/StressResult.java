package io.pledgebench.assessment;

import io.pledgebench.risk.StressScenario;

/**
 * The loan under one stress scenario: eligible market and liquidation value, lending capacity, lowest expected
 * coverage over the term, LTV of the requested loan (null when nothing is left), PD, LGD and EL.
 */
public record StressResult(StressScenario scenario, double marketValue, double liquidationValue, double capacity,
                           double coverage, Double ltv, double pd, double lgd, double expectedLoss) {
}
