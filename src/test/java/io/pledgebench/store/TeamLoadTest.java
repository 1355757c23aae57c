package io.pledgebench.store;

import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 20 concurrent clients on the team database (16 officers in two branches, 4 reviewers), each its own login and
 * connection, importing, saving and signing for {@code -Dpb.load.seconds} (60 s in CI, PB_LOAD_SECONDS): nothing is
 * lost, the chain verifies (never forks), every sign-off is by the right role.
 */
class TeamLoadTest {

    @Test
    void twentyClientsLoseNothingAndTheChainVerifies() throws InterruptedException, SQLException {
        PostgresServer server = PostgresServer.get();
        try (Database owner = server.initialisedDatabase()) {
            TeamDatabaseUrl url = owner.teamUrl().orElseThrow();
            TeamAdmin admin = new TeamAdmin(owner, Clock.fixed(java.time.Instant.parse("2026-03-02T09:00:00Z"), java.time.ZoneOffset.UTC));
            List<String> logins = new ArrayList<>();
            List<Database> clients = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                String login = PostgresServer.uniqueLogin(i < 16 ? "officer" : "reviewer");
                admin.addUser(login, i < 16 ? TeamAdmin.Role.OFFICER : TeamAdmin.Role.REVIEWER,
                        i < 16 ? (i % 2 == 0 ? "Shenzhen" : "Hangzhou") : null, ("pw-" + i).toCharArray());
                logins.add(login);
                clients.add(Database.openTeam(url.as(login), ("pw-" + i).toCharArray()));
            }
            try {
                TeamLoad.Outcome o = TeamLoad.run(20, TeamLoad.duration(60), clients::get, i -> i >= 16, 20);
                System.out.printf("team load: 20 clients on PostgreSQL for %d s: %d portfolios, %d assessments, %d maker"
                                + " and %d checker sign-offs, %.1f operations/s, %d failures%n", o.elapsed().toSeconds(),
                        o.portfolios(), o.assessments(), o.makerSignOffs(), o.checkerSignOffs(), o.operationsPerSecond(),
                        o.failures());
                assertThat(o.errors()).as("errors of the clients").isEmpty();
                assertThat(o.assessments()).isPositive();
                assertThat(o.checkerSignOffs()).isPositive();
                try (Connection c = owner.connect(); Statement s = c.createStatement()) {
                    assertThat(count(s, "SELECT COUNT(*) FROM portfolio")).isEqualTo(o.portfolios());
                    assertThat(count(s, "SELECT COUNT(*) FROM assessment")).isEqualTo(o.assessments());
                    assertThat(count(s, "SELECT COUNT(*) FROM assessment_signoff WHERE role = 'maker'"))
                            .isEqualTo(o.makerSignOffs());
                    assertThat(count(s, "SELECT COUNT(*) FROM assessment_signoff WHERE role = 'checker'"))
                            .isEqualTo(o.checkerSignOffs());
                    assertThat(count(s, "SELECT COUNT(*) FROM audit_log"))
                            .isEqualTo(2 * o.portfolios() + o.assessments() + o.makerSignOffs() + o.checkerSignOffs()
                                    - o.portfolios());
                    assertThat(count(s, "SELECT COUNT(*) FROM assessment_signoff s JOIN team_member m ON m.login ="
                            + " s.signed_by WHERE (s.role = 'maker' AND m.role <> 'officer') OR (s.role = 'checker'"
                            + " AND m.role <> 'reviewer')")).isZero();
                    assertThat(count(s, "SELECT COUNT(*) FROM portfolio p JOIN team_member m ON m.login = p.imported_by"
                            + " WHERE p.branch IS DISTINCT FROM m.branch")).isZero();
                }
                IntegrityCheck.Report report = new IntegrityCheck(owner).run();
                assertThat(report.problem()).isEmpty();
            } finally {
                clients.forEach(Database::close);
            }
        }
    }

    private static long count(Statement s, String sql) throws SQLException {
        try (ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
