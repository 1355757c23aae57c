package io.pledgebench.assessment;

import io.pledgebench.domain.LoanRequest;
import io.pledgebench.domain.LoanTimeline;
import io.pledgebench.domain.Portfolio;
import io.pledgebench.domain.ComparableTransaction;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What an assessment is about: the portfolio, the loan asked for, the valuation date, the Monte Carlo seed and
 * number of paths, an officer's PD (null = from the enterprise data), the comparable transactions available to
 * the market approach, and the patents (canonical numbers) whose pending invalidation the officer recorded as
 * accepted by the parties. Together with the parameters they determine every number of the result.
 */
public record AssessmentInputs(Portfolio portfolio, LoanRequest loan, LocalDate asOf, long seed, int paths,
                               Double pdOverride, List<ComparableTransaction> comparables,
                               Set<String> acceptedPendingInvalidation) {

    public static final int DEFAULT_PATHS = 10_000;

    public AssessmentInputs {
        Objects.requireNonNull(portfolio, "portfolio");
        Objects.requireNonNull(loan, "loan");
        Objects.requireNonNull(asOf, "asOf");
        comparables = comparables == null ? List.of() : List.copyOf(comparables);
        acceptedPendingInvalidation = acceptedPendingInvalidation == null ? Set.of()
                : java.util.Collections.unmodifiableSet(new java.util.TreeSet<>(acceptedPendingInvalidation));
        if (portfolio.patents().isEmpty()) {
            throw new IllegalArgumentException("portfolio '" + portfolio.name() + "' holds no patents");
        }
        if (pdOverride != null && !(pdOverride > 0 && pdOverride < 1)) {
            throw new IllegalArgumentException("PD must lie strictly between 0 and 1, was " + pdOverride);
        }
        if (paths < 2) {
            throw new IllegalArgumentException("Monte Carlo needs at least 2 paths, was " + paths);
        }
        if (!loan.currency().equals(portfolio.currency())) {
            throw new IllegalArgumentException("the loan is in " + loan.currency() + " but the portfolio's amounts are in "
                    + portfolio.currency());
        }
        LoanTimeline.of(loan, asOf);
    }

    public AssessmentInputs(Portfolio portfolio, LoanRequest loan, LocalDate asOf, long seed, int paths,
                            Double pdOverride, List<ComparableTransaction> comparables) {
        this(portfolio, loan, asOf, seed, paths, pdOverride, comparables, Set.of());
    }

    /** The one loan timeline of this assessment: valuation date, start, term, maturity. */
    public LoanTimeline timeline() {
        return LoanTimeline.of(loan, asOf);
    }
}
