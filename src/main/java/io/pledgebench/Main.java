package io.pledgebench;

import io.pledgebench.cli.PledgeBenchCommand;
import io.pledgebench.store.DataFolder;
import io.pledgebench.store.LogFiles;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.logging.Logger;

/**
 * Entry point of the jar. Without arguments it opens the workbench; with a sub-command it runs headless;
 * with a single existing file or folder (a double-clicked portfolio, via the installers' file association)
 * it opens the workbench on it. This class does not extend {@code Application}, so {@code java -jar} works
 * from a shaded jar, and JavaFX classes are loaded only when the workbench is opened.
 */
public final class Main {

    private static final Logger LOG = Logger.getLogger("io.pledgebench.cli");
    /** Commands that touch no data and must stay instant (and leave no data folder behind). */
    private static final Set<String> WITHOUT_LOG = Set.of("calc", "help", "--help", "-h", "--version", "-V");
    /** Commands that only read: they log into an existing log folder but never create the data folder or its logs. */
    private static final Set<String> READ_ONLY = Set.of("list", "verify", "report", "export");

    private Main() {
    }

    public static void main(String[] args) {
        // no argument, or a single existing file or folder: the workbench, through the gui command, which refuses
        // clearly (exit 2) on a machine without a graphical display
        if (args.length == 0) {
            args = new String[] {"gui"};
        } else if (args.length == 1 && !args[0].isBlank() && !args[0].startsWith("-") && !isCommand(args[0])
                && Files.exists(Path.of(args[0]))) {
            args = new String[] {"gui", args[0]};
        }
        // The workbench (gui) writes its log next to its database; the Launcher configures that.
        // an empty first argument is refused at once: it neither logs nor creates the data folder
        boolean log = !WITHOUT_LOG.contains(args[0]) && !"gui".equals(args[0]) && !args[0].isBlank();
        if (log && readOnly(args) && !Files.exists(DataFolder.location().resolve("logs"), java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            log = false;
        }
        if (log) {
            if (!readOnly(args)) {
                DataFolder.makePrivate();
            }
            String[] commandArgs = args;
            LogFiles.configureOrExplain(DataFolder.location().resolve("logs"))
                    .ifPresent(problem -> System.err.println(io.pledgebench.cli.ExitCodes.warning(commandArgs, problem)));
            LOG.info("command " + args[0] + " started");
        }
        long t0 = System.nanoTime();
        int exit = PledgeBenchCommand.execute(args);
        if (log) {
            LOG.info("command " + args[0] + " finished with exit " + exit + " in " + (System.nanoTime() - t0) / 1_000_000 + " ms");
        }
        System.exit(exit);
    }

    /** {@code list}, {@code verify}, {@code report}, {@code export} and {@code comparables list}. */
    static boolean readOnly(String[] args) {
        return READ_ONLY.contains(args[0]) || "comparables".equals(args[0]) && args.length > 1 && "list".equals(args[1]);
    }

    private static boolean isCommand(String word) {
        return PledgeBenchCommand.isSubcommand(word);
    }
}
