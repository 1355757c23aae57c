package io.pledgebench.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A database written by a newer PledgeBench (a downgrade) is refused with a message, and left as it was. */
class UpgradeSafetyTest {

    @Test
    void databaseFromANewerVersionIsRefusedAndLeftUntouched(@TempDir Path dir) throws Exception {
        Path base = dir.resolve("data");
        try (Database db = Database.open(base); Connection c = db.connect(); Statement s = c.createStatement()) {
            s.execute("INSERT INTO schema_version (version, script, checksum, applied_at)"
                    + " VALUES (99, 'V99__future.sql', 'x', CURRENT_TIMESTAMP)");
        }

        assertThatThrownBy(() -> Database.open(base))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("schema version 99")
                .hasMessageContaining("newer than this PledgeBench");
        assertThat(Files.exists(dir.resolve("backups"))).as("no backup or migration was attempted").isFalse();
        try (Connection c = java.sql.DriverManager.getConnection("jdbc:h2:file:" + base + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE",
                "pledgebench", ""); Statement s = c.createStatement();
             java.sql.ResultSet rs = s.executeQuery("SELECT COUNT(*), MAX(version) FROM schema_version")) {
            rs.next();
            assertThat(rs.getInt(1)).isEqualTo(Migrations.SCRIPTS.size() + 1);
            assertThat(rs.getInt(2)).isEqualTo(99);
        }
    }

    @Test
    void dataFolderIsReadableByItsOwnerOnly(@TempDir Path dir) throws Exception {
        Path folder = dir.resolve("fresh-folder");
        try (Database db = Database.open(folder.resolve("pledgebench"))) {
            assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(folder)))
                    .isEqualTo("rwx------");
        }
    }
}
