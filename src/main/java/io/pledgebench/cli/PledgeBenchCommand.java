package io.pledgebench.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.PrintWriter;

/** Root of the command line: {@code pledgebench <sub-command>}. */
@Command(name = "pledgebench",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Offline workbench for IP-pledge financing. Without a sub-command it opens the workbench.",
        subcommands = {
                GuiCommand.class,
                ImportCommand.class,
                ListCommand.class,
                ExportCommand.class,
                CalcCommand.class,
                AssessCommand.class,
                ComparablesCommand.class,
                ReportCommand.class,
                SignOffCommand.class,
                VerifyCommand.class,
                CommandLine.HelpCommand.class
        })
public final class PledgeBenchCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "name a sub-command (see --help)");
    }

    /** Runs the command line and returns the exit code: 0 success, 2 bad input, 1 internal failure. */
    public static int execute(String... args) {
        return execute(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args);
    }

    public static int execute(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cl = new CommandLine(new PledgeBenchCommand());
        cl.setOut(out);
        cl.setErr(err);
        cl.setExecutionExceptionHandler(new ExitCodes.ExceptionHandler());
        cl.setParameterExceptionHandler(new ExitCodes.ParameterHandler());
        return cl.execute(args);
    }
}
