package io.pledgebench.valuation;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One period of a method's cash-flow table.
 *
 * @param year                period number, 1 = the first year after the valuation date
 * @param periodEnd           time in years at which the flow is discounted (period end, or its middle when mid-year)
 * @param discountFactor      (1+r)^−periodEnd
 * @param base                income base of the period (revenue or profit, for a full year)
 * @param share               share, royalty rate or margin applied to the base
 * @param preTax              base·share·(fraction of the year inside the income period)
 * @param afterTax            the pre-tax flow after tax (and after contributory charges for excess earnings)
 * @param presentValue        afterTax·discountFactor
 * @param contributoryCharges excess earnings only: each contributory asset's charge of the period (its required
 *                            return on its part of the assets the revenue needs, for the fraction of the year inside
 *                            the income period), in the parameters' order; empty for the other methods. So
 *                            afterTax = preTax·(1−τ) − Σ contributoryCharges.
 */
public record CashFlowRow(int year, double periodEnd, double discountFactor, double base, double share, double preTax,
                          double afterTax, double presentValue, Map<String, Double> contributoryCharges) {

    public CashFlowRow {
        Objects.requireNonNull(contributoryCharges, "contributoryCharges");
        contributoryCharges = Collections.unmodifiableMap(new LinkedHashMap<>(contributoryCharges));
    }

    /** A row without contributory charges (every method but excess earnings). */
    public CashFlowRow(int year, double periodEnd, double discountFactor, double base, double share, double preTax,
                       double afterTax, double presentValue) {
        this(year, periodEnd, discountFactor, base, share, preTax, afterTax, presentValue, Map.of());
    }
}
