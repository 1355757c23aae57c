package io.pledgebench.valuation;

import io.pledgebench.domain.Ipc;
import io.pledgebench.domain.ComparableTransaction;
import io.pledgebench.domain.LegalTerm;
import io.pledgebench.domain.Patent;
import io.pledgebench.domain.Text;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Market comparables: V = mean over comparables j of P_j·Π adjustments. A comparable qualifies when it is of the same
 * patent type, in the valuation currency, dated on or before the valuation date, with a known remaining life, and
 * (when the subject's IPC is known) in the same IPC section. Adjustments: time (P brought to the valuation date at
 * the price index rate), technology and market (appraiser's factors, neutral by default), and remaining life
 * (subject's income period n = min(remaining legal life, remaining economic life) / comparable's remaining life: a
 * buyer pays for the years the patent still earns, not for legal protection of an obsolete technology; SPEC rev. 2).
 */
public final class MarketComparablesMethod implements ValuationMethod {

    public static final String ID = "market-comparables";

    @Override
    public String id() {
        return ID;
    }

    /** P·(1+i)^years·technology·market·(subject life / comparable life). */
    public static double adjustedPrice(double price, double yearsSince, double priceIndexRate, double technology,
                                       double market, double subjectLife, double comparableLife) {
        if (!(price > 0) || !Double.isFinite(price)) {
            throw new IllegalArgumentException("comparable price must be positive, was " + price);
        }
        if (!(yearsSince >= 0) || !Double.isFinite(yearsSince)) {
            throw new IllegalArgumentException("years since the transaction must not be negative, was " + yearsSince);
        }
        CashFlowSchedule.requireRate("price index rate", priceIndexRate);
        if (!(technology > 0) || !(market > 0) || !Double.isFinite(technology) || !Double.isFinite(market)) {
            throw new IllegalArgumentException("technology and market factors must be positive, were " + technology
                    + " and " + market);
        }
        if (!(subjectLife >= 0) || !Double.isFinite(subjectLife)) {
            throw new IllegalArgumentException("subject remaining life must not be negative, was " + subjectLife);
        }
        if (!(comparableLife > 0) || !Double.isFinite(comparableLife)) {
            throw new IllegalArgumentException("comparable remaining life must be positive, was " + comparableLife);
        }
        return price * Math.pow(1 + priceIndexRate, yearsSince) * technology * market * subjectLife / comparableLife;
    }

    /** Mean of the adjusted prices of several comparables: the {@code calc market-comparables} model. */
    public static double value(double[] prices, double[] yearsSince, double[] comparableLives, double priceIndexRate,
                               double technology, double market, double subjectLife) {
        if (prices.length == 0) {
            throw new IllegalArgumentException("no comparable prices given");
        }
        if (yearsSince.length != prices.length || comparableLives.length != prices.length) {
            throw new IllegalArgumentException("need one age and one remaining life per price: " + prices.length
                    + " prices, " + yearsSince.length + " ages, " + comparableLives.length + " lives");
        }
        double sum = 0;
        for (int j = 0; j < prices.length; j++) {
            sum += adjustedPrice(prices[j], yearsSince[j], priceIndexRate, technology, market, subjectLife,
                    comparableLives[j]);
        }
        return sum / prices.length;
    }

    @Override
    public MethodResult value(ValuationContext c) {
        Patent p = c.patent();
        ValuationParameters par = c.parameters();
        IncomePeriod ip = c.incomePeriod();
        Map<String, Object> inputs = Methods.inputs(c);
        Character section = Ipc.section(p.ipc());
        if (inputs != null) {
            inputs.put("ipcSection", section == null ? null : String.valueOf(section));
            inputs.put("remainingLegalLife", ip.remainingLegalLife());
            inputs.put("remainingEconomicLife", ip.remainingEconomicLife());
            inputs.put("comparablesOffered", c.comparables().size());
        }
        Text problem = Methods.incomePeriodProblem(c);
        if (problem != null) {
            return MethodResult.skipped(ID, problem, inputs);
        }
        double subjectLife = ip.years();
        List<Map<String, Object>> used = inputs == null ? null : new ArrayList<>();
        int count = 0;
        double sum = 0;
        for (ComparableTransaction t : c.comparables()) {
            if (t.patentType() != p.type() || !t.currency().equals(par.currency()) || t.date().isAfter(c.asOf())
                    || t.remainingLife() == null) {
                continue;
            }
            if (section != null && !section.equals(t.ipcSection())) {
                continue;
            }
            double years = LegalTerm.yearsBetween(t.date(), c.asOf());
            double adjusted = adjustedPrice(t.price().doubleValue(), years, par.priceIndexRate(),
                    par.technologyAdjustment(), par.marketAdjustment(), subjectLife, t.remainingLife());
            if (used != null) {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("reference", t.reference());
                row.put("date", t.date().toString());
                row.put("price", t.price().doubleValue());
                row.put("timeAdjustment", Math.pow(1 + par.priceIndexRate(), years));
                row.put("remainingLifeAdjustment", subjectLife / t.remainingLife());
                row.put("adjustedPrice", adjusted);
                row.put("source", t.source());
                used.add(row);
            }
            count++;
            sum += adjusted;
        }
        if (inputs != null) {
            inputs.put("comparablesUsed", used);
        }
        if (count < par.minComparables()) {
            return MethodResult.skipped(ID, Text.of("valuation.skip.fewComparables", count, par.minComparables(),
                    p.type().code(), section == null ? "—" : String.valueOf(section), par.currency()), inputs);
        }
        double value = sum / count;
        if (inputs == null) {
            return MethodResult.applied(ID, value, null, null, null, null);
        }
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("priceIndexRate", par.priceIndexRate());
        params.put("technologyAdjustment", par.technologyAdjustment());
        params.put("marketAdjustment", par.marketAdjustment());
        params.put("minComparables", par.minComparables());
        params.put("currency", par.currency());
        List<Text> lines = new ArrayList<>();
        lines.add(Methods.periodLine(ip));
        lines.add(Text.of("valuation.explain.market", count, subjectLife));
        lines.add(Text.of("valuation.explain.value", value));
        return MethodResult.applied(ID, value, params, inputs, List.of(), lines);
    }
}
