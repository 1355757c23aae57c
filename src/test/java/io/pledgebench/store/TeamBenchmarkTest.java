package io.pledgebench.store;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * SPEC revision 2's team-mode figure ({@code mvn -Pbenchmark}): the load test's workload — importing, saving,
 * signing — by 20 clients on the team database (each its own login and connections), against the same 20 clients on
 * one H2 file, where they take turns (one writer at a time). Prints operations per second of both.
 */
@Tag("benchmark")
class TeamBenchmarkTest {

    @Test
    void twentyClientsOnPostgresqlAgainstOneH2File(@TempDir Path dir) throws InterruptedException {
        Duration time = TeamLoad.duration(30);
        TeamLoad.Outcome h2;
        try (Database file = Database.open(dir.resolve("bench"))) {
            h2 = TeamLoad.run(20, time, i -> file, i -> i >= 16, 20);
            assertThat(new IntegrityCheck(file).run().problem()).isEmpty();
        }
        PostgresServer server = PostgresServer.get();
        TeamLoad.Outcome pg;
        try (Database owner = server.initialisedDatabase()) {
            TeamDatabaseUrl url = owner.teamUrl().orElseThrow();
            TeamAdmin admin = new TeamAdmin(owner, Clock.fixed(java.time.Instant.parse("2026-03-02T09:00:00Z"), java.time.ZoneOffset.UTC));
            List<Database> clients = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                String login = PostgresServer.uniqueLogin("bench");
                admin.addUser(login, i < 16 ? TeamAdmin.Role.OFFICER : TeamAdmin.Role.REVIEWER, i < 16 ? "B" : null,
                        ("pw-" + i).toCharArray());
                clients.add(Database.openTeam(url.as(login), ("pw-" + i).toCharArray()));
            }
            try {
                pg = TeamLoad.run(20, time, clients::get, i -> i >= 16, 20);
            } finally {
                clients.forEach(Database::close);
            }
            assertThat(new IntegrityCheck(owner).run().problem()).isEmpty();
        }
        assertThat(h2.errors()).isEmpty();
        assertThat(pg.errors()).isEmpty();
        System.out.printf("team mode, 20 clients for %d s (import + save + maker sign-off, reviewers checking):%n"
                        + "  one H2 file (one writer at a time): %d assessments, %d checked, %.1f operations/s%n"
                        + "  PostgreSQL (20 logins):             %d assessments, %d checked, %.1f operations/s (%.2f×)%n",
                time.toSeconds(), h2.assessments(), h2.checkerSignOffs(), h2.operationsPerSecond(), pg.assessments(),
                pg.checkerSignOffs(), pg.operationsPerSecond(), pg.operationsPerSecond() / h2.operationsPerSecond());
    }
}
