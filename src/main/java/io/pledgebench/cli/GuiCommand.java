package io.pledgebench.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;

/** {@code gui [PORTFOLIO] [--db PATH]}: opens the workbench, importing PORTFOLIO first when it is new. */
@Command(name = "gui", mixinStandardHelpOptions = true,
        description = "Open the workbench; with PORTFOLIO, import it (unless already imported) and show it.")
public final class GuiCommand implements Runnable {

    @Parameters(arity = "0..1", paramLabel = "PORTFOLIO", description = "portfolio file or folder to open")
    Path portfolio;

    @Option(names = "--db", paramLabel = "PATH", description = "database file (default ~/.pledgebench/pledgebench)")
    Path db;

    @Override
    public void run() {
        io.pledgebench.ui.Launcher.launch(db, portfolio);
    }
}
