package io.pledgebench.store;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** H2's page cache follows the heap: an eighth of it, never below H2's default 16 MB nor above 64 MB. */
class DatabaseCacheSizeTest {

    private static final long MB = 1024L * 1024;

    @Test
    void anEighthOfTheHeapBetween16And64Megabytes() {
        assertThat(Database.cacheKilobytes(256 * MB)).isEqualTo(32 * 1024);
        assertThat(Database.cacheKilobytes(64 * MB)).isEqualTo(16 * 1024);
        assertThat(Database.cacheKilobytes(6 * 1024 * MB)).isEqualTo(64 * 1024);
    }
}
