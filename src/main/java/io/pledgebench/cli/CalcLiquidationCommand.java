package io.pledgebench.cli;

import io.pledgebench.risk.LiquidationValue;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.util.Map;

/** {@code calc liquidation}: LV = MV·(1 − fire-sale discount)·(1 − disposal cost)/(1 + r)^t. */
@Command(name = "liquidation", mixinStandardHelpOptions = true,
        description = "Liquidation value of collateral sold under pressure.")
public final class CalcLiquidationCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--market-value", required = true, description = "market value, ≥ 0")
    double marketValue;

    @Option(names = "--fire-sale-discount", required = true, description = "discount of a forced sale, 0–1")
    double fireSaleDiscount;

    @Option(names = "--disposal-cost", required = true, description = "cost of disposal as a share of the price, 0–1")
    double disposalCost;

    @Option(names = "--years-to-sell", required = true, description = "years until the sale is completed, ≥ 0")
    double yearsToSell;

    @Option(names = "--discount-rate", required = true, description = "annual discount rate, > −1")
    double discountRate;

    @Override
    public void run() {
        double value = LiquidationValue.of(marketValue, fireSaleDiscount, disposalCost, yearsToSell, discountRate);
        JsonOutput.print(spec.commandLine().getOut(), Map.of("value", value));
    }
}
