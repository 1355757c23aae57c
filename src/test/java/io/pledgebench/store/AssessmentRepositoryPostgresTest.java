package io.pledgebench.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link AssessmentRepositoryTest} on the team database (a real PostgreSQL, as its owner): saving, loading, the
 * content hash, the chain under concurrent writers and every tampering the H2 tests make — done here by the owner
 * past the INSERT-only triggers ({@code session_replication_role = replica}, which only a superuser may set) — is
 * found the same way.
 */
class AssessmentRepositoryPostgresTest extends AssessmentRepositoryTest {

    @Override
    Database memory() {
        return PostgresServer.get().initialisedDatabase();
    }

    @Override
    void sql(Database db, String statement) throws SQLException {
        try (Connection c = db.connect(); Statement s = c.createStatement()) {
            s.execute("SET session_replication_role = replica");
            try {
                assertThat(s.executeUpdate(statement)).as(statement).isPositive();
            } finally {
                s.execute("SET session_replication_role = DEFAULT");
            }
        }
    }

    /** Names typed for maker and checker are an H2 matter: on the team database both are the login (TeamModeTest). */
    @Override
    void checkerMustFollowTheMakerAndBeSomeoneElse() {
    }

    /**
     * Signs with two typed names (alice, bob); on the team database both are the owner's login and the database refuses
     * the checker. Sign-off tampering there: TeamModeTest (no login can UPDATE or DELETE a sign-off).
     */
    @Override
    void deletingTheLastAuditEntryOrAnAssessmentOrEditingASignOffIsDetected() {
    }

    /** The verify command on an H2 file with its witness (TeamCliTest verifies the team database). */
    @Override
    void verifyCommandExitsZeroWhenIntactAndTwoNamingTheFirstBrokenRow(Path dir) {
    }
}
