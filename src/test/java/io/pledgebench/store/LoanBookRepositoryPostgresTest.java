package io.pledgebench.store;

/** {@link LoanBookRepositoryTest} on the team database (a real PostgreSQL, as its owner). */
class LoanBookRepositoryPostgresTest extends LoanBookRepositoryTest {

    @Override
    Database memory(String name) {
        return PostgresServer.get().initialisedDatabase();
    }
}
