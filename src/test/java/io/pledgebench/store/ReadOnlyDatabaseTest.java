package io.pledgebench.store;

import io.pledgebench.cli.PledgeBenchCommand;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Issue 15, second probe, item 3 (and H2's trace file, item 5): read-only commands open the database read-only, so
 * they leave the file byte for byte and never upgrade it; a schema older than the program is said, not migrated.
 */
class ReadOnlyDatabaseTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        return PledgeBenchCommand.execute(new PrintWriter(out), new PrintWriter(err), args);
    }

    private static List<String> state(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.sorted().map(p -> {
                try {
                    return dir.relativize(p) + (Files.isRegularFile(p)
                            ? " " + Database.sha256(p) + " " + Files.getLastModifiedTime(p).toMillis() : "");
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).toList();
        }
    }

    @Test
    void readOnlyCommandsLeaveTheDatabaseFolderByteForByte(@TempDir Path dir) throws Exception {
        Path base = dir.resolve("data/pb");
        assertThat(run("import", "sample-portfolios/cn-tech-sme", "--db", base.toString())).as(err.toString()).isZero();
        List<String> before = state(dir.resolve("data"));
        Thread.sleep(20);
        for (List<String> cmd : List.of(List.of("list"), List.of("list", "--json"), List.of("verify"), List.of("report"),
                List.of("comparables", "list"), List.of("export", "1", "--out", dir.resolve("x.csv").toString()))) {
            String[] args = Stream.concat(cmd.stream(), Stream.of("--db", base.toString())).toArray(String[]::new);
            assertThat(run(args)).as(String.join(" ", args) + err).isZero();
        }
        assertThat(state(dir.resolve("data"))).isEqualTo(before);
    }

    /** A database of schema version {@code version}, with one portfolio, as an older PledgeBench left it. */
    private static Path older(Path dir, int scripts) throws SQLException {
        Path base = dir.resolve("old");
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + base + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE",
                "pledgebench", "")) {
            new Migrations(Migrations.SCRIPTS.subList(0, scripts)).migrate(c);
        }
        return base;
    }

    @Test
    void anOlderSchemaIsSaidNotMigratedAndVerifyingABackupDoesNotUpgradeIt(@TempDir Path dir) throws Exception {
        int latest = new Migrations().latestVersion();
        // versions may skip numbers (V7 then V10): the older schema is the one before the last script
        int previous = Migrations.version(Migrations.SCRIPTS.get(Migrations.SCRIPTS.size() - 2));
        Path base = older(dir, Migrations.SCRIPTS.size() - 1);
        Path mv = Path.of(base + ".mv.db");
        List<String> before = state(dir);
        for (String cmd : List.of("list", "verify", "report")) {
            assertThat(run(cmd, "--db", base.toString())).as(cmd).isEqualTo(2);
            assertThat(err.toString()).contains("schema version " + previous + ", older than this PledgeBench (version "
                    + latest + ")").contains("read-only commands do not upgrade it").doesNotContain("\tat ");
        }
        assertThat(state(dir)).isEqualTo(before);
        assertThat(dir.resolve("backups")).doesNotExist();

        // a command that writes upgrades it, after a verified backup; verifying that backup leaves it as it is
        try (Database db = Database.open(base)) {
            assertThat(db.file()).isEqualTo(mv);
        }
        Path backup = Database.newestBackup(DatabaseLocation.of(base)).orElseThrow();
        String backupHash = Database.sha256(backup);
        assertThat(run("verify", "--db", backup.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("older than this PledgeBench");
        assertThat(Database.sha256(backup)).isEqualTo(backupHash);
        assertThatThrownBy(() -> Database.openReadOnly(backup, null)).hasMessageContaining("schema version");
    }

    @Test
    void h2WritesNoTraceFileBesideTheDatabase(@TempDir Path dir) throws Exception {
        Path base = dir.resolve("pb");
        try (Database db = Database.open(base); Connection c = db.connect(); Statement s = c.createStatement()) {
            assertThatThrownBy(() -> s.executeQuery("SELECT * FROM no_such_table")).isInstanceOf(SQLException.class);
        }
        try (Database db = Database.open(base); Database second = Database.openReadOnly(base, null)) {
            assertThat(second.file()).isEqualTo(db.file());
        } catch (RuntimeException expected) {
            // a second open of a file held open may be refused; only the trace file matters here
        }
        assertThat(Path.of(base + ".trace.db")).doesNotExist();
    }
}
