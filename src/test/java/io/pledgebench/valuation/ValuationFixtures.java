package io.pledgebench.valuation;

import io.pledgebench.domain.ComparableTransaction;
import io.pledgebench.domain.Enterprise;
import io.pledgebench.domain.LegalStatus;
import io.pledgebench.domain.Owner;
import io.pledgebench.domain.Patent;
import io.pledgebench.domain.PatentNumber;
import io.pledgebench.domain.PatentType;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** Patents and an enterprise with every input the methods use. */
final class ValuationFixtures {

    static final LocalDate AS_OF = LocalDate.of(2024, 1, 1);

    private ValuationFixtures() {
    }

    /** CN invention filed 2018-03-01 (legal expiry 2038-03-01), IPC H01L, in use since filing, economic life 12 y. */
    static Patent.Builder invention() {
        return Patent.builder(PatentNumber.parse("CN201810123456.X".replace("X", String.valueOf(
                        PatentNumber.cnCheckDigit("201810123456")))), PatentType.INVENTION, LegalStatus.VALID)
                .title("Power semiconductor module")
                .filingDate(LocalDate.of(2018, 3, 1))
                .grantDate(LocalDate.of(2020, 6, 1))
                .addOwner(new Owner("Acme Tech", null))
                .ipc("H01L 23/00")
                .productRevenue(new BigDecimal("10000000"))
                .replacementCost(new BigDecimal("2000000"))
                .economicLifeYears(12.0);
    }

    static Enterprise enterprise() {
        return new Enterprise("Acme Tech", null, "electronics", 8.0, new BigDecimal("100000000"),
                new BigDecimal("20000000"), new BigDecimal("80000000"), new BigDecimal("30000000"), null, null, null,
                0, null);
    }

    static List<ComparableTransaction> comparables() {
        return List.of(
                comparable("T1", "2022-01-01", "3000000", "H04L 9/00", 10.0),
                comparable("T2", "2023-01-01", "5000000", "H01L 21/00", 12.0),
                comparable("T3", "2023-07-01", "4000000", "H02J 7/00", 8.0),
                comparable("T4-other-section", "2023-07-01", "9000000", "G06F 3/00", 8.0),
                comparable("T5-later", "2024-06-01", "9000000", "H01L 21/00", 8.0));
    }

    static ComparableTransaction comparable(String ref, String date, String price, String ipc, double life) {
        return new ComparableTransaction(null, ref, "sale of an invention patent", LocalDate.parse(date),
                new BigDecimal(price), "CNY", PatentType.INVENTION, ipc, life, "test fixture");
    }
}
