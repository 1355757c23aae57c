package io.pledgebench.cli;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 15 from the command line: {@code --db} is a path and nothing else, read-only commands never create a
 * database, outputs never destroy a file, and absurd loan amounts are refused with the reason.
 */
class SecurityCommandTest {

    private static final String SAMPLE = "sample-portfolios/cn-tech-sme";

    @TempDir
    static Path shared;
    private static Path db;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeAll
    static void importSample() {
        db = shared.resolve("data/pledgebench");
        StringWriter e = new StringWriter();
        assertThat(PledgeBenchCommand.execute(new PrintWriter(new StringWriter()), new PrintWriter(e),
                "import", SAMPLE, "--db", db.toString())).as(e.toString()).isZero();
    }

    private int run(String... args) {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        return PledgeBenchCommand.execute(new PrintWriter(out), new PrintWriter(err), args);
    }

    private static String sha256(Path f) throws IOException {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(f)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<Path> files(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).toList();
        }
    }

    // 1. --db is a file path, never a fragment of a JDBC URL

    @Test
    void aDbPathCarryingH2SettingsRunsNothingAndCreatesNothing(@TempDir Path dir) throws IOException {
        Path evil = dir.resolve("evil.sql");
        Path marker = dir.resolve("marker");
        Files.writeString(evil, "CREATE TABLE evil_marker(x INT);\n"
                + "CALL FILE_WRITE(STRINGTOUTF8('pwned'), '" + marker.toString().replace("'", "''") + "');\n");
        String injected = dir.resolve("x") + ";INIT=RUNSCRIPT FROM '" + evil + "'";
        for (String command : List.of("list", "verify", "report")) {
            assertThat(run(command, "--db", injected)).as(command).isEqualTo(2);
            assertThat(err.toString()).contains("';'").doesNotContain("Exception");
        }
        assertThat(run("import", SAMPLE, "--db", injected)).isEqualTo(2);
        assertThat(err.toString()).contains("';'");
        assertThat(marker).doesNotExist();
        assertThat(files(dir)).containsExactly(evil);
    }

    /** Attacker's probe: a --db with a bidi override or a line separator printed as another path in messages. */
    @Test
    void aDbPathWithInvisibleOrLineBreakingCharactersIsRefused(@TempDir Path dir) throws IOException {
        for (String odd : List.of("\u202Egpj.db", "a\u2028b", "z\u200Bw")) {
            assertThat(run("import", SAMPLE, "--db", dir.resolve(odd).toString())).as(odd).isEqualTo(2);
            assertThat(err.toString()).contains("invisible").doesNotContain("Exception");
        }
        assertThat(files(dir)).isEmpty();
    }

    /**
     * A relative --db becomes an absolute path inside the working folder: a folder whose name carries H2 settings must
     * not reach the URL either (found by an attacker's probe: the check looked at the path as typed).
     */
    @Test
    void aRelativeDbInAFolderCarryingH2SettingsRunsNothing(@TempDir Path dir) throws Exception {
        Path work = Files.createDirectories(dir.resolve("q;INIT=RUNSCRIPT FROM 'evil.sql'--"));
        Path marker = dir.resolve("marker");
        Files.writeString(work.resolve("evil.sql"), "CALL FILE_WRITE(STRINGTOUTF8('pwned'), '"
                + marker.toString().replace("'", "''") + "');\n");
        List<String> cmd = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dpledgebench.home=" + dir.resolve("home"), "-cp", System.getProperty("java.class.path"),
                "io.pledgebench.Main", "import", Path.of(SAMPLE).toAbsolutePath().toString(), "--db", "db");
        Process p = new ProcessBuilder(cmd).directory(work.toFile()).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(p.waitFor()).as(output).isEqualTo(2);
        assertThat(output).contains("';'").doesNotContain("Exception");
        assertThat(marker).doesNotExist();
        assertThat(work.resolve("db.mv.db")).doesNotExist();
    }

    @ParameterizedTest
    @ValueSource(strings = {"jdbc:h2:mem:x", "jdbc:h2:tcp://localhost/x", "postgresql://host/db", "db=1",
            "folder;x/pledgebench"})
    void anythingButAPlainPathIsRefusedWithTheReason(String bad) {
        assertThat(run("import", SAMPLE, "--db", bad)).isEqualTo(2);
        assertThat(err.toString()).startsWith("error: ").doesNotContain("Exception").contains(bad.substring(0, 4));
        assertThat(Path.of(bad.replace(":", "_"))).doesNotExist();
    }

    @Test
    void aFolderGivenAsTheDatabaseNamesTheFileToGive(@TempDir Path dir) {
        assertThat(run("list", "--db", dir.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("is a folder").contains(dir.resolve("pledgebench").toString());
    }

    // 3a. read-only commands never create a database

    @Test
    void readOnlyCommandsRefuseAMissingDatabaseAndCreateNothing(@TempDir Path dir) throws IOException {
        String missing = dir.resolve("no/such/folder/pledgebench").toString();
        String typo = dir.resolve("pledgebench.db").toString();
        for (String path : List.of(missing, typo)) {
            for (List<String> cmd : List.of(List.of("list"), List.of("verify"), List.of("report"),
                    List.of("export", "1", "--out", dir.resolve("x.csv").toString()), List.of("comparables", "list"),
                    List.of("signoff", "1", "--role", "maker", "--user", "alice"))) {
                String[] args = Stream.concat(cmd.stream(), Stream.of("--db", path)).toArray(String[]::new);
                assertThat(run(args)).as(String.join(" ", args)).isEqualTo(2);
                assertThat(err.toString()).contains("there is no database at").doesNotContain("intact");
            }
        }
        assertThat(files(dir)).isEmpty();
        assertThat(dir.resolve("no")).doesNotExist();
    }

    // 2. outputs refuse existing files, never touch the database or the inputs, write atomically

    @Test
    void outputsRefuseTheDatabaseItsBackupsAndTheInputsEvenWithForce(@TempDir Path dir) throws IOException {
        Path mv = Path.of(db + ".mv.db");
        String before = sha256(mv);
        Path input = dir.resolve("patents.csv");
        Files.copy(Path.of(SAMPLE, "patents.csv"), input);
        String inputBefore = sha256(input);
        for (String force : List.of("--paths", "--force")) {
            List<String> args = new java.util.ArrayList<>(List.of("assess", input.toString(), "--loan", "3000000",
                    "--term-months", "24", "--pd", "0.02", "--as-of", "2025-06-30", "--paths", "100", "--db", db.toString(),
                    "--pdf", mv.toString()));
            if (force.equals("--force")) {
                args.add("--force");
            }
            assertThat(run(args.toArray(String[]::new))).isEqualTo(2);
            assertThat(err.toString()).contains("will not write").doesNotContain("Exception");
        }
        assertThat(run("assess", input.toString(), "--loan", "3000000", "--term-months", "24", "--pd", "0.02",
                "--as-of", "2025-06-30", "--paths", "100", "--json", input.toString(), "--force")).isEqualTo(2);
        assertThat(err.toString()).contains("will not write");
        assertThat(run("assess", input.toString(), "--loan", "3000000", "--term-months", "24", "--pd", "0.02",
                "--as-of", "2025-06-30", "--paths", "100", "--json", dir.resolve("./../" + dir.getFileName()
                        + "/patents.csv").toString(), "--force")).isEqualTo(2);
        Path backups = mv.resolveSibling("backups");
        Files.createDirectories(backups);
        assertThat(run("export", "1", "--db", db.toString(), "--out", backups.resolve("b.csv").toString())).isEqualTo(2);
        assertThat(err.toString()).contains("will not write");
        Path link = dir.resolve("link.csv");
        Files.createSymbolicLink(link, mv);
        assertThat(run("export", "1", "--db", db.toString(), "--out", link.toString(), "--force")).isEqualTo(2);
        assertThat(sha256(mv)).isEqualTo(before);
        assertThat(sha256(input)).isEqualTo(inputBefore);
    }

    /** Attacker's probe: the folder reader matches Loan.csv and ENTERPRISE.CSV whatever their case; so does the guard. */
    @Test
    void folderInputsNamedInAnotherCaseAreNeverWrittenOver(@TempDir Path dir) throws IOException {
        Path folder = dir.resolve("pf");
        Files.createDirectories(folder);
        Files.copy(Path.of(SAMPLE, "patents.csv"), folder.resolve("patents.csv"));
        Files.copy(Path.of(SAMPLE, "loan.csv"), folder.resolve("Loan.csv"));
        Files.copy(Path.of(SAMPLE, "enterprise.csv"), folder.resolve("ENTERPRISE.CSV"));
        String loan = sha256(folder.resolve("Loan.csv"));
        String enterprise = sha256(folder.resolve("ENTERPRISE.CSV"));
        assertThat(run("assess", folder.toString(), "--paths", "100", "--json", folder.resolve("Loan.csv").toString(),
                "--force")).isEqualTo(2);
        assertThat(err.toString()).contains("will not write");
        assertThat(run("assess", folder.toString(), "--paths", "100", "--pdf",
                folder.resolve("ENTERPRISE.CSV").toString(), "--force")).isEqualTo(2);
        assertThat(err.toString()).contains("will not write");
        assertThat(sha256(folder.resolve("Loan.csv"))).isEqualTo(loan);
        assertThat(sha256(folder.resolve("ENTERPRISE.CSV"))).isEqualTo(enterprise);
    }

    @Test
    void anExistingOutputIsKeptUnlessForceIsGiven(@TempDir Path dir) throws IOException {
        Path json = dir.resolve("result.json");
        Files.writeString(json, "keep me");
        String[] assess = {"assess", SAMPLE, "--loan", "3000000", "--term-months", "24", "--as-of", "2025-06-30",
                "--paths", "100", "--json", json.toString()};
        assertThat(run(assess)).isEqualTo(2);
        assertThat(err.toString()).contains("exists already").contains("--force");
        assertThat(json).hasContent("keep me");
        String[] forced = Stream.concat(Stream.of(assess), Stream.of("--force")).toArray(String[]::new);
        assertThat(run(forced)).as(err.toString()).isZero();
        assertThat(Files.readString(json)).startsWith("{");
        assertThat(files(dir)).containsExactly(json);

        Path csv = dir.resolve("out.csv");
        Files.writeString(csv, "keep me");
        assertThat(run("export", "1", "--db", db.toString(), "--out", csv.toString())).isEqualTo(2);
        assertThat(csv).hasContent("keep me");
        assertThat(run("export", "1", "--db", db.toString(), "--out", csv.toString(), "--force")).isZero();
        assertThat(Files.readString(csv)).contains("patent_number");
    }

    // 10. absurd loan amounts

    /** Separators are read only where they group thousands: "1,5" is not 15, "100000,0" not a million. */
    @ParameterizedTest
    @ValueSource(strings = {"1,5", "100000,0", "1.500,00", "1__0", "1,50,000"})
    void aLoanWithSeparatorsThatGroupNoThousandsIsRefused(String loan) {
        assertThat(run("assess", SAMPLE, "--loan", loan, "--term-months", "24", "--paths", "100",
                "--as-of", "2025-06-30")).isEqualTo(2);
        assertThat(err.toString()).startsWith("error: --loan").contains(loan);
        assertThat(AssessCommand.amount("5,000,000")).isEqualByComparingTo("5000000");
        assertThat(AssessCommand.amount("1_500_000.50")).isEqualByComparingTo("1500000.50");
    }

    @ParameterizedTest
    @ValueSource(strings = {"1e999999999", "1e308", "10000000000001", "1e99999999999"})
    void anAbsurdLoanIsRefusedWithTheReason(String loan) {
        assertThat(run("assess", SAMPLE, "--loan", loan, "--term-months", "24", "--paths", "100",
                "--as-of", "2025-06-30")).isEqualTo(2);
        assertThat(err.toString()).startsWith("error: --loan").contains(loan).doesNotContain("Exception");
        assertThat(err.toString().lines().count()).isEqualTo(1);
    }

    @Test
    void anAbsurdLoanFromTheLoanSheetIsRefusedToo(@TempDir Path dir) throws IOException {
        Path folder = Files.createDirectories(dir.resolve("pf"));
        Files.copy(Path.of(SAMPLE, "patents.csv"), folder.resolve("patents.csv"));
        Files.copy(Path.of(SAMPLE, "enterprise.csv"), folder.resolve("enterprise.csv"));
        Files.writeString(folder.resolve("loan.csv"), "field,value\namount,100000000000000\nterm_months,36\n");
        int exit = run("assess", folder.toString(), "--paths", "100", "--as-of", "2025-06-30");
        assertThat(err.toString()).doesNotContain("Exception");
        assertThat(exit).as(err.toString()).isEqualTo(2);
        assertThat(err.toString()).contains("10000000000000");
    }

    // second probe of issue 15

    /** Item 4: a file name with a line break, U+2028 or a bidi override cannot forge a line of import or list. */
    @Test
    void fileNamesAreShownEscapedByImportAndList(@TempDir Path dir) throws IOException {
        Path base = dir.resolve("db/pb");
        String name = "evil\n#9  FORGED (99 patents, imported 2026-01-01)\u2028#8  x\u2029\u202Ey\r\u0085z";
        Path csv = dir.resolve(name + ".csv");
        Files.copy(Path.of(SAMPLE, "patents.csv"), csv);
        assertThat(run("import", csv.toString(), "--db", base.toString())).as(err.toString()).isZero();
        assertThat(out.toString().lines().toList()).hasSize(1);
        // review 13b: the portfolio named after the file is one line (each run of such characters a space), and the
        // import says so, quoting the file's name escaped
        assertThat(out.toString()).contains("'evil #9  FORGED (99 patents, imported 2026-01-01) #8  x y z'")
                .doesNotContain("\u2028").doesNotContain("\u202E");
        assertThat(err.toString()).contains("evil\\n#9  FORGED").contains("\\u2028#8").contains("\\u202E")
                .doesNotContain("\u2028").doesNotContain("\u202E");
        assertThat(run("list", "--db", base.toString())).as(err.toString()).isZero();
        for (String line : out.toString().split("[\n\r\u0085\u2028\u2029]")) {
            assertThat(line).doesNotStartWith("#9").doesNotStartWith("#8").doesNotContain("\u202E");
        }
        assertThat(out.toString().split("[\n\r\u0085\u2028\u2029]", -1)).hasSize(out.toString().split("\n", -1).length);
        assertThat(run("export", "1", "--db", base.toString(), "--out", dir.resolve("patents.csv").toString()))
                .as(err.toString()).isZero();
        assertThat(out.toString().lines().toList()).hasSize(1);
        assertThat(out.toString()).contains("evil #9").doesNotContain("\u2028").doesNotContain("\u202E");
        Path empty = dir.resolve("none\u2028#7 forged.csv");
        Files.writeString(empty, "");
        assertThat(run("import", empty.toString(), "--db", base.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("none\\u2028#7").doesNotContain("\u2028");
    }

    /** Item 6: a name longer than the file system takes is refused naming the path and the reason, never a stack trace. */
    @Test
    void aNameLongerThanTheFileSystemTakesIsRefusedWithTheReason(@TempDir Path dir) throws IOException {
        String longName = "a".repeat(300);
        List<List<String>> commands = List.of(
                List.of("import", SAMPLE, "--db", dir.resolve(longName).toString()),
                List.of("list", "--db", dir.resolve(longName).toString()),
                List.of("import", dir.resolve(longName + ".csv").toString(), "--db", dir.resolve("db/pb").toString()),
                List.of("export", "1", "--db", db.toString(), "--out", dir.resolve(longName + ".csv").toString()),
                List.of("export", "1", "--db", db.toString(), "--out", dir.resolve(longName).resolve("x.csv").toString()),
                List.of("assess", SAMPLE, "--loan", "3000000", "--term-months", "24", "--as-of", "2025-06-30", "--paths",
                        "100", "--json", dir.resolve(longName + ".json").toString()));
        for (List<String> cmd : commands) {
            assertThat(run(cmd.toArray(String[]::new))).as(cmd.get(0) + ": " + err).isEqualTo(2);
            assertThat(err.toString()).as(cmd.get(0)).contains(dir.toString()).contains("bytes, more than the 255 a file name may have")
                    .doesNotContain("\tat ").doesNotContain("Exception");
        }
        // a name that fits with room for the temporary file is written
        String fits = "b".repeat(250) + ".csv";
        assertThat(run("export", "1", "--db", db.toString(), "--out", dir.resolve(fits).toString())).as(err.toString()).isZero();
        assertThat(dir.resolve(fits)).exists();
    }

    private static boolean mkfifo(Path p) {
        try {
            return new ProcessBuilder("mkfifo", p.toString()).start().waitFor() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Item 7: a named pipe as the database, the password file, an input or an output is refused, not waited on. */
    @Test
    void aNamedPipeIsRefusedNotWaitedOn(@TempDir Path dir) throws Exception {
        Path pipeDb = dir.resolve("pipe.mv.db");
        Path pipe = dir.resolve("pipe.csv");
        Path pipePassword = dir.resolve("password.txt");
        Path pipeJson = dir.resolve("out.json");
        org.junit.jupiter.api.Assumptions.assumeTrue(mkfifo(pipeDb) && mkfifo(pipe) && mkfifo(pipePassword)
                && mkfifo(pipeJson), "mkfifo");
        org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(60), () -> {
            for (String[] args : List.of(
                    new String[] {"import", SAMPLE, "--db", dir.resolve("pipe").toString()},
                    new String[] {"list", "--db", pipeDb.toString()},
                    new String[] {"verify", "--db", dir.resolve("pipe").toString()})) {
                assertThat(run(args)).as(String.join(" ", args)).isEqualTo(2);
                assertThat(err.toString()).contains(pipeDb.toString()).contains("is not a regular file (a named pipe");
            }
            assertThat(run("list", "--db", db.toString(), "--password-file", pipePassword.toString())).isEqualTo(2);
            assertThat(err.toString()).contains(pipePassword.toString()).contains("is not a regular file");
            assertThat(run("import", pipe.toString(), "--db", db.toString())).isEqualTo(2);
            assertThat(err.toString()).contains("is not a regular file");
            assertThat(run("assess", SAMPLE, "--loan", "3000000", "--term-months", "24", "--as-of", "2025-06-30",
                    "--paths", "100", "--json", pipeJson.toString(), "--force")).isEqualTo(2);
            assertThat(err.toString()).contains(pipeJson.toString()).contains("is not a regular file");
        });
    }

    /** Item 8: a folder named like a database file is said to be a folder, not a damaged database. */
    @Test
    void aFolderNamedLikeADatabaseFileIsSaidToBeAFolder(@TempDir Path dir) throws IOException {
        Path folder = Files.createDirectories(dir.resolve("x.mv.db"));
        for (String path : List.of(folder.toString(), dir.resolve("x").toString())) {
            for (String cmd : List.of("list", "verify")) {
                assertThat(run(cmd, "--db", path)).as(cmd + " " + path).isEqualTo(2);
                assertThat(err.toString()).contains(folder + " is a folder, not a database file").doesNotContain("damaged");
            }
            assertThat(run("import", SAMPLE, "--db", path)).isEqualTo(2);
            assertThat(err.toString()).contains("is a folder, not a database file").doesNotContain("damaged");
        }
        try (Stream<Path> inside = Files.list(folder)) {
            assertThat(inside).isEmpty();
        }
    }
}
