package io.pledgebench.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code book add|list|close|register}: the loan book of loans booked from signed assessments. */
@Command(name = "book", mixinStandardHelpOptions = true,
        description = "Book loans from signed assessments, list them, record their pledge registration, close them.",
        subcommands = {BookAddCommand.class, BookListCommand.class, BookCloseCommand.class, BookRegisterCommand.class})
public final class BookCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.ParentCommand
    PledgeBenchCommand root;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "name a sub-command: add, list, close, register");
    }
}
