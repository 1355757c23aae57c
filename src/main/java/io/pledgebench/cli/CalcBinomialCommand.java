package io.pledgebench.cli;

import io.pledgebench.valuation.BinomialTree;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.util.Map;

/** {@code calc binomial}: option value on a binomial tree with given up and down factors. */
@Command(name = "binomial", mixinStandardHelpOptions = true,
        description = "Binomial tree option value (European or American); prints value.")
public final class CalcBinomialCommand implements Runnable {

    @Option(names = "--spot", required = true) double spot;
    @Option(names = "--strike", required = true) double strike;
    @Option(names = "--rate", required = true, description = "risk-free rate, continuous, decimal") double rate;
    @Option(names = "--up", required = true, description = "up factor u per step") double up;
    @Option(names = "--down", required = true, description = "down factor d per step") double down;
    @Option(names = "--steps", required = true) int steps;
    @Option(names = "--dt", required = true, description = "step length in years") double dt;
    @Option(names = "--kind", required = true, description = "call | put") String kind;
    @Option(names = "--style", required = true, description = "european | american") String style;
    @Option(names = "--yield", defaultValue = "0", description = "continuous yield, decimal (default 0)") double yield;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        double value = BinomialTree.price(spot, strike, rate, yield, up, down, steps, dt, BinomialTree.kind(kind),
                BinomialTree.style(style));
        JsonOutput.print(spec.commandLine().getOut(), Map.of("value", value));
    }
}
