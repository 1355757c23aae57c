package io.pledgebench.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Checks that nothing was changed behind the application's back: the audit chain links and hashes, every
 * saved assessment against its content hash and against the hash its audit entry recorded, every sign-off
 * against its audit entry, and every audited assessment still present. Reports the first broken row.
 */
public final class IntegrityCheck {

    /** Where the first break was found: table, row id and why. */
    public record Problem(String table, String rowId, String reason) {
        @Override
        public String toString() {
            return table + " row " + rowId + ": " + reason;
        }
    }

    /** {@code headHash}: the hash of the last audit entry (the whole chain's fingerprint), empty without entries. */
    public record Report(int auditEntries, int assessments, int signOffs, Optional<Problem> problem, String headHash,
                         Set<String> hashes) {
        public Report {
            hashes = Set.copyOf(hashes);
        }

        public boolean intact() {
            return problem.isEmpty();
        }

        /** Whether an audit entry with this hash is in the chain (a hash printed on a report, for example). */
        public boolean contains(String hash) {
            return hashes.contains(hash);
        }
    }

    private final Database db;

    public IntegrityCheck(Database db) {
        this.db = Objects.requireNonNull(db, "db");
    }

    public Report run() {
        return Transactions.read(db, IntegrityCheck::run);
    }

    private static Report run(Connection c) throws SQLException {
        List<AuditEntry> chain = AuditLog.entries(c);
        Findings f = check(c, chain);
        Set<String> hashes = new HashSet<>();
        chain.forEach(e -> hashes.add(e.hash()));
        return new Report(chain.size(), f.assessments(), f.signOffs(), f.problem(),
                chain.isEmpty() ? "" : chain.get(chain.size() - 1).hash(), hashes);
    }

    private record Findings(int assessments, int signOffs, Optional<Problem> problem) {
    }

    private static Findings check(Connection c, List<AuditEntry> chain) throws SQLException {
        int signOffCount = count(c, "assessment_signoff");
        List<SavedAssessment> assessments;
        Optional<Problem> problem = chainProblem(chain);
        if (problem.isPresent()) {
            return new Findings(count(c, "assessment"), signOffCount, problem);
        }
        Map<String, AuditEntry> saved = new HashMap<>();
        Map<String, AuditEntry> signed = new HashMap<>();
        for (AuditEntry e : chain) {
            if (AssessmentRepository.ENTITY.equals(e.entity()) && AssessmentRepository.ACTION_SAVED.equals(e.action())) {
                saved.put(e.entityId(), e);
            } else if (AssessmentRepository.ENTITY.equals(e.entity()) && AssessmentRepository.ACTION_SIGNED.equals(e.action())) {
                signed.put(e.entityId() + "/" + roleOf(e.details()), e);
            }
        }
        assessments = AssessmentRepository.allRaw(c);
        for (SavedAssessment a : assessments) {
            String id = Long.toString(a.id());
            String recomputed = SavedAssessment.contentHashOf(a.portfolio(), a.createdAt(), a.author(), a.asOf(),
                    a.inputHash(), a.appVersion(), a.inputsJson(), a.resultJson());
            if (!recomputed.equals(a.contentHash())) {
                return new Findings(assessments.size(), signOffCount, Optional.of(new Problem("assessment", id,
                        "its content no longer matches its content hash (the row was edited)")));
            }
            AuditEntry entry = saved.remove(id);
            if (entry == null) {
                return new Findings(assessments.size(), signOffCount, Optional.of(new Problem("assessment", id,
                        "has no audit entry recording that it was saved (the row was inserted outside PledgeBench)")));
            }
            if (!entry.details().equals(AssessmentRepository.savedDetails(a.contentHash(), a.inputHash(), a.portfolio()))) {
                return new Findings(assessments.size(), signOffCount, Optional.of(new Problem("assessment", id,
                        "differs from what audit entry " + entry.id() + " recorded when it was saved")));
            }
        }
        if (!saved.isEmpty()) {
            AuditEntry missing = saved.values().stream().min((x, y) -> Long.compare(x.id(), y.id())).orElseThrow();
            return new Findings(assessments.size(), signOffCount, Optional.of(new Problem("assessment",
                    missing.entityId(), "was deleted: audit entry " + missing.id() + " records that it was saved")));
        }
        Optional<Problem> signProblem = signOffProblem(c, signed);
        return new Findings(assessments.size(), signOffCount, signProblem);
    }

    private static Optional<Problem> chainProblem(List<AuditEntry> chain) {
        String expectedPrev = Hashes.GENESIS;
        for (AuditEntry e : chain) {
            if (!expectedPrev.equals(e.prevHash())) {
                return Optional.of(new Problem("audit_log", Long.toString(e.id()),
                        "prev_hash does not match the hash of the entry before it (an entry was edited, deleted or inserted)"));
            }
            if (!e.expectedHash().equals(e.hash())) {
                return Optional.of(new Problem("audit_log", Long.toString(e.id()),
                        "hash does not match the entry's content (the entry was edited)"));
            }
            expectedPrev = e.hash();
        }
        return Optional.empty();
    }

    private static Optional<Problem> signOffProblem(Connection c, Map<String, AuditEntry> signed) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT assessment_id, role, signed_by,"
                + " signed_at, comment FROM assessment_signoff ORDER BY assessment_id, role")) {
            while (rs.next()) {
                String key = rs.getLong(1) + "/" + rs.getString(2);
                String rowId = key.replace('/', ' ');
                AuditEntry entry = signed.remove(key);
                if (entry == null) {
                    return Optional.of(new Problem("assessment_signoff", rowId,
                            "has no audit entry (the sign-off was inserted or its role changed outside PledgeBench)"));
                }
                SignOffRole role;
                try {
                    role = SignOffRole.parse(rs.getString(2));
                } catch (IllegalArgumentException e) {
                    return Optional.of(new Problem("assessment_signoff", rowId, e.getMessage()));
                }
                Instant at = Hashes.fromUtc(rs.getObject(4, LocalDateTime.class));
                SignOff so = new SignOff(role, rs.getString(3), at, rs.getString(5));
                if (!so.auditDetails().equals(entry.details())) {
                    return Optional.of(new Problem("assessment_signoff", rowId,
                            "differs from what audit entry " + entry.id() + " recorded when it was signed"));
                }
            }
        }
        if (!signed.isEmpty()) {
            AuditEntry missing = signed.values().stream().min((x, y) -> Long.compare(x.id(), y.id())).orElseThrow();
            return Optional.of(new Problem("assessment_signoff", missing.entityId() + " " + roleOf(missing.details()),
                    "was deleted: audit entry " + missing.id() + " records the sign-off"));
        }
        return Optional.empty();
    }

    private static String roleOf(String details) {
        if (details.startsWith("role=")) {
            int end = details.indexOf(';');
            return end < 0 ? details.substring(5) : details.substring(5, end);
        }
        return "";
    }

    private static int count(Connection c, String table) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
