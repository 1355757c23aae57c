package io.pledgebench.domain;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * An enterprise's patents offered as collateral, with the enterprise data and loan request when the
 * source holds them. {@code currency} is the currency of every amount in the portfolio.
 */
public record Portfolio(String name, Enterprise enterprise, List<Patent> patents, LoanRequest loan, String currency,
                        String source) {

    public Portfolio {
        Objects.requireNonNull(name, "name");
        patents = patents == null ? List.of() : List.copyOf(patents);
        currency = currency == null ? "CNY" : currency;
        source = source == null ? "" : source;
    }

    /** Who pledges: the enterprise when given, else the owner named on most patents (inferred). */
    public Pledgor pledgor() {
        if (enterprise != null) {
            return new Pledgor(enterprise.name(), false);
        }
        Map<String, Integer> counts = new HashMap<>();
        Map<String, String> firstSpelling = new LinkedHashMap<>();
        for (Patent p : patents) {
            for (Owner o : p.owners()) {
                counts.merge(o.key(), 1, Integer::sum);
                firstSpelling.putIfAbsent(o.key(), o.name());
            }
        }
        String best = null;
        int bestCount = 0;
        for (Map.Entry<String, String> e : firstSpelling.entrySet()) {
            int c = counts.get(e.getKey());
            if (c > bestCount) {
                best = e.getValue();
                bestCount = c;
            }
        }
        return new Pledgor(best, true);
    }

    /** The pledgor's name and whether it was inferred from the owners (the report must say so). */
    public record Pledgor(String name, boolean inferred) {
    }
}
