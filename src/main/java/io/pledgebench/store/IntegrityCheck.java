package io.pledgebench.store;

import io.pledgebench.domain.SignOffRole;
import io.pledgebench.domain.SignOff;
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

    /**
     * {@code headHash}: the hash of the last audit entry (the whole chain's fingerprint), empty without entries;
     * {@code portfolios}: stored portfolios checked against their audit entries, {@code uncoveredPortfolios} those
     * imported before portfolios were audited (not checked); {@code witness}: the witness file beside the database
     * as found (empty when there was none); {@code uncoveredComparables}: comparable transactions stored while no
     * change to them was ever audited (from a version before they were covered, or put in by other means).
     */
    public record Report(int auditEntries, int assessments, int signOffs, Optional<Problem> problem, String headHash,
                         Set<String> hashes, int portfolios, int uncoveredPortfolios, Optional<Witness> witness,
                         int uncoveredComparables) {
        public Report {
            hashes = Set.copyOf(hashes);
        }

        public Report(int auditEntries, int assessments, int signOffs, Optional<Problem> problem, String headHash,
                      Set<String> hashes) {
            this(auditEntries, assessments, signOffs, problem, headHash, hashes, 0, 0, Optional.empty(), 0);
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
        Optional<Witness> witness = db.location().flatMap(l -> Witness.read(l.witness()));
        boolean team = db.isTeam();
        return Transactions.read(db, c -> run(c, witness, team));
    }

    /**
     * On the team database there is no witness file: the chain is recomputed as on H2, and the database's own guards
     * (INSERT-only grants and triggers, row-level security) must be in place ({@link TeamGuards}).
     */
    private static Report run(Connection c, Optional<Witness> witness, boolean team) throws SQLException {
        List<AuditEntry> chain = AuditLog.entries(c);
        Findings f = check(c, chain);
        Optional<Problem> problem = f.problem();
        if (problem.isEmpty()) {
            problem = witnessProblem(chain, witness);
        }
        int[] portfolios = {0, 0};
        if (problem.isEmpty()) {
            problem = portfolioProblem(c, chain, portfolios);
        }
        int[] uncoveredComparables = {0};
        if (problem.isEmpty()) {
            problem = comparablesProblem(c, chain, uncoveredComparables);
        }
        if (problem.isEmpty() && team) {
            problem = TeamGuards.check(c);
        }
        Set<String> hashes = new HashSet<>();
        chain.forEach(e -> hashes.add(e.hash()));
        return new Report(chain.size(), f.assessments(), f.signOffs(), problem,
                chain.isEmpty() ? "" : chain.get(chain.size() - 1).hash(), hashes, portfolios[0], portfolios[1], witness,
                uncoveredComparables[0]);
    }

    /**
     * The comparable transactions against the newest audit entry that recorded them; without any such entry, the
     * stored ones are counted as not covered (said by verify, since they feed the market approach).
     */
    private static Optional<Problem> comparablesProblem(Connection c, List<AuditEntry> chain, int[] uncovered)
            throws SQLException {
        AuditEntry latest = null;
        for (AuditEntry e : chain) {
            if (ComparablesSeal.ENTITY.equals(e.entity())) {
                latest = e;
            }
        }
        List<String> rows = ComparablesSeal.rows(c);
        if (latest == null) {
            uncovered[0] = rows.size();
            return Optional.empty();
        }
        if (!ComparablesSeal.recordedHash(latest).equals(ComparablesSeal.hash(rows))) {
            return Optional.of(new Problem("comparable_transaction", "-", "the " + rows.size() + " comparable"
                    + " transactions no longer match audit entry " + latest.id() + ", which recorded them: rows were"
                    + " added, edited or deleted outside PledgeBench"));
        }
        return Optional.empty();
    }

    /**
     * The chain against the witness file: fewer entries than it recorded means the newest were deleted; another
     * hash at the recorded length means the chain was rewritten. More entries are the head a write announced before
     * it committed (a crash before the witness was rewritten, not a problem), or entries PledgeBench did not write.
     */
    private static Optional<Problem> witnessProblem(List<AuditEntry> chain, Optional<Witness> witness) {
        if (witness.isEmpty()) {
            return Optional.empty();
        }
        Witness w = witness.get();
        String last = chain.isEmpty() ? "" : chain.get(chain.size() - 1).hash();
        return switch (w.judge(chain.size(), last, position -> chain.get((int) position - 1).hash())) {
            case FITS -> Optional.empty();
            case UNREADABLE -> Optional.of(new Problem("witness", "-", "the witness file beside the database cannot be"
                    + " read (it was edited or damaged)"));
            case DELETED -> Optional.of(new Problem("audit_log", "#" + (chain.size() + 1) + "–#" + w.length(), "the newest "
                    + (w.length() - chain.size()) + " audit entries were deleted: the witness file records " + w.length()
                    + " entries with head " + w.head() + ", the chain has " + chain.size()));
            case REWRITTEN -> Optional.of(new Problem("audit_log", "#" + w.length(), "the chain was rewritten: entry "
                    + w.length() + " no longer has the hash " + w.head() + " that the witness file recorded"));
            case APPENDED -> Optional.of(new Problem("audit_log", "#" + (w.length() + 1) + "–#" + chain.size(),
                    "the chain has " + (chain.size() - w.length()) + " entries after the head the witness file records ("
                    + w.length() + " entries, head " + w.head() + ") that no PledgeBench write announced: they were"
                    + " appended by other means"));
        };
    }

    /** Every stored portfolio (with its patents and legal events) against the latest audit entry about it. */
    private static Optional<Problem> portfolioProblem(Connection c, List<AuditEntry> chain, int[] counts)
            throws SQLException {
        Map<String, AuditEntry> latest = new HashMap<>();
        long firstCovered = Long.MAX_VALUE;
        for (AuditEntry e : chain) {
            if (PortfolioSeal.ENTITY.equals(e.entity())) {
                latest.put(e.entityId(), e);
                long id;
                try {
                    id = Long.parseLong(e.entityId());
                } catch (NumberFormatException ex) {
                    return Optional.of(new Problem("audit_log", Long.toString(e.id()), "names no portfolio id"));
                }
                // only imports mark where coverage began: merging events into, or deleting, an older portfolio does not
                if (PortfolioSeal.IMPORTED.equals(e.action())) {
                    firstCovered = Math.min(firstCovered, id);
                }
            }
        }
        List<Long> ids = new java.util.ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT id FROM portfolio ORDER BY id")) {
            while (rs.next()) {
                ids.add(rs.getLong(1));
            }
        }
        for (long id : ids) {
            AuditEntry e = latest.remove(Long.toString(id));
            if (e == null) {
                if (id > firstCovered) {
                    return Optional.of(new Problem("portfolio", Long.toString(id), "has no audit entry recording its"
                            + " import (the portfolio was inserted outside PledgeBench)"));
                }
                counts[1]++;
                continue;
            }
            if (PortfolioSeal.DELETED.equals(e.action())) {
                return Optional.of(new Problem("portfolio", Long.toString(id), "is present although audit entry " + e.id()
                        + " records its deletion"));
            }
            if (!PortfolioSeal.contentHash(c, id).equals(PortfolioSeal.recordedHash(e))) {
                return Optional.of(new Problem("portfolio", Long.toString(id), "its rows (the portfolio, a patent or a"
                        + " legal event) differ from what audit entry " + e.id() + " recorded (edited outside PledgeBench)"));
            }
            counts[0]++;
        }
        for (AuditEntry e : latest.values()) {
            if (!PortfolioSeal.DELETED.equals(e.action())) {
                return Optional.of(new Problem("portfolio", e.entityId(), "was deleted outside PledgeBench: audit entry "
                        + e.id() + " records it as stored"));
            }
        }
        return Optional.empty();
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
            String recorded = entry.details();
            String legacy = AssessmentRepository.savedDetails(a.contentHash(), a.inputHash(), a.portfolio());
            if (recorded.startsWith(legacy + AssessmentRepository.PORTFOLIO_LINK)) {
                String link = recorded.substring((legacy + AssessmentRepository.PORTFOLIO_LINK).length());
                String actual = a.portfolioId() == null ? "-" : a.portfolioId().toString();
                // deleting the portfolio clears the link (ON DELETE SET NULL): null is right once the portfolio is gone
                boolean cleared = a.portfolioId() == null && link.matches("\\d+") && !portfolioExists(c, Long.parseLong(link));
                if (!link.equals(actual) && !cleared) {
                    return new Findings(assessments.size(), signOffCount, Optional.of(new Problem("assessment", id,
                            "is linked to portfolio " + actual + " but audit entry " + entry.id() + " recorded portfolio "
                                    + link + " when it was saved (the link was edited)")));
                }
            } else if (!recorded.equals(legacy)) {
                // entries written before the link was recorded hold the other fields only
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

    private static boolean portfolioExists(Connection c, long id) throws SQLException {
        try (java.sql.PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM portfolio WHERE id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1) > 0;
            }
        }
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
                + " signed_at, comment, appraiser_qualification, appraiser_firm FROM assessment_signoff"
                + " ORDER BY assessment_id, role")) {
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
                SignOff so;
                try {
                    so = new SignOff(role, rs.getString(3), at, rs.getString(5), AssessmentRepository.appraiser(rs, 6));
                } catch (IllegalArgumentException e) {
                    return Optional.of(new Problem("assessment_signoff", rowId, e.getMessage()));
                }
                if (!Hashes.auditDetails(so).equals(entry.details())) {
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
