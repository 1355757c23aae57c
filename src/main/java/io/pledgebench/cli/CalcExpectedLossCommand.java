package io.pledgebench.cli;

import io.pledgebench.risk.ExpectedLoss;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.util.Map;

/** {@code calc expected-loss}: EL = PD·LGD·EAD. */
@Command(name = "expected-loss", mixinStandardHelpOptions = true, description = "Expected loss PD × LGD × EAD.")
public final class CalcExpectedLossCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--pd", required = true, description = "probability of default, 0 < PD < 1")
    double pd;

    @Option(names = "--lgd", required = true, description = "loss given default, 0–1")
    double lgd;

    @Option(names = "--ead", required = true, description = "exposure at default, ≥ 0")
    double ead;

    @Override
    public void run() {
        JsonOutput.print(spec.commandLine().getOut(), Map.of("expectedLoss", ExpectedLoss.of(pd, lgd, ead)));
    }
}
