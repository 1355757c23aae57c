package io.pledgebench.domain;


import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;

/**
 * A comparable patent transaction (sale or exclusive licence) for the market approach, as stored in the table
 * {@code comparable_transaction}. {@code id} is null until stored.
 *
 * @param remainingLife remaining legal life of the transferred patent at the transaction date, years; null if unknown
 */
public record ComparableTransaction(Long id, String reference, String description, LocalDate date, BigDecimal price,
                                    String currency, PatentType patentType, String ipc, Double remainingLife,
                                    String source) {

    public ComparableTransaction {
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(price, "price");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(patentType, "patentType");
        reference = reference.trim();
        if (reference.isEmpty()) {
            throw new IllegalArgumentException("comparable transaction reference is empty");
        }
        description = description == null ? "" : description.trim();
        source = source == null ? "" : source.trim();
        if (source.isEmpty()) {
            throw new IllegalArgumentException("comparable transaction " + reference + " has no source");
        }
        price = Money.canonical(price);
        if (price.signum() <= 0) {
            throw new IllegalArgumentException("comparable transaction " + reference + " price must be positive, was "
                    + price.toPlainString());
        }
        currency = currency.trim().toUpperCase(Locale.ROOT);
        if (!currency.matches("[A-Z]{3}")) {
            throw new IllegalArgumentException("comparable transaction " + reference
                    + " currency must be an ISO-4217 code, was '" + currency + "'");
        }
        ipc = ipc == null || ipc.isBlank() ? null : ipc.trim().toUpperCase(Locale.ROOT);
        if (remainingLife != null && !(remainingLife > 0 && Double.isFinite(remainingLife))) {
            throw new IllegalArgumentException("comparable transaction " + reference
                    + " remaining life must be positive, was " + remainingLife);
        }
    }

    public ComparableTransaction withId(Long newId) {
        return new ComparableTransaction(newId, reference, description, date, price, currency, patentType, ipc,
                remainingLife, source);
    }

    /** IPC section letter A–H, or null when the IPC is not given or not a valid section. */
    public Character ipcSection() {
        return Ipc.section(ipc);
    }
}
