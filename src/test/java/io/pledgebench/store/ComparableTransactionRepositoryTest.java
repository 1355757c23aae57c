package io.pledgebench.store;

import io.pledgebench.domain.PatentType;
import io.pledgebench.domain.ComparableTransaction;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ComparableTransactionRepositoryTest {

    /** The database a test runs on: H2 in memory here; PostgreSQL in the Postgres subclass. */
    Database memory(String name) {
        return Database.inMemory(name);
    }

    private static ComparableTransaction tx(String ref, String price) {
        return new ComparableTransaction(null, ref, "assignment of CN invention", LocalDate.of(2023, 5, 4),
                new BigDecimal(price), "CNY", PatentType.INVENTION, "H01L 21/00", 11.5, "CNIPA assignment register");
    }

    @Test
    void insertsListsUpdatesAndDeletes() {
        try (Database db = memory("comparables-crud")) {
            ComparableTransactionRepository repo = new ComparableTransactionRepository(db);
            List<Long> ids = repo.insertAll(List.of(tx("A", "1200000.50"), tx("B", "800000")));
            List<ComparableTransaction> all = repo.list();
            assertThat(all).hasSize(2);
            assertThat(all.get(0)).isEqualTo(tx("A", "1200000.5").withId(ids.get(0)));
            repo.update(all.get(1).withId(ids.get(1)));
            ComparableTransaction changed = new ComparableTransaction(ids.get(1), "B2", "licence", LocalDate.of(2022, 1, 1),
                    new BigDecimal("5"), "USD", PatentType.DESIGN, null, null, "own deal");
            repo.update(changed);
            assertThat(repo.list()).contains(changed);
            repo.delete(ids.get(0));
            assertThat(repo.list()).containsExactly(changed);
            assertThatThrownBy(() -> repo.delete(999)).hasMessageContaining("999");
        }
    }
}
