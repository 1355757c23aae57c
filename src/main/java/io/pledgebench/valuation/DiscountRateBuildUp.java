package io.pledgebench.valuation;

import io.pledgebench.domain.Text;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The discount rate of the income methods built up from its parts (风险累加法), every part a decimal (0.03 = 3 %)
 * from the settings to the report: r = risk-free + technology + market + capital + management premia + shift. The
 * shift is zero except in stress tests. One value type, so that no screen, stress test or chapter converts percent
 * points on its own.
 */
public record DiscountRateBuildUp(double riskFree, double technology, double market, double capital,
                                  double management, double shift) {

    public DiscountRateBuildUp {
        for (double part : new double[]{riskFree, technology, market, capital, management, shift}) {
            if (!Double.isFinite(part)) {
                throw new IllegalArgumentException("every part of the discount rate must be a finite decimal, was " + part);
            }
        }
    }

    public double rate() {
        return riskFree + technology + market + capital + management + shift;
    }

    /** The same build-up moved by {@code decimal} (0.03 = +3 percentage points). */
    public DiscountRateBuildUp shiftedBy(double decimal) {
        return new DiscountRateBuildUp(riskFree, technology, market, capital, management, shift + decimal);
    }

    /** The sentence explaining the rate with its parts. */
    public Text explanation() {
        return Text.of("valuation.explain.discountRate", rate(), riskFree, technology, market, capital, management);
    }

    public Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("riskFreeRate", riskFree);
        m.put("technologyRiskPremium", technology);
        m.put("marketRiskPremium", market);
        m.put("capitalRiskPremium", capital);
        m.put("managementRiskPremium", management);
        if (shift != 0) {
            m.put("discountRateShift", shift);
        }
        m.put("discountRate", rate());
        return m;
    }
}
