package io.pledgebench.valuation;

import io.pledgebench.domain.Enterprise;
import io.pledgebench.domain.Patent;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything a method may use: the patent, the pledgor (null when unknown), the valuation date, the parameters,
 * the income period, the comparable transactions, and the results of the methods that ran before it (the real
 * option uses the income methods' present value as its underlying).
 */
public record ValuationContext(Patent patent, Enterprise enterprise, LocalDate asOf, ValuationParameters parameters,
                               IncomePeriod incomePeriod, List<ComparableTransaction> comparables,
                               List<MethodResult> earlierResults) {

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
}
