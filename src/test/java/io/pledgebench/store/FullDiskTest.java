package io.pledgebench.store;

import io.pledgebench.cli.PledgeBenchCommand;
import io.pledgebench.domain.RefusedInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A write to the database file that fails for want of room (issue 13, cold review): the import is refused with exit 2
 * and "disk full" in the user's language, and the file is left as it was before the import, opened again without a
 * word of damage. The full disk is real: a child JVM runs {@code import} under {@code ulimit -f}, so the kernel refuses
 * the write that would pass the limit (EFBIG, as ENOSPC on a full disk) and H2 leaves part of a chunk at the file's end.
 */
class FullDiskTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        return PledgeBenchCommand.execute(new PrintWriter(out), new PrintWriter(err), args);
    }

    private record Child(int exit, String err) {
    }

    /** {@code pledgebench ARGS} in a child JVM whose files may not grow past {@code kilobytes} (bash's ulimit -f). */
    private static Child child(Path dataFolder, long kilobytes, String language, String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-XX:TieredStopAtLevel=1", "-Duser.language=" + language,
                "-D" + DataFolder.PROPERTY + "=" + dataFolder,
                "-Duser.country=" + (language.equals("zh") ? "CN" : "US"),
                "-cp", System.getProperty("java.class.path"), "io.pledgebench.Main"));
        cmd.addAll(List.of(args));
        StringBuilder line = new StringBuilder("ulimit -f " + kilobytes + " && exec");
        for (String c : cmd) {
            line.append(" '").append(c.replace("'", "'\\''")).append('\'');
        }
        Process p = new ProcessBuilder("bash", "-c", line.toString()).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        String stderr = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return new Child(p.exitValue(), stderr);
    }

    /** What a failed write's message must never show the user: a stack trace, H2's text, SQL. */
    private static final List<String> NEVER_SHOWN = List.of("Exception", "General error", "\tat ", "SQL statement",
            "INSERT INTO");

    /**
     * The child met the full disk as the user must see it: exit 2, the disk-full sentence in {@code language} (never
     * "writing … failed", even when the failure came at closing, where H2 gives no reason), nothing of
     * {@link #NEVER_SHOWN}, and "Imported" not said; returns its error output.
     */
    private static String refusedForDiskFull(Child c, String what, String language) {
        assertThat(c.exit()).as(what + ": " + c.err()).isEqualTo(2);
        assertThat(c.err()).as(what).contains(language.equals("zh") ? "时磁盘已满" : "disk full while")
                .doesNotContain("Imported portfolio").doesNotContain("error: writing to the database");
        for (String never : NEVER_SHOWN) {
            assertThat(c.err()).as(what).doesNotContain(never);
        }
        return c.err();
    }

    /**
     * After a full disk: list and verify open the database, and list shows the import exactly when the message said
     * it was stored ({@code stored}: the message's words for that; {@code shown}: what list shows of the import).
     * Returns whether it was stored.
     */
    private boolean listShowsWhatTheMessageSaid(Path base, String message, String what, String stored, String shown) {
        assertThat(run("list", "--db", base.toString())).as(what + ": list " + err).isZero();
        boolean there = out.toString().contains(shown);
        if (there) {
            assertThat(message).as(what).contains(stored);
        } else {
            assertThat(message).as(what).doesNotContain(stored);
        }
        assertThat(run("verify", "--db", base.toString())).as(what + ": verify " + err).isZero();
        assertThat(out.toString()).as(what).startsWith("intact");
        return there;
    }

    @Test
    void aFullDiskDuringAnImportLeavesTheDatabaseAsItWasAndSaysSoInTheUsersLanguage(@TempDir Path dir) throws Exception {
        Path base = dir.resolve("pb");
        Path mv = Path.of(base + ".mv.db");
        assertThat(run("import", "sample-portfolios/us-amazon", "--db", base.toString())).as(err.toString()).isZero();
        byte[] before = Files.readAllBytes(mv);
        String witness = Files.readString(Path.of(base + ".witness"));

        for (String language : List.of("en", "zh")) {
            // room for the file as it is and a few blocks more: the import's first chunk does not fit
            Child c = child(dir.resolve("data"), before.length / 1024 + 12, language, "import", "sample-portfolios/cn-tech-sme", "--db",
                    base.toString(), "--lang", language.equals("en") ? "en" : "zh-CN");
            // the first chunk fails while the database is being opened (before the import could look): not checked
            assertThat(refusedForDiskFull(c, language, language)).contains(language.equals("en")
                    ? "error: disk full while writing to the database " + mv
                    : "写入数据库 " + mv + " 时磁盘已满")
                    .containsAnyOf("checked afterwards: nothing of this import was stored", "could not be checked",
                            "事后核查：本次导入没有任何内容存入", "无法确认本次命令是否已存入");
            // the unfinished chunk was cut off (a setting the command committed before it may be stored in a chunk)
            assertThat(Database.FileKind.cutShort(mv)).isEmpty();
            assertThat(Files.size(mv)).isLessThanOrEqualTo(before.length / 1024 * 1024 + 12 * 1024);
            assertThat(Path.of(base + ".partial")).doesNotExist();
            assertThat(run("verify", "--db", base.toString())).as(err.toString()).isZero();
            assertThat(out.toString()).contains("intact: 1 audit entries");
        }
        assertThat(Files.readString(Path.of(base + ".witness")).lines().limit(3))
                .isEqualTo(witness.lines().limit(3).toList());
        assertThat(run("list", "--db", base.toString())).isZero();
        assertThat(out.toString()).contains("us-amazon").doesNotContain("cn-tech-sme");
        // with room again, the same import is stored
        assertThat(run("import", "sample-portfolios/cn-tech-sme", "--db", base.toString())).as(err.toString()).isZero();
        assertThat(run("verify", "--db", base.toString())).as(err.toString()).isZero();
        assertThat(out.toString()).contains("intact: 2 audit entries");
    }

    @Test
    void aFullDiskWhileANewDatabaseIsCreatedLeavesNoFileAndSaysItHeldNoData(@TempDir Path dir) throws Exception {
        Path base = dir.resolve("new");
        Path mv = Path.of(base + ".mv.db");
        Child c = child(dir.resolve("data"), 16, "en", "import", "sample-portfolios/cn-tech-sme", "--db", base.toString());
        assertThat(refusedForDiskFull(c, "16 KB", "en")).contains("disk full while creating the database " + mv
                + ": it held no data yet");
        assertThat(mv).doesNotExist();
        assertThat(run("import", "sample-portfolios/cn-tech-sme", "--db", base.toString())).as(err.toString()).isZero();
    }

    /** The first import into a new database: the schema is kept (it was complete), the import is not. */
    @Test
    void aFullDiskDuringTheFirstImportLeavesTheEmptySchema(@TempDir Path dir) throws Exception {
        Path base = dir.resolve("first");
        Path mv = Path.of(base + ".mv.db");
        try (Database db = Database.open(base)) {
            assertThat(db.openingNotices()).isEmpty();
        }
        byte[] empty = Files.readAllBytes(mv);
        Child c = child(dir.resolve("data"), empty.length / 1024 + 12, "en", "import", "sample-portfolios/cn-tech-sme", "--db",
                base.toString());
        assertThat(refusedForDiskFull(c, "first import", "en")).contains("disk full while writing to the database")
                .contains("checked afterwards: nothing of this import was stored");
        assertThat(Database.FileKind.cutShort(mv)).isEmpty();
        assertThat(run("list", "--db", base.toString())).as(err.toString()).isZero();
        assertThat(out.toString()).contains("No portfolios yet");
    }

    /** A CSV of {@code rows} US patents (the us-amazon sample's columns): enough data to fill a small file limit. */
    private static Path bigCsv(Path dir, int rows) throws Exception {
        Path csv = dir.resolve("big.csv");
        StringBuilder b = new StringBuilder("publication_number,title,assignee,filing_date,grant_date,status\n");
        for (int k = 0; k < rows; k++) {
            b.append("US").append(11_000_000 + k).append(",Motion data driven performance evaluation and training,")
                    .append("\"Amazon Technologies, Inc.\",2017-06-12,2023-01-17,granted\n");
        }
        Files.writeString(csv, b);
        return csv;
    }

    /** The child's log lines (its data folder's logs): how it handled the failed write. */
    private static String childLog(Path dataFolder) throws Exception {
        Path logs = dataFolder.resolve("logs");
        StringBuilder b = new StringBuilder();
        if (Files.isDirectory(logs)) {
            try (java.util.stream.Stream<Path> files = Files.list(logs)) {
                for (Path f : files.sorted().toList()) {
                    b.append(Files.readString(f, StandardCharsets.UTF_8));
                }
            }
        }
        return b.toString();
    }

    /**
     * Review 13b cases 3 and 4: the disk fills while a large import into an existing database runs. Early, the failure
     * comes back inside an H2 batch (as its next exception, not its cause); late, H2 has already written chunks that
     * hold the import's open transaction, which H2 rolls back while opening: a read-only opening cannot, and list and
     * verify refused the file ("This store is read-only"), while the next write brought the import back. Now: disk
     * full, exit 2, "nothing of this import was stored", and the file is the one before the import's transaction
     * again, which list and verify read.
     */
    @Test
    void aFullDiskEarlyOrLateInALargeImportPutsTheDatabaseBackAsItWas(@TempDir Path dir) throws Exception {
        Path csv = bigCsv(dir, 20_000);
        Path template = dir.resolve("template");
        assertThat(run("import", "sample-portfolios/cn-tech-sme", "--db", template.toString())).as(err.toString()).isZero();
        byte[] before = Files.readAllBytes(Path.of(template + ".mv.db"));
        byte[] witness = Files.readAllBytes(Path.of(template + ".witness"));
        assertThat(run("import", csv.toString(), "--db", template.toString())).as(err.toString()).isZero();
        long grown = (Files.size(Path.of(template + ".mv.db")) - before.length) / 1024;
        long early = before.length / 1024 + 200;
        long late = before.length / 1024 + grown * 3 / 4;
        for (long limit : List.of(early, late)) {
            String what = "limit " + limit + " KB (" + (limit == early ? "early" : "late") + ")";
            Path base = dir.resolve("at" + limit);
            Path mv = Path.of(base + ".mv.db");
            Files.write(mv, before);
            Files.write(Path.of(base + ".witness"), witness);
            Path data = dir.resolve("data" + limit);
            Child c = child(data, limit, "en", "import", csv.toString(), "--db", base.toString());
            String message = refusedForDiskFull(c, what, "en");
            assertThat(message).as(what).contains("disk full while writing to the database " + mv)
                    .contains("checked afterwards: nothing of this import was stored");
            assertThat(listShowsWhatTheMessageSaid(base, message, what, "stored completely", "US11000000")).isFalse();
            assertThat(out.toString()).contains("intact: 1 audit entries");
            // none of the import's rows is left in the file (they take megabytes); what the opening wrote may be
            assertThat(Files.size(mv)).as(what).isLessThan(before.length + 100 * 1024L);
            if (limit == late) {
                // the phase the review found: the last chunk H2 reads held the import's open transaction
                assertThat(childLog(data)).as(what).contains("its last chunk held the import's unfinished transaction");
            }
            // the next write does not bring the import back
            assertThat(run("import", "sample-portfolios/us-amazon", "--db", base.toString())).as(err.toString()).isZero();
            assertThat(run("list", "--db", base.toString())).isZero();
            assertThat(out.toString()).as(what).doesNotContain("US11000000").contains("cn-tech-sme");
        }
    }

    /**
     * Review 13b cases 1, 2 and 8: file limits just under the size the first import into a new database ends with hit
     * its rows, its commit and its closing (H2 writes its last chunk then and does not report the failure), for a CSV
     * folder and an XLSX workbook. Whatever the phase, what the command says is true: never "Imported" with exit 0 and
     * a database refused afterwards, never "nothing stored" while the import is there, and a new database that holds
     * nothing afterwards is deleted, not left empty; after exit 2 list and verify read what the message said.
     */
    @Test
    void aFullDiskAtCommitOrCloseNeverEndsInAFalseClaim(@TempDir Path dir) throws Exception {
        int storedAfterExit2 = 0;
        int deleted = 0;
        for (String input : List.of("sample-portfolios/cn-tech-sme", "sample-portfolios/university-spinoff.xlsx")) {
            Path free = dir.resolve("free" + input.length());
            assertThat(run("import", input, "--db", free.toString())).as(err.toString()).isZero();
            long size = Files.size(Path.of(free + ".mv.db")) / 1024;
            for (long below : List.of(40L, 24L, 16L)) {
                String what = input + ", limit " + (size - below) + " KB";
                Path base = dir.resolve("at" + below + "-" + input.length());
                Child c = child(dir.resolve("data"), size - below, "en", "import", input, "--db", base.toString());
                if (c.exit() == 0) {
                    assertThat(run("list", "--db", base.toString())).as(what + err).isZero();
                    assertThat(out.toString()).as(what).contains("#1 ");
                    continue;
                }
                String message = refusedForDiskFull(c, what, "en");
                if (!Files.exists(Path.of(base + ".mv.db"))) {
                    assertThat(message).as(what).contains("it held no data yet");
                    assertThat(Path.of(base + ".witness")).doesNotExist();
                    deleted++;
                    continue;
                }
                if (listShowsWhatTheMessageSaid(base, message, what, "the import was stored completely (portfolio #1)",
                        "#1 ")) {
                    storedAfterExit2++;
                }
            }
        }
        // the limits reach the phases the review found: the rows (nothing stored: deleted) and the commit or close
        assertThat(deleted).isPositive();
        assertThat(storedAfterExit2).isPositive();
    }

    /** A file as a failed write leaves it: the database as it was, and part of a chunk after it. */
    private static byte[] withUnfinishedChunk(byte[] whole) {
        byte[] cut = java.util.Arrays.copyOf(whole, whole.length + 14_336);
        byte[] header = "chunk:ff,block:99,len:4,pages:9,max:1,map:9,next:9,root:1,time:1,version:99,toc:1\n"
                .getBytes(StandardCharsets.ISO_8859_1);
        System.arraycopy(header, 0, cut, whole.length, header.length);
        return cut;
    }

    @Test
    void aRecordLeftByAKilledProcessIsFinishedForThatVeryFileOnly(@TempDir Path dir) throws Exception {
        Path base = dir.resolve("pb");
        Path mv = Path.of(base + ".mv.db");
        assertThat(run("import", "sample-portfolios/us-amazon", "--db", base.toString())).as(err.toString()).isZero();
        byte[] whole = Files.readAllBytes(mv);
        byte[] unfinished = withUnfinishedChunk(whole);
        DatabaseLocation where = DatabaseLocation.of(base);
        Path record = UnfinishedWrite.recordOf(where);

        // without a record it is refused as damaged, as a file cut short by someone else is
        Files.write(mv, unfinished);
        assertThat(run("list", "--db", base.toString())).isEqualTo(1);
        assertThat(err.toString()).contains("is damaged").contains("cut short");
        assertThat(run("import", "sample-portfolios/cn-tech-sme", "--db", base.toString())).isNotZero();
        assertThat(Files.readAllBytes(mv)).isEqualTo(unfinished);

        // a record of another file (one byte differs) is not used
        byte[] other = unfinished.clone();
        other[other.length - 1] = 1;
        new UnfinishedWrite.Record(unfinished.length, Database.sha256(write(mv, other)), whole.length).write(record);
        Files.write(mv, unfinished);
        assertThat(run("import", "sample-portfolios/cn-tech-sme", "--db", base.toString())).isNotZero();
        assertThat(err.toString()).contains("is damaged");
        assertThat(Files.readAllBytes(mv)).isEqualTo(unfinished);

        // the recorded file itself: a read-only command reads it as it was and leaves it so, saying why
        new UnfinishedWrite.Record(unfinished.length, Database.sha256(mv), whole.length).write(record);
        assertThat(run("list", "--db", base.toString())).as(err.toString()).isZero();
        assertThat(out.toString()).contains("us-amazon");
        assertThat(err.toString()).contains("note: the database " + mv + " ends with an unfinished write");
        assertThat(Files.readAllBytes(mv)).isEqualTo(unfinished);
        // a command that writes cuts the unfinished chunk off, and the user is told
        try (Database db = Database.open(base)) {
            assertThat(db.openingNotices()).extracting(io.pledgebench.domain.Text::key)
                    .containsExactly("security.db.unfinishedWriteDiscarded");
        }
        assertThat(record).doesNotExist();
        assertThat(run("verify", "--db", base.toString())).as(err.toString()).isZero();

        // a record beside a file that has a whole chunk at its end (cut, or grown since) is dropped unused
        new UnfinishedWrite.Record(unfinished.length, Database.sha256(write(mv, unfinished)), whole.length).write(record);
        Files.write(mv, whole);
        assertThat(run("import", "sample-portfolios/cn-tech-sme", "--db", base.toString())).as(err.toString()).isZero();
        assertThat(err.toString()).doesNotContain("unfinished write");
        assertThat(record).doesNotExist();
    }

    @Test
    void aRecordNeverAcceptsAFileCutShortBySomeoneElse(@TempDir Path dir) throws Exception {
        Path base = dir.resolve("pb");
        Path mv = Path.of(base + ".mv.db");
        assertThat(run("import", "sample-portfolios/us-amazon", "--db", base.toString())).as(err.toString()).isZero();
        byte[] whole = Files.readAllBytes(mv);
        byte[] unfinished = withUnfinishedChunk(whole);
        new UnfinishedWrite.Record(unfinished.length, Database.sha256(write(mv, unfinished)), whole.length)
                .write(UnfinishedWrite.recordOf(DatabaseLocation.of(base)));
        for (int size : new int[] {whole.length - 4096, whole.length - 100, unfinished.length - 100}) {
            Files.write(mv, java.util.Arrays.copyOf(unfinished, size));
            assertThat(run("import", "sample-portfolios/cn-tech-sme", "--db", base.toString())).as("cut at " + size)
                    .isNotZero();
            assertThat(err.toString()).contains("is damaged");
            assertThat(Files.size(mv)).isEqualTo(size);
        }
    }

    private static Path write(Path file, byte[] bytes) throws Exception {
        return Files.write(file, bytes);
    }

    @Test
    void aFileWithoutAWitnessCutShortSaysNothingWasEverStoredInIt(@TempDir Path dir) throws Exception {
        Path base = dir.resolve("pb");
        Path mv = Path.of(base + ".mv.db");
        try (Database db = Database.open(base)) {
            assertThat(db.openingNotices()).isEmpty();
        }
        byte[] empty = Files.readAllBytes(mv);
        Files.write(mv, withUnfinishedChunk(empty));
        // review 13b case 7: the user deletes it and repeats the command, as for a file that is no database: exit 2
        assertThat(run("import", "sample-portfolios/cn-tech-sme", "--db", base.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("no portfolio or assessment was ever stored in it")
                .contains("delete " + mv);
    }

    @Test
    void aCreationStoppedBeforeTheSchemaIsSaidSoAndMadeAgain(@TempDir Path dir) throws Exception {
        Path base = dir.resolve("half");
        Path mv = Path.of(base + ".mv.db");
        // what a kill leaves while the schema is created: H2's own file, without a schema version, maybe empty tables
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + base + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE",
                "pledgebench", ""); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE portfolio (id BIGINT PRIMARY KEY)");
        }
        assertThatThrownBy(() -> Database.openReadOnly(base, null)).isInstanceOf(RefusedInputException.class)
                .hasMessageContaining("holds no data: the command that created it was stopped");
        assertThat(run("list", "--db", base.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("holds no data").doesNotContain("schema version 0");
        assertThat(run("import", "sample-portfolios/cn-tech-sme", "--db", base.toString())).as(err.toString()).isZero();
        assertThat(err.toString()).contains("note: the database " + mv + " held no data").contains("created again");
        assertThat(run("verify", "--db", base.toString())).as(err.toString()).isZero();
        assertThat(Path.of(dir + "/backups")).doesNotExist();
    }

    @Test
    void aFileWithRowsButNoSchemaVersionIsNeverEmptied(@TempDir Path dir) throws Exception {
        Path base = dir.resolve("foreign");
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + base + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE",
                "pledgebench", ""); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE notes (id BIGINT PRIMARY KEY)");
            s.execute("INSERT INTO notes VALUES (1)");
        }
        assertThatThrownBy(() -> Database.open(base)).isInstanceOf(StoreException.class)
                .hasMessageContaining("has tables but no schema version");
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + base + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE",
                "pledgebench", "");
             Statement s = c.createStatement(); java.sql.ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM notes")) {
            rs.next();
            assertThat(rs.getInt(1)).isEqualTo(1);
        }
    }

    @Test
    void aFileThatIsNoDatabaseIsRefusedWithExitTwoNamingIt(@TempDir Path dir) throws Exception {
        Path mv = Files.writeString(dir.resolve("notes.mv.db"), "these are my notes, not a database\n");
        assertThat(run("import", "sample-portfolios/cn-tech-sme", "--db", mv.toString())).isEqualTo(2);
        assertThat(err.toString()).contains(mv + " is not a PledgeBench database");
        assertThat(run("list", "--db", mv.toString())).isEqualTo(2);
        assertThat(Files.readString(mv)).isEqualTo("these are my notes, not a database\n");
    }
}
