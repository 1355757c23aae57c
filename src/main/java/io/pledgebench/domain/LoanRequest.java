package io.pledgebench.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The loan asked for: amount, term in months, start date (the valuation date unless given), purpose, and the
 * valuation date (评估基准日) the request is to be assessed at when the portfolio names one — the date of its data.
 */
public record LoanRequest(BigDecimal amount, String currency, int termMonths, LocalDate startDate, String purpose,
                          LocalDate valuationDate) {

    public static final int MAX_TERM_MONTHS = 360;
    /**
     * 10 trillion in the portfolio's currency: above any loan against a patent portfolio (the whole Chinese IP-pledge
     * market was 850 bn CNY in 2023), and far inside the range where doubles in the engine are exact to the unit.
     */
    public static final BigDecimal MAX_AMOUNT = new BigDecimal("1e13");

    public LoanRequest {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(currency, "currency");
        if (amount.compareTo(MAX_AMOUNT) > 0) {
            throw RefusedInputException.of("security.loan.tooLarge", shortForm(amount), MAX_AMOUNT.toPlainString());
        }
        amount = Money.canonical(amount);
        if (amount.signum() <= 0) {
            throw new IllegalArgumentException("loan amount must be positive, was " + amount.toPlainString());
        }
        if (termMonths <= 0 || termMonths > MAX_TERM_MONTHS) {
            throw new IllegalArgumentException("loan term must be 1–" + MAX_TERM_MONTHS + " months, was " + termMonths);
        }
        purpose = purpose == null ? "" : purpose;
    }

    public LoanRequest(BigDecimal amount, String currency, int termMonths, LocalDate startDate, String purpose) {
        this(amount, currency, termMonths, startDate, purpose, null);
    }

    /** An amount for a message: plain up to 30 digits, else in scientific notation (1E+999999999 stays short). */
    static String shortForm(BigDecimal amount) {
        return amount.precision() - amount.scale() > 30 ? amount.round(new java.math.MathContext(6)).toString()
                : amount.toPlainString();
    }

    public Money money() {
        return new Money(amount, currency);
    }

    public double termYears() {
        return termMonths / 12.0;
    }

    /** Maturity date, counted from {@code startDate}, or from {@code asOf} when no start date is set. */
    public LocalDate maturity(LocalDate asOf) {
        return (startDate != null ? startDate : asOf).plusMonths(termMonths);
    }
}
