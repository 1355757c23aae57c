package io.pledgebench.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** H2's page cache follows the heap: an eighth of it, never below H2's default 16 MB nor above 64 MB. */
class DatabaseCacheSizeTest {

    private static final long MB = 1024L * 1024;

    @Test
    void anEighthOfTheHeapBetween16And64Megabytes() {
        assertThat(Database.cacheKilobytes(256 * MB)).isEqualTo(32 * 1024);
        assertThat(Database.cacheKilobytes(64 * MB)).isEqualTo(16 * 1024);
        assertThat(Database.cacheKilobytes(6 * 1024 * MB)).isEqualTo(64 * 1024);
    }

    /** While an import writes: a quarter of the heap, never below the usual cache nor above 1 GB. */
    @Test
    void aQuarterOfTheHeapWhileImportingBetweenTheUsualCacheAnd1Gigabyte() {
        assertThat(Database.importCacheKilobytes(1024 * MB)).isEqualTo(256 * 1024);
        assertThat(Database.importCacheKilobytes(64 * MB)).isEqualTo(16 * 1024);
        assertThat(Database.importCacheKilobytes(256 * MB)).isEqualTo(64 * 1024);
        assertThat(Database.importCacheKilobytes(6 * 1024 * MB)).isEqualTo(1024 * 1024);
    }

    /** The larger cache holds only while the work runs, and the usual one is back after it, also when the work failed. */
    @Test
    void theUsualCacheIsBackAfterTheWorkWhetherItSucceededOrNot(@TempDir Path dir) throws SQLException {
        long max = Runtime.getRuntime().maxMemory();
        try (Database db = Database.open(dir.resolve("pb"))) {
            assertThat(cacheKilobytes(db)).isEqualTo(Database.cacheKilobytes(max));
            AtomicLong during = new AtomicLong();
            assertThat(db.withImportCache(() -> {
                during.set(cacheKilobytes(db));
                return "done";
            })).isEqualTo("done");
            assertThat(during.get()).isEqualTo(Database.importCacheKilobytes(max));
            assertThat(cacheKilobytes(db)).isEqualTo(Database.cacheKilobytes(max));

            assertThatThrownBy(() -> db.withImportCache(() -> {
                throw new StoreException("the import failed");
            })).hasMessage("the import failed");
            assertThat(cacheKilobytes(db)).isEqualTo(Database.cacheKilobytes(max));
        }
    }

    private static long cacheKilobytes(Database db) {
        try (Connection c = db.connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                "SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS WHERE LOWER(SETTING_NAME) = 'cache_size'")) {
            assertThat(rs.next()).isTrue();
            return Long.parseLong(rs.getString(1));
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
