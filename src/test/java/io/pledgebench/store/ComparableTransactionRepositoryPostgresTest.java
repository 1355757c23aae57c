package io.pledgebench.store;

/** {@link ComparableTransactionRepositoryTest} on the team database (a real PostgreSQL, as its owner). */
class ComparableTransactionRepositoryPostgresTest extends ComparableTransactionRepositoryTest {

    @Override
    Database memory(String name) {
        return PostgresServer.get().initialisedDatabase();
    }
}
