package io.pledgebench.cli;

import io.pledgebench.store.AuditEntry;
import io.pledgebench.store.AuditLog;
import io.pledgebench.store.Database;
import io.pledgebench.store.PostgresServer;
import io.pledgebench.store.TeamDatabaseUrl;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The team database from the command line (issue 18), against a real PostgreSQL server. */
class TeamCliTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        Clock clock = Clock.fixed(Instant.parse("2026-10-15T09:00:00Z"), ZoneOffset.UTC);
        return PledgeBenchCommand.execute(clock, new PrintWriter(out), new PrintWriter(err), args);
    }

    private static Path file(Path dir, String name, String text) throws IOException {
        Path f = dir.resolve(name);
        Files.writeString(f, text + "\n");
        return f;
    }

    private static String address(TeamDatabaseUrl url, String login) {
        return "postgresql://" + url.host() + ":" + url.port() + "/" + url.database() + "?user=" + login;
    }

    @Test
    void anAddressWithAPasswordIsRefusedWithoutEchoingIt() {
        assertThat(run("list", "--db", "postgresql://wang:s3cret-pw@127.0.0.1:5432/pb")).isEqualTo(2);
        assertThat(err.toString()).contains("holds a password").contains("--password-file").doesNotContain("s3cret-pw");
        assertThat(run("list", "--db", "jdbc:postgresql://127.0.0.1/pb?user=wang&password=s3cret-pw")).isEqualTo(2);
        assertThat(err.toString()).contains("holds a password").doesNotContain("s3cret-pw");
        assertThat(run("list", "--db", "postgresql://127.0.0.1:5432/pb")).isEqualTo(2);
        assertThat(err.toString()).contains("names no login");
    }

    @Test
    void theOwnerSetsUpTheDatabaseAndUsersSignAsTheirLoginsOnly(@TempDir Path dir) throws IOException {
        PostgresServer server = PostgresServer.get();
        TeamDatabaseUrl url = server.newDatabase();
        Path ownerPw = file(dir, "owner.pw", new String(server.adminPassword()));
        String owner = address(url, url.user());
        assertThat(run("admin", "init-team-db", "--db", owner, "--password-file", ownerPw.toString()))
                .as(err.toString()).isZero();
        assertThat(out.toString()).contains("is ready");
        String officer = PostgresServer.uniqueLogin("wang");
        String reviewer = PostgresServer.uniqueLogin("li");
        Path officerPw = file(dir, "officer.pw", "officer-secret");
        Path reviewerPw = file(dir, "reviewer.pw", "reviewer-secret");
        // the owner's own password from PGPASSFILE is not set here: add-user reads it from the prompt or .pgpass, so
        // the test gives the owner's login a password file via PGPASSFILE-less trust of the admin password below
        Path pgpass = file(dir, "pgpass", url.host() + ":" + url.port() + ":*:" + url.user() + ":"
                + new String(server.adminPassword()));
        String previous = System.getProperty("org.postgresql.pgpassfile");
        System.setProperty("org.postgresql.pgpassfile", pgpass.toString());
        try {
            assertThat(run("admin", "add-user", officer, "--role", "officer", "--branch", "Shenzhen", "--db", owner,
                    "--password-file", officerPw.toString())).as(err.toString()).isZero();
            assertThat(run("admin", "add-user", reviewer, "--role", "reviewer", "--db", owner,
                    "--password-file", reviewerPw.toString())).as(err.toString()).isZero();
            assertThat(run("admin", "add-user", "nobranch", "--role", "officer", "--db", owner,
                    "--password-file", reviewerPw.toString())).isEqualTo(2);
            assertThat(err.toString()).contains("--branch");
        } finally {
            if (previous == null) {
                System.clearProperty("org.postgresql.pgpassfile");
            } else {
                System.setProperty("org.postgresql.pgpassfile", previous);
            }
        }
        String asOfficer = address(url, officer);
        assertThat(run("assess", "sample-portfolios/cn-tech-sme", "--as-of", "2026-09-30", "--paths", "200", "--db",
                asOfficer, "--password-file", officerPw.toString(), "--save", "--json", dir.resolve("a.json").toString()))
                .as(err.toString()).isZero();
        assertThat(run("signoff", "1", "--role", "maker", "--user", "wang.checker", "--db", asOfficer,
                "--password-file", officerPw.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("your database login (" + officer + ")");
        // the refusal is printed in Chinese as well (signoff has no --lang: English, then Chinese, as team messages are)
        assertThat(err.toString()).contains("错误：--user wang.checker：在团队数据库上，您只能以本人的数据库登录名（"
                + officer + "）操作");
        assertThat(run("signoff", "1", "--role", "maker", "--db", asOfficer, "--password-file", officerPw.toString()))
                .as(err.toString()).isZero();
        assertThat(out.toString()).contains("maker sign-off by " + officer);
        assertThat(run("signoff", "1", "--role", "checker", "--db", asOfficer, "--password-file", officerPw.toString()))
                .isNotZero();
        assertThat(err.toString()).contains("different person from the maker");
        assertThat(run("signoff", "1", "--role", "checker", "--db", address(url, reviewer), "--password-file",
                reviewerPw.toString())).as(err.toString()).isZero();
        assertThat(out.toString()).contains("checker sign-off by " + reviewer);
        assertThat(run("verify", "--db", asOfficer, "--password-file", officerPw.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("sees only the portfolios of its branch");
        assertThat(run("verify", "--db", address(url, reviewer), "--password-file", reviewerPw.toString()))
                .as(err.toString()).isZero();
        assertThat(out.toString()).startsWith("intact:");
        assertThat(run("verify", "--db", owner, "--password-file", ownerPw.toString())).as(err.toString()).isZero();
        assertThat(out.toString()).startsWith("intact:");
        assertThat(err.toString()).doesNotContain("witness");
        // a row stored past PledgeBench (psql, as the officer, under the officer's own name) with a one-letter input
        // hash: the reviewer's listing shows it instead of failing with an internal error
        java.util.Properties p = new java.util.Properties();
        p.setProperty("user", officer);
        p.setProperty("password", "officer-secret");
        try (java.sql.Connection c = java.sql.DriverManager.getConnection(url.as(officer).jdbcUrl(), p);
             java.sql.Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO assessment (portfolio, created_at, author, as_of, input_hash, app_version,"
                    + " inputs_json, result_json) VALUES ('x', now(), '" + officer + "', DATE '2026-01-01', 'h', 'v',"
                    + " '{}', '{}')");
        } catch (java.sql.SQLException e) {
            throw new AssertionError(e);
        }
        assertThat(run("report", "--db", address(url, reviewer), "--password-file", reviewerPw.toString()))
                .as(err.toString()).isZero();
        assertThat(out.toString()).contains("input h");
    }

    @Test
    void aDesktopDatabaseMovesUpWithItsHashesAndItsChainHeadAnchored(@TempDir Path dir) throws IOException {
        String h2 = dir.resolve("desk").toString();
        assertThat(run("import", "sample-portfolios/cn-tech-sme", "--db", h2)).as(err.toString()).isZero();
        assertThat(run("assess", "sample-portfolios/cn-tech-sme", "--as-of", "2026-09-30", "--paths", "200", "--db", h2,
                "--save", "--json", dir.resolve("a.json").toString())).as(err.toString()).isZero();
        assertThat(run("signoff", "1", "--role", "maker", "--user", "alice", "--db", h2)).isZero();
        assertThat(run("signoff", "1", "--role", "checker", "--user", "bob", "--db", h2)).isZero();
        assertThat(run("verify", "--db", h2)).as(err.toString()).isZero();
        String desktopHead = out.toString().replaceAll("(?s).*chain head ([0-9a-f]{64}).*", "$1").strip();
        assertThat(desktopHead).hasSize(64);

        PostgresServer server = PostgresServer.get();
        TeamDatabaseUrl url = server.newDatabase();
        Path ownerPw = file(dir, "owner.pw", new String(server.adminPassword()));
        String owner = address(url, url.user());
        assertThat(run("admin", "init-team-db", "--db", owner, "--password-file", ownerPw.toString())).isZero();
        assertThat(run("admin", "copy-to-team-db", "--from", h2, "--db", owner, "--password-file", ownerPw.toString(),
                "--branch", "Shenzhen")).as(err.toString()).isZero();
        assertThat(out.toString()).contains("audit_log: ").contains("head " + desktopHead);
        assertThat(run("verify", "--db", owner, "--password-file", ownerPw.toString(), "--anchor", desktopHead))
                .as(err.toString()).isZero();
        assertThat(out.toString()).contains("1 saved assessments, 2 sign-offs checked, 1 portfolios checked");
        try (Database team = Database.openTeam(url, server.adminPassword())) {
            List<AuditEntry> chain = new AuditLog(team).entries();
            AuditEntry anchor = chain.get(chain.size() - 1);
            assertThat(anchor.action()).isEqualTo("database.copied");
            assertThat(anchor.prevHash()).isEqualTo(desktopHead);
            assertThat(anchor.details()).contains("head=" + desktopHead);
        }
        // a second copy into the same database is refused: nothing is duplicated
        assertThat(run("admin", "copy-to-team-db", "--from", h2, "--db", owner, "--password-file", ownerPw.toString()))
                .isEqualTo(2);
        assertThat(err.toString()).contains("already holds data");
    }
    @Test
    void aLoginSignsInWithTheWindowsEditedFileItsPasswordWasSetFrom(@TempDir Path dir) throws IOException {
        PostgresServer server = PostgresServer.get();
        TeamDatabaseUrl url = server.newDatabase();
        Path ownerPw = file(dir, "owner.pw", new String(server.adminPassword()));
        String owner = address(url, url.user());
        assertThat(run("admin", "init-team-db", "--db", owner, "--password-file", ownerPw.toString()))
                .as(err.toString()).isZero();
        String officer = PostgresServer.uniqueLogin("wang");
        Path officerPw = dir.resolve("officer.pw");
        Files.writeString(officerPw, "\uFEFFofficer-secret\r\n");
        Path pgpass = file(dir, "pgpass", url.host() + ":" + url.port() + ":*:" + url.user() + ":"
                + new String(server.adminPassword()));
        String previous = System.getProperty("org.postgresql.pgpassfile");
        System.setProperty("org.postgresql.pgpassfile", pgpass.toString());
        try {
            assertThat(run("admin", "add-user", officer, "--role", "officer", "--branch", "Shenzhen", "--db", owner,
                    "--password-file", officerPw.toString())).as(err.toString()).isZero();
        } finally {
            if (previous == null) {
                System.clearProperty("org.postgresql.pgpassfile");
            } else {
                System.setProperty("org.postgresql.pgpassfile", previous);
            }
        }
        assertThat(run("list", "--db", address(url, officer), "--password-file", officerPw.toString()))
                .as(err.toString()).isZero();
    }
    @Test
    void aPasswordFileOthersMayReadIsUsedWithAWarningInBothLanguages(@TempDir Path dir) throws IOException {
        Path pw = file(dir, "pw", "desk-secret");
        Path db = dir.resolve("desk");
        Files.setPosixFilePermissions(pw, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
        run("list", "--db", db.toString(), "--password-file", pw.toString()); // no such database: only the warning matters
        assertThat(err.toString()).contains("can be read by other users of this machine").contains("chmod 600")
                .contains("密码文件");
        Files.setPosixFilePermissions(pw, java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
        run("list", "--db", db.toString(), "--password-file", pw.toString()); // no such database: only the warning matters
        assertThat(err.toString()).doesNotContain("chmod 600");
    }
}
