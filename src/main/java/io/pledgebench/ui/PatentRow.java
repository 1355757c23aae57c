package io.pledgebench.ui;

import io.pledgebench.domain.LegalTerm;
import io.pledgebench.domain.Patent;

import java.time.LocalDate;

/** One patent as the portfolio table shows it: the patent, its legal expiry and remaining legal life at a date. */
public record PatentRow(Patent patent, LocalDate expiry, Double remainingYears) {

    /** {@code remainingYears} is null when the patent's dates do not determine its expiry. */
    public static PatentRow of(Patent p, LocalDate asOf) {
        LocalDate expiry = p.legalExpiry().orElse(null);
        return new PatentRow(p, expiry, expiry == null ? null : LegalTerm.remainingYears(expiry, asOf));
    }

    public String owners() {
        StringBuilder b = new StringBuilder();
        for (var o : patent.owners()) {
            if (b.length() > 0) {
                b.append("; ");
            }
            b.append(o.name());
            if (o.share() != null) {
                b.append(" (").append(Math.round(o.share() * 1000) / 10.0).append("%)");
            }
        }
        return b.toString();
    }
}
