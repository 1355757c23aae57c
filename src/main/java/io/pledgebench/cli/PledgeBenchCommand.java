package io.pledgebench.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.PrintWriter;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/** Root of the command line: {@code pledgebench <sub-command>}. */
@Command(name = "pledgebench",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Offline workbench for IP-pledge financing. Without a sub-command it opens the workbench.")
public final class PledgeBenchCommand implements Runnable {

    /**
     * The sub-commands, in the order {@code --help} lists them. They are added to the command line by
     * {@link #commandLine}, not by the {@code @Command} annotation, so that a run of one named sub-command builds only
     * that one (docs/adr/0020-import-fixed-cost.md).
     */
    private static final List<Class<?>> SUBCOMMANDS = List.of(
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
            BookCommand.class,
            EventsCommand.class,
            MonitorCommand.class,
            AlertsCommand.class,
            AdminCommand.class,
            CommandLine.HelpCommand.class);

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    private final Clock clock;
    private final java.util.Map<String, String> environment;

    public PledgeBenchCommand() {
        this(Clock.systemDefaultZone());
    }

    /** @param clock the clock that says what "today" is: the default valuation date and the print date */
    public PledgeBenchCommand(Clock clock) {
        this(clock, System.getenv());
    }

    /**
     * @param clock       the clock that says what "today" is
     * @param environment the process environment as the commands see it (whether a graphical display is named)
     */
    public PledgeBenchCommand(Clock clock, java.util.Map<String, String> environment) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.environment = java.util.Map.copyOf(environment);
    }

    /** The process environment this command line was started with (tests give their own). */
    public java.util.Map<String, String> environment() {
        return environment;
    }

    /**
     * This command line's clock: "today", the time an unsaved report is produced, and the time an acknowledgement or a
     * booking is recorded at.
     */
    public Clock clock() {
        return clock;
    }

    /** Today by this command line's clock. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "name a sub-command (see --help)");
    }

    /** Runs the command line and returns the exit code: 0 success, 2 bad input, 1 internal failure. */
    public static int execute(String... args) {
        return execute(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args);
    }

    public static int execute(PrintWriter out, PrintWriter err, String... args) {
        return execute(Clock.systemDefaultZone(), out, err, args);
    }

    /** Runs the command line with {@code clock} as "today" (tests fix the day). */
    public static int execute(Clock clock, PrintWriter out, PrintWriter err, String... args) {
        return execute(clock, System.getenv(), out, err, args);
    }

    /** Runs the command line with {@code clock} as "today" and {@code environment} as the process environment. */
    public static int execute(Clock clock, java.util.Map<String, String> environment, PrintWriter out, PrintWriter err,
                              String... args) {
        if (args.length > 0 && args[0].isBlank()) {
            // an empty first word ("pledgebench ''", an unset shell variable) is neither a command nor a file
            CliText t = new CliText(java.util.Locale.getDefault());
            err.println(t.error(t.get("cli.root.emptyArgument")));
            err.flush();
            return ExitCodes.BAD_INPUT;
        }
        CommandLine cl = commandLine(clock, environment, args.length == 0 ? null : args[0]);
        cl.setOut(out);
        cl.setErr(err);
        cl.setExecutionExceptionHandler(new ExitCodes.ExceptionHandler());
        cl.setParameterExceptionHandler(new ExitCodes.ParameterHandler());
        return cl.execute(args);
    }

    /** Whether {@code word} names a sub-command (without building any of them). */
    public static boolean isSubcommand(String word) {
        return subcommandNamed(word) != null;
    }

    /**
     * The command line with {@code clock} as "today". When {@code firstArgument} names a sub-command, only that one is
     * built: building every command's options, nested commands and the classes their fields name costs a fixed part of
     * a second on every run. Anything else (no argument, an option such as {@code --help}, {@code help}, a word that
     * is no command) gets every sub-command, so help texts, suggestions and messages are those of the whole tree.
     */
    static CommandLine commandLine(Clock clock, String firstArgument) {
        return commandLine(clock, System.getenv(), firstArgument);
    }

    static CommandLine commandLine(Clock clock, java.util.Map<String, String> environment, String firstArgument) {
        CommandLine cl = new CommandLine(new PledgeBenchCommand(clock, environment));
        Class<?> only = subcommandNamed(firstArgument);
        if (only != null && only != CommandLine.HelpCommand.class) {
            cl.addSubcommand(only);
        } else {
            for (Class<?> c : SUBCOMMANDS) {
                cl.addSubcommand(c);
            }
        }
        return cl;
    }

    /**
     * The sub-command names {@code word} may have been meant as: the one it names in other letter case
     * ({@code IMPORT}), else the closest by edit distance when it is a typing slip ({@code improt}, {@code imprt}:
     * {@link Suggestions}); for a "did you mean" after a refusal.
     */
    static List<String> meant(String word) {
        if (word == null) {
            return List.of();
        }
        List<String> names = new java.util.ArrayList<>();
        for (Class<?> c : SUBCOMMANDS) {
            Command command = c.getAnnotation(Command.class);
            if (command.name().equalsIgnoreCase(word) || java.util.Arrays.stream(command.aliases()).anyMatch(word::equalsIgnoreCase)) {
                return List.of(command.name());
            }
            names.add(command.name());
        }
        return Suggestions.closest(word, names);
    }

    private static Class<?> subcommandNamed(String word) {
        if (word == null) {
            return null;
        }
        for (Class<?> c : SUBCOMMANDS) {
            Command command = c.getAnnotation(Command.class);
            if (command.name().equals(word) || List.of(command.aliases()).contains(word)) {
                return c;
            }
        }
        return null;
    }
}
