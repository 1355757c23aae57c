package io.pledgebench.cli;

import io.pledgebench.valuation.ExcessEarningsMethod;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.util.Map;

/** {@code calc excess-earnings}: Σ (R_t·m·(1−τ) − c·R_t)/(1+r)^t over the given yearly revenues. */
@Command(name = "excess-earnings", mixinStandardHelpOptions = true,
        description = "Multi-period excess earnings of yearly revenues; prints value.")
public final class CalcExcessEarningsCommand implements Runnable {

    @Option(names = "--revenues", required = true, description = "yearly revenues a,b,…") String revenues;
    @Option(names = "--margin", required = true, description = "operating (EBIT) margin, decimal") double margin;
    @Option(names = "--charge", required = true,
            description = "contributory asset charges Σ c_k·A_k per unit of revenue, decimal") double charge;
    @Option(names = "--tax-rate", required = true, description = "tax rate, decimal") double taxRate;
    @Option(names = "--discount-rate", required = true, description = "discount rate, decimal") double discountRate;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        double[] r = SeriesOption.parse("--revenues", revenues);
        JsonOutput.print(spec.commandLine().getOut(), Map.of("value",
                ExcessEarningsMethod.presentValue(r, margin, charge, taxRate, discountRate)));
    }
}
