package io.pledgebench.cli;

import io.pledgebench.valuation.IncomeSplitMethod;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.util.Map;

/** {@code calc income-split}: Σ B_t·s·(1−τ)/(1+r)^t over the given yearly incomes. */
@Command(name = "income-split", mixinStandardHelpOptions = true,
        description = "Income / profit split value of yearly incomes; prints value.")
public final class CalcIncomeSplitCommand implements Runnable {

    @Option(names = "--incomes", required = true, description = "yearly revenues or profits a,b,…") String incomes;
    @Option(names = "--share", required = true, description = "sales or profit share, decimal") double share;
    @Option(names = "--tax-rate", required = true, description = "tax rate, decimal") double taxRate;
    @Option(names = "--discount-rate", required = true, description = "discount rate, decimal") double discountRate;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        double[] b = SeriesOption.parse("--incomes", incomes);
        JsonOutput.print(spec.commandLine().getOut(), Map.of("value",
                IncomeSplitMethod.presentValue(b, share, taxRate, discountRate)));
    }
}
