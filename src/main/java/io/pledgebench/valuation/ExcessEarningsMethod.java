package io.pledgebench.valuation;

import io.pledgebench.domain.Enterprise;
import io.pledgebench.domain.Text;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Multi-period excess earnings: V = Σ_t (EBIT_t(1−τ) − Σ_k c_k·A_k,t)/(1+r)^t. The patent's products earn the
 * enterprise's operating margin on their revenue; the contributory assets A_k,t are the enterprise's total assets
 * in the proportion of product revenue to enterprise revenue, split by the parameter shares, each charged its
 * required return c_k. The enterprise data give EBITDA, not EBIT, so the margin is the EBITDA margin; the charge on
 * fixed assets stands for their return, and the report says EBITDA was used.
 */
public final class ExcessEarningsMethod implements ValuationMethod {

    public static final String ID = "excess-earnings";

    @Override
    public String id() {
        return ID;
    }

    /**
     * The table over an income period of n years (revenues per period, a fractional last period allowed): after-tax
     * flow = revenue·margin·f·(1−τ) − charge·revenue·f, charge = Σ c_k·A_k per unit of revenue, given as one total
     * (the rows then carry no charge per asset).
     */
    public static List<CashFlowRow> schedule(double[] revenues, double n, double margin, double chargePerRevenue,
                                             double taxRate, double discountRate, boolean midYear) {
        return schedule(revenues, n, margin, chargePerRevenue, Map.of(), taxRate, discountRate, midYear);
    }

    /**
     * The table with each contributory asset's charge per unit of revenue ({@code chargesPerRevenue}, asset name →
     * c_k·A_k/R, in order): each row carries the charge of every asset for its period, and the after-tax flow is
     * revenue·margin·f·(1−τ) − Σ_k charge_k·revenue·f.
     */
    public static List<CashFlowRow> schedule(double[] revenues, double n, double margin,
                                             Map<String, Double> chargesPerRevenue, double taxRate,
                                             double discountRate, boolean midYear) {
        double total = 0;
        for (double c : chargesPerRevenue.values()) {
            total += c;
        }
        return schedule(revenues, n, margin, total, chargesPerRevenue, taxRate, discountRate, midYear);
    }

    private static List<CashFlowRow> schedule(double[] revenues, double n, double margin, double chargePerRevenue,
                                              Map<String, Double> chargesPerRevenue, double taxRate,
                                              double discountRate, boolean midYear) {
        List<CashFlowRow> rows = new ArrayList<>();
        presentValue(revenues, n, margin, chargePerRevenue, chargesPerRevenue, taxRate, discountRate, midYear, rows);
        return rows;
    }

    /**
     * Σ after-tax flow × discount factor of the table {@link #schedule} gives, each period's row added to
     * {@code rowsOrNull} when given: one loop for the table and the figure alone, the same value to the bit.
     */
    private static double presentValue(double[] revenues, double n, double margin, double chargePerRevenue,
                                       Map<String, Double> chargesPerRevenue, double taxRate, double discountRate,
                                       boolean midYear, List<CashFlowRow> rowsOrNull) {
        CashFlowSchedule.requireRate("discount rate", discountRate);
        CashFlowSchedule.requireTaxRate(taxRate);
        if (!Double.isFinite(margin) || !(chargePerRevenue >= 0) || !Double.isFinite(chargePerRevenue)) {
            throw new IllegalArgumentException("margin must be a number and the contributory charge not negative, were "
                    + margin + " and " + chargePerRevenue);
        }
        for (Map.Entry<String, Double> c : chargesPerRevenue.entrySet()) {
            if (!(c.getValue() >= 0) || !Double.isFinite(c.getValue())) {
                throw new IllegalArgumentException("the contributory charge of " + c.getKey()
                        + " must not be negative, was " + c.getValue());
            }
        }
        int periods = CashFlowSchedule.periods(n);
        if (revenues.length < periods) {
            throw new IllegalArgumentException("need " + periods + " yearly revenues, got " + revenues.length);
        }
        double v = 0;
        for (int k = 1; k <= periods; k++) {
            double f = CashFlowSchedule.fraction(k, n);
            double t = CashFlowSchedule.periodEnd(k, n, midYear);
            double df = CashFlowSchedule.discountFactor(discountRate, t);
            double pre = revenues[k - 1] * margin * f;
            double after = pre * (1 - taxRate) - chargePerRevenue * revenues[k - 1] * f;
            double pv = after * df;
            if (rowsOrNull != null) {
                Map<String, Double> charges = new LinkedHashMap<>();
                for (Map.Entry<String, Double> c : chargesPerRevenue.entrySet()) {
                    charges.put(c.getKey(), c.getValue() * revenues[k - 1] * f);
                }
                rowsOrNull.add(new CashFlowRow(k, t, df, revenues[k - 1], margin, pre, after, pv, charges));
            }
            v += pv;
        }
        return v;
    }

    /** Σ (R_t·m·(1−τ) − c·R_t)/(1+r)^t over whole-year revenues: the {@code calc excess-earnings} model. */
    public static double presentValue(double[] revenues, double margin, double chargePerRevenue, double taxRate,
                                      double discountRate) {
        if (revenues.length == 0) {
            throw new IllegalArgumentException("the series of yearly revenues is empty");
        }
        return CashFlowSchedule.presentValue(schedule(revenues, revenues.length, margin, chargePerRevenue, taxRate,
                discountRate, false));
    }

    @Override
    public MethodResult value(ValuationContext c) {
        ValuationParameters par = c.parameters();
        IncomePeriod ip = c.incomePeriod();
        Enterprise e = c.enterprise();
        Map<String, Object> inputs = Methods.inputs(c);
        if (inputs != null) {
            Methods.revenueInputs(c, inputs);
        }
        Text problem = Methods.incomePeriodProblem(c);
        if (problem != null) {
            return MethodResult.skipped(ID, problem, inputs);
        }
        if (c.productRevenue() == null) {
            return MethodResult.skipped(ID, Methods.missing("product_revenue"), inputs);
        }
        Double margin = Methods.margin(e);
        if (margin == null) {
            return MethodResult.skipped(ID, Methods.missing("enterprise revenue / ebitda"), inputs);
        }
        if (e.totalAssets() == null) {
            return MethodResult.skipped(ID, Methods.missing("enterprise total_assets"), inputs);
        }
        double entRevenue = e.revenue().doubleValue();
        double assetIntensity = e.totalAssets().doubleValue() / entRevenue;
        if (inputs != null) {
            inputs.put("enterpriseRevenue", entRevenue);
            inputs.put("enterpriseEbitda", e.ebitda().doubleValue());
            inputs.put("enterpriseTotalAssets", e.totalAssets().doubleValue());
            inputs.put("ebitdaMargin", margin);
            inputs.put("assetsPerRevenue", assetIntensity);
        }
        double chargePerRevenue = 0;
        Map<String, Double> chargesPerRevenue = new LinkedHashMap<>();
        Map<String, Object> params = c.explained() ? new LinkedHashMap<>(Methods.discountParameters(par)) : null;
        for (ValuationParameters.ContributoryAsset a : par.contributoryAssets()) {
            double charge = a.requiredReturn() * a.shareOfTotalAssets() * assetIntensity;
            chargePerRevenue += charge;
            chargesPerRevenue.merge(a.name(), charge, Double::sum);
            if (params != null) {
                params.put("charge:" + a.name(), a.requiredReturn());
                params.put("assetShare:" + a.name(), a.shareOfTotalAssets());
            }
        }
        double n = ip.years();
        double[] revenues = CashFlowSchedule.grown(c.productRevenue(), par.revenueGrowth(),
                CashFlowSchedule.periods(n));
        List<CashFlowRow> rows = Methods.table(c);
        double value = presentValue(revenues, n, margin, chargePerRevenue, chargesPerRevenue, par.taxRate(),
                par.discountRate(), par.midYear(), rows);
        if (params == null) {
            return MethodResult.applied(ID, value, null, null, null, null);
        }
        params.put("contributoryChargePerRevenue", chargePerRevenue);
        params.put("revenueGrowth", par.revenueGrowth());
        params.put("taxRate", par.taxRate());
        params.put("midYear", par.midYear());
        List<Text> lines = new ArrayList<>();
        lines.add(Methods.periodLine(ip));
        lines.add(Methods.discountLine(par));
        Text attributed = Methods.attributionLine(c);
        if (attributed != null) {
            lines.add(attributed);
        }
        lines.add(Text.of("valuation.explain.excessEarnings", margin, chargePerRevenue));
        // Charges above the earnings give a negative value: it stays applied, and the reconciliation counts it as
        // zero with its weight (SPEC rev. 2) instead of dropping it and giving its weight to the other methods.
        lines.add(Text.of("valuation.explain.value", value));
        return MethodResult.applied(ID, value, params, inputs, rows, lines);
    }
}
