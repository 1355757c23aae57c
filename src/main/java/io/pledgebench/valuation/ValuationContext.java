package io.pledgebench.valuation;

import io.pledgebench.domain.ComparableTransaction;
import io.pledgebench.domain.Enterprise;
import io.pledgebench.domain.Patent;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything a method may use: the patent, the pledgor (null when unknown), the valuation date, the parameters,
 * the income period, the comparable transactions, the results of the methods that ran before it (the real option
 * uses the income methods' present value as its underlying; the cost approach is capped by the income methods), and
 * the patent's part of its product's revenue (null when the engine has no attribution for it), and whether the result
 * is to carry its explanation ({@code explained}: the parameters and inputs used, the cash-flow table and the
 * explanation lines). A method given {@code explained == false} computes the same value by the same formulas and
 * leaves the explanation out ({@link ValuationEngine#figuresOnly()}): a caller that reads only the figures, such as the
 * revaluation of a whole loan book, need not build what it throws away.
 */
public record ValuationContext(Patent patent, Enterprise enterprise, LocalDate asOf, ValuationParameters parameters,
                               IncomePeriod incomePeriod, List<ComparableTransaction> comparables,
                               List<MethodResult> earlierResults, RevenueAttribution.PatentShare revenueShare,
                               boolean explained) {

    public ValuationContext {
        Objects.requireNonNull(patent, "patent");
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(parameters, "parameters");
        Objects.requireNonNull(incomePeriod, "incomePeriod");
        comparables = comparables == null ? List.of() : List.copyOf(comparables);
        earlierResults = earlierResults == null ? List.of() : List.copyOf(earlierResults);
    }

    public Optional<MethodResult> earlier(String methodId) {
        return earlierResults.stream().filter(r -> r.methodId().equals(methodId) && r.applied()).findFirst();
    }

    /**
     * The yearly product revenue the income methods use: the revenue attributed to the patent (its part of its
     * product, scaled to the company's revenue when needed), else the product revenue given; null when none is given.
     */
    public Double productRevenue() {
        if (patent.productRevenue() == null) {
            return null;
        }
        return revenueShare != null ? revenueShare.revenueAttributed() : patent.productRevenue().doubleValue();
    }
}
