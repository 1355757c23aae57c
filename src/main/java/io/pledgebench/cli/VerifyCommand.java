package io.pledgebench.cli;

import io.pledgebench.store.Database;
import io.pledgebench.domain.Text;
import io.pledgebench.store.DamagedDatabaseException;
import io.pledgebench.store.IntegrityCheck;
import io.pledgebench.store.StoreException;
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

    @Option(names = "--lang", paramLabel = "en|zh-CN",
            description = "language of the sentences (default: the machine's); the words intact, TAMPERED, DAMAGED stay")
    String lang;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        java.io.PrintWriter out = spec.commandLine().getOut();
        java.io.PrintWriter err = spec.commandLine().getErr();
        CliText t = lang == null ? new CliText(java.util.Locale.getDefault()) : CliText.of(lang);
        java.util.Locale locale = t.locale();
        try (Database db = dbOption.openReadOnly()) {
            if (db.teamRole().filter("officer"::equals).isPresent()) {
                // row-level security hides other branches' portfolios from an officer: their audit entries would look
                // like portfolios deleted behind PledgeBench's back
                err.println(t.error(Text.of("team.verify.officer", db.describe(), db.login().orElse(""))
                        .render(locale)));
                err.flush();
                return ExitCodes.BAD_INPUT;
            }
            IntegrityCheck.Report r;
            try {
                r = new IntegrityCheck(db).run();
            } catch (StoreException e) {
                if (!Database.isCorruption(e)) {
                    throw e;
                }
                if (db.location().isEmpty()) {
                    throw e;
                }
                throw Database.damaged(db.location().orElseThrow(), "security.db.damaged", e);
            }
            String backup = db.location().flatMap(Database::newestBackup)
                    .map(b -> Text.of("security.verify.backup", b.toString()).render(locale))
                    .orElseGet(() -> Text.of("security.verify.noBackup").render(locale));
            if (!r.intact()) {
                err.println("TAMPERED: " + r.problem().orElseThrow() + "; " + backup);
                err.flush();
                return ExitCodes.BAD_INPUT;
            }
            for (String anchor : anchors) {
                if (!r.contains(anchor.trim())) {
                    err.println("TAMPERED: anchor " + anchor.trim() + " is not in the audit chain"
                            + " (the chain was rewritten, or the hash belongs to another database); " + backup);
                    err.flush();
                    return ExitCodes.BAD_INPUT;
                }
            }
            if (r.witness().isEmpty() && r.auditEntries() > 0 && !db.isTeam()) {
                db.writeWitness();
                err.println(t.warning(Text.of("security.verify.noWitness").render(locale)));
            }
            if (r.uncoveredComparables() > 0) {
                err.println(t.note(Text.of("security.verify.uncoveredComparables", r.uncoveredComparables())
                        .render(locale)));
            }
            if (r.uncoveredPortfolios() > 0) {
                err.println(t.note(Text.of("security.verify.uncovered", r.uncoveredPortfolios()).render(locale)));
            }
            out.printf("intact: %d audit entries, %d saved assessments, %d sign-offs checked, %d portfolios checked%s;"
                            + " chain head %s, length %d%n", r.auditEntries(), r.assessments(), r.signOffs(), r.portfolios(),
                    anchors.isEmpty() ? "" : ", " + anchors.size() + " anchors found",
                    r.headHash().isEmpty() ? "(empty)" : r.headHash(), r.auditEntries());
            out.flush();
            err.flush();
            return ExitCodes.OK;
        } catch (DamagedDatabaseException e) {
            err.println("DAMAGED: " + e.text().render(locale));
            err.flush();
            return ExitCodes.BAD_INPUT;
        }
    }
}
