package io.pledgebench.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code calc MODEL --name value …}: evaluates one model and prints one JSON object with unrounded numbers.
 * Each model is a sub-command class in this package named {@code Calc…Command}.
 */
@Command(name = "calc",
        mixinStandardHelpOptions = true,
        description = "Evaluate one model and print one JSON object.",
        subcommands = {
                CalcIrbCommand.class,
                CalcLiquidationCommand.class,
                CalcExpectedLossCommand.class,
                CalcHhiCommand.class,
                CalcBlackScholesCommand.class,
                CalcBinomialCommand.class,
                CalcTabFactorCommand.class,
                CalcReliefFromRoyaltyCommand.class,
                CalcIncomeSplitCommand.class,
                CalcCostCommand.class,
                CalcExcessEarningsCommand.class,
                CalcMarketComparablesCommand.class,
                CalcRealOptionCommand.class,
        })
public final class CalcCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "name a model (see calc --help)");
    }
}
