package io.pledgebench.cli;

import io.pledgebench.domain.Text;
import io.pledgebench.store.Database;
import io.pledgebench.store.TeamAdmin;
import io.pledgebench.store.TeamCopy;
import io.pledgebench.store.TeamDatabaseUrl;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

/**
 * {@code admin init-team-db|add-user|copy-to-team-db}: the team database's set-up, run by its owner (the bank's DBA);
 * see docs/team-mode.md.
 */
@Command(name = "admin", mixinStandardHelpOptions = true,
        description = "Set up the team database (PostgreSQL): create its schema and roles, add users, move a desktop"
                + " database in. Run by the database's owner.",
        subcommands = {AdminCommand.InitTeamDb.class, AdminCommand.AddUser.class, AdminCommand.CopyToTeamDb.class})
public final class AdminCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(),
                "name a sub-command: init-team-db, add-user, copy-to-team-db");
    }

    /**
     * Output of the admin commands in the language of their {@code --lang} (English by default), once: they printed
     * every line in English and then in Chinese (cold attacker review of issue 13).
     */
    static void println(java.io.PrintWriter out, String indent, CliText t, Text text) {
        out.println(indent + t.render(text));
        out.flush();
    }

    static TeamDatabaseUrl required(DbOption db, CliText t) {
        if (!db.isTeam()) {
            throw BadInputException.of(t, Text.of("team.admin.teamOnly"));
        }
        return db.teamUrl();
    }

    /** The language option of the admin commands. */
    static final class Language {
        @Option(names = "--lang", paramLabel = "en|zh-CN", defaultValue = "en", description = "language of the messages")
        String lang;

        CliText text() {
            return CliText.of(lang);
        }
    }

    /** {@code admin init-team-db --db URL}: creates or upgrades the schema, the roles, grants, triggers, policies. */
    @Command(name = "init-team-db", mixinStandardHelpOptions = true,
            description = "Create (or upgrade) the team database's schema, the roles pb_officer, pb_reviewer, pb_admin,"
                    + " pb_auditor and their grants. Run as the database's owner, with the right to create roles.")
    static final class InitTeamDb implements Runnable {
        @Mixin
        DbOption dbOption;

        @Mixin
        Language language;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public void run() {
            CliText t = language.text();
            TeamDatabaseUrl url = required(dbOption, t);
            try (Database db = Database.initTeam(url, dbOption.teamPassword(url))) {
                println(spec.commandLine().getOut(), "", t, Text.of("team.admin.ready", db.describe()));
            }
        }
    }

    /** {@code admin add-user NAME --role ROLE [--branch B] [--password-file FILE] --db URL}. */
    @Command(name = "add-user", mixinStandardHelpOptions = true,
            description = "Create a login of the team database in a PledgeBench role. The owner's own password comes"
                    + " from PGPASSFILE (~/.pgpass) or the prompt.")
    static final class AddUser implements Runnable {
        @Parameters(index = "0", paramLabel = "NAME", description = "the login name (lower case)")
        String name;

        @Option(names = "--role", required = true, paramLabel = "officer|reviewer|admin|auditor",
                description = "officer: imports, assesses, signs as maker, sees its branch; reviewer: also signs as"
                        + " checker, sees all; admin: sees all; auditor: reads all, changes nothing")
        String role;

        @Option(names = "--branch", paramLabel = "B", description = "the branch an officer works for (required for"
                + " officers)")
        String branch;

        @Option(names = "--db", required = true, paramLabel = "URL",
                description = "the team database, postgresql://HOST:PORT/DB?user=OWNER")
        String db;

        @Option(names = "--password-file", paramLabel = "FILE",
                description = "file whose first line is the NEW login's password (otherwise asked for twice)")
        Path passwordFile;

        @Mixin
        Language language;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public void run() {
            CliText t = language.text();
            DbOption owner = new DbOption();
            owner.db = db;
            TeamDatabaseUrl url = required(owner, t);
            TeamAdmin.Role r;
            try {
                r = TeamAdmin.Role.parse(role);
            } catch (IllegalArgumentException e) {
                throw BadInputException.of(t, Text.of("team.admin.badRole", role));
            }
            char[] newPassword = newPassword(t);
            try (Database d = Database.openTeam(url, owner.teamPassword(url))) {
                new TeamAdmin(d, Clock.systemUTC()).addUser(name, r, branch, newPassword);
                println(spec.commandLine().getOut(), "", t, branch == null
                        ? Text.of("team.admin.userAdded", name, d.describe(), r.code())
                        : Text.of("team.admin.userAddedBranch", name, d.describe(), r.code(), branch));
            } finally {
                java.util.Arrays.fill(newPassword, '\0');
            }
        }

        private char[] newPassword(CliText t) {
            if (passwordFile != null) {
                // read as every command reads a password file (a Windows editor's byte-order mark and CRLF dropped),
                // or the login could not sign in with the very file its password was set from
                DbOption file = new DbOption();
                file.passwordFile = passwordFile;
                try {
                    return file.password();
                } catch (IllegalArgumentException e) {
                    throw new BadInputException(List.of("error: --password-file: " + e.getMessage()));
                }
            }
            java.io.Console console = System.console();
            if (console == null) {
                throw BadInputException.of(t, Text.of("team.admin.noConsole"));
            }
            char[] first = console.readPassword("Password for the new login %s: ", name);
            char[] again = console.readPassword("Again: ");
            if (first == null || first.length == 0 || !java.util.Arrays.equals(first, again)) {
                throw BadInputException.of(t, Text.of("team.admin.passwordsDiffer"));
            }
            return first;
        }
    }

    /** {@code admin copy-to-team-db --from FILE --db URL [--branch B]}. */
    @Command(name = "copy-to-team-db", mixinStandardHelpOptions = true,
            description = "Copy a desktop database file into an empty team database, with every hash intact and the"
                    + " desktop chain's head anchored in the team database's chain.")
    static final class CopyToTeamDb implements Runnable {
        @Option(names = "--from", required = true, paramLabel = "FILE", description = "the desktop database file")
        Path from;

        @Option(names = "--from-password-file", paramLabel = "FILE",
                description = "the password file of an encrypted desktop database")
        Path fromPasswordFile;

        @Option(names = "--branch", paramLabel = "B", description = "the branch the copied portfolios and loans"
                + " belong to (officers of that branch see them)")
        String branch;

        @Mixin
        DbOption dbOption;

        @Mixin
        Language language;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public void run() {
            CliText t = language.text();
            TeamDatabaseUrl url = required(dbOption, t);
            DbOption source = new DbOption();
            source.passwordFile = fromPasswordFile;
            char[] sourcePassword = source.password();
            try (Database desktop = Database.openReadOnly(from, sourcePassword);
                 Database team = Database.openTeam(url, dbOption.teamPassword(url))) {
                TeamCopy.Result r = new TeamCopy(Clock.systemUTC()).copy(desktop, team, branch);
                java.io.PrintWriter out = spec.commandLine().getOut();
                r.rows().forEach((table, n) -> {
                    if (n > 0) {
                        println(out, "  ", t, Text.of("team.copy.rows", table, String.valueOf(n)));
                    }
                });
                String head = r.desktopHead().head().isEmpty() ? t.get("team.copy.emptyChain") : r.desktopHead().head();
                println(out, "", t, Text.of("team.copy.done", desktop.describe(), team.describe(),
                        String.valueOf(r.desktopHead().length()), head, String.valueOf(r.anchor().id()),
                        r.anchor().hash()));
            }
        }
    }
}
