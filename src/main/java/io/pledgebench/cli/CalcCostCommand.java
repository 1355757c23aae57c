package io.pledgebench.cli;

import io.pledgebench.valuation.CostMethod;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.util.Map;

/** {@code calc cost}: RC·L_rem/(L_used+L_rem). */
@Command(name = "cost", mixinStandardHelpOptions = true, description = "Cost-approach value; prints value.")
public final class CalcCostCommand implements Runnable {

    @Option(names = "--replacement-cost", required = true) double replacementCost;
    @Option(names = "--used-years", required = true) double usedYears;
    @Option(names = "--remaining-years", required = true) double remainingYears;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        JsonOutput.print(spec.commandLine().getOut(),
                Map.of("value", CostMethod.value(replacementCost, usedYears, remainingYears)));
    }
}
