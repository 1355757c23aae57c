package io.pledgebench.cli;

import io.pledgebench.store.Database;
import io.pledgebench.store.IntegrityCheck;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import java.util.concurrent.Callable;

/**
 * {@code verify [--db PATH]}: checks the audit hash chain, every saved assessment and every sign-off.
 * Exit 0 when intact; exit 2 naming the first broken row otherwise.
 */
@Command(name = "verify", mixinStandardHelpOptions = true,
        description = "Check the audit trail's hash chain and every saved assessment for tampering.")
public final class VerifyCommand implements Callable<Integer> {

    @Mixin
    DbOption dbOption;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        try (Database db = dbOption.open()) {
            IntegrityCheck.Report r = new IntegrityCheck(db).run();
            if (r.intact()) {
                spec.commandLine().getOut().printf("intact: %d audit entries, %d saved assessments, %d sign-offs checked%n",
                        r.auditEntries(), r.assessments(), r.signOffs());
                spec.commandLine().getOut().flush();
                return ExitCodes.OK;
            }
            spec.commandLine().getErr().println("TAMPERED: " + r.problem().orElseThrow());
            spec.commandLine().getErr().flush();
            return ExitCodes.BAD_INPUT;
        }
    }
}
