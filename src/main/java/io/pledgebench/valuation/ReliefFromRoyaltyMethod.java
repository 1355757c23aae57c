package io.pledgebench.valuation;

import io.pledgebench.domain.Ipc;
import io.pledgebench.domain.Patent;
import io.pledgebench.domain.Text;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Relief from royalty: V = Σ_t R_t·ρ·(1−τ)/(1+r)^t, optionally × TAB. R_t is the revenue of the products using the
 * patent; the royalty rate ρ is, in order of preference: the royalty of a declared open licence (开放许可, market
 * evidence), the patent's own royalty rate, the typical rate of its IPC section. A patent without product revenue
 * but with licence revenue is valued on the royalties it actually earns (R_t = licence revenue, ρ = 1).
 */
public final class ReliefFromRoyaltyMethod implements ValuationMethod {

    public static final String ID = "relief-from-royalty";

    @Override
    public String id() {
        return ID;
    }

    /** The table for whole-year revenues (the {@code calc relief-from-royalty} model), without TAB. */
    public static List<CashFlowRow> schedule(double[] revenues, double royaltyRate, double taxRate, double discountRate,
                                             boolean midYear) {
        requireRoyalty(royaltyRate);
        return CashFlowSchedule.rows(revenues, royaltyRate, taxRate, discountRate, midYear);
    }

    /** Σ R_t·ρ·(1−τ)/(1+r)^t, times the TAB factor over the series' length when {@code tab}. */
    public static double presentValue(double[] revenues, double royaltyRate, double taxRate, double discountRate,
                                      boolean midYear, boolean tab) {
        double v = CashFlowSchedule.presentValue(schedule(revenues, royaltyRate, taxRate, discountRate, midYear));
        return tab ? v * TaxAmortisationBenefit.factor(taxRate, revenues.length, discountRate) : v;
    }

    private static void requireRoyalty(double rho) {
        if (!(rho >= 0 && rho < 1)) {
            throw new IllegalArgumentException("royalty rate must lie in [0, 1), was " + rho);
        }
    }

    /** The royalty rate to use and where it comes from, or null when there is no evidence. */
    static RoyaltyEvidence royalty(Patent p, ValuationParameters par) {
        if (p.openLicenceRoyalty() != null) {
            return new RoyaltyEvidence(p.openLicenceRoyalty(), "open_licence_royalty");
        }
        if (p.royaltyRate() != null) {
            return new RoyaltyEvidence(p.royaltyRate(), "royalty_rate");
        }
        Character section = Ipc.section(p.ipc());
        if (section != null && par.royaltyRanges().containsKey(section)) {
            return new RoyaltyEvidence(par.royaltyRanges().get(section).typical(), "ipc:" + section);
        }
        return null;
    }

    record RoyaltyEvidence(double rate, String source) {
    }

    @Override
    public MethodResult value(ValuationContext c) {
        Patent p = c.patent();
        ValuationParameters par = c.parameters();
        IncomePeriod ip = c.incomePeriod();
        Map<String, Object> inputs = Methods.inputs(c);
        if (inputs != null) {
            Methods.revenueInputs(c, inputs);
            inputs.put("openLicenceRoyalty", p.openLicenceRoyalty());
            inputs.put("royaltyRate", p.royaltyRate());
            inputs.put("ipc", p.ipc());
        }
        Text problem = Methods.incomePeriodProblem(c);
        if (problem != null) {
            return MethodResult.skipped(ID, problem, inputs);
        }
        if (inputs != null) {
            inputs.put("licenceRevenue", p.licenceRevenue() == null ? null : p.licenceRevenue().doubleValue());
        }
        double revenue;
        RoyaltyEvidence rho;
        if (c.productRevenue() != null) {
            rho = royalty(p, par);
            if (rho == null) {
                return MethodResult.skipped(ID, Methods.missing("open_licence_royalty / royalty_rate / ipc"), inputs);
            }
            revenue = c.productRevenue();
        } else if (p.licenceRevenue() != null) {
            // Royalties actually received are the royalty stream itself: base = licence revenue, ρ = 1.
            rho = new RoyaltyEvidence(1.0, "licence_revenue");
            revenue = p.licenceRevenue().doubleValue();
        } else {
            return MethodResult.skipped(ID, Methods.missing("product_revenue / licence_revenue"), inputs);
        }
        if (!rho.source().equals("licence_revenue")) {
            requireRoyalty(rho.rate());
        }
        List<CashFlowRow> rows = Methods.table(c);
        double pv = Methods.income(revenue, par.revenueGrowth(), rho.rate(), 0.0, ip.years(), par.taxRate(),
                par.discountRate(), par.midYear(), rows);
        double tab = 1.0;
        if (par.taxAmortisationBenefit()) {
            tab = TaxAmortisationBenefit.factor(par.taxRate(), ip.years(), par.discountRate());
        }
        double value = pv * tab;
        if (!c.explained()) {
            return MethodResult.applied(ID, value, null, null, null, null);
        }
        Map<String, Object> params = new LinkedHashMap<>(Methods.discountParameters(par));
        params.put("royaltyRate", rho.rate());
        params.put("royaltyRateSource", rho.source());
        Character section = Ipc.section(p.ipc());
        if (rho.source().startsWith("ipc:")) {
            ValuationParameters.RoyaltyRange range = par.royaltyRanges().get(section);
            params.put("royaltyRangeLow", range.low());
            params.put("royaltyRangeHigh", range.high());
        }
        params.put("revenueGrowth", par.revenueGrowth());
        params.put("taxRate", par.taxRate());
        params.put("midYear", par.midYear());
        params.put("taxAmortisationBenefit", par.taxAmortisationBenefit());
        params.put("tabFactor", tab);
        List<Text> lines = new ArrayList<>();
        lines.add(Methods.periodLine(ip));
        lines.add(Methods.discountLine(par));
        Text attributed = rho.source().equals("licence_revenue") ? null : Methods.attributionLine(c);
        if (attributed != null) {
            lines.add(attributed);
        }
        if (rho.source().equals("licence_revenue")) {
            lines.add(Text.of("valuation.explain.royalty.licence_revenue", revenue));
        } else if (rho.source().startsWith("ipc:")) {
            ValuationParameters.RoyaltyRange range = par.royaltyRanges().get(section);
            lines.add(Text.of("valuation.explain.royalty.ipc", rho.rate(), String.valueOf(section), range.low(),
                    range.high()));
        } else {
            lines.add(Text.of("valuation.explain.royalty." + rho.source(), rho.rate()));
        }
        if (par.taxAmortisationBenefit()) {
            lines.add(Text.of("valuation.explain.tab", tab));
        }
        lines.add(Text.of("valuation.explain.value", value));
        return MethodResult.applied(ID, value, params, inputs, rows, lines);
    }
}
