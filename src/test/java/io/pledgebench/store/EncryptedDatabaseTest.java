package io.pledgebench.store;

import io.pledgebench.cli.PledgeBenchCommand;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The optional AES-encrypted database: unreadable without its password, refused with a clear message. */
class EncryptedDatabaseTest {

    private static final String SECRET_NAME = "Shenzhen Confidential Borrower Co";

    @Test
    void encryptedFileHidesItsContentAndOpensOnlyWithThePassword(@TempDir Path dir) throws Exception {
        Path base = dir.resolve("secure");
        try (Database db = Database.open(base, "s3cret-Pass".toCharArray()); Connection c = db.connect();
             Statement s = c.createStatement()) {
            s.execute("INSERT INTO audit_log (at, actor, action, entity, entity_id, details, prev_hash, hash)"
                    + " VALUES (CURRENT_TIMESTAMP, 'x', 'test', 'portfolio', '1', '" + SECRET_NAME + "', '', '')");
        }
        byte[] raw = Files.readAllBytes(dir.resolve("secure.mv.db"));
        assertThat(new String(raw, StandardCharsets.ISO_8859_1)).doesNotContain(SECRET_NAME).doesNotContain("audit_log");

        assertThatThrownBy(() -> Database.open(base))
                .isInstanceOf(StoreException.class).hasMessageContaining("encrypted").hasMessageContaining("--password-file");
        assertThatThrownBy(() -> Database.open(base, "wrong".toCharArray()))
                .isInstanceOf(StoreException.class).hasMessageContaining("password is wrong");

        try (Database db = Database.open(base, "s3cret-Pass".toCharArray()); Connection c = db.connect();
             Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT details FROM audit_log")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo(SECRET_NAME);
        }
    }

    @Test
    void commandLineReadsThePasswordFromAFileAndExplainsAMissingOne(@TempDir Path dir) throws Exception {
        Path pw = dir.resolve("pw.txt");
        Files.writeString(pw, "Another-Secret\n");
        String db = dir.resolve("cli").toString();
        assertThat(run("import", "sample-portfolios/cn-tech-sme", "--db", db,
                "--password-file", pw.toString()).exit).isZero();
        assertThat(run("list", "--db", db, "--password-file", pw.toString()).exit).isZero();

        Result without = run("list", "--db", db);
        assertThat(without.exit).isEqualTo(1);
        assertThat(without.err).contains("encrypted").doesNotContain("\tat ");

        Files.writeString(pw, "\n");
        Result empty = run("list", "--db", db, "--password-file", pw.toString());
        assertThat(empty.exit).isEqualTo(2);
        assertThat(empty.err).contains("first line is empty");
    }

    @Test
    void aPasswordWithASpaceIsRefusedBecauseH2CannotTakeIt(@TempDir Path dir) {
        assertThatThrownBy(() -> Database.open(dir.resolve("x"), "two words".toCharArray()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("space");
    }

    // issue 15, item 7

    @Test
    void aPasswordFileWithAByteOrderMarkAndAWindowsLineEndOpensTheDatabase(@TempDir Path dir) throws Exception {
        String db = dir.resolve("bom").toString();
        Database.open(Path.of(db), "Bom-Secret".toCharArray()).close();
        Path pw = dir.resolve("pw.txt");
        Files.write(pw, "\uFEFFBom-Secret\r\n".getBytes(StandardCharsets.UTF_8));
        Result r = run("list", "--db", db, "--password-file", pw.toString());
        assertThat(r.exit).as(r.err).isZero();
    }

    @Test
    void aPasswordFileForAPlainDatabaseSaysTheDatabaseIsNotEncrypted(@TempDir Path dir) throws Exception {
        String db = dir.resolve("plain").toString();
        Database.open(Path.of(db)).close();
        Path pw = Files.writeString(dir.resolve("pw.txt"), "Some-Secret\n");
        Result r = run("list", "--db", db, "--password-file", pw.toString());
        assertThat(r.exit).isEqualTo(2);
        assertThat(r.err).contains("is not encrypted").doesNotContain("wrong");
    }

    @Test
    void aDatabaseCutInHalfIsReportedDamagedWithTheBackupToRestoreNotAsEncrypted(@TempDir Path dir) throws Exception {
        String db = dir.resolve("cut").toString();
        assertThat(run("import", "sample-portfolios/cn-tech-sme", "--db", db).exit).isZero();
        Path mv = Path.of(db + ".mv.db");
        Path backup = Database.backup(mv, 4);
        byte[] all = Files.readAllBytes(mv);
        Files.write(mv, java.util.Arrays.copyOf(all, 4096));
        Result r = run("list", "--db", db);
        assertThat(r.err).doesNotContain("encrypted").doesNotContain("\tat ");
        assertThat(r.exit).as(r.err).isIn(1, 2);
        assertThat(r.err).contains("damaged").contains(backup.toString());
    }

    @Test
    void eachWrongPasswordCostsAtLeastASecondAndOldDatabasesStillOpen(@TempDir Path dir) throws Exception {
        Path base = dir.resolve("legacy");
        // a database encrypted before the key derivation: H2 was given the password itself
        try (Connection c = java.sql.DriverManager.getConnection("jdbc:h2:file:" + base
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;CIPHER=AES", "pledgebench", "Old-Secret ")) {
            c.createStatement().execute("CREATE TABLE t (x INT)");
        }
        try (Database db = Database.open(base, "Old-Secret".toCharArray())) {
            assertThat(db.file()).exists();
        }
        long t0 = System.nanoTime();
        for (int i = 0; i < 2; i++) {
            assertThatThrownBy(() -> Database.open(base, "Guess".toCharArray())).hasMessageContaining("password is wrong");
        }
        assertThat((System.nanoTime() - t0) / 1_000_000).isGreaterThanOrEqualTo(2 * Database.WRONG_PASSWORD_DELAY_MS);
        Path fresh = dir.resolve("fresh");
        Database.open(fresh, "New-Secret".toCharArray()).close();
        assertThatThrownBy(() -> java.sql.DriverManager.getConnection("jdbc:h2:file:" + fresh
                + ";CIPHER=AES;IFEXISTS=TRUE", "pledgebench", "New-Secret ").close())
                .as("a new database is keyed by the derived key, not the password itself").isInstanceOf(java.sql.SQLException.class);
    }

    private record Result(int exit, String out, String err) {
    }

    private static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = PledgeBenchCommand.execute(new PrintWriter(out), new PrintWriter(err), args);
        return new Result(exit, out.toString(), err.toString());
    }
}
