package io.pledgebench.app;

import io.pledgebench.domain.LoanRequest;
import io.pledgebench.domain.Patent;
import io.pledgebench.domain.Portfolio;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

/**
 * How the command line ({@code assess}) and the workbench (Loan &amp; risk) turn what the officer gave into the
 * assessment's inputs, by the same rules (SPEC revision 2, "The loan timeline"): one loan request, one valuation
 * date, the patents whose pending invalidation the parties accept.
 */
public final class AssessmentRequests {

    private AssessmentRequests() {
    }

    /**
     * The loan request assessed: {@code amount} over {@code termMonths} in the portfolio's currency, starting on
     * {@code startDate}; without one, on the loan sheet's start date when the request is the sheet's own
     * ({@code restated} false), else on the valuation date (a null start). Purpose and the portfolio's valuation
     * date (评估基准日) come from the sheet.
     */
    public static LoanRequest loan(Portfolio portfolio, BigDecimal amount, int termMonths, LocalDate startDate,
                                   boolean restated) {
        LoanRequest sheet = portfolio.loan();
        LocalDate start = startDate;
        if (start == null && sheet != null && !restated) {
            start = sheet.startDate();
        }
        return new LoanRequest(amount, portfolio.currency(), termMonths, start, sheet == null ? null : sheet.purpose(),
                sheet == null ? null : sheet.valuationDate());
    }

    /** The valuation date: as given, else the portfolio's own (the date of its data), else today. */
    public static LocalDate valuationDate(LoanRequest request, LocalDate given, LocalDate today) {
        if (given != null) {
            return given;
        }
        return request != null && request.valuationDate() != null ? request.valuationDate() : today;
    }

    /**
     * The canonical number of the portfolio's patent named {@code given} (canonical or with its kind code, any case),
     * empty when the portfolio has no such patent.
     */
    public static Optional<String> patent(Portfolio portfolio, String given) {
        String g = given == null ? "" : given.trim();
        return portfolio.patents().stream()
                .filter(p -> p.number().canonical().equalsIgnoreCase(g) || p.number().withKind().equalsIgnoreCase(g))
                .map(p -> p.number().canonical()).findFirst();
    }

    /** Whether {@code p} is under a pending invalidation request: the officer may record that the parties accept it. */
    public static boolean pendingInvalidation(Patent p) {
        return p.status() == io.pledgebench.domain.LegalStatus.PENDING_INVALIDATION;
    }
}
