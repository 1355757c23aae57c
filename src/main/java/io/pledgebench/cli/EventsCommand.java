package io.pledgebench.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code events import FILE}: legal-status updates of pledged and stored patents. */
@Command(name = "events", mixinStandardHelpOptions = true,
        description = "Import legal-status updates of patents (the CN status CSV).",
        subcommands = {EventsImportCommand.class})
public final class EventsCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.ParentCommand
    PledgeBenchCommand root;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "name a sub-command: import");
    }
}
