package io.pledgebench.store;

import io.pledgebench.domain.LegalStatus;
import io.pledgebench.domain.Patent;
import io.pledgebench.domain.PatentNumber;
import io.pledgebench.domain.PatentType;
import io.pledgebench.domain.Portfolio;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Crash safety: a child JVM imports large portfolios one after another and is killed ({@code destroyForcibly},
 * i.e. SIGKILL) at random moments, several times. After each kill the database must open, every committed
 * portfolio must be complete (its patents match its import record) and every portfolio committed before must
 * still be there; a killed import leaves nothing behind.
 */
class CrashSafetyTest {

    private static final int PATENTS_PER_IMPORT = 3_000;

    @Test
    void killedImportsNeverLeaveAHalfImportedPortfolioOrLoseEarlierOnes(@TempDir Path dir) throws Exception {
        Path base = dir.resolve("crash");
        Random random = new Random(20261125L);
        Set<String> committedSoFar = new HashSet<>();
        for (int round = 0; round < 4; round++) {
            Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), ImportingChild.class.getName(), base.toString(),
                    "round" + round).redirectErrorStream(true).start();
            BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
            int commitsBeforeKill = 1 + random.nextInt(2);
            int seen = 0;
            String line;
            while (seen < commitsBeforeKill && (line = out.readLine()) != null) {
                assertThat(line).as("child output").startsWith("committed ");
                seen++;
            }
            // Kill in the middle of the next import: it has started when the previous one committed.
            Thread.sleep(50 + random.nextInt(400));
            child.destroyForcibly();
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();

            try (Database db = Database.open(base); Connection c = db.connect()) {
                Set<String> names = new HashSet<>();
                try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                        "SELECT p.name, l.rows_read, (SELECT COUNT(*) FROM patent t WHERE t.portfolio_id = p.id)"
                                + " FROM portfolio p LEFT JOIN import_log l ON l.portfolio_id = p.id")) {
                    while (rs.next()) {
                        names.add(rs.getString(1));
                        assertThat(rs.getObject(2)).as("import record of %s", rs.getString(1)).isNotNull();
                        assertThat(rs.getInt(3)).as("patents of %s", rs.getString(1)).isEqualTo(rs.getInt(2))
                                .isEqualTo(PATENTS_PER_IMPORT);
                    }
                }
                assertThat(names).as("round %d keeps every earlier portfolio", round).containsAll(committedSoFar);
                assertThat(names.size()).isGreaterThanOrEqualTo(committedSoFar.size() + commitsBeforeKill);
                committedSoFar.addAll(names);
            }
        }
    }

    @Test
    void killedAssessmentSavesLeaveTheAuditChainIntactAndLoseNothingCommitted(@TempDir Path dir) throws Exception {
        Path base = dir.resolve("crash-assess");
        Random random = new Random(7L);
        int committedSoFar = 0;
        for (int round = 0; round < 4; round++) {
            Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), SavingChild.class.getName(), base.toString())
                    .redirectErrorStream(true).start();
            BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
            int commitsBeforeKill = 1 + random.nextInt(3);
            for (int seen = 0; seen < commitsBeforeKill; seen++) {
                assertThat(out.readLine()).as("child output").startsWith("saved ");
            }
            Thread.sleep(20 + random.nextInt(200));
            child.destroyForcibly();
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();

            try (Database db = Database.open(base)) {
                IntegrityCheck.Report report = new IntegrityCheck(db).run();
                assertThat(report.intact()).as("round %d: %s", round, report.problem()).isTrue();
                assertThat(report.assessments()).as("round %d keeps every saved assessment", round)
                        .isGreaterThanOrEqualTo(committedSoFar + commitsBeforeKill);
                assertThat(report.auditEntries()).isGreaterThanOrEqualTo(report.assessments());
                committedSoFar = report.assessments();
            }
        }
    }

    /**
     * Issue 15, item 9: a backup killed while it is written never leaves a partial file under a backup's name: every
     * {@code *-v1-*.mv.db} in {@code backups/} is the whole database.
     */
    @Test
    void killedBackupsNeverLeaveAPartialBackupThatLooksValid(@TempDir Path dir) throws Exception {
        Path mv = dir.resolve("big.mv.db");
        byte[] block = new byte[1 << 20];
        new Random(9).nextBytes(block);
        try (java.io.OutputStream o = java.nio.file.Files.newOutputStream(mv)) {
            for (int i = 0; i < 32; i++) {
                o.write(block);
            }
        }
        String whole = Database.sha256(mv);
        Random random = new Random(15L);
        for (int round = 0; round < 4; round++) {
            Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), BackingUpChild.class.getName(), mv.toString())
                    .redirectErrorStream(true).start();
            BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
            assertThat(out.readLine()).isEqualTo("backing up");
            Thread.sleep(50 + random.nextInt(400));
            child.destroyForcibly();
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
        try (java.util.stream.Stream<Path> files = java.nio.file.Files.list(dir.resolve("backups"))) {
            for (Path f : files.toList()) {
                if (f.getFileName().toString().endsWith(".mv.db")) {
                    assertThat(Database.sha256(f)).as("%s is complete", f.getFileName()).isEqualTo(whole);
                } else if (f.getFileName().toString().endsWith(".mv.db.sha256")) {
                    // the record of a verified backup: written after the backup, and naming a complete one
                    assertThat(java.nio.file.Files.readString(f)).startsWith(whole);
                    assertThat(Database.sha256(f.resolveSibling(f.getFileName().toString().replace(".sha256", ""))))
                            .isEqualTo(whole);
                } else {
                    assertThat(f.getFileName().toString()).as("a partial copy is hidden and named so").startsWith(".")
                            .endsWith(".tmp");
                }
            }
        }
    }

    /** The child process: backs up a large file again and again, as before a schema upgrade, until killed. */
    public static final class BackingUpChild {
        public static void main(String[] args) throws Exception {
            Path mv = Path.of(args[0]);
            Database.backup(mv, 1);
            System.out.println("backing up");
            System.out.flush();
            for (int i = 0; i < 200; i++) {
                Database.backup(mv, 1);
            }
        }
    }

    /** The child process: saves large assessments in a loop and reports each commit on stdout. */
    public static final class SavingChild {
        public static void main(String[] args) {
            StringBuilder result = new StringBuilder("{\"patents\":[");
            for (int i = 0; i < 20_000; i++) {
                result.append(i == 0 ? "" : ",").append("{\"patentNumber\":\"US").append(10_000_000 + i)
                        .append("\",\"value\":").append(1000.5 + i).append('}');
            }
            String json = result.append("]}").toString();
            try (Database db = Database.open(Path.of(args[0]))) {
                AssessmentRepository repo = new AssessmentRepository(db);
                for (int k = 0; ; k++) {
                    repo.save(new NewAssessment(null, "Crash test portfolio", "crash-test", LocalDate.of(2025, 6, 30),
                            "a".repeat(64), "0.1.0", "{\"run\":" + k + "}", json));
                    System.out.println("saved " + k);
                    System.out.flush();
                }
            }
        }
    }

    /** The child process: imports portfolios in a loop and reports each commit on stdout. */
    /** Imports as the command line's import opens the database (no compaction when it closes), until killed. */
    public static final class ImportingChild {
        public static void main(String[] args) {
            try (Database db = Database.openForImport(Path.of(args[0]), null)) {
                PortfolioRepository repo = new PortfolioRepository(db);
                for (int k = 0; ; k++) {
                    List<Patent> patents = new ArrayList<>(PATENTS_PER_IMPORT);
                    for (int i = 0; i < PATENTS_PER_IMPORT; i++) {
                        patents.add(Patent.builder(PatentNumber.parse("US" + (10_000_000 + i)), PatentType.INVENTION,
                                        LegalStatus.VALID)
                                .title("Crash test patent " + i).filingDate(LocalDate.of(2015, 1, 1))
                                .grantDate(LocalDate.of(2018, 1, 1)).build());
                    }
                    String name = args[1] + "-" + k;
                    repo.insert(new Portfolio(name, null, patents, null, "USD", "crash-test"),
                            new PortfolioRepository.ImportRecord("crash-test", name, "crash-test", PATENTS_PER_IMPORT, 0));
                    System.out.println("committed " + name);
                    System.out.flush();
                }
            }
        }
    }
}
