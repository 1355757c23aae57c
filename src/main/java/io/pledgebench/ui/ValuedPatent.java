package io.pledgebench.ui;

import io.pledgebench.domain.Patent;
import io.pledgebench.valuation.PatentDistribution;
import io.pledgebench.valuation.PatentValuation;

/** One patent's deterministic valuation with its simulated distribution, as the Valuation table lists it. */
public record ValuedPatent(Patent patent, PatentValuation valuation, PatentDistribution distribution) {
}
