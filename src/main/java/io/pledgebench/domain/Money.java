package io.pledgebench.domain;

import java.math.BigDecimal;
import java.util.Objects;

/** An amount with its ISO-4217 currency, used at the edges (import, storage, report). */
public record Money(BigDecimal amount, String currency) {

    public Money {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(currency, "currency");
        amount = canonical(amount);
        if (currency.length() != 3 || !currency.chars().allMatch(c -> c >= 'A' && c <= 'Z')) {
            throw new IllegalArgumentException("currency must be an ISO-4217 code, was '" + currency + "'");
        }
    }

    /**
     * The canonical form of an amount: no trailing zeros and no negative scale, so that the same amount read
     * from a file, a spreadsheet or the database compares equal (80000000.000000 → 80000000, 12.50 → 12.5).
     */
    public static BigDecimal canonical(BigDecimal amount) {
        if (amount == null) {
            return null;
        }
        BigDecimal s = amount.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }

    public static Money of(double amount, String currency) {
        return new Money(BigDecimal.valueOf(amount), currency);
    }

    public static Money cny(BigDecimal amount) {
        return new Money(amount, "CNY");
    }

    public double toDouble() {
        return amount.doubleValue();
    }

    public boolean isNegative() {
        return amount.signum() < 0;
    }

    @Override
    public String toString() {
        return amount.toPlainString() + " " + currency;
    }
}
