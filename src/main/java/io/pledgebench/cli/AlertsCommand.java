package io.pledgebench.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code alerts ack ALERT --comment TEXT [--user NAME]}: monitoring alerts acknowledged by a named user. */
@Command(name = "alerts", mixinStandardHelpOptions = true, description = "Acknowledge monitoring alerts.",
        subcommands = {AlertsAckCommand.class})
public final class AlertsCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.ParentCommand
    PledgeBenchCommand root;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "name a sub-command: ack");
    }
}
