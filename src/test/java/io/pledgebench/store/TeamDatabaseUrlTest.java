package io.pledgebench.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Reading the team database's address: every accepted form, and a password in it refused without repeating it. */
class TeamDatabaseUrlTest {

    @Test
    void theFormsOfAnAddressGiveTheSameDatabaseAndLogin() {
        for (String text : List.of("postgresql://db.bank.local:5433/pledgebench?user=wang",
                "postgres://wang@db.bank.local:5433/pledgebench", "jdbc:postgresql://db.bank.local:5433/pledgebench?user=wang",
                "  postgresql://wang@db.bank.local:5433/pledgebench?user=wang ")) {
            TeamDatabaseUrl u = TeamDatabaseUrl.parse(text);
            assertThat(u.host()).as(text).isEqualTo("db.bank.local");
            assertThat(u.port()).isEqualTo(5433);
            assertThat(u.database()).isEqualTo("pledgebench");
            assertThat(u.user()).isEqualTo("wang");
            assertThat(u.jdbcUrl()).isEqualTo("jdbc:postgresql://db.bank.local:5433/pledgebench");
            assertThat(u.display()).isEqualTo("postgresql://wang@db.bank.local:5433/pledgebench");
        }
        TeamDatabaseUrl local = TeamDatabaseUrl.parse("jdbc:postgresql:pledgebench?user=li&sslmode=require");
        assertThat(local.host()).isEqualTo("localhost");
        assertThat(local.port()).isEqualTo(5432);
        assertThat(local.jdbcUrl()).isEqualTo("jdbc:postgresql://localhost:5432/pledgebench?sslmode=require");
        assertThat(TeamDatabaseUrl.isTeam("POSTGRESQL://x/y")).isTrue();
        assertThat(TeamDatabaseUrl.isTeam("/home/wang/pledgebench")).isFalse();
        assertThat(TeamDatabaseUrl.isTeam("jdbc:h2:mem:x")).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"postgresql://wang:Secr3t@db/pb", "postgresql://db/pb?user=wang&password=Secr3t",
            "jdbc:postgresql://db/pb?user=wang&PASSWORD=Secr3t", "postgresql://db/pb?user=wang&sslpassword=Secr3t"})
    void aPasswordInTheAddressIsRefusedWithoutRepeatingIt(String text) {
        assertThatThrownBy(() -> TeamDatabaseUrl.parse(text)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("holds a password").hasMessageContaining("--password-file")
                .hasMessageNotContaining("Secr3t");
    }

    @Test
    void aMissingLoginDatabaseOrServerIsSaid() {
        assertThatThrownBy(() -> TeamDatabaseUrl.parse("postgresql://db:5432/pb")).hasMessageContaining("names no login");
        assertThatThrownBy(() -> TeamDatabaseUrl.parse("postgresql://db:5432/?user=wang"))
                .hasMessageContaining("names no database");
        assertThatThrownBy(() -> TeamDatabaseUrl.parse("postgresql:///pb?user=wang")).hasMessageContaining("no server");
        assertThatThrownBy(() -> TeamDatabaseUrl.parse("postgresql://a@db/pb?user=b")).hasMessageContaining("two logins");
    }
}
