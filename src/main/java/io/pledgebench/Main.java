package io.pledgebench;

import io.pledgebench.cli.PledgeBenchCommand;

/**
 * Entry point of the jar. Without arguments it opens the workbench; with a sub-command it runs headless.
 * This class does not extend {@code Application}, so {@code java -jar} works from a shaded jar, and
 * JavaFX classes are loaded only when the workbench is opened.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        if (args.length == 0) {
            io.pledgebench.ui.Launcher.launch(null, null);
            return;
        }
        System.exit(PledgeBenchCommand.execute(args));
    }
}
