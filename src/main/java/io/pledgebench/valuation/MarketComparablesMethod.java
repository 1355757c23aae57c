package io.pledgebench.valuation;

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
 * (subject's remaining legal life / comparable's remaining life).
 */
public final class MarketComparablesMethod implements ValuationMethod {

    public static final String ID = "market-comparables";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public MethodResult value(ValuationContext c) {
        Patent p = c.patent();
        ValuationParameters par = c.parameters();
        IncomePeriod ip = c.incomePeriod();
        Map<String, Object> inputs = Methods.periodInputs(ip);
        Character section = Ipc.section(p.ipc());
        inputs.put("ipcSection", section == null ? null : String.valueOf(section));
        inputs.put("remainingLegalLife", ip.remainingLegalLife());
        inputs.put("comparablesOffered", c.comparables().size());
        if (ip.remainingLegalLife() == null) {
            return MethodResult.skipped(ID, Methods.missing("filing_date / expiry_date"), inputs);
        }
        if (ip.remainingLegalLife() <= 0) {
            return MethodResult.skipped(ID, Text.of("valuation.skip.legalLifeOver", ip.legalExpiry().toString()), inputs);
        }
        double subjectLife = ip.remainingLegalLife();
        List<Map<String, Object>> used = new ArrayList<>();
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
            double time = Math.pow(1 + par.priceIndexRate(), years);
            double life = subjectLife / t.remainingLife();
            double adjusted = t.price().doubleValue() * time * par.technologyAdjustment() * par.marketAdjustment() * life;
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("reference", t.reference());
            row.put("date", t.date().toString());
            row.put("price", t.price().doubleValue());
            row.put("timeAdjustment", time);
            row.put("remainingLifeAdjustment", life);
            row.put("adjustedPrice", adjusted);
            row.put("source", t.source());
            used.add(row);
            sum += adjusted;
        }
        inputs.put("comparablesUsed", used);
        if (used.size() < par.minComparables()) {
            return MethodResult.skipped(ID, Text.of("valuation.skip.fewComparables", used.size(), par.minComparables(),
                    p.type().code(), section == null ? "—" : String.valueOf(section), par.currency()), inputs);
        }
        double value = sum / used.size();
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("priceIndexRate", par.priceIndexRate());
        params.put("technologyAdjustment", par.technologyAdjustment());
        params.put("marketAdjustment", par.marketAdjustment());
        params.put("minComparables", par.minComparables());
        params.put("currency", par.currency());
        List<Text> lines = new ArrayList<>();
        lines.add(Text.of("valuation.explain.market", used.size(), subjectLife));
        lines.add(Text.of("valuation.explain.value", value));
        return MethodResult.applied(ID, value, params, inputs, List.of(), lines);
    }
}
