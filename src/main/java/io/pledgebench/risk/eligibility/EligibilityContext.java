package io.pledgebench.risk.eligibility;

import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;

/**
 * Facts about the loan that the rules judge a patent against: who pledges, the assessment date, the loan's
 * maturity, and each patent's share of the collateral value (keyed by canonical patent number; empty before
 * valuation).
 */
public record EligibilityContext(String pledgor, LocalDate asOf, LocalDate maturity, Map<String, Double> valueShares) {

    public EligibilityContext {
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(maturity, "maturity");
        valueShares = valueShares == null ? Map.of() : Map.copyOf(valueShares);
        if (maturity.isBefore(asOf)) {
            throw new IllegalArgumentException("loan maturity " + maturity + " precedes the assessment date " + asOf);
        }
    }

    public EligibilityContext withValueShares(Map<String, Double> shares) {
        return new EligibilityContext(pledgor, asOf, maturity, shares);
    }
}
