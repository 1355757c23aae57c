package io.pledgebench.store;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A loan in the book as stored: the assessment it was booked from, the borrower, terms, triggers, what the
 * collateral was appraised at when booked, the pledge registration, the pledged patents (canonical numbers) and,
 * once repaid, the day the pledge was released.
 */
public record BookedLoan(long id, long assessmentId, String borrower, String creditCode, String industry,
                         String pledgee, String currency, BigDecimal amount, BigDecimal rate, LocalDate drawdown,
                         int termMonths, LocalDate maturity, String riskSharing, double coverageTrigger,
                         double valueDropTrigger, LocalDate appraisalDate, BigDecimal bookedMarketValue,
                         BigDecimal bookedLiquidationValue, RegistrationStatus registrationStatus,
                         String registrationNumber, LocalDate registrationDate, LocalDate closedDate,
                         Instant bookedAt, String bookedBy, List<String> patents, int registrationDays) {

    /** A loan whose pledge must be registered within the default 30 days of drawdown. */
    public BookedLoan(long id, long assessmentId, String borrower, String creditCode, String industry,
                      String pledgee, String currency, BigDecimal amount, BigDecimal rate, LocalDate drawdown,
                      int termMonths, LocalDate maturity, String riskSharing, double coverageTrigger,
                      double valueDropTrigger, LocalDate appraisalDate, BigDecimal bookedMarketValue,
                      BigDecimal bookedLiquidationValue, RegistrationStatus registrationStatus,
                      String registrationNumber, LocalDate registrationDate, LocalDate closedDate,
                      Instant bookedAt, String bookedBy, List<String> patents) {
        this(id, assessmentId, borrower, creditCode, industry, pledgee, currency, amount, rate, drawdown, termMonths,
                maturity, riskSharing, coverageTrigger, valueDropTrigger, appraisalDate, bookedMarketValue,
                bookedLiquidationValue, registrationStatus, registrationNumber, registrationDate, closedDate, bookedAt,
                bookedBy, patents, NewBookedLoan.DEFAULT_REGISTRATION_DAYS);
    }

    /** The day by which the pledge must be registered: drawdown plus the loan's registration days. */
    public LocalDate registerBy() {
        return drawdown.plusDays(registrationDays);
    }

    public BookedLoan {
        patents = List.copyOf(patents);
    }

    /** The loan's id as users see it, e.g. {@code L7}. */
    public String loanId() {
        return loanId(id);
    }

    public static String loanId(long id) {
        return "L" + id;
    }

    /** The stored id of a loan id as typed ({@code L7}, {@code l7} or {@code 7}). */
    public static long parseLoanId(String text) {
        String t = text == null ? "" : text.trim();
        if (t.startsWith("L") || t.startsWith("l")) {
            t = t.substring(1);
        }
        if (!t.matches("\\d{1,18}")) {
            throw io.pledgebench.domain.RefusedInputException.of("book.refused.loanId", String.valueOf(text));
        }
        return Long.parseLong(t);
    }

    /** Open on {@code day}: drawn by then and not yet closed. */
    public boolean openOn(LocalDate day) {
        return !drawdown.isAfter(day) && (closedDate == null || closedDate.isAfter(day));
    }

    /**
     * Whether the pledge was on the register on {@code day}: registered on that day or before, and not cancelled by then
     * (a loan closed after {@code day} was still registered on it). Registration steps never go back from the register
     * to an application ({@link RegistrationStatus#mayFollow}), and a change keeps the first registration date, so the
     * registration date and the close date tell the state on any day; re-running a past day gives what it gave.
     */
    public boolean registeredOn(LocalDate day) {
        boolean onRegisterThen = registrationStatus.onRegister()
                || registrationStatus == RegistrationStatus.CANCELLED && closedDate != null && closedDate.isAfter(day);
        return onRegisterThen && registrationNumber != null && registrationDate != null
                && !registrationDate.isAfter(day);
    }

    /** The registration number and date when the pledge is on the register, else none. */
    public boolean registered() {
        return registrationStatus.onRegister() && registrationNumber != null && registrationDate != null;
    }
}
