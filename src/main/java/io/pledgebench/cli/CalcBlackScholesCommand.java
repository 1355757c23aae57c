package io.pledgebench.cli;

import io.pledgebench.valuation.BlackScholes;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.util.LinkedHashMap;
import java.util.Map;

/** {@code calc black-scholes}: European call and put with a continuous yield (rates continuously compounded). */
@Command(name = "black-scholes", mixinStandardHelpOptions = true,
        description = "Black–Scholes–Merton call and put; prints call, put.")
public final class CalcBlackScholesCommand implements Runnable {

    @Option(names = "--spot", required = true, description = "price of the underlying") double spot;
    @Option(names = "--strike", required = true, description = "exercise price") double strike;
    @Option(names = "--rate", required = true, description = "risk-free rate, continuous, decimal") double rate;
    @Option(names = "--volatility", required = true, description = "yearly volatility, decimal") double volatility;
    @Option(names = "--years", required = true, description = "time to expiry in years") double years;
    @Option(names = "--yield", defaultValue = "0", description = "continuous dividend yield / cost of delay, decimal (default 0)")
    double yield;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("call", BlackScholes.call(spot, strike, rate, volatility, years, yield));
        out.put("put", BlackScholes.put(spot, strike, rate, volatility, years, yield));
        JsonOutput.print(spec.commandLine().getOut(), out);
    }
}
