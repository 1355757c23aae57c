package io.pledgebench.store;

import io.pledgebench.domain.SignOffRole;
import io.pledgebench.cli.PledgeBenchCommand;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Issue 15, item 3b: {@code verify} can be trusted. It finds deleted newest rows (through the witness file), a chain
 * rewritten from the start, a patent edited on disk, and tells a damaged file (restore the newest backup) from
 * tampering.
 */
class VerifyIntegrityTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        return PledgeBenchCommand.execute(new PrintWriter(out), new PrintWriter(err), args);
    }

    /** A database with a portfolio, two saved assessments and the first one signed by maker and checker. */
    private Path seed(Path dir) {
        Path base = dir.resolve("pb");
        assertThat(run("import", "sample-portfolios/cn-tech-sme", "--db", base.toString())).as(err.toString()).isZero();
        try (Database db = Database.open(base)) {
            AssessmentRepository repo = new AssessmentRepository(db);
            long first = repo.save(AssessmentRepositoryTest.sample("alice"));
            repo.signOff(first, SignOffRole.MAKER, "alice", "");
            repo.signOff(first, SignOffRole.CHECKER, "bob", "ok");
            repo.save(AssessmentRepositoryTest.sample("alice"));
        }
        assertThat(run("verify", "--db", base.toString())).as(err.toString()).isZero();
        assertThat(out.toString()).contains("intact: 5 audit entries, 2 saved assessments, 2 sign-offs checked,"
                + " 1 portfolios checked; chain head ").contains("length 5");
        return base;
    }

    private static void sql(Path base, String... statements) throws SQLException {
        try (Database db = Database.open(base); Connection c = db.connect(); Statement s = c.createStatement()) {
            for (String st : statements) {
                s.executeUpdate(st);
            }
        }
    }

    @Test
    void deletingTheNewestAssessmentWithItsAuditRowIsFound(@TempDir Path dir) throws Exception {
        Path base = seed(dir);
        sql(base, "DELETE FROM audit_log WHERE id = (SELECT MAX(id) FROM audit_log)",
                "DELETE FROM assessment WHERE id = (SELECT MAX(id) FROM assessment)");
        assertThat(run("verify", "--db", base.toString())).isEqualTo(2);
        assertThat(err.toString()).startsWith("TAMPERED: ").contains("newest 1 audit entries were deleted");
    }

    @Test
    void deletingTheCheckersSignOffAndTheLastAuditRowsIsFoundEvenWithTheAnchor(@TempDir Path dir) throws Exception {
        Path base = seed(dir);
        String anchor;
        try (Database db = Database.open(base)) {
            anchor = new AssessmentRepository(db).load(1).orElseThrow().auditHash();
        }
        sql(base, "DELETE FROM audit_log WHERE id >= (SELECT MAX(id) - 1 FROM audit_log)",
                "DELETE FROM assessment WHERE id = 2", "DELETE FROM assessment_signoff WHERE role = 'checker'");
        assertThat(run("verify", "--db", base.toString(), "--anchor", anchor)).isEqualTo(2);
        assertThat(err.toString()).contains("were deleted");
    }

    @Test
    void aWholeChainRewrittenAfterChangingAGradeIsFound(@TempDir Path dir) throws Exception {
        Path base = seed(dir);
        try (Database db = Database.open(base); Connection c = db.connect()) {
            c.setAutoCommit(false);
            SavedAssessment a = new AssessmentRepository(db).load(1).orElseThrow();
            String result = a.resultJson().replace("\"grade\":\"B\"", "\"grade\":\"A\"");
            String content = SavedAssessment.contentHashOf(a.portfolio(), a.createdAt(), a.author(), a.asOf(),
                    a.inputHash(), a.appVersion(), a.inputsJson(), result);
            try (Statement s = c.createStatement()) {
                s.executeUpdate("UPDATE assessment SET result_json = '" + result + "', content_hash = '" + content
                        + "' WHERE id = 1");
            }
            // re-chain every audit entry, as someone who knows the hashing would
            List<AuditEntry> chain = AuditLog.entries(c);
            String prev = Hashes.GENESIS;
            for (AuditEntry e : chain) {
                String details = e.details();
                if (AssessmentRepository.ACTION_SAVED.equals(e.action()) && "1".equals(e.entityId())) {
                    details = AssessmentRepository.savedDetails(content, a.inputHash(), a.portfolio())
                            + AssessmentRepository.portfolioLink(a.portfolioId());
                }
                String hash = AuditLog.hashOf(prev, e.at(), e.actor(), e.action(), e.entity(), e.entityId(), details);
                try (PreparedStatement ps = c.prepareStatement("UPDATE audit_log SET details = ?, prev_hash = ?, hash = ?"
                        + " WHERE id = ?")) {
                    ps.setString(1, details);
                    ps.setString(2, prev);
                    ps.setString(3, hash);
                    ps.setLong(4, e.id());
                    ps.executeUpdate();
                }
                prev = hash;
            }
            c.commit();
        }
        assertThat(run("verify", "--db", base.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("the chain was rewritten");
    }

    @Test
    void aOneLetterChangeOfAPatentTitleOrADeletedPatentIsFound(@TempDir Path dir) throws Exception {
        Path base = seed(dir);
        sql(base, "UPDATE patent SET title = CONCAT(title, 'x') WHERE seq = 1");
        assertThat(run("verify", "--db", base.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("portfolio row 1").contains("edited outside PledgeBench");
        sql(base, "UPDATE patent SET title = LEFT(title, LENGTH(title) - 1) WHERE seq = 1");
        assertThat(run("verify", "--db", base.toString())).as(err.toString()).isZero();
        sql(base, "DELETE FROM legal_event WHERE patent_seq = 2", "DELETE FROM patent WHERE seq = 2");
        assertThat(run("verify", "--db", base.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("portfolio row 1");
    }

    @Test
    void aDamagedFileIsToldFromTamperingAndTheNewestBackupIsNamed(@TempDir Path dir) throws Exception {
        Path base = seed(dir);
        Path mv = Path.of(base + ".mv.db");
        Path backup = Database.backup(mv, 4);
        byte[] all = Files.readAllBytes(mv);
        Files.write(mv, java.util.Arrays.copyOf(all, 4096));
        assertThat(run("verify", "--db", base.toString())).isEqualTo(2);
        assertThat(err.toString()).startsWith("DAMAGED: ").contains(backup.toString()).doesNotContain("TAMPERED")
                .doesNotContain("edited");
    }

    @Test
    void portfoliosImportedBeforeAuditingAreNotedNotReportedAsTamperedEvenAfterDeletingOne(@TempDir Path dir)
            throws Exception {
        Path base = dir.resolve("legacy");
        for (int i = 0; i < 3; i++) {
            assertThat(run("import", "sample-portfolios/cn-tech-sme", "--db", base.toString())).as(err.toString()).isZero();
        }
        // as a database of an earlier version: no audit entries for portfolios, no witness
        try (Database db = Database.open(base); Connection c = db.connect(); Statement s = c.createStatement()) {
            s.executeUpdate("DELETE FROM audit_log WHERE entity = 'portfolio'");
        }
        Files.delete(Path.of(base + ".witness"));
        assertThat(run("verify", "--db", base.toString())).as(err.toString()).isZero();
        assertThat(err.toString()).contains("3 portfolios were imported before portfolios were audited");
        try (Database db = Database.open(base)) {
            new PortfolioRepository(db).delete(1);
        }
        assertThat(run("import", "sample-portfolios/us-amazon", "--db", base.toString())).as(err.toString()).isZero();
        assertThat(run("verify", "--db", base.toString())).as(err.toString()).isZero();
        assertThat(out.toString()).contains("1 portfolios checked");
        assertThat(err.toString()).contains("2 portfolios were imported before");
    }

    @Test
    void aMissingWitnessIsSaidAndWrittenAndTheChainIsPrintedWithReports(@TempDir Path dir) throws Exception {
        Path base = seed(dir);
        Path witness = Path.of(base + ".witness");
        assertThat(witness).exists();
        Files.delete(witness);
        assertThat(run("verify", "--db", base.toString())).isZero();
        assertThat(err.toString()).contains("no witness file");
        assertThat(witness).exists();
        assertThat(run("report", "--db", base.toString())).isZero();
        assertThat(out.toString()).contains("audit chain: length 5, head ");
    }

    // second probe of issue 15

    @Test
    void afterTamperingNoWriteRewritesTheWitnessAndTheEvidenceStays(@TempDir Path dir) throws Exception {
        Path base = seed(dir);
        Path witness = Path.of(base + ".witness");
        String recorded = Files.readString(witness);
        sql(base, "DELETE FROM audit_log WHERE id = (SELECT MAX(id) FROM audit_log)",
                "DELETE FROM assessment WHERE id = (SELECT MAX(id) FROM assessment)");
        assertThat(run("verify", "--db", base.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("newest 1 audit entries were deleted");

        assertThat(run("import", "sample-portfolios/us-amazon", "--db", base.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("nothing was written to the database " + base + ".mv.db")
                .contains("the audit chain has 4 entries, the witness file records 5").contains("run verify --db")
                .doesNotContain("\tat ");
        try (Database db = Database.open(base)) {
            AssessmentRepository repo = new AssessmentRepository(db);
            assertThatThrownBy(() -> repo.save(AssessmentRepositoryTest.sample("alice")))
                    .isInstanceOf(io.pledgebench.domain.RefusedInputException.class).hasMessageContaining("verify --db");
            assertThatThrownBy(() -> repo.signOff(1, SignOffRole.MAKER, "carol", ""))
                    .isInstanceOf(io.pledgebench.domain.RefusedInputException.class);
            assertThat(repo.list()).hasSize(1);
            assertThat(new PortfolioRepository(db).list()).hasSize(1);
        }
        assertThat(Files.readString(witness)).isEqualTo(recorded);
        assertThat(run("verify", "--db", base.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("newest 1 audit entries were deleted");
    }

    /**
     * Attacker's probe: the chain is unkeyed, so an entry appended by hand (here a forged sign-off) carries a correct
     * hash and links to the head; the witness records no announcement of it, so verify finds it and writes stop (here
     * an entry no other check cross-reads; forged sign-offs and saves were found by the row checks already).
     */
    @Test
    void entriesAppendedByHandAfterTheWitnessedHeadAreFoundAndStopWrites(@TempDir Path dir) throws Exception {
        Path base = seed(dir);
        Path witness = Path.of(base + ".witness");
        String recorded = Files.readString(witness);
        try (Database db = Database.open(base); Connection c = db.connect()) {
            AuditLog.append(c, java.time.Instant.parse("2026-01-05T10:00:00Z"), "alice", "template.saved",
                    "column_template", "7", "forged");
        }
        assertThat(run("verify", "--db", base.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("#6–#6").contains("that no PledgeBench write announced");
        assertThat(run("import", "sample-portfolios/us-amazon", "--db", base.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("entries #6–#6 were not written by PledgeBench");
        assertThat(Files.readString(witness)).isEqualTo(recorded);
    }

    /** A write announces its head before it commits: killed between the commit and the rewrite, it still verifies. */
    @Test
    void aWriteKilledBetweenItsCommitAndTheWitnessRewriteStillVerifies(@TempDir Path dir) throws Exception {
        Path base = seed(dir);
        Path witness = Path.of(base + ".witness");
        String before = Files.readString(witness);
        try (Database db = Database.open(base)) {
            new AssessmentRepository(db).save(AssessmentRepositoryTest.sample("carol"));
        }
        String after = Files.readString(witness);
        assertThat(after).contains("length=6").doesNotContain("pending");
        // what the file held between the announcement and the commit's rewrite: the old head and the announced one
        String head = after.replaceAll("(?s).*head=(\\w+).*", "$1");
        Files.writeString(witness, before + "pending-length=6\npending-head=" + head + "\n");
        assertThat(run("verify", "--db", base.toString())).as(err.toString()).isZero();
        assertThat(run("import", "sample-portfolios/us-amazon", "--db", base.toString())).as(err.toString()).isZero();
        assertThat(Files.readString(witness)).doesNotContain("pending").doesNotContain("length=6\n");
    }

    /** Attacker's probe: comparable sales feed the market approach; one forged on disk must not pass verify. */
    @Test
    void comparableTransactionsChangedOnDiskAreFoundAndUnauditedOnesAreSaid(@TempDir Path dir) throws Exception {
        Path base = seed(dir);
        sql(base, "INSERT INTO comparable_transaction (reference, description, transaction_date, price, currency,"
                + " patent_type, ipc, remaining_life, source, created_at) VALUES ('F-1', 'forged', DATE '2024-01-01',"
                + " 500000000, 'CNY', 'invention', 'G01L 1/00', 10, 'x', CURRENT_TIMESTAMP)");
        assertThat(run("verify", "--db", base.toString())).as(err.toString()).isZero();
        assertThat(err.toString()).contains("1 comparable transactions are not covered by the audit chain");

        try (Database db = Database.open(base)) {
            new ComparableTransactionRepository(db).insert(new io.pledgebench.domain.ComparableTransaction(null,
                    "T-1", "sale of an invention patent", java.time.LocalDate.of(2023, 1, 1),
                    new java.math.BigDecimal("5000000"), "CNY", io.pledgebench.domain.PatentType.INVENTION,
                    "H01L 21/00", 12.0, "register"));
        }
        assertThat(run("verify", "--db", base.toString())).as(err.toString()).isZero();
        assertThat(err.toString()).doesNotContain("comparable");
        sql(base, "UPDATE comparable_transaction SET price = 900000000 WHERE reference = 'T-1'");
        assertThat(run("verify", "--db", base.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("comparable transactions no longer match audit entry")
                .contains("outside PledgeBench");
    }

    @Test
    void aRewrittenChainAlsoStopsWrites(@TempDir Path dir) throws Exception {
        Path base = seed(dir);
        Path witness = Path.of(base + ".witness");
        Files.writeString(witness, Files.readString(witness).replaceAll("head=\\w+", "head=" + "ab".repeat(32)));
        assertThat(run("import", "sample-portfolios/us-amazon", "--db", base.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("no longer has the hash " + "ab".repeat(32));
        assertThat(Files.readString(witness)).contains("ab".repeat(32));
    }

    @Test
    void aTruncatedFileIsDamagedNeverTamperedOrEmptyAndTheNewestVerifiedBackupIsNamed(@TempDir Path dir)
            throws Exception {
        Path base = seed(dir);
        Path mv = Path.of(base + ".mv.db");
        Path backup = Database.backup(mv, 7);
        byte[] all = Files.readAllBytes(mv);
        for (int size : new int[] {8192, 12288, all.length / 2 / 4096 * 4096, all.length - 4096, all.length - 100}) {
            Files.write(mv, java.util.Arrays.copyOf(all, size));
            assertThat(run("verify", "--db", base.toString())).as("cut at " + size).isEqualTo(2);
            assertThat(err.toString()).as("cut at " + size).startsWith("DAMAGED: ").contains("cut short")
                    .contains(backup.toString()).doesNotContain("TAMPERED").doesNotContain("intact");
            assertThat(run("list", "--db", base.toString())).as("cut at " + size).isEqualTo(1);
            assertThat(err.toString()).contains("is damaged").contains(backup.toString());
            assertThat(out.toString()).doesNotContain("No portfolios yet");
            assertThat(run("import", "sample-portfolios/us-amazon", "--db", base.toString())).isNotZero();
            assertThat(err.toString()).contains("is damaged");
            assertThat(Files.size(mv)).as("nothing repaired in place").isEqualTo(size);
        }
        Files.write(mv, all);
        assertThat(run("verify", "--db", base.toString())).as(err.toString()).isZero();
    }

    @Test
    void onlyBackupsThatPassVerificationAreNamed(@TempDir Path dir) throws Exception {
        Path base = seed(dir);
        Path mv = Path.of(base + ".mv.db");
        Path good = Database.backup(mv, 7);
        Path junk = Files.writeString(dir.resolve("backups/pb-v9-29991231-235959.mv.db"), "H:2,block:2,junk");
        Path edited = Database.backup(mv, 8);
        byte[] b = Files.readAllBytes(edited);
        b[b.length - 5000] ^= 1;
        Files.write(edited, b);
        Path unchecked = Files.copy(mv, dir.resolve("backups/pb-v7-29991231-235958.mv.db"));
        for (Path newer : List.of(junk, edited, unchecked)) {
            Files.setLastModifiedTime(newer, java.nio.file.attribute.FileTime.fromMillis(
                    Files.getLastModifiedTime(good).toMillis() + 60_000));
        }
        assertThat(Database.newestBackup(DatabaseLocation.of(base))).contains(good);
        byte[] all = Files.readAllBytes(mv);
        Files.write(mv, java.util.Arrays.copyOf(all, 4096));
        assertThat(run("verify", "--db", base.toString())).isEqualTo(2);
        assertThat(err.toString()).contains(good.toString()).doesNotContain(junk.toString())
                .doesNotContain(edited.toString()).doesNotContain(unchecked.toString());
        Files.delete(good);
        assertThat(run("verify", "--db", base.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("there is no verified backup in").doesNotContain(junk.toString());
    }

    @Test
    void changingTheAssessmentsPortfolioLinkIsFoundAndADeletedPortfolioIsNot(@TempDir Path dir) throws Exception {
        Path base = dir.resolve("pb");
        assertThat(run("import", "sample-portfolios/cn-tech-sme", "--db", base.toString())).as(err.toString()).isZero();
        assertThat(run("import", "sample-portfolios/us-amazon", "--db", base.toString())).as(err.toString()).isZero();
        try (Database db = Database.open(base)) {
            NewAssessment s = AssessmentRepositoryTest.sample("alice");
            new AssessmentRepository(db).save(new NewAssessment(1L, s.portfolio(), s.author(), s.asOf(), s.inputHash(),
                    s.appVersion(), s.inputsJson(), s.resultJson()));
            new AssessmentRepository(db).save(s);
        }
        assertThat(run("verify", "--db", base.toString())).as(err.toString()).isZero();
        for (String link : List.of("2", "NULL")) {
            sql(base, "UPDATE assessment SET portfolio_id = " + link + " WHERE id = 1");
            assertThat(run("verify", "--db", base.toString())).as(link).isEqualTo(2);
            assertThat(err.toString()).contains("TAMPERED: assessment row 1").contains("the link was edited");
        }
        sql(base, "UPDATE assessment SET portfolio_id = 1 WHERE id = 1");
        sql(base, "UPDATE assessment SET portfolio_id = 1 WHERE id = 2");
        assertThat(run("verify", "--db", base.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("TAMPERED: assessment row 2").contains("recorded portfolio -");
        sql(base, "UPDATE assessment SET portfolio_id = NULL WHERE id = 2");
        assertThat(run("verify", "--db", base.toString())).as(err.toString()).isZero();
        try (Database db = Database.open(base)) {
            new PortfolioRepository(db).delete(1);
        }
        assertThat(run("verify", "--db", base.toString())).as(err.toString()).isZero();
    }
}
