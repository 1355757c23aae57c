package io.pledgebench.valuation;

/**
 * One period of a method's cash-flow table.
 *
 * @param year           period number, 1 = the first year after the valuation date
 * @param periodEnd      time in years at which the flow is discounted (period end, or its middle when mid-year)
 * @param discountFactor (1+r)^−periodEnd
 * @param base           income base of the period (revenue or profit, for a full year)
 * @param share          share, royalty rate or margin applied to the base
 * @param preTax         base·share·(fraction of the year inside the income period)
 * @param afterTax       the pre-tax flow after tax (and after contributory charges for excess earnings)
 * @param presentValue   afterTax·discountFactor
 */
public record CashFlowRow(int year, double periodEnd, double discountFactor, double base, double share, double preTax,
                          double afterTax, double presentValue) {
}
