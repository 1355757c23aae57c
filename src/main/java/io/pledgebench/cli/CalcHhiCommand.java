package io.pledgebench.cli;

import io.pledgebench.risk.Concentration;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code calc hhi}: Herfindahl–Hirschman index of value shares and the effective number 1/HHI. */
@Command(name = "hhi", mixinStandardHelpOptions = true, description = "Concentration of values: HHI and 1/HHI.")
public final class CalcHhiCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--values", required = true, split = ",", description = "values (not shares), comma-separated")
    List<Double> values;

    @Override
    public void run() {
        Concentration.ConcentrationResult r = Concentration.of(values);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("hhi", r.hhi());
        out.put("effectiveNumber", r.effectiveNumber());
        JsonOutput.print(spec.commandLine().getOut(), out);
    }
}
