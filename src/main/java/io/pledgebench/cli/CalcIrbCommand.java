package io.pledgebench.cli;

import io.pledgebench.risk.IrbCapital;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.util.LinkedHashMap;
import java.util.Map;

/** {@code calc irb}: Basel II IRB corporate capital for one exposure. */
@Command(name = "irb", mixinStandardHelpOptions = true,
        description = "Basel II IRB corporate formula: correlation, maturity adjustment, capital K, risk weight.")
public final class CalcIrbCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--pd", required = true, description = "probability of default, 0 < PD < 1")
    double pd;

    @Option(names = "--lgd", required = true, description = "loss given default, 0–1")
    double lgd;

    @Option(names = "--maturity", required = true, description = "effective maturity in years, 1–5")
    double maturity;

    @Option(names = "--sales-meur", description = "annual turnover in € m; below 50 the SME firm-size adjustment applies")
    Double salesMeur;

    @Override
    public void run() {
        IrbCapital.IrbResult r = IrbCapital.corporate(pd, lgd, maturity, salesMeur);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("correlation", r.correlation());
        out.put("maturityAdjustment", r.maturityAdjustment());
        out.put("capitalK", r.capitalK());
        out.put("riskWeight", r.riskWeight());
        JsonOutput.print(spec.commandLine().getOut(), out);
    }
}
