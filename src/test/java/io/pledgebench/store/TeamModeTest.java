package io.pledgebench.store;

import io.pledgebench.domain.SignOff;
import io.pledgebench.domain.SignOffRole;
import io.pledgebench.domain.PatentType;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Team mode on a real PostgreSQL server (issue 18): identity is the login, and what the database enforces holds for
 * any client — PledgeBench or plain JDBC, as psql would send it.
 */
class TeamModeTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-02T09:00:00Z"), ZoneOffset.UTC);

    /** A team database with an officer (branch Shenzhen), a second officer (Hangzhou), a reviewer and an auditor. */
    private static final class Team implements AutoCloseable {
        final PostgresServer server = PostgresServer.get();
        final Database owner = server.initialisedDatabase();
        final TeamDatabaseUrl url = owner.teamUrl().orElseThrow();
        final String officer = PostgresServer.uniqueLogin("wang");
        final String otherOfficer = PostgresServer.uniqueLogin("zhao");
        final String reviewer = PostgresServer.uniqueLogin("li");
        final String auditor = PostgresServer.uniqueLogin("chen");

        Team() {
            TeamAdmin admin = new TeamAdmin(owner, CLOCK);
            admin.addUser(officer, TeamAdmin.Role.OFFICER, "Shenzhen", "pw-officer".toCharArray());
            admin.addUser(otherOfficer, TeamAdmin.Role.OFFICER, "Hangzhou", "pw-other".toCharArray());
            admin.addUser(reviewer, TeamAdmin.Role.REVIEWER, null, "pw-reviewer".toCharArray());
            admin.addUser(auditor, TeamAdmin.Role.AUDITOR, null, "pw-auditor".toCharArray());
        }

        Database as(String login) {
            return Database.openTeam(url.as(login), ("pw-" + (login.equals(officer) ? "officer" : login.equals(otherOfficer)
                    ? "other" : login.equals(reviewer) ? "reviewer" : "auditor")).toCharArray());
        }

        /** A plain JDBC connection as {@code login}, the way psql would reach the database. */
        Connection plain(String login) throws SQLException {
            Properties p = new Properties();
            p.setProperty("user", login);
            p.setProperty("password", login.equals(officer) ? "pw-officer" : login.equals(otherOfficer) ? "pw-other"
                    : login.equals(reviewer) ? "pw-reviewer" : "pw-auditor");
            return DriverManager.getConnection(url.jdbcUrl(), p);
        }

        @Override
        public void close() {
            owner.close();
        }
    }

    @Test
    void aLoginIsOpenedWithItsRoleAndAWrongPasswordIsRefused() {
        try (Team t = new Team(); Database officer = t.as(t.officer); Database reviewer = t.as(t.reviewer)) {
            assertThat(officer.isTeam()).isTrue();
            assertThat(officer.login()).contains(t.officer);
            assertThat(officer.teamRole()).contains("officer");
            assertThat(reviewer.teamRole()).contains("reviewer");
            assertThat(t.owner.teamRole()).contains("owner");
            assertThatThrownBy(() -> Database.openTeam(t.url.as(t.officer), "wrong".toCharArray()))
                    .isInstanceOf(io.pledgebench.domain.RefusedInputException.class)
                    .hasMessageContaining("refused the login").hasMessageNotContaining("wrong");
            // no password at all (no PGPASSFILE entry, no console): one full stop, not the driver's and ours
            assertThatThrownBy(() -> Database.openTeam(t.url.as(t.officer), null))
                    .isInstanceOf(io.pledgebench.domain.RefusedInputException.class)
                    .hasMessageContaining("refused the login").hasMessageNotContaining("..");
        }
    }

    @Test
    void aDatabaseWithoutTheSchemaIsRefusedWithTheCommandThatCreatesIt() {
        PostgresServer server = PostgresServer.get();
        TeamDatabaseUrl empty = server.newDatabase();
        assertThatThrownBy(() -> Database.openTeam(empty, server.adminPassword()))
                .isInstanceOf(io.pledgebench.domain.RefusedInputException.class)
                .hasMessageContaining("admin init-team-db --db 'postgresql://" + empty.host() + ":" + empty.port()
                        + "/" + empty.database() + "?user=OWNER'");
    }

    @Test
    void signOffRecordsTheLoginWhateverNameIsGivenAndTheDatabaseEnforcesMakerCheckerAndRoles() throws SQLException {
        try (Team t = new Team(); Database officer = t.as(t.officer); Database reviewer = t.as(t.reviewer)) {
            long id = new AssessmentRepository(officer, CLOCK).save(AssessmentRepositoryTest.sample("somebody.else"));
            assertThat(new AssessmentRepository(officer).load(id).orElseThrow().author()).isEqualTo(t.officer);
            SignOff maker = new AssessmentRepository(officer, CLOCK).signOff(id, SignOffRole.MAKER, "wang.checker", "");
            assertThat(maker.signedBy()).isEqualTo(t.officer);
            // the officer cannot sign as checker even under another name through plain JDBC: not a reviewer
            try (Connection c = t.plain(t.officer); Statement s = c.createStatement()) {
                assertThatThrownBy(() -> s.executeUpdate("INSERT INTO assessment_signoff VALUES (" + id
                        + ", 'checker', '" + t.officer + "', TIMESTAMP '2026-03-02 10:00:00', '')"))
                        .hasMessageContaining("not a reviewer");
                assertThatThrownBy(() -> s.executeUpdate("INSERT INTO assessment_signoff VALUES (" + id
                        + ", 'checker', '" + t.reviewer + "', TIMESTAMP '2026-03-02 10:00:00', '')"))
                        .hasMessageContaining("cannot sign as " + t.reviewer);
            }
            SignOff checker = new AssessmentRepository(reviewer, CLOCK).signOff(id, SignOffRole.CHECKER, null, "ok");
            assertThat(checker.signedBy()).isEqualTo(t.reviewer);
            assertThat(new AuditLog(officer).entries()).extracting(AuditEntry::actor)
                    .containsExactly(t.officer, t.officer, t.reviewer);
            assertThat(new IntegrityCheck(t.owner).run().problem()).isEmpty();
        }
    }

    /** Issue 14 review: two appraisal professionals sign (资产评估法 art. 26); the database holds the second valuer's rules. */
    @Test
    void twoValuersSignAndTheDatabaseRefusesASecondValuerWhoIsTheFirstOrComesFirst() throws SQLException {
        try (Team t = new Team(); Database officer = t.as(t.officer); Database reviewer = t.as(t.reviewer)) {
            long id = new AssessmentRepository(officer, CLOCK).save(AssessmentRepositoryTest.sample("x"));
            io.pledgebench.domain.Appraiser firm = new io.pledgebench.domain.Appraiser("ZC-1", "某评估公司");
            assertThat(new AssessmentRepository(officer, CLOCK).signOff(id, SignOffRole.VALUER, null, "", firm).role())
                    .isEqualTo(SignOffRole.VALUER);
            assertThat(new AssessmentRepository(reviewer, CLOCK).signOff(id, SignOffRole.VALUER, null, "", firm).role())
                    .isEqualTo(SignOffRole.SECOND_VALUER);
            long other = new AssessmentRepository(officer, CLOCK).save(AssessmentRepositoryTest.sample("y"));
            try (Connection c = t.owner.connect(); Statement s = c.createStatement()) {
                assertThatThrownBy(() -> s.executeUpdate("INSERT INTO assessment_signoff VALUES (" + other
                        + ", 'valuer2', 'someone', TIMESTAMP '2026-03-02 10:00:00', '', 'ZC-2', 'firm')"))
                        .hasMessageContaining("no first valuer");
                s.executeUpdate("INSERT INTO assessment_signoff VALUES (" + other
                        + ", 'valuer', 'wang', TIMESTAMP '2026-03-02 10:00:00', '', 'ZC-2', 'firm')");
                assertThatThrownBy(() -> s.executeUpdate("INSERT INTO assessment_signoff VALUES (" + other
                        + ", 'valuer2', ' WANG', TIMESTAMP '2026-03-02 10:00:00', '', 'ZC-3', 'firm')"))
                        .hasMessageContaining("different person from the first");
            }
            try (Connection c = t.plain(t.auditor); Statement s = c.createStatement()) {
                assertThatThrownBy(() -> s.executeUpdate("INSERT INTO assessment_signoff VALUES (" + other
                        + ", 'valuer2', '" + t.auditor + "', TIMESTAMP '2026-03-02 10:00:00', '', 'ZC-4', 'firm')"))
                        .isInstanceOf(SQLException.class);
            }
        }
    }

    @Test
    void theDatabaseRefusesACheckerWhoIsTheMakerEvenForItsOwner() throws SQLException {
        try (Team t = new Team(); Database officer = t.as(t.officer)) {
            long id = new AssessmentRepository(officer, CLOCK).save(AssessmentRepositoryTest.sample("x"));
            new AssessmentRepository(officer, CLOCK).signOff(id, SignOffRole.MAKER, null, "");
            try (Connection c = t.owner.connect(); Statement s = c.createStatement()) {
                assertThatThrownBy(() -> s.executeUpdate("INSERT INTO assessment_signoff VALUES (" + id
                        + ", 'checker', ' " + t.officer.toUpperCase() + "', TIMESTAMP '2026-03-02 10:00:00', '')"))
                        .hasMessageContaining("different person from its maker");
            }
        }
    }

    @Test
    void aSecondLoginCannotAlterOrDeleteAnothersAuditRowsWithPlainJdbcAndNeitherCanTheOwner() throws SQLException {
        try (Team t = new Team(); Database officer = t.as(t.officer)) {
            new AssessmentRepository(officer, CLOCK).save(AssessmentRepositoryTest.sample("x"));
            new AuditLog(officer, CLOCK).append(t.officer, "note", "test", "1", "first");
            for (String login : List.of(t.otherOfficer, t.reviewer, t.auditor)) {
                try (Connection c = t.plain(login); Statement s = c.createStatement()) {
                    for (String sql : List.of("UPDATE audit_log SET details = 'changed'", "DELETE FROM audit_log",
                            "TRUNCATE audit_log", "UPDATE assessment SET result_json = '{}'", "DELETE FROM assessment",
                            "DELETE FROM assessment_signoff")) {
                        assertThatThrownBy(() -> s.executeUpdate(sql)).as(login + ": " + sql)
                                .isInstanceOf(SQLException.class).hasMessageContaining("permission denied");
                    }
                    assertThatThrownBy(() -> s.executeUpdate("INSERT INTO audit_log (at, actor, action, entity, entity_id,"
                            + " details, prev_hash, hash) VALUES (now(), '" + t.officer + "', 'x', 'x', 'x', 'x', 'a', 'b')"))
                            .as(login + " writing under another's name").isInstanceOf(SQLException.class);
                }
            }
            // the owner holds every privilege, but the trigger refuses too
            try (Connection c = t.owner.connect(); Statement s = c.createStatement()) {
                assertThatThrownBy(() -> s.executeUpdate("UPDATE audit_log SET details = 'changed'"))
                        .hasMessageContaining("takes INSERT only");
                assertThatThrownBy(() -> s.executeUpdate("DELETE FROM audit_log"))
                        .hasMessageContaining("takes INSERT only");
                assertThatThrownBy(() -> s.executeUpdate("TRUNCATE audit_log CASCADE"))
                        .hasMessageContaining("takes INSERT only");
            }
            assertThat(new AuditLog(officer).entries()).hasSize(2);
            IntegrityCheck.Report report = new IntegrityCheck(t.owner).run();
            assertThat(report.problem()).isEmpty();
            assertThat(report.auditEntries()).isEqualTo(2);
        }
    }

    @Test
    void verifyReportsAGuardTheOwnerRemovedAndAChainEditedBehindIt() throws SQLException {
        try (Team t = new Team(); Database officer = t.as(t.officer)) {
            new AuditLog(officer, CLOCK).append(t.officer, "note", "test", "1", "first");
            try (Connection c = t.owner.connect(); Statement s = c.createStatement()) {
                s.execute("ALTER TABLE audit_log DISABLE TRIGGER audit_log_insert_only");
                s.executeUpdate("UPDATE audit_log SET details = 'changed'");
            }
            IntegrityCheck.Report report = new IntegrityCheck(t.owner).run();
            assertThat(report.problem()).isPresent();
            assertThat(report.problem().get().table()).isEqualTo("audit_log");
            try (Connection c = t.owner.connect(); Statement s = c.createStatement()) {
                s.executeUpdate("UPDATE audit_log SET details = 'first'");
            }
            assertThat(new IntegrityCheck(t.owner).run().problem().orElseThrow().reason())
                    .contains("ALTER TABLE audit_log ENABLE TRIGGER audit_log_insert_only");
            try (Connection c = t.owner.connect(); Statement s = c.createStatement()) {
                s.execute("ALTER TABLE audit_log ENABLE TRIGGER audit_log_insert_only");
                s.execute("GRANT DELETE ON audit_log TO pb_officer");
            }
            assertThat(new IntegrityCheck(t.owner).run().problem().orElseThrow().reason())
                    .contains("pb_officer was granted DELETE");
        }
    }

    @Test
    void rowLevelSecurityKeepsAnOfficerToTheBranchAndAuditorsReadAll() throws SQLException {
        try (Team t = new Team(); Database officer = t.as(t.officer); Database other = t.as(t.otherOfficer);
             Database reviewer = t.as(t.reviewer); Database auditor = t.as(t.auditor)) {
            long mine = new PortfolioRepository(officer).insert(PortfolioRepositoryTest.portfolio(List.of(
                    PortfolioRepositoryTest.patent("ZL201710601862.3", PatentType.INVENTION))),
                    new PortfolioRepository.ImportRecord("a.csv", "h1", "ignored", 1, 0));
            new PortfolioRepository(other).insert(PortfolioRepositoryTest.portfolio(List.of(
                    PortfolioRepositoryTest.patent("ZL201720601862.9", PatentType.UTILITY_MODEL))),
                    new PortfolioRepository.ImportRecord("b.csv", "h2", "ignored", 1, 0));
            assertThat(new PortfolioRepository(officer).list()).extracting(PortfolioSummary::id).containsExactly(mine);
            assertThat(new PortfolioRepository(other).list()).hasSize(1).extracting(PortfolioSummary::id)
                    .doesNotContain(mine);
            assertThat(new PortfolioRepository(other).load(mine)).isEmpty();
            assertThat(new PortfolioRepository(reviewer).list()).hasSize(2);
            assertThat(new PortfolioRepository(auditor).list()).hasSize(2);
            try (Connection c = t.plain(t.otherOfficer); Statement s = c.createStatement()) {
                assertThat(s.executeUpdate("UPDATE portfolio SET name = 'x' WHERE id = " + mine)).isZero();
                assertThat(s.executeUpdate("DELETE FROM patent WHERE portfolio_id = " + mine)).isZero();
                try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM patent")) {
                    rs.next();
                    assertThat(rs.getInt(1)).isEqualTo(1);
                }
                assertThatThrownBy(() -> s.executeUpdate("INSERT INTO portfolio (name, source, source_hash, currency,"
                        + " imported_at, imported_by, branch) VALUES ('x', 'x', 'x', 'CNY', now(), '" + t.otherOfficer
                        + "', 'Shenzhen')")).hasMessageContaining("row-level security");
            }
            try (Connection c = t.plain(t.auditor); Statement s = c.createStatement()) {
                assertThatThrownBy(() -> s.executeUpdate("UPDATE portfolio SET name = 'x'"))
                        .hasMessageContaining("permission denied");
            }
            try (Connection c = t.owner.connect(); Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT branch FROM portfolio WHERE id = " + mine)) {
                rs.next();
                assertThat(rs.getString(1)).isEqualTo("Shenzhen");
            }
            assertThat(new IntegrityCheck(auditor).run().problem()).isEmpty();
        }
    }
    @Test
    void anOfficerOfAnotherBranchNeitherReadsNorSignsABranchsAssessments() throws SQLException {
        try (Team t = new Team(); Database officer = t.as(t.officer); Database other = t.as(t.otherOfficer);
             Database reviewer = t.as(t.reviewer)) {
            long id = new AssessmentRepository(officer, CLOCK).save(AssessmentRepositoryTest.sample("x"));
            assertThat(new AssessmentRepository(other).load(id)).isEmpty();
            assertThat(new AssessmentRepository(other).list()).isEmpty();
            assertThat(new AssessmentRepository(reviewer).load(id)).isPresent();
            try (Connection c = t.plain(t.otherOfficer); Statement s = c.createStatement()) {
                assertThatThrownBy(() -> s.executeUpdate("INSERT INTO assessment_signoff VALUES (" + id
                        + ", 'maker', '" + t.otherOfficer + "', TIMESTAMP '2026-03-02 10:00:00', '')"))
                        .hasMessageContaining("row-level security");
                try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM assessment")) {
                    rs.next();
                    assertThat(rs.getInt(1)).isZero();
                }
            }
            new AssessmentRepository(officer, CLOCK).signOff(id, SignOffRole.MAKER, null, "");
            new AssessmentRepository(reviewer, CLOCK).signOff(id, SignOffRole.CHECKER, null, "ok");
            assertThat(new IntegrityCheck(t.owner).run().problem()).isEmpty();
        }
    }

    @Test
    void aLoginCannotStoreAnAssessmentOrALoanUnderAnotherName() throws SQLException {
        try (Team t = new Team(); Connection c = t.plain(t.officer); Statement s = c.createStatement()) {
            assertThatThrownBy(() -> s.executeUpdate("INSERT INTO assessment (portfolio, created_at, author, as_of,"
                    + " input_hash, app_version, inputs_json, result_json) VALUES ('x', now(), '" + t.reviewer
                    + "', DATE '2026-01-01', 'h', 'v', '{}', '{}')"))
                    .hasMessageContaining("under the name " + t.reviewer);
            try (ResultSet rs = s.executeQuery("SELECT tgname FROM pg_trigger WHERE tgname LIKE '%own_name' ORDER BY 1")) {
                List<String> names = new java.util.ArrayList<>();
                while (rs.next()) {
                    names.add(rs.getString(1));
                }
                assertThat(names).containsExactly("alert_acknowledgement_own_name", "assessment_own_name",
                        "booked_loan_own_name", "pledge_registration_own_name");
            }
        }
    }

    @Test
    void changingALoginsRoleTakesTheOldRoleAway() throws SQLException {
        try (Team t = new Team()) {
            new TeamAdmin(t.owner, CLOCK).addUser(t.reviewer, TeamAdmin.Role.OFFICER, "Hangzhou", null);
            try (Connection c = t.plain(t.reviewer); Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT pg_has_role(current_user, 'pb_reviewer', 'MEMBER'),"
                         + " pb_branch_only(), pb_member('pb_officer')")) {
                rs.next();
                assertThat(rs.getBoolean(1)).as("still a reviewer").isFalse();
                assertThat(rs.getBoolean(2)).as("kept to the branch").isTrue();
                assertThat(rs.getBoolean(3)).isTrue();
            }
        }
    }
    @Test
    void verifyReportsAGuardFunctionOrPolicyTheOwnerNeutralisedWhileLeavingItInPlace() throws SQLException {
        try (Team t = new Team()) {
            assertThat(new IntegrityCheck(t.owner).run().problem()).isEmpty();
            try (Connection c = t.owner.connect(); Statement s = c.createStatement()) {
                s.execute("CREATE OR REPLACE FUNCTION pb_insert_only() RETURNS trigger LANGUAGE plpgsql AS"
                        + " $$ BEGIN RETURN NEW; END $$");
            }
            assertThat(new IntegrityCheck(t.owner).run().problem().orElseThrow().reason())
                    .contains("guard function pb_insert_only");
            try (Connection c = t.owner.connect(); Statement s = c.createStatement()) {
                s.execute("CREATE OR REPLACE FUNCTION pb_insert_only() RETURNS trigger LANGUAGE plpgsql AS $$"
                        + TeamGuards.functionBodies().get("pb_insert_only") + "$$");
            }
            assertThat(new IntegrityCheck(t.owner).run().problem()).isEmpty();
            try (Connection c = t.owner.connect(); Statement s = c.createStatement()) {
                s.execute("DROP POLICY portfolio_branch ON portfolio");
                s.execute("CREATE POLICY portfolio_branch ON portfolio USING (true)");
            }
            IntegrityCheck.Problem p = new IntegrityCheck(t.owner).run().problem().orElseThrow();
            assertThat(p.table()).isEqualTo("portfolio");
            assertThat(p.reason()).contains("policy portfolio_branch");
        }
    }
}
