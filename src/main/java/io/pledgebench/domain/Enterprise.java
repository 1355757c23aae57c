package io.pledgebench.domain;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The pledgor: the enterprise that owns the patents and borrows. Financial figures are annual, in the
 * portfolio's currency; any may be null when not given.
 */
public record Enterprise(
        String name,
        UnifiedSocialCreditCode creditCode,
        String industry,
        Double yearsInBusiness,
        BigDecimal revenue,
        BigDecimal ebitda,
        BigDecimal totalAssets,
        BigDecimal totalLiabilities,
        BigDecimal interestExpense,
        BigDecimal rdExpense,
        BigDecimal annualDebtService,
        Integer overdueRecords,
        Double pd) {

    public Enterprise {
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) {
            throw new IllegalArgumentException("enterprise name is empty");
        }
        revenue = Money.canonical(revenue);
        ebitda = Money.canonical(ebitda);
        totalAssets = Money.canonical(totalAssets);
        totalLiabilities = Money.canonical(totalLiabilities);
        interestExpense = Money.canonical(interestExpense);
        rdExpense = Money.canonical(rdExpense);
        annualDebtService = Money.canonical(annualDebtService);
        if (pd != null && !(pd > 0 && pd < 1)) {
            throw new IllegalArgumentException("PD must lie strictly between 0 and 1, was " + pd);
        }
        if (yearsInBusiness != null && yearsInBusiness < 0) {
            throw new IllegalArgumentException("years in business is negative: " + yearsInBusiness);
        }
        if (overdueRecords != null && overdueRecords < 0) {
            throw new IllegalArgumentException("overdue records is negative: " + overdueRecords);
        }
    }

    public static Enterprise named(String name) {
        return new Enterprise(name, null, null, null, null, null, null, null, null, null, null, null, null);
    }
}
