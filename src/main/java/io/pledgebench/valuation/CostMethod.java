package io.pledgebench.valuation;

import io.pledgebench.domain.LegalTerm;
import io.pledgebench.domain.Patent;
import io.pledgebench.domain.Text;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Cost approach (成本法): V = RC·L_rem/(L_used+L_rem). RC is the development cost ({@code replacement_cost}, at the
 * filing date's prices) indexed to the valuation date at the cost index rate, plus the official fees paid to obtain
 * and keep the right (CN patents valued in CNY); L_used runs from filing to the valuation date; L_rem is the income
 * period (the shorter of remaining legal and economic life), so obsolescence and expiry both reduce the value.
 */
public final class CostMethod implements ValuationMethod {

    public static final String ID = "cost";

    @Override
    public String id() {
        return ID;
    }

    /** RC·L_rem/(L_used+L_rem): the {@code calc cost} model. */
    public static double value(double replacementCost, double usedYears, double remainingYears) {
        if (!(replacementCost >= 0) || !Double.isFinite(replacementCost)) {
            throw new IllegalArgumentException("replacement cost must not be negative, was " + replacementCost);
        }
        if (!(usedYears >= 0) || !Double.isFinite(usedYears)) {
            throw new IllegalArgumentException("used years must not be negative, was " + usedYears);
        }
        if (!(remainingYears >= 0) || !Double.isFinite(remainingYears)) {
            throw new IllegalArgumentException("remaining years must not be negative, was " + remainingYears);
        }
        if (usedYears + remainingYears == 0) {
            throw new IllegalArgumentException("used and remaining years are both zero: no life to apportion");
        }
        return replacementCost * remainingYears / (usedYears + remainingYears);
    }

    /** The income methods whose value caps the cost approach (SPEC rev. 2). */
    static final List<String> INCOME_METHODS = List.of(IncomeSplitMethod.ID, ReliefFromRoyaltyMethod.ID,
            ExcessEarningsMethod.ID);

    /** The applied income method with the highest value, or null when none applied (no income evidence). */
    static MethodResult highestIncome(ValuationContext c) {
        MethodResult best = null;
        for (String id : INCOME_METHODS) {
            MethodResult r = c.earlier(id).orElse(null);
            if (r != null && (best == null || r.value() > best.value())) {
                best = r;
            }
        }
        return best;
    }

    @Override
    public MethodResult value(ValuationContext c) {
        Patent p = c.patent();
        ValuationParameters par = c.parameters();
        IncomePeriod ip = c.incomePeriod();
        Map<String, Object> inputs = Methods.inputs(c);
        if (inputs != null) {
            inputs.put("replacementCost", p.replacementCost() == null ? null : p.replacementCost().doubleValue());
            inputs.put("filingDate", p.filingDate() == null ? null : p.filingDate().toString());
        }
        if (p.replacementCost() == null) {
            return MethodResult.skipped(ID, Methods.missing("replacement_cost"), inputs);
        }
        if (p.filingDate() == null) {
            return MethodResult.skipped(ID, Methods.missing("filing_date"), inputs);
        }
        Text problem = Methods.incomePeriodProblem(c);
        if (problem != null) {
            return MethodResult.skipped(ID, problem, inputs);
        }
        double used = Math.max(0.0, LegalTerm.yearsBetween(p.filingDate(), c.asOf()));
        double historic = p.replacementCost().doubleValue();
        double index = Math.pow(1 + par.costIndexRate(), used);
        boolean fees = par.includeOfficialFees() && "CN".equals(p.jurisdiction()) && "CNY".equals(par.currency());
        double feeAmount = fees ? OfficialFees.cnPaidToDate(p.type(), p.filingDate(), p.grantDate(), c.asOf()) : 0.0;
        double rc = historic * index + feeAmount;
        double remaining = ip.years();
        double uncapped = value(rc, used, remaining);
        MethodResult highestIncome = highestIncome(c);
        double value = highestIncome == null ? uncapped : Math.min(uncapped, Math.max(0.0, highestIncome.value()));
        if (!c.explained()) {
            return MethodResult.applied(ID, value, null, null, null, null);
        }
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("costIndexRate", par.costIndexRate());
        params.put("costIndex", index);
        params.put("includeOfficialFees", fees);
        params.put("officialFees", feeAmount);
        params.put("replacementCostIndexed", rc);
        params.put("usedYears", used);
        params.put("remainingYears", remaining);
        params.put("remainingShare", remaining / (used + remaining));
        List<Text> lines = new ArrayList<>();
        lines.add(Text.of("valuation.explain.cost.rc", historic, index, feeAmount, rc));
        lines.add(Text.of("valuation.explain.cost.life", used, remaining, remaining / (used + remaining)));
        if (highestIncome != null) {
            params.put("uncappedValue", uncapped);
            params.put("incomeCap", Math.max(0.0, highestIncome.value()));
            params.put("incomeCapMethod", highestIncome.methodId());
            if (value < uncapped) {
                lines.add(Text.of("valuation.explain.cost.capped", uncapped,
                        INCOME_METHODS.indexOf(highestIncome.methodId()), Math.max(0.0, highestIncome.value())));
            }
        } else {
            lines.add(Text.of("valuation.explain.cost.noIncomeEvidence"));
        }
        lines.add(Text.of("valuation.explain.value", value));
        return MethodResult.applied(ID, value, params, inputs, List.of(), lines);
    }
}
