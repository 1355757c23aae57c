package io.pledgebench.store;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** H2's page cache follows the heap: an eighth of it, never below H2's default 16 MB nor above 128 MB. */
class DatabaseCacheSizeTest {

    private static final long MB = 1024L * 1024;

    @Test
    void anEighthOfTheHeapBetween16And128Megabytes() {
        assertThat(Database.cacheKilobytes(512 * MB)).isEqualTo(64 * 1024);
        assertThat(Database.cacheKilobytes(64 * MB)).isEqualTo(16 * 1024);
        assertThat(Database.cacheKilobytes(6 * 1024 * MB)).isEqualTo(128 * 1024);
    }
}
