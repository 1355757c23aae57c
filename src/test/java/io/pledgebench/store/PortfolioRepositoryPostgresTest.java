package io.pledgebench.store;

import java.nio.file.Path;

/** {@link PortfolioRepositoryTest} on the team database (a real PostgreSQL, as its owner). */
class PortfolioRepositoryPostgresTest extends PortfolioRepositoryTest {

    @Override
    Database memory(String name) {
        return PostgresServer.get().initialisedDatabase();
    }

    /** An H2 file's backup before a schema upgrade; the team database is backed up by its DBA (pg_dump). */
    @Override
    void backsUpTheFileBeforeMigratingAnOlderSchema(Path dir) {
    }

    /** H2's file lock; a server takes any number of clients. */
    @Override
    void secondProcessGetsAClearMessageWhileTheDatabaseIsOpen(Path dir) {
    }
}
