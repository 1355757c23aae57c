package io.pledgebench.valuation;

import io.pledgebench.domain.Enterprise;
import io.pledgebench.domain.Text;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What the income-based methods share: the income-period check and the discount-rate build-up. */
final class Methods {

    private Methods() {
    }

    /** Why the income period cannot carry cash flows, or null when it can. */
    static Text incomePeriodProblem(ValuationContext c) {
        IncomePeriod ip = c.incomePeriod();
        if (ip.legalExpiry() == null) {
            return missing("filing_date / expiry_date");
        }
        if (ip.economicLifeStart() == null) {
            return missing("in_use_since / filing_date");
        }
        if (ip.years() <= 0) {
            return ip.remainingLegalLife() <= 0
                    ? Text.of("valuation.skip.legalLifeOver", ip.legalExpiry().toString())
                    : Text.of("valuation.skip.economicLifeOver", ip.economicLife(), ip.economicLifeStart().toString());
        }
        return null;
    }

    static Text missing(String field) {
        return Text.of("valuation.skip.missing", field);
    }

    static Map<String, Object> discountParameters(ValuationParameters p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("riskFreeRate", p.riskFreeRate());
        m.put("technologyRiskPremium", p.technologyRiskPremium());
        m.put("marketRiskPremium", p.marketRiskPremium());
        m.put("capitalRiskPremium", p.capitalRiskPremium());
        m.put("managementRiskPremium", p.managementRiskPremium());
        if (p.discountRateShift() != 0) {
            m.put("discountRateShift", p.discountRateShift());
        }
        m.put("discountRate", p.discountRate());
        return m;
    }

    /**
     * The income period n as the first input of a method; its components (legal and economic life) are recorded once
     * per patent in {@link PatentValuation#incomePeriod()}.
     */
    static Map<String, Object> periodInputs(IncomePeriod ip) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("incomePeriod", ip.years());
        return m;
    }

    static Text discountLine(ValuationParameters p) {
        return Text.of("valuation.explain.discountRate", p.discountRate(), p.riskFreeRate(), p.technologyRiskPremium(),
                p.marketRiskPremium(), p.capitalRiskPremium(), p.managementRiskPremium());
    }

    static Text periodLine(IncomePeriod ip) {
        return Text.of("valuation.explain.incomePeriod", ip.years(), ip.remainingLegalLife(), ip.remainingEconomicLife());
    }

    /** EBITDA margin of the enterprise, or null when revenue or EBITDA is not given or revenue is not positive. */
    static Double margin(Enterprise e) {
        if (e == null || e.revenue() == null || e.ebitda() == null || e.revenue().signum() <= 0) {
            return null;
        }
        return e.ebitda().doubleValue() / e.revenue().doubleValue();
    }

    static List<CashFlowRow> incomeRows(double base, double growth, double share, double decay, double n, double tax,
                                        double r, boolean midYear) {
        int periods = CashFlowSchedule.periods(n);
        double[] bases = CashFlowSchedule.grown(base, growth, periods);
        double[] shares = CashFlowSchedule.grown(share, -decay, periods);
        return CashFlowSchedule.rows(bases, shares, n, tax, r, midYear);
    }
}
