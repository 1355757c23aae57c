package io.pledgebench.store;

import java.time.Clock;

/** {@link OptimisticLockingTest} with two logins of the team database (one branch), each its own connection. */
class OptimisticLockingPostgresTest extends OptimisticLockingTest {

    private String secondLogin;
    private TeamDatabaseUrl url;

    @Override
    Database first() {
        Database owner = PostgresServer.get().initialisedDatabase();
        url = owner.teamUrl().orElseThrow();
        String firstLogin = PostgresServer.uniqueLogin("wang");
        secondLogin = PostgresServer.uniqueLogin("zhao");
        TeamAdmin admin = new TeamAdmin(owner, Clock.fixed(java.time.Instant.parse("2026-03-02T09:00:00Z"), java.time.ZoneOffset.UTC));
        admin.addUser(firstLogin, TeamAdmin.Role.OFFICER, "Shenzhen", "pw-1".toCharArray());
        admin.addUser(secondLogin, TeamAdmin.Role.OFFICER, "Shenzhen", "pw-2".toCharArray());
        owner.close();
        return Database.openTeam(url.as(firstLogin), "pw-1".toCharArray());
    }

    @Override
    Database second(Database first) {
        return Database.openTeam(url.as(secondLogin), "pw-2".toCharArray());
    }
}
