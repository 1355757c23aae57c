package io.pledgebench.ui;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/** A whole column of a large table is measured on its longest entries only, so fitting it stays quick. */
class TablesTest {

    @Test
    void theLongestDistinctEntriesOfAColumnAreTheOnesMeasured() {
        List<String> ids = new ArrayList<>();
        for (int i = 1; i <= 10_000; i++) {
            ids.add("L" + i);
        }
        ids.add("L10000");
        ids.add("");
        ids.add(null);
        var kept = Tables.longest(ids, Function.identity());
        assertThat(kept).hasSize(Tables.MEASURED).doesNotHaveDuplicates().contains("L10000")
                .allSatisfy(s -> assertThat(s.length()).isGreaterThanOrEqualTo(5));
        assertThat(Tables.longest(List.of("2026-01-01", "2026-01-01", "—"), Function.identity()))
                .containsExactlyInAnyOrder("2026-01-01", "—");
    }
}
