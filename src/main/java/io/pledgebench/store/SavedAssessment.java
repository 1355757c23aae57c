package io.pledgebench.store;

import io.pledgebench.domain.SignOffRole;
import io.pledgebench.domain.SignOff;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A stored assessment exactly as saved, with its sign-offs and {@code auditHash}, the hash of the audit entry
 * that recorded the save (a printed report carries it, so paper can be checked against the database), and the
 * parameter set recorded beside it ({@code parameterSet}; null when it was not looked up).
 */
public record SavedAssessment(long id, Long portfolioId, String portfolio, Instant createdAt, String author,
                              LocalDate asOf, String inputHash, String appVersion, String inputsJson,
                              String resultJson, String contentHash, List<SignOff> signOffs, String auditHash,
                              SetRecord parameterSet) {

    public SavedAssessment {
        signOffs = List.copyOf(signOffs);
    }

    /** A row as stored, without looking up the parameter set recorded beside it. */
    public SavedAssessment(long id, Long portfolioId, String portfolio, Instant createdAt, String author,
                           LocalDate asOf, String inputHash, String appVersion, String inputsJson,
                           String resultJson, String contentHash, List<SignOff> signOffs, String auditHash) {
        this(id, portfolioId, portfolio, createdAt, author, asOf, inputHash, appVersion, inputsJson, resultJson,
                contentHash, signOffs, auditHash, null);
    }

    /**
     * What {@code assessment_parameter_set} records for the row: the set's name and whether its values were changed
     * before assessing; {@code name} null when the row records no set (none was chosen).
     */
    public record SetRecord(String name, boolean edited) {
    }

    public Optional<SignOff> signOff(SignOffRole role) {
        return signOffs.stream().filter(s -> s.role() == role).findFirst();
    }

    /**
     * The SHA-256 of the stored fields, as {@code content_hash} must hold it. The portfolio link is left out:
     * deleting the portfolio clears it (ON DELETE SET NULL) without changing what was assessed.
     */
    static String contentHashOf(String portfolio, Instant createdAt, String author, LocalDate asOf,
                                String inputHash, String appVersion, String inputsJson, String resultJson) {
        return Hashes.sha256(portfolio, Hashes.text(createdAt), author, asOf.toString(), inputHash, appVersion,
                inputsJson, resultJson);
    }
}
