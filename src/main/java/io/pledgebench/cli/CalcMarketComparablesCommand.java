package io.pledgebench.cli;

import io.pledgebench.valuation.MarketComparablesMethod;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.util.Map;

/** {@code calc market-comparables}: mean of P_j·(1+i)^age_j·technology·market·(subject life / life_j). */
@Command(name = "market-comparables", mixinStandardHelpOptions = true,
        description = "Mean of adjusted comparable prices; prints value.")
public final class CalcMarketComparablesCommand implements Runnable {

    @Option(names = "--prices", required = true, description = "comparable prices a,b,…") String prices;
    @Option(names = "--years-since", required = true, description = "years from each transaction to the valuation date")
    String yearsSince;
    @Option(names = "--remaining-lives", required = true, description = "remaining life of each comparable at its sale")
    String lives;
    @Option(names = "--subject-life", required = true, description = "remaining legal life of the subject patent")
    double subjectLife;
    @Option(names = "--price-index", defaultValue = "0", description = "yearly price change, decimal (default 0)")
    double priceIndex;
    @Option(names = "--technology", defaultValue = "1", description = "technology factor (default 1)") double technology;
    @Option(names = "--market", defaultValue = "1", description = "market factor (default 1)") double market;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        double value = MarketComparablesMethod.value(SeriesOption.parse("--prices", prices),
                SeriesOption.parse("--years-since", yearsSince), SeriesOption.parse("--remaining-lives", lives),
                priceIndex, technology, market, subjectLife);
        JsonOutput.print(spec.commandLine().getOut(), Map.of("value", value));
    }
}
