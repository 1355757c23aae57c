package io.pledgebench.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * {@code gui [PORTFOLIO] [--db PATH]}: opens the workbench, importing PORTFOLIO first when it is new. A portfolio that
 * does not exist, or a machine without a graphical display, is refused (exit 2) with what to do instead, before
 * JavaFX is started.
 */
@Command(name = "gui", mixinStandardHelpOptions = true,
        description = "Open the workbench; with PORTFOLIO, import it (unless already imported) and show it.")
public final class GuiCommand implements Runnable {

    @Parameters(arity = "0..1", paramLabel = "PORTFOLIO", description = "portfolio file or folder to open")
    Path portfolio;

    @Option(names = "--db", paramLabel = "PATH", description = "database file (default ~/.pledgebench/pledgebench)")
    Path db;

    @CommandLine.ParentCommand
    PledgeBenchCommand root;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        CliText t = ExitCodes.language(spec.commandLine());
        if (portfolio != null && (portfolio.toString().isBlank() || !Files.exists(portfolio))) {
            throw new BadInputException(List.of(t.error(t.get("cli.gui.noSuchPortfolio",
                    io.pledgebench.domain.OneLine.of("'" + portfolio + "'")))));
        }
        Optional<io.pledgebench.domain.Text> missing = GraphicalDisplay.missing(root.environment(), System.getProperties());
        if (missing.isPresent()) {
            throw new BadInputException(List.of(t.error(t.get("cli.gui.noDisplay", t.render(missing.get()))),
                    t.get("cli.gui.useCommandLine")));
        }
        try {
            io.pledgebench.ui.Launcher.launch(db, portfolio);
        } catch (UnsupportedOperationException e) {
            // GTK could not open the display the environment names (an X server that is gone, a display without access)
            String display = root.environment().getOrDefault("DISPLAY", "");
            throw new BadInputException(List.of(t.error(t.get("cli.gui.displayFailed",
                    io.pledgebench.domain.OneLine.of("'" + display + "'"), ExitCodes.oneLine(e.getMessage()))),
                    t.get("cli.gui.useCommandLine")));
        }
    }
}
