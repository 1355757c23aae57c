package io.pledgebench.store;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/** A loan to book; the registration number and date are both given or both left out. */
public record NewBookedLoan(long assessmentId, String borrower, String creditCode, String industry, String pledgee,
                            String currency, BigDecimal amount, BigDecimal rate, LocalDate drawdown, int termMonths,
                            String riskSharing, double coverageTrigger, double valueDropTrigger,
                            LocalDate appraisalDate, BigDecimal bookedMarketValue, BigDecimal bookedLiquidationValue,
                            String registrationNumber, LocalDate registrationDate, List<String> patents,
                            int registrationDays) {

    /** A loan whose pledge must be registered within the default 30 days of drawdown. */
    public NewBookedLoan(long assessmentId, String borrower, String creditCode, String industry, String pledgee,
                         String currency, BigDecimal amount, BigDecimal rate, LocalDate drawdown, int termMonths,
                         String riskSharing, double coverageTrigger, double valueDropTrigger,
                         LocalDate appraisalDate, BigDecimal bookedMarketValue, BigDecimal bookedLiquidationValue,
                         String registrationNumber, LocalDate registrationDate, List<String> patents) {
        this(assessmentId, borrower, creditCode, industry, pledgee, currency, amount, rate, drawdown, termMonths,
                riskSharing, coverageTrigger, valueDropTrigger, appraisalDate, bookedMarketValue,
                bookedLiquidationValue, registrationNumber, registrationDate, patents, DEFAULT_REGISTRATION_DAYS);
    }

    /** The days after drawdown allowed for the pledge registration unless the officer sets others (SPEC: 30). */
    public static final int DEFAULT_REGISTRATION_DAYS = 30;

    public NewBookedLoan {
        Objects.requireNonNull(borrower, "borrower");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(drawdown, "drawdown");
        Objects.requireNonNull(appraisalDate, "appraisalDate");
        Objects.requireNonNull(bookedMarketValue, "bookedMarketValue");
        Objects.requireNonNull(bookedLiquidationValue, "bookedLiquidationValue");
        patents = List.copyOf(patents);
        if (patents.isEmpty()) {
            throw new IllegalArgumentException("a booked loan needs at least one pledged patent");
        }
        if (amount.signum() <= 0) {
            throw new IllegalArgumentException("loan amount must be positive, was " + amount.toPlainString());
        }
        if (registrationDays < 0) {
            throw io.pledgebench.domain.RefusedInputException.of("book.refused.registrationDays", registrationDays);
        }
        if (termMonths <= 0) {
            throw new IllegalArgumentException("loan term must be positive, was " + termMonths);
        }
        if ((registrationNumber == null) != (registrationDate == null)) {
            throw new IllegalArgumentException("a pledge registration needs both its number (--registration) and its"
                    + " date (--registered)");
        }
        if (registrationNumber != null && (registrationNumber.isBlank() || registrationNumber.length() > 100)) {
            throw new IllegalArgumentException("a registration number has 1 to 100 characters");
        }
    }

    public LocalDate maturity() {
        return drawdown.plusMonths(termMonths);
    }
}
