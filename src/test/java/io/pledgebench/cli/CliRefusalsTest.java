package io.pledgebench.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Refusals a new user meets before any command runs (docs/adr/0022-cli-language-and-refusals.md): the workbench
 * without a display, an empty or mistyped command, options before the command, and a {@code --db} that names no
 * database file. Each is one clear message and exit 2, never a stack trace.
 */
class CliRefusalsTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-07T10:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    private StringWriter out = new StringWriter();
    private StringWriter err = new StringWriter();

    private int run(Map<String, String> environment, String... args) {
        out = new StringWriter();
        err = new StringWriter();
        return PledgeBenchCommand.execute(CLOCK, environment, new PrintWriter(out), new PrintWriter(err), args);
    }

    private int run(String... args) {
        return run(Map.of(), args);
    }

    private static Properties linux(String glassPlatform) {
        Properties p = new Properties();
        p.setProperty("os.name", "Linux");
        if (glassPlatform != null) {
            p.setProperty("glass.platform", glassPlatform);
        }
        return p;
    }

    @Test
    void aDisplayIsNamedByDisplayOrWaylandOnLinuxAndAlwaysThereOnWindowsAndMac() {
        assertThat(GraphicalDisplay.missing(Map.of(), linux(null))).isPresent();
        assertThat(GraphicalDisplay.missing(Map.of("DISPLAY", " "), linux(null))).isPresent();
        assertThat(GraphicalDisplay.missing(Map.of("DISPLAY", ":0"), linux(null))).isEmpty();
        assertThat(GraphicalDisplay.missing(Map.of("WAYLAND_DISPLAY", "wayland-0"), linux(null))).isEmpty();
        assertThat(GraphicalDisplay.missing(Map.of(), linux("Monocle"))).isEmpty();
        Properties windows = new Properties();
        windows.setProperty("os.name", "Windows 11");
        assertThat(GraphicalDisplay.missing(Map.of(), windows)).isEmpty();
    }

    /** The tests run JavaFX on Monocle, which needs no display; the check itself is the one above. */
    @Test
    @EnabledOnOs(OS.LINUX)
    void theWorkbenchWithoutADisplayIsRefusedWithHowToUseTheCommandLine() {
        String platform = System.getProperty("glass.platform");
        System.clearProperty("glass.platform");
        try {
            int code = run(Map.of("HOME", "/nonexistent"), "gui");

            assertThat(code).isEqualTo(2);
            assertThat(err.toString()).startsWith("error: the workbench needs a graphical display")
                    .contains("DISPLAY and WAYLAND_DISPLAY are not set").contains("pledgebench --help")
                    .doesNotContain("Exception").doesNotContain("\tat ");
        } finally {
            if (platform != null) {
                System.setProperty("glass.platform", platform);
            }
        }
    }

    @Test
    void theWorkbenchOnAPortfolioThatDoesNotExistIsRefusedBeforeAnyWindow() {
        int code = run(Map.of("DISPLAY", ":0"), "gui", dir.resolve("S").toString());

        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).startsWith("error: there is no file or folder").contains("S'")
                .doesNotContain("Exception");
    }

    @Test
    void anEmptyFirstArgumentIsRefusedSayingWhatToName() {
        assertThat(run("")).isEqualTo(2);
        assertThat(err.toString()).startsWith("error: the first argument is empty: name a sub-command")
                .contains("--help").doesNotContain("Exception");
    }

    @Test
    void aMistypedCommandIsAnsweredWithTheCommandItResembles() {
        assertThat(run("improt", "x.csv")).isEqualTo(2);
        assertThat(err.toString()).contains("'improt'").contains("did you mean: import");

        assertThat(run("IMPORT", "x.csv")).isEqualTo(2);
        assertThat(err.toString()).contains("did you mean: import?");

        assertThat(run("Assess")).isEqualTo(2);
        assertThat(err.toString()).contains("did you mean: assess?");
    }

    @Test
    void anOptionBeforeTheCommandIsShownAfterIt() {
        assertThat(run("--db", "X", "import", "p.csv")).isEqualTo(2);
        assertThat(err.toString()).contains("--db belongs to the sub-command and goes after its name: pledgebench import p.csv --db X");
    }

    @Test
    @EnabledOnOs(OS.LINUX)
    void aDeviceAsDatabaseIsRefusedAndNothingIsWrittenBesideIt() {
        assertThat(run("list", "--db", "/dev/null")).isEqualTo(2);
        assertThat(err.toString()).startsWith("error: --db /dev/null: a device or special file");

        assertThat(run("import", "sample-portfolios/cn-tech-sme", "--db", "/dev/null", "--lang", "zh-CN")).isEqualTo(2);
        assertThat(err.toString()).startsWith("错误：--db /dev/null：这是设备或特殊文件");
    }

    @Test
    void anExistingFileThatIsNoDatabaseIsRefusedAndNoDatabaseIsCreatedBesideIt() throws IOException {
        Path notes = Files.writeString(dir.resolve("notdb.txt"), "my notes\n");

        assertThat(run("import", "sample-portfolios/cn-tech-sme", "--db", notes.toString())).isEqualTo(2);
        assertThat(err.toString()).startsWith("error: --db " + notes + ": this file exists and is not a PledgeBench database")
                .contains(notes + ".mv.db");
        assertThat(dir.resolve("notdb.txt.mv.db")).doesNotExist();
        assertThat(Files.readString(notes)).isEqualTo("my notes\n");
    }

    @Test
    void aNewNameWithoutMvDbSaysWhichFileIsCreated() {
        Path name = dir.resolve("bank");

        assertThat(run("import", "sample-portfolios/cn-tech-sme", "--db", name.toString())).as(err.toString()).isZero();
        assertThat(err.toString()).contains("note: --db " + name + ": a new database file " + name + ".mv.db is created");
        assertThat(dir.resolve("bank.mv.db")).exists();

        // the second time it exists: no note
        assertThat(run("import", "sample-portfolios/cn-tech-sme", "--db", name.toString())).as(err.toString()).isZero();
        assertThat(err.toString()).doesNotContain("is created");

        // named with .mv.db: the file is the one named
        assertThat(run("import", "sample-portfolios/cn-tech-sme", "--db", dir.resolve("other.mv.db").toString()))
                .as(err.toString()).isZero();
        assertThat(err.toString()).doesNotContain("is created");
    }
}
