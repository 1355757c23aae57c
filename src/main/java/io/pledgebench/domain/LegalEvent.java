package io.pledgebench.domain;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One event from a legal-status register (INPADOC, USPTO assignments, CNIPA register) as recorded,
 * with its interpretation. {@code country} is the state the event applies to (EP validations differ).
 */
public record LegalEvent(LocalDate date, Kind kind, String code, String country, String description, String source) {

    public enum Kind {
        GRANT, FEE_PAID, LAPSE, EXPIRY, SECURITY_INTEREST, SECURITY_RELEASE, ASSIGNMENT,
        VALIDITY_CHALLENGE, INVALIDATION, SUPPLEMENTARY_PROTECTION, RESTORATION,
        /**
         * The designated contracting states of a European patent (INPADOC {@code AK}): the states are in the
         * description, as {@link StateFates#describeDesignation} writes them and {@link StateFates#designation} reads them.
         */
        DESIGNATION, OTHER
    }

    public LegalEvent {
        Objects.requireNonNull(kind, "kind");
        code = code == null ? "" : code;
        country = country == null ? "" : country;
        description = description == null ? "" : description;
        source = source == null ? "" : source;
    }
}
