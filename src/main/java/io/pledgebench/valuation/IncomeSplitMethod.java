package io.pledgebench.valuation;

import io.pledgebench.domain.Text;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Income / profit split (收益分成法): V = Σ_t B_t·s_t·(1−τ)/(1+r)^t. B_t is the revenue of the products using the
 * patent with a sales share, or their profit (revenue × the enterprise's EBITDA margin) with a profit share;
 * s_t may decay yearly; r is the built-up discount rate; t runs over the income period.
 */
public final class IncomeSplitMethod implements ValuationMethod {

    public static final String ID = "income-split";

    @Override
    public String id() {
        return ID;
    }

    /** The table for whole-year incomes B_1…B_m with a constant share (the {@code calc income-split} model). */
    public static List<CashFlowRow> schedule(double[] incomes, double share, double taxRate, double discountRate,
                                             boolean midYear) {
        requireShare(share);
        return CashFlowSchedule.rows(incomes, share, taxRate, discountRate, midYear);
    }

    public static double presentValue(double[] incomes, double share, double taxRate, double discountRate) {
        return CashFlowSchedule.presentValue(schedule(incomes, share, taxRate, discountRate, false));
    }

    private static void requireShare(double share) {
        if (!(share >= 0 && share <= 1)) {
            throw new IllegalArgumentException("share must lie in [0, 1], was " + share);
        }
    }

    @Override
    public MethodResult value(ValuationContext c) {
        ValuationParameters par = c.parameters();
        IncomePeriod ip = c.incomePeriod();
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
        double revenue = c.productRevenue();
        double base;
        double share;
        String basis;
        Double margin = null;
        if (par.salesShare() != null) {
            base = revenue;
            share = par.salesShare();
            basis = "sales";
        } else {
            margin = Methods.margin(c.enterprise());
            if (margin == null) {
                return MethodResult.skipped(ID, Methods.missing("enterprise revenue / ebitda (or a sales share)"), inputs);
            }
            if (inputs != null) {
                inputs.put("enterpriseRevenue", c.enterprise().revenue().doubleValue());
                inputs.put("enterpriseEbitda", c.enterprise().ebitda().doubleValue());
                // A loss (margin below 0) gives a negative value, which the reconciliation counts as zero (SPEC rev. 2).
                inputs.put("ebitdaMargin", margin);
            }
            base = revenue * margin;
            share = par.profitShare();
            basis = "profit";
        }
        List<CashFlowRow> rows = Methods.table(c);
        double value = Methods.income(base, par.revenueGrowth(), share, par.shareDecay(), ip.years(), par.taxRate(),
                par.discountRate(), par.midYear(), rows);
        if (!c.explained()) {
            return MethodResult.applied(ID, value, null, null, null, null);
        }
        Map<String, Object> params = new LinkedHashMap<>(Methods.discountParameters(par));
        params.put("basis", basis);
        params.put(basis.equals("sales") ? "salesShare" : "profitShare", share);
        params.put("shareDecay", par.shareDecay());
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
        lines.add(basis.equals("sales")
                ? Text.of("valuation.explain.incomeSplit.sales", revenue, share)
                : Text.of("valuation.explain.incomeSplit.profit", revenue, margin, share));
        lines.add(Text.of("valuation.explain.value", value));
        return MethodResult.applied(ID, value, params, inputs, rows, lines);
    }
}
