package io.pledgebench.cli;

import io.pledgebench.valuation.ReliefFromRoyaltyMethod;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.util.Map;

/** {@code calc relief-from-royalty}: Σ R_t·ρ·(1−τ)/(1+r)^t over the given yearly revenues. */
@Command(name = "relief-from-royalty", mixinStandardHelpOptions = true,
        description = "Relief-from-royalty value of yearly revenues; prints value.")
public final class CalcReliefFromRoyaltyCommand implements Runnable {

    @Option(names = "--revenues", required = true, description = "yearly revenues a,b,…") String revenues;
    @Option(names = "--royalty-rate", required = true, description = "royalty rate, decimal") double royaltyRate;
    @Option(names = "--tax-rate", required = true, description = "tax rate, decimal") double taxRate;
    @Option(names = "--discount-rate", required = true, description = "discount rate, decimal") double discountRate;
    @Option(names = "--mid-year", description = "discount at the middle of each year") boolean midYear;
    @Option(names = "--tab", description = "multiply by the tax amortisation benefit over the series' length") boolean tab;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        double[] r = SeriesOption.parse("--revenues", revenues);
        JsonOutput.print(spec.commandLine().getOut(), Map.of("value",
                ReliefFromRoyaltyMethod.presentValue(r, royaltyRate, taxRate, discountRate, midYear, tab)));
    }
}
