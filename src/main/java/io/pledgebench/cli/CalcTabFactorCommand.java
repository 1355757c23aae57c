package io.pledgebench.cli;

import io.pledgebench.valuation.TaxAmortisationBenefit;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.util.Map;

/** {@code calc tab-factor}: the tax amortisation benefit factor 1/(1 − τ·AF/n). */
@Command(name = "tab-factor", mixinStandardHelpOptions = true,
        description = "Tax amortisation benefit factor; prints factor.")
public final class CalcTabFactorCommand implements Runnable {

    @Option(names = "--tax-rate", required = true, description = "tax rate, decimal") double taxRate;
    @Option(names = "--life", required = true, description = "tax amortisation life in years") double life;
    @Option(names = "--discount-rate", required = true, description = "discount rate, decimal") double discountRate;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        JsonOutput.print(spec.commandLine().getOut(),
                Map.of("factor", TaxAmortisationBenefit.factor(taxRate, life, discountRate)));
    }
}
