package io.pledgebench.valuation;

import io.pledgebench.domain.Text;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Real option: the patent as a call on its cash flows. Underlying S = present value of the income cash flows (relief
 * from royalty, else income split); strike K = the investment needed to exploit the patent (the parameter ratio ×
 * S); life T = remaining legal life; dividend yield q = 1/T, the cost of delay — each year of waiting loses a year of
 * protection (Damodaran, "The Promise and Peril of Real Options", 2000, patent example); rate = continuous
 * equivalent of the risk-free rate; σ from the parameters. Priced with Black–Scholes and, as a check that early
 * exercise is not worth more, an American CRR tree.
 */
public final class RealOptionMethod implements ValuationMethod {

    public static final String ID = "real-option";
    static final int TREE_STEPS = 200;

    @Override
    public String id() {
        return ID;
    }

    /** The cost of delay for a right with {@code years} of protection left: 1/T. */
    public static double costOfDelay(double years) {
        if (!(years > 0) || !Double.isFinite(years)) {
            throw new IllegalArgumentException("option life must be positive, was " + years);
        }
        return 1.0 / years;
    }

    @Override
    public MethodResult value(ValuationContext c) {
        ValuationParameters par = c.parameters();
        IncomePeriod ip = c.incomePeriod();
        Map<String, Object> inputs = Methods.inputs(c);
        Text problem = Methods.incomePeriodProblem(c);
        if (problem != null) {
            return MethodResult.skipped(ID, problem, inputs);
        }
        MethodResult underlying = c.earlier(ReliefFromRoyaltyMethod.ID)
                .or(() -> c.earlier(IncomeSplitMethod.ID)).orElse(null);
        if (underlying == null || underlying.value() <= 0) {
            return MethodResult.skipped(ID, Text.of("valuation.skip.noUnderlying"), inputs);
        }
        if (par.realOptionInvestmentRatio() == null) {
            return MethodResult.skipped(ID, Methods.missing("realOptionInvestmentRatio"), inputs);
        }
        double s = underlying.value();
        double k = par.realOptionInvestmentRatio() * s;
        double t = ip.remainingLegalLife();
        double q = costOfDelay(t);
        double rate = Math.log1p(par.riskFreeRate());
        double sigma = par.realOptionVolatility();
        if (inputs != null) {
            inputs.put("underlyingMethod", underlying.methodId());
            inputs.put("underlyingValue", s);
        }
        if (k <= 0) {
            return MethodResult.skipped(ID, Text.of("valuation.skip.noInvestment"), inputs);
        }
        double value = BlackScholes.call(s, k, rate, sigma, t, q);
        // the American tree, a check shown in the explanation, runs for the figures too: it refuses parameters it
        // cannot price (no risk-neutral probability), and a figures-only valuation refuses what the explained one does
        Double american = sigma > 0 ? BinomialTree.crr(s, k, rate, q, sigma, t, TREE_STEPS, BinomialTree.Kind.CALL,
                BinomialTree.Style.AMERICAN) : null;
        if (inputs == null) {
            return MethodResult.applied(ID, value, null, null, null, null);
        }
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("spot", s);
        params.put("strike", k);
        params.put("investmentRatio", par.realOptionInvestmentRatio());
        params.put("years", t);
        params.put("costOfDelay", q);
        params.put("rate", rate);
        params.put("volatility", sigma);
        List<Text> lines = new ArrayList<>();
        lines.add(Text.of("valuation.explain.option", s, k, t, q, sigma));
        if (american != null) {
            params.put("americanTreeValue", american);
            params.put("treeSteps", TREE_STEPS);
            lines.add(Text.of("valuation.explain.optionAmerican", american));
        }
        lines.add(Text.of("valuation.explain.value", value));
        return MethodResult.applied(ID, value, params, inputs, List.of(), lines);
    }
}
