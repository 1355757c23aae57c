package io.pledgebench.cli;

import io.pledgebench.store.AssessmentRepository;
import io.pledgebench.store.Database;
import io.pledgebench.domain.Appraiser;
import io.pledgebench.domain.SignOff;
import io.pledgebench.domain.SignOffRole;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code signoff ID --role maker|checker|valuer [--user NAME] [--comment TEXT] [--qualification NO --firm NAME]
 * [--db PATH]}: the maker signs a saved assessment as prepared, then a different person signs it as reviewed; a
 * valuer who appraised the patents signs as appraiser with the qualification number and firm. Each sign-off is
 * audited.
 */
@Command(name = "signoff", mixinStandardHelpOptions = true,
        description = "Sign a saved assessment as its maker (prepared), checker (reviewed, a different person) or valuer (appraiser).")
public final class SignOffCommand implements Runnable {

    @Mixin
    DbOption dbOption;

    @Parameters(index = "0", paramLabel = "ID", description = "id of the saved assessment")
    long id;

    @Option(names = "--role", required = true, paramLabel = "maker|checker|valuer", description = "maker, checker or valuer; two valuers sign (资产评估法 art. 26): the second, another person, is recorded as valuer2")
    String role;

    @Option(names = "--user", paramLabel = "NAME", description = "who signs (default: the operating-system user; on the team database always your login)")
    String user;

    @Option(names = "--comment", paramLabel = "TEXT", defaultValue = "", description = "comment printed in the report")
    String comment;

    @Option(names = "--qualification", paramLabel = "NO",
            description = "valuer only: the appraiser's qualification certificate number (资格证书编号)")
    String qualification;

    @Option(names = "--firm", paramLabel = "NAME", description = "valuer only: the appraisal firm (评估机构)")
    String firm;

    @Option(names = "--lang", paramLabel = "en|zh-CN", defaultValue = "en", description = "language of the messages")
    String lang;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** The role as typed in English ({@code maker}), by its name in the workbench in Chinese (经办人). */
    private static String roleName(CliText t, SignOffRole role) {
        return t.chinese() ? t.get("ui.history.role." + role.code()) : role.code();
    }

    @Override
    public void run() {
        CliText t = CliText.of(lang);
        try (Database db = dbOption.openExisting()) {
            // on the team database the signer is the login: --user naming another is refused, user.name is not used
            String who = LoanBookSupport.user(db, user);
            SignOffRole r = SignOffRole.parse(role);
            Appraiser appraiser = null;
            if (r.valuer()) {
                if (qualification == null || firm == null) {
                    throw new CommandLine.ParameterException(spec.commandLine(), t.get("cli.signoff.valuerNeeds"));
                }
                appraiser = new Appraiser(qualification, firm);
            } else if (qualification != null || firm != null) {
                throw new CommandLine.ParameterException(spec.commandLine(), t.get("cli.signoff.valuerOnly", roleName(t, r)));
            }
            SignOff s = new AssessmentRepository(db).signOff(id, r, who, comment, appraiser);
            spec.commandLine().getOut().println(t.get("cli.signoff.done", String.valueOf(id), roleName(t, s.role()),
                    io.pledgebench.domain.OneLine.of(s.signedBy()), String.valueOf(s.signedAt())));
            spec.commandLine().getOut().flush();
        }
    }
}
