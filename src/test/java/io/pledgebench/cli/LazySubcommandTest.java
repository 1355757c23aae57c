package io.pledgebench.cli;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A run of one named sub-command builds only that sub-command (docs/adr/0020-import-fixed-cost.md); its help, nested
 * commands and messages must be those of the whole command tree.
 */
class LazySubcommandTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-01T10:00:00Z"), ZoneOffset.UTC);

    @Test
    void aNamedSubcommandAloneHasTheUsageAndNestedCommandsItHasInTheWholeTree() {
        Map<String, CommandLine> whole = PledgeBenchCommand.commandLine(CLOCK, null).getSubcommands();
        assertEquals(16, whole.size(), "every sub-command and help are in the whole tree: " + whole.keySet());
        for (Map.Entry<String, CommandLine> e : whole.entrySet()) {
            CommandLine alone = PledgeBenchCommand.commandLine(CLOCK, e.getKey());
            if ("help".equals(e.getKey())) {
                assertEquals(whole.keySet(), alone.getSubcommands().keySet(), "help needs every command");
                continue;
            }
            assertEquals(java.util.Set.of(e.getKey()), alone.getSubcommands().keySet());
            assertUsageSame(e.getValue(), alone.getSubcommands().get(e.getKey()));
        }
    }

    private static void assertUsageSame(CommandLine expected, CommandLine actual) {
        assertEquals(expected.getUsageMessage(), actual.getUsageMessage(), expected.getCommandName());
        assertEquals(expected.getSubcommands().keySet(), actual.getSubcommands().keySet());
        for (String name : expected.getSubcommands().keySet()) {
            assertUsageSame(expected.getSubcommands().get(name), actual.getSubcommands().get(name));
        }
    }

    @Test
    void rootHelpAndAnUnknownCommandStillSeeEveryCommand() {
        String help = run(0, "--help");
        for (String name : PledgeBenchCommand.commandLine(CLOCK, null).getSubcommands().keySet()) {
            assertTrue(help.contains("  " + name + " "), name + " in\n" + help);
        }
        assertEquals(help, run(0, "help"));
        StringWriter err = new StringWriter();
        int exit = PledgeBenchCommand.execute(CLOCK, new PrintWriter(new StringWriter()), new PrintWriter(err), "imprt", "x.csv");
        assertEquals(2, exit);
        assertTrue(err.toString().contains("imprt"), err.toString());
        assertTrue(PledgeBenchCommand.isSubcommand("import"));
        assertFalse(PledgeBenchCommand.isSubcommand("imprt"));
        assertFalse(PledgeBenchCommand.isSubcommand(null));
    }

    @Test
    void aSubcommandsOwnHelpAndErrorsGoThroughTheRootAsBefore() {
        String help = run(0, "import", "--help");
        assertTrue(help.startsWith("Usage: pledgebench import "), help);
        StringWriter err = new StringWriter();
        int exit = PledgeBenchCommand.execute(CLOCK, new PrintWriter(new StringWriter()), new PrintWriter(err), "import", "x.csv", "--no-such-option");
        assertEquals(2, exit, err.toString());
        assertTrue(err.toString().contains("unknown option or argument: '--no-such-option'"), err.toString());
    }

    private static String run(int expectedExit, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = PledgeBenchCommand.execute(CLOCK, new PrintWriter(out), new PrintWriter(err), args);
        assertEquals(expectedExit, exit, err.toString());
        return out.toString();
    }
}
