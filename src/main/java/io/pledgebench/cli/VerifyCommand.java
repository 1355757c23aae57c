package io.pledgebench.cli;

import io.pledgebench.store.Database;
import io.pledgebench.store.IntegrityCheck;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code verify [--db PATH] [--anchor HASH …]}: checks the audit hash chain, every saved assessment and every
 * sign-off, and that hashes noted outside the database (printed on reports) are still in the chain, which catches
 * a chain rewritten from some entry on. Exit 0 when intact; exit 2 naming the first broken row otherwise.
 */
@Command(name = "verify", mixinStandardHelpOptions = true,
        description = "Check the audit trail's hash chain and every saved assessment for tampering.")
public final class VerifyCommand implements Callable<Integer> {

    @Mixin
    DbOption dbOption;

    @Option(names = "--anchor", paramLabel = "HASH",
            description = "an audit hash printed on a report or noted earlier; must still be in the chain (repeatable)")
    List<String> anchors = new ArrayList<>();

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        try (Database db = dbOption.openExisting()) {
            IntegrityCheck.Report r = new IntegrityCheck(db).run();
            if (!r.intact()) {
                spec.commandLine().getErr().println("TAMPERED: " + r.problem().orElseThrow());
                spec.commandLine().getErr().flush();
                return ExitCodes.BAD_INPUT;
            }
            for (String anchor : anchors) {
                if (!r.contains(anchor.trim())) {
                    spec.commandLine().getErr().println("TAMPERED: anchor " + anchor.trim() + " is not in the audit chain"
                            + " (the chain was rewritten, or the hash belongs to another database)");
                    spec.commandLine().getErr().flush();
                    return ExitCodes.BAD_INPUT;
                }
            }
            spec.commandLine().getOut().printf("intact: %d audit entries, %d saved assessments, %d sign-offs checked%s;"
                            + " chain head %s%n", r.auditEntries(), r.assessments(), r.signOffs(),
                    anchors.isEmpty() ? "" : ", " + anchors.size() + " anchors found",
                    r.headHash().isEmpty() ? "(empty)" : r.headHash());
            spec.commandLine().getOut().flush();
            return ExitCodes.OK;
        }
    }
}
