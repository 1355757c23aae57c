package io.pledgebench.valuation;

import io.pledgebench.domain.Enterprise;
import io.pledgebench.domain.Patent;
import io.pledgebench.domain.Text;

import java.util.ArrayList;
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
        // the economic life is always positive, so only the legal life can leave no income period
        if (ip.years() <= 0) {
            return Text.of("valuation.skip.legalLifeOver", ip.legalExpiry().toString());
        }
        return null;
    }

    static Text missing(String field) {
        return Text.of("valuation.skip.missing", field);
    }

    static Map<String, Object> discountParameters(ValuationParameters p) {
        return new LinkedHashMap<>(p.discountRateBuildUp().toMap());
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
        return p.discountRateBuildUp().explanation();
    }

    static Text periodLine(IncomePeriod ip) {
        return ip.explanation();
    }

    /** Records the product revenue given and, when the engine attributed it, the patent's part of its product. */
    static void revenueInputs(ValuationContext c, Map<String, Object> inputs) {
        Patent p = c.patent();
        inputs.put("productRevenue", p.productRevenue() == null ? null : p.productRevenue().doubleValue());
        RevenueAttribution.PatentShare s = c.revenueShare();
        if (s != null && p.productRevenue() != null) {
            inputs.put("product", s.product());
            inputs.put("productShare", s.share());
            inputs.put("revenueScaleFactor", s.scaleFactor());
            inputs.put("attributedRevenue", s.revenueAttributed());
        }
    }

    /**
     * The line saying how the revenue used came from the revenue given (shared with the product's other patents,
     * scaled to the company's revenue), or null when it is the revenue given.
     */
    static Text attributionLine(ValuationContext c) {
        RevenueAttribution.PatentShare s = c.revenueShare();
        if (s == null || c.patent().productRevenue() == null
                || (s.share() == 1.0 && s.scaleFactor() == 1.0 && s.productRevenue() == s.revenueGiven())) {
            return null;
        }
        return Text.of("valuation.explain.attributedRevenue", s.revenueAttributed(), s.productRevenue(), s.share(),
                s.scaleFactor(), s.product() == null ? "—" : s.product(), s.revenueGiven());
    }

    /** EBITDA margin of the enterprise, or null when revenue or EBITDA is not given or revenue is not positive. */
    static Double margin(Enterprise e) {
        if (e == null || e.revenue() == null || e.ebitda() == null || e.revenue().signum() <= 0) {
            return null;
        }
        return e.ebitda().doubleValue() / e.revenue().doubleValue();
    }

    /**
     * The present value of an income stream (base and share grown yearly, over n years), its table added to
     * {@code rowsOrNull} when given ({@link CashFlowSchedule#presentValue(double[], double[], double, double, double,
     * boolean, List)}).
     */
    static double income(double base, double growth, double share, double decay, double n, double tax, double r,
                         boolean midYear, List<CashFlowRow> rowsOrNull) {
        int periods = CashFlowSchedule.periods(n);
        double[] bases = CashFlowSchedule.grown(base, growth, periods);
        double[] shares = CashFlowSchedule.grown(share, -decay, periods);
        return CashFlowSchedule.presentValue(bases, shares, n, tax, r, midYear, rowsOrNull);
    }

    /** A list for a method's cash-flow table when its result is explained, else null (no table built). */
    static List<CashFlowRow> table(ValuationContext c) {
        return c.explained() ? new ArrayList<>() : null;
    }

    /** The income period n as the first input of a method when its result is explained, else null (no inputs). */
    static Map<String, Object> inputs(ValuationContext c) {
        return c.explained() ? periodInputs(c.incomePeriod()) : null;
    }
}
