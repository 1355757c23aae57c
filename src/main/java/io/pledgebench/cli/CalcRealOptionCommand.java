package io.pledgebench.cli;

import io.pledgebench.valuation.BinomialTree;
import io.pledgebench.valuation.BlackScholes;
import io.pledgebench.valuation.RealOptionMethod;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code calc real-option}: a patent as a call on the present value of its cash flows, struck at the investment
 * needed to exploit it, with the cost of delay as dividend yield (default 1/T); Black–Scholes and an American CRR tree.
 */
@Command(name = "real-option", mixinStandardHelpOptions = true,
        description = "Real option value of a patent; prints value (Black–Scholes), american (CRR tree), costOfDelay.")
public final class CalcRealOptionCommand implements Runnable {

    @Option(names = "--value", required = true, description = "present value of the patent's cash flows") double value;
    @Option(names = "--investment", required = true, description = "investment needed to exploit the patent")
    double investment;
    @Option(names = "--years", required = true, description = "remaining legal life in years") double years;
    @Option(names = "--rate", required = true, description = "risk-free rate, continuous, decimal") double rate;
    @Option(names = "--volatility", required = true, description = "yearly volatility of the value, decimal")
    double volatility;
    @Option(names = "--cost-of-delay", description = "yearly cost of delay, decimal (default 1/years)") Double costOfDelay;
    @Option(names = "--steps", defaultValue = "500", description = "steps of the American tree (default 500)") int steps;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        double q = costOfDelay != null ? costOfDelay : RealOptionMethod.costOfDelay(years);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("value", BlackScholes.call(value, investment, rate, volatility, years, q));
        out.put("american", BinomialTree.crr(value, investment, rate, q, volatility, years, steps, BinomialTree.Kind.CALL,
                BinomialTree.Style.AMERICAN));
        out.put("costOfDelay", q);
        JsonOutput.print(spec.commandLine().getOut(), out);
    }
}
