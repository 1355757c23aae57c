package io.pledgebench.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.pledgebench.domain.SignOff;
import io.pledgebench.domain.SignOffRole;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a report is printed from: the assessment's JSON document (as {@code assess --json} writes it and H2
 * stores it), the assessment id, when and by whom it was made, its sign-offs, and the hash of the audit entry
 * that recorded its saving (empty when not saved). Everything printed comes
 * from here except the print date, so a saved assessment always prints the same report.
 *
 * <p>{@code createdAt} is when the assessment ran: its saving for a saved one, the moment the report was produced
 * for one not saved — never its valuation date, which the document carries. {@code saved} says which; only a saved
 * assessment has a maker and a checker, and its {@code author} is who saved it.
 */
public record ReportInput(JsonNode document, String assessmentId, Instant createdAt, String author,
                          List<SignOff> signOffs, String auditHash, long chainLength, String chainHead, boolean saved) {

    private static final ObjectMapper JSON = new ObjectMapper();

    public ReportInput {
        Objects.requireNonNull(document, "document");
        if (!document.isObject()) {
            throw new IllegalArgumentException("an assessment document must be a JSON object");
        }
        Objects.requireNonNull(assessmentId, "assessmentId");
        Objects.requireNonNull(createdAt, "createdAt");
        author = author == null ? "" : author;
        signOffs = signOffs == null ? List.of() : List.copyOf(signOffs);
        auditHash = auditHash == null ? "" : auditHash;
        chainHead = chainHead == null ? "" : chainHead;
    }

    /** A saved assessment's input, without the audit chain. */
    public ReportInput(JsonNode document, String assessmentId, Instant createdAt, String author, List<SignOff> signOffs,
                       String auditHash) {
        this(document, assessmentId, createdAt, author, signOffs, auditHash, -1, "", true);
    }

    /**
     * The same input with the audit chain's length and head when the report is printed (SPEC revision 2: printed on
     * every report, so that deleting the newest rows or rewriting the chain later can be shown against the paper).
     * Like the print date, they describe the database at printing, not the assessment.
     */
    public ReportInput withChain(long length, String head) {
        return new ReportInput(document, assessmentId, createdAt, author, signOffs, auditHash, length, head, saved);
    }

    boolean hasChain() {
        return chainLength >= 0;
    }

    /**
     * A saved assessment: its stored result JSON (upgraded to the current document version with what the row's own
     * columns record, {@code row}: a workbench row of version 1 lacked the valuation date), id, creation time, author,
     * sign-offs and the audit hash of its saving.
     */
    public static ReportInput stored(String resultJson, DocumentVersions.StoredRow row, long id, Instant createdAt,
                                     String author, List<SignOff> signOffs, String auditHash) {
        try {
            JsonNode current = DocumentVersions.upgrade(JSON.readTree(resultJson), row);
            return new ReportInput(current, Long.toString(id), createdAt, author, signOffs, auditHash);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("saved assessment " + id + " holds no readable JSON: "
                    + e.getOriginalMessage(), e);
        }
    }

    /**
     * An assessment not saved (yet): identified by its input hash, dated {@code producedAt} (when the report was
     * produced, from the caller's clock). It has no sign-offs; {@code author} is kept in the PDF's metadata only.
     */
    public static ReportInput unsaved(JsonNode document, Instant producedAt, String author) {
        String hash = Doc.str(document, "inputHash");
        return new ReportInput(document, hash.length() >= 12 ? hash.substring(0, 12) : hash, producedAt, author, List.of(),
                "", -1, "", false);
    }

    Optional<SignOff> signOff(SignOffRole role) {
        return signOffs.stream().filter(s -> s.role() == role).findFirst();
    }
}
