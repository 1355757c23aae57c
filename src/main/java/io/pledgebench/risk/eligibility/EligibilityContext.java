package io.pledgebench.risk.eligibility;

import io.pledgebench.domain.LoanTimeline;

import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Facts about the loan that the rules judge a patent against: who pledges, the assessment date, the loan's
 * maturity, each patent's share of the collateral value (keyed by canonical patent number; empty before
 * valuation), the patents whose pending invalidation the officer has recorded as accepted by the parties, and
 * whether the loan is an existing one re-assessed (started before the valuation date: its pledge is registered), and
 * the loan's start (drawdown) date: the assessment date when the loan starts then or before.
 */
public record EligibilityContext(String pledgor, LocalDate asOf, LocalDate maturity, Map<String, Double> valueShares,
                                 Set<String> acceptedPendingInvalidation, boolean existingLoan, LocalDate start) {

    public EligibilityContext {
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(maturity, "maturity");
        valueShares = valueShares == null ? Map.of() : Map.copyOf(valueShares);
        acceptedPendingInvalidation = acceptedPendingInvalidation == null ? Set.of()
                : Set.copyOf(acceptedPendingInvalidation);
        if (maturity.isBefore(asOf)) {
            throw new IllegalArgumentException("loan maturity " + maturity + " precedes the assessment date " + asOf);
        }
        start = start == null || start.isBefore(asOf) ? asOf : start;
        if (start.isAfter(maturity)) {
            throw new IllegalArgumentException("loan start " + start + " follows its maturity " + maturity);
        }
    }

    /** A loan judged at {@code asOf} that starts then (or started before, when {@code existingLoan}). */
    public EligibilityContext(String pledgor, LocalDate asOf, LocalDate maturity, Map<String, Double> valueShares,
                              Set<String> acceptedPendingInvalidation, boolean existingLoan) {
        this(pledgor, asOf, maturity, valueShares, acceptedPendingInvalidation, existingLoan, asOf);
    }

    public EligibilityContext(String pledgor, LocalDate asOf, LocalDate maturity, Map<String, Double> valueShares) {
        this(pledgor, asOf, maturity, valueShares, Set.of(), false);
    }

    public EligibilityContext(String pledgor, LocalDate asOf, LocalDate maturity, Map<String, Double> valueShares,
                              Set<String> acceptedPendingInvalidation) {
        this(pledgor, asOf, maturity, valueShares, acceptedPendingInvalidation, false);
    }

    /** The context of a loan on {@code timeline}: judged at the valuation date against its maturity. */
    public static EligibilityContext of(String pledgor, LoanTimeline timeline, Set<String> acceptedPendingInvalidation) {
        return new EligibilityContext(pledgor, timeline.valuationDate(), timeline.maturityDate(), Map.of(),
                acceptedPendingInvalidation, timeline.startsBeforeValuation(), timeline.startDate());
    }

    public EligibilityContext withValueShares(Map<String, Double> shares) {
        return new EligibilityContext(pledgor, asOf, maturity, shares, acceptedPendingInvalidation, existingLoan, start);
    }
}
