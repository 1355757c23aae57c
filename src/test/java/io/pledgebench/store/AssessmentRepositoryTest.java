package io.pledgebench.store;

import io.pledgebench.domain.SignOffRole;
import io.pledgebench.cli.PledgeBenchCommand;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AssessmentRepositoryTest {

    private static final String HASH = "ab".repeat(32);
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-06-30T08:15:30.123456Z"), ZoneOffset.UTC);

    static NewAssessment sample(String author) {
        return new NewAssessment(null, "Shenzhen Sensor Co. 深圳", author, LocalDate.of(2025, 6, 30), HASH, "0.1.0",
                "{\"loan\":{\"amount\":5000000}}", "{\"recommendation\":{\"grade\":\"B\",\"maxLoan\":4200000.5}}");
    }

    /** The database a test runs on: H2 in memory here; PostgreSQL in {@link AssessmentRepositoryPostgresTest}. */
    Database memory() {
        return Database.inMemory("assess-" + UUID.randomUUID());
    }

    /** A change made behind PledgeBench's back (on PostgreSQL: as the owner, past the triggers). */
    void sql(Database db, String statement) throws SQLException {
        try (Connection c = db.connect(); Statement s = c.createStatement()) {
            assertThat(s.executeUpdate(statement)).as(statement).isPositive();
        }
    }

    @Test
    void savedAssessmentLoadsBackExactlyWithItsContentHash() {
        try (Database db = memory()) {
            AssessmentRepository repo = new AssessmentRepository(db, CLOCK);
            long id = repo.save(sample("alice"));
            SavedAssessment s = repo.load(id).orElseThrow();
            assertThat(s.portfolio()).isEqualTo("Shenzhen Sensor Co. 深圳");
            assertThat(s.createdAt()).isEqualTo(Instant.parse("2025-06-30T08:15:30.123Z"));
            assertThat(s.resultJson()).isEqualTo(sample("alice").resultJson());
            assertThat(s.inputHash()).isEqualTo(HASH);
            assertThat(s.contentHash()).hasSize(64);
            assertThat(repo.latestWithInputHash(HASH).orElseThrow().id()).isEqualTo(id);
            long second = repo.save(sample("bob"));
            assertThat(repo.list()).extracting(AssessmentSummary::id).containsExactly(second, id);
            assertThat(new AuditLog(db).entries()).extracting(AuditEntry::action)
                    .containsExactly("assessment.saved", "assessment.saved");
        }
    }

    @Test
    void refusesResultsThatAreNotJsonAndHashesThatAreNotSha256() {
        try (Database db = memory()) {
            AssessmentRepository repo = new AssessmentRepository(db, CLOCK);
            NewAssessment ok = sample("alice");
            assertThatThrownBy(() -> repo.save(new NewAssessment(null, "p", "a", ok.asOf(), HASH, "1", "{}", "{oops")))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("result is not valid JSON");
            assertThatThrownBy(() -> new NewAssessment(null, "p", "a", ok.asOf(), "xyz", "1", "{}", "{}"))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'xyz'");
        }
    }

    @Test
    void checkerMustFollowTheMakerAndBeSomeoneElse() {
        try (Database db = memory()) {
            AssessmentRepository repo = new AssessmentRepository(db, CLOCK);
            long id = repo.save(sample("alice"));
            assertThatThrownBy(() -> repo.signOff(id, SignOffRole.CHECKER, "bob", ""))
                    .hasMessageContaining("no maker sign-off yet");
            repo.signOff(id, SignOffRole.MAKER, "alice", "prepared");
            assertThatThrownBy(() -> repo.signOff(id, SignOffRole.CHECKER, " ALICE ", "self-review"))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("different person");
            assertThatThrownBy(() -> repo.signOff(id, SignOffRole.MAKER, "carol", ""))
                    .hasMessageContaining("already has a maker sign-off by alice");
            repo.signOff(id, SignOffRole.CHECKER, "bob", "reviewed, agree with grade B");
            SavedAssessment s = repo.load(id).orElseThrow();
            assertThat(s.signOff(SignOffRole.CHECKER).orElseThrow().signedBy()).isEqualTo("bob");
            assertThat(repo.list().get(0).checker()).isEqualTo("bob");
            assertThatThrownBy(() -> repo.signOff(99, SignOffRole.MAKER, "x", "")).hasMessageContaining("id 99");
            assertThat(new IntegrityCheck(db).run().intact()).isTrue();
        }
    }

    @Test
    void editingAnAssessmentRowBySqlIsDetected() throws SQLException {
        try (Database db = memory()) {
            AssessmentRepository repo = new AssessmentRepository(db, CLOCK);
            repo.save(sample("alice"));
            long id = repo.save(sample("bob"));
            sql(db, "UPDATE assessment SET result_json = REPLACE(result_json, '4200000.5', '9200000.5') WHERE id = " + id);
            IntegrityCheck.Report r = new IntegrityCheck(db).run();
            assertThat(r.intact()).isFalse();
            assertThat(r.problem().orElseThrow().table()).isEqualTo("assessment");
            assertThat(r.problem().orElseThrow().rowId()).isEqualTo(Long.toString(id));
        }
    }

    @Test
    void recomputingTheContentHashAfterAnEditIsStillDetectedThroughTheAuditEntry() throws SQLException {
        try (Database db = memory()) {
            AssessmentRepository repo = new AssessmentRepository(db, CLOCK);
            long id = repo.save(sample("alice"));
            SavedAssessment s = repo.load(id).orElseThrow();
            String forged = SavedAssessment.contentHashOf(s.portfolio(), s.createdAt(), "mallory", s.asOf(), s.inputHash(),
                    s.appVersion(), s.inputsJson(), s.resultJson());
            sql(db, "UPDATE assessment SET author = 'mallory', content_hash = '" + forged + "' WHERE id = " + id);
            assertThat(new IntegrityCheck(db).run().problem().orElseThrow().reason()).contains("audit entry 1");
        }
    }

    @Test
    void editingOrDeletingAuditEntriesBreaksTheChainAtThatEntry() throws SQLException {
        try (Database db = memory()) {
            AssessmentRepository repo = new AssessmentRepository(db, CLOCK);
            long id = repo.save(sample("alice"));
            repo.signOff(id, SignOffRole.MAKER, "alice", "");
            repo.save(sample("carol"));
            sql(db, "UPDATE audit_log SET actor = 'mallory' WHERE id = 2");
            IntegrityCheck.Problem p = new IntegrityCheck(db).run().problem().orElseThrow();
            assertThat(p.toString()).isEqualTo("audit_log row 2: hash does not match the entry's content (the entry was edited)");
        }
        try (Database db = memory()) {
            AssessmentRepository repo = new AssessmentRepository(db, CLOCK);
            long id = repo.save(sample("alice"));
            repo.signOff(id, SignOffRole.MAKER, "alice", "");
            repo.save(sample("carol"));
            sql(db, "DELETE FROM audit_log WHERE id = 2");
            assertThat(new IntegrityCheck(db).run().problem().orElseThrow().rowId()).isEqualTo("3");
        }
    }

    @Test
    void deletingTheLastAuditEntryOrAnAssessmentOrEditingASignOffIsDetected() throws SQLException {
        try (Database db = memory()) {
            long id = new AssessmentRepository(db, CLOCK).save(sample("alice"));
            sql(db, "DELETE FROM audit_log");
            assertThat(new IntegrityCheck(db).run().problem().orElseThrow().reason()).contains("no audit entry");
            assertThat(id).isPositive();
        }
        try (Database db = memory()) {
            long id = new AssessmentRepository(db, CLOCK).save(sample("alice"));
            sql(db, "DELETE FROM assessment WHERE id = " + id);
            assertThat(new IntegrityCheck(db).run().problem().orElseThrow().reason()).startsWith("was deleted");
        }
        try (Database db = memory()) {
            AssessmentRepository repo = new AssessmentRepository(db, CLOCK);
            long id = repo.save(sample("alice"));
            repo.signOff(id, SignOffRole.MAKER, "alice", "");
            repo.signOff(id, SignOffRole.CHECKER, "bob", "ok");
            sql(db, "UPDATE assessment_signoff SET signed_by = 'alice' WHERE role = 'checker'");
            IntegrityCheck.Problem p = new IntegrityCheck(db).run().problem().orElseThrow();
            assertThat(p.table()).isEqualTo("assessment_signoff");
            assertThat(p.rowId()).isEqualTo(id + " checker");
        }
    }

    @Test
    void aChainRewrittenWithRecomputedHashesPassesTheChainCheckButLosesItsAnchors() throws SQLException {
        try (Database db = memory()) {
            AssessmentRepository repo = new AssessmentRepository(db, CLOCK);
            long first = repo.save(sample("alice"));
            repo.save(sample("bob"));
            String anchor = repo.load(first).orElseThrow().auditHash();
            assertThat(new IntegrityCheck(db).run().contains(anchor)).isTrue();
            // an insider rewrites who saved the first assessment and recomputes every later hash
            List<AuditEntry> chain = new AuditLog(db).entries();
            String prev = Hashes.GENESIS;
            sql(db, "UPDATE audit_log SET prev_hash = 'x' || id, hash = 'y' || id");
            for (AuditEntry e : chain) {
                String actor = e.id() == chain.get(0).id() ? "mallory" : e.actor();
                String hash = AuditLog.hashOf(prev, e.at(), actor, e.action(), e.entity(), e.entityId(), e.details());
                sql(db, "UPDATE audit_log SET actor = '" + actor + "', prev_hash = '" + prev + "', hash = '"
                        + hash + "' WHERE id = " + e.id());
                prev = hash;
            }
            IntegrityCheck.Report r = new IntegrityCheck(db).run();
            assertThat(r.intact()).isTrue();
            assertThat(r.contains(anchor)).isFalse();
        }
    }

    @Test
    void verifyCommandExitsZeroWhenIntactAndTwoNamingTheFirstBrokenRow(@TempDir Path dir) throws SQLException {
        Path file = dir.resolve("pb");
        try (Database db = Database.open(file)) {
            AssessmentRepository repo = new AssessmentRepository(db, CLOCK);
            repo.save(sample("alice"));
            repo.save(sample("bob"));
        }
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        assertThat(PledgeBenchCommand.execute(new PrintWriter(out), new PrintWriter(err), "verify", "--db", file.toString()))
                .isZero();
        assertThat(out.toString()).contains("intact: 2 audit entries, 2 saved assessments, 0 sign-offs");
        try (Database db = Database.open(file)) {
            sql(db, "UPDATE assessment SET as_of = DATE '2020-01-01' WHERE id = 2");
        }
        err = new StringWriter();
        assertThat(PledgeBenchCommand.execute(new PrintWriter(out), new PrintWriter(err), "verify", "--db", file.toString()))
                .isEqualTo(2);
        assertThat(err.toString()).contains("TAMPERED: assessment row 2");
    }

    @Test
    void concurrentWritersExtendOneChain() throws Exception {
        try (Database db = memory()) {
            AssessmentRepository repo = new AssessmentRepository(db);
            List<Thread> threads = new java.util.ArrayList<>();
            List<Throwable> failures = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
            for (int t = 0; t < 4; t++) {
                Thread thread = new Thread(() -> {
                    for (int i = 0; i < 10; i++) {
                        repo.save(sample("writer"));
                    }
                });
                thread.setUncaughtExceptionHandler((th, e) -> failures.add(e));
                threads.add(thread);
            }
            threads.forEach(Thread::start);
            for (Thread t : threads) {
                t.join();
            }
            assertThat(failures).as("a writer that failed").isEmpty();
            IntegrityCheck.Report r = new IntegrityCheck(db).run();
            assertThat(r.problem()).isEmpty();
            assertThat(r.auditEntries()).isEqualTo(40);
        }
    }
}
