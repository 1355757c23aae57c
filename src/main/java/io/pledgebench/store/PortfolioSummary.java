package io.pledgebench.store;

import java.time.Instant;

/** One stored portfolio as listed: identity, name, where it came from and how many patents it holds. */
public record PortfolioSummary(long id, String name, String enterpriseName, String source, Instant importedAt,
                               int patentCount) {
}
