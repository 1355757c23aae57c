package io.pledgebench.store;

import io.pledgebench.domain.SignOffRole;
import io.pledgebench.domain.SignOff;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A stored assessment exactly as saved, with its sign-offs and {@code auditHash}, the hash of the audit entry
 * that recorded the save (a printed report carries it, so paper can be checked against the database).
 */
public record SavedAssessment(long id, Long portfolioId, String portfolio, Instant createdAt, String author,
                              LocalDate asOf, String inputHash, String appVersion, String inputsJson,
                              String resultJson, String contentHash, List<SignOff> signOffs, String auditHash) {

    public SavedAssessment {
        signOffs = List.copyOf(signOffs);
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
