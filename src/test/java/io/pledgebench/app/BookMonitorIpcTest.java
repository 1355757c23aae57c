package io.pledgebench.app;

import io.pledgebench.domain.LegalStatus;
import io.pledgebench.domain.Patent;
import io.pledgebench.domain.PatentNumber;
import io.pledgebench.domain.PatentType;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Re-review of issue 17 (m11): a loan whose collateral is worth nothing (its patents lapsed) is still secured on
 * patents whose IPC classes are known; the book's IPC concentration splits it by their count, not under "not given".
 */
class BookMonitorIpcTest {

    private static Patent patent(String number, String ipc) {
        return Patent.builder(PatentNumber.parse(number), PatentType.INVENTION, LegalStatus.LAPSED).ipc(ipc).build();
    }

    @Test
    void aZeroValueLoansSectionsAreItsPatentsByCount() {
        Map<String, Double> ipc = BookMonitor.ipcByCount(List.of(patent("CN201710601862.3", "G01N 21/64"),
                patent("CN202110273456.5", "g06f 16/00"), patent("CN201510782913.8", "H04L 9/32"),
                patent("CN201410356287.1", null)));
        assertThat(ipc).containsExactly(Map.entry("G", 2 / 3.0), Map.entry("H", 1 / 3.0));
        assertThat(BookMonitor.ipcByCount(List.of(patent("CN201410356287.1", " ")))).isEmpty();
    }
}
