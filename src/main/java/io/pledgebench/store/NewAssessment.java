package io.pledgebench.store;

import java.time.LocalDate;
import java.util.Objects;

/**
 * An assessment to save: what it was run on ({@code inputsJson}: portfolio, loan, parameters), what it found
 * ({@code resultJson}), who ran it, the valuation date, the input hash the pipeline computed and the
 * application version. {@code portfolioId} links the stored portfolio when there is one.
 */
public record NewAssessment(Long portfolioId, String portfolio, String author, LocalDate asOf, String inputHash,
                            String appVersion, String inputsJson, String resultJson) {

    public NewAssessment {
        requireText(portfolio, "portfolio name", 400);
        requireText(author, "author", 200);
        Objects.requireNonNull(asOf, "asOf");
        if (inputHash == null || !inputHash.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("input hash must be 64 lower-case hex digits (SHA-256), was '" + inputHash + "'");
        }
        requireText(appVersion, "application version", 40);
        requireText(inputsJson, "inputs JSON", Integer.MAX_VALUE);
        requireText(resultJson, "result JSON", Integer.MAX_VALUE);
    }

    private static void requireText(String value, String what, int max) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("assessment " + what + " is empty");
        }
        if (value.length() > max) {
            throw new IllegalArgumentException("assessment " + what + " exceeds " + max + " characters");
        }
    }
}
