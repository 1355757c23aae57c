package io.pledgebench.cli;

import io.pledgebench.store.AssessmentRepository;
import io.pledgebench.store.Database;
import io.pledgebench.domain.SignOff;
import io.pledgebench.domain.SignOffRole;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code signoff ID --role maker|checker [--user NAME] [--comment TEXT] [--db PATH]}: the maker signs a saved
 * assessment as prepared, then a different person signs it as reviewed. Each sign-off is audited.
 */
@Command(name = "signoff", mixinStandardHelpOptions = true,
        description = "Sign a saved assessment as its maker (prepared) or checker (reviewed, a different person).")
public final class SignOffCommand implements Runnable {

    @Mixin
    DbOption dbOption;

    @Parameters(index = "0", paramLabel = "ID", description = "id of the saved assessment")
    long id;

    @Option(names = "--role", required = true, paramLabel = "maker|checker", description = "maker or checker")
    String role;

    @Option(names = "--user", paramLabel = "NAME", description = "who signs (default: the operating-system user)")
    String user;

    @Option(names = "--comment", paramLabel = "TEXT", defaultValue = "", description = "comment printed in the report")
    String comment;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        String who = user != null ? user : System.getProperty("user.name", "");
        try (Database db = dbOption.openExisting()) {
            SignOff s = new AssessmentRepository(db).signOff(id, SignOffRole.parse(role), who, comment);
            spec.commandLine().getOut().println("assessment " + id + ": " + s.role().code() + " sign-off by " + s.signedBy()
                    + " at " + s.signedAt());
            spec.commandLine().getOut().flush();
        }
    }
}
