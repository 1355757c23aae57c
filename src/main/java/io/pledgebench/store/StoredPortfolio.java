package io.pledgebench.store;

import io.pledgebench.domain.Portfolio;

import java.time.Instant;

/** A portfolio as stored: its id, when and by whom it was imported, the hash of its source and its content. */
public record StoredPortfolio(long id, Instant importedAt, String importedBy, String sourceHash, Portfolio portfolio) {
}
