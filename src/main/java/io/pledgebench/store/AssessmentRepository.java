package io.pledgebench.store;

import io.pledgebench.domain.SignOffRole;
import io.pledgebench.domain.Appraiser;
import io.pledgebench.domain.SignOff;
import io.pledgebench.domain.PersonName;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Saved assessments: written once and never updated, each with the SHA-256 of its content and an audit
 * entry in the same transaction; maker/checker sign-offs are separate rows, each audited too.
 */
public final class AssessmentRepository {

    static final String ENTITY = "assessment";
    static final String ACTION_SAVED = "assessment.saved";
    static final String ACTION_SIGNED = "assessment.signed";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Database db;
    private final Clock clock;

    public AssessmentRepository(Database db) {
        this(db, Clock.systemUTC());
    }

    /** The portfolios of this repository's database: an older saved row takes what its document lacks from its portfolio. */
    public PortfolioRepository portfolios() {
        return new PortfolioRepository(db);
    }

    public AssessmentRepository(Database db, Clock clock) {
        this.db = Objects.requireNonNull(db, "db");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Saves the assessment and its audit entry in one transaction; returns the new id. */
    public long save(NewAssessment given) {
        // on the team database the author is the login, whatever name the caller had
        NewAssessment a = db.isTeam() ? new NewAssessment(given.portfolioId(), given.portfolio(),
                db.actor(given.author()), given.asOf(), given.inputHash(), given.appVersion(), given.inputsJson(),
                given.resultJson()) : given;
        requireJson(a.inputsJson(), "inputs");
        requireJson(a.resultJson(), "result");
        return Transactions.write(db, c -> {
            Instant now = Hashes.storable(clock.instant());
            String contentHash = SavedAssessment.contentHashOf(a.portfolio(), now, a.author(), a.asOf(), a.inputHash(),
                    a.appVersion(), a.inputsJson(), a.resultJson());
            long id;
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO assessment (portfolio_id, portfolio, created_at,"
                    + " author, as_of, input_hash, app_version, inputs_json, result_json, content_hash)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
                if (a.portfolioId() == null) {
                    ps.setNull(1, Types.BIGINT);
                } else {
                    ps.setLong(1, a.portfolioId());
                }
                ps.setString(2, a.portfolio());
                ps.setObject(3, Hashes.utc(now));
                ps.setString(4, a.author());
                ps.setDate(5, Date.valueOf(a.asOf()));
                ps.setString(6, a.inputHash());
                ps.setString(7, a.appVersion());
                ps.setString(8, a.inputsJson());
                ps.setString(9, a.resultJson());
                ps.setString(10, contentHash);
                ps.executeUpdate();
                try (ResultSet keys = ps.getGeneratedKeys()) {
                    keys.next();
                    id = keys.getLong(1);
                }
            }
            AuditLog.append(c, now, a.author(), ACTION_SAVED, ENTITY, Long.toString(id), savedDetails(contentHash, a));
            return id;
        });
    }

    /**
     * What the audit entry of a save records: the content hash, the input hash, the portfolio's name and (since
     * format 2) the stored portfolio it is linked to, so that changing {@code assessment.portfolio_id} on disk is
     * found. The content hash itself leaves the link out (deleting the portfolio clears it), so stored hashes of
     * earlier assessments stay verifiable; their entries, in the format without the link, do not cover it.
     */
    static String savedDetails(String contentHash, NewAssessment a) {
        return savedDetails(contentHash, a.inputHash(), a.portfolio()) + portfolioLink(a.portfolioId());
    }

    /** The suffix of a save's audit details naming the linked portfolio ({@code -} for none). */
    static String portfolioLink(Long portfolioId) {
        return PORTFOLIO_LINK + (portfolioId == null ? "-" : portfolioId.toString());
    }

    static final String PORTFOLIO_LINK = "; portfolio_id=";

    static String savedDetails(String contentHash, String inputHash, String portfolio) {
        return "content_hash=" + contentHash + "; input_hash=" + inputHash + "; portfolio=" + portfolio;
    }

    /** The audit chain's length and head now, printed on every report. */
    public Witness chainHead() {
        return db.chainHead();
    }

    public Optional<SavedAssessment> load(long id) {
        return Transactions.read(db, c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT id, portfolio_id, portfolio, created_at, author, as_of,"
                    + " input_hash, app_version, inputs_json, result_json, content_hash FROM assessment WHERE id = ?")) {
                ps.setLong(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        return Optional.empty();
                    }
                    SavedAssessment row = read(rs, signOffs(c).getOrDefault(id, List.of()), savedAuditHash(c, id));
                    return Optional.of(new SavedAssessment(row.id(), row.portfolioId(), row.portfolio(), row.createdAt(),
                            row.author(), row.asOf(), row.inputHash(), row.appVersion(), row.inputsJson(),
                            row.resultJson(), row.contentHash(), row.signOffs(), row.auditHash(), parameterSet(c, id)));
                }
            }
        });
    }

    /** The parameter set recorded beside assessment {@code id} (a name null when none was recorded). */
    private static SavedAssessment.SetRecord parameterSet(Connection c, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT name, edited FROM assessment_parameter_set WHERE assessment_id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? new SavedAssessment.SetRecord(rs.getString(1), rs.getBoolean(2))
                        : new SavedAssessment.SetRecord(null, false);
            }
        }
    }

    /**
     * The inputs document of saved assessment {@code id} alone (no result, sign-offs or audit hash): what revaluing a
     * loan booked from it needs. Empty when there is no such assessment.
     */
    public Optional<String> inputsJson(long id) {
        return Transactions.read(db, c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT inputs_json FROM assessment WHERE id = ?")) {
                ps.setLong(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
                }
            }
        });
    }

    /**
     * Hands each saved assessment's result document to {@code each}, one at a time in one query, without loading
     * inputs, sign-offs or audit hashes (e.g. to collect the patents assessed).
     */
    public void forEachResultJson(java.util.function.Consumer<String> each) {
        Transactions.read(db, c -> {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                    "SELECT result_json FROM assessment ORDER BY id")) {
                while (rs.next()) {
                    each.accept(rs.getString(1));
                }
            }
            return null;
        });
    }

    /** The most recent saved assessment with the given input hash (the same inputs assessed before). */
    public Optional<SavedAssessment> latestWithInputHash(String inputHash) {
        Optional<Long> id = Transactions.read(db, c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT id FROM assessment WHERE input_hash = ? ORDER BY id DESC FETCH FIRST 1 ROWS ONLY")) {
                ps.setString(1, inputHash);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(rs.getLong(1)) : Optional.empty();
                }
            }
        });
        return id.flatMap(this::load);
    }

    /** Every saved assessment, newest first. */
    public List<AssessmentSummary> list() {
        return Transactions.read(db, c -> {
            Map<Long, List<SignOff>> signs = signOffs(c);
            List<AssessmentSummary> out = new ArrayList<>();
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT a.id, a.portfolio, a.created_at,"
                    + " a.author, a.as_of, a.input_hash, a.result_json, p.name, p.edited FROM assessment a"
                    + " LEFT JOIN assessment_parameter_set p ON p.assessment_id = a.id ORDER BY a.id DESC")) {
                while (rs.next()) {
                    long id = rs.getLong(1);
                    List<SignOff> so = signs.getOrDefault(id, List.of());
                    JsonNode result = readResult(id, rs.getString(7));
                    JsonNode loan = result.path("loan");
                    JsonNode rec = result.path("recommendation");
                    out.add(new AssessmentSummary(id, rs.getString(2), Hashes.fromUtc(rs.getObject(3, LocalDateTime.class)),
                            rs.getString(4), rs.getDate(5).toLocalDate(), rs.getString(6), signer(so, SignOffRole.MAKER),
                            signer(so, SignOffRole.CHECKER), textOrNull(rec.path("grade")),
                            loan.path("amount").isNumber() ? loan.path("amount").asDouble() : null,
                            textOrNull(loan.path("currency")), comment(so, SignOffRole.MAKER),
                            comment(so, SignOffRole.CHECKER), rs.getString(8), rs.getBoolean(9),
                            rec.path("recommendedLoan").isNumber() ? rec.path("recommendedLoan").asDouble() : null));
                }
            }
            return out;
        });
    }

    /**
     * Whether the author and signers this repository records are the database login (the team database), a real
     * identity; on an H2 file they are the name the program was given (the operating-system login).
     */
    public boolean authorIsLogin() {
        return db.isTeam();
    }

    /**
     * Records a sign-off. The maker signs first; the checker must be a different person (names checked by
     * {@link PersonName#check} and compared by {@link PersonName#comparisonKey}: NFKC, case and invisible characters
     * ignored). Each role signs once; a sign-off is never changed.
     */
    public SignOff signOff(long assessmentId, SignOffRole role, String user, String comment) {
        return signOff(assessmentId, role, user, comment, null);
    }

    /**
     * Records a sign-off; a valuer ({@link SignOffRole#VALUER}) signs as appraiser with the qualification number and
     * firm the valuer gives ({@code appraiser}), which no other role has, in any order. Two valuers sign (资产评估法 art.
     * 26): a valuer signing after the first is recorded as {@link SignOffRole#SECOND_VALUER}, a different person; a
     * third is refused.
     */
    public SignOff signOff(long assessmentId, SignOffRole role, String user, String comment, Appraiser appraiser) {
        Objects.requireNonNull(role, "role");
        // on the team database the signer is the login (the database checks it too): no name can be claimed
        String signer = PersonName.check(db.actor(user));
        String note = comment == null ? "" : comment;
        if (note.length() > 2000) {
            throw new SignOffRefusedException(SignOffRefusedException.Reason.COMMENT_TOO_LONG,
                    "sign-off comment exceeds 2000 characters (" + note.length() + ")", note.length());
        }
        return Transactions.write(db, c -> {
            if (!exists(c, assessmentId)) {
                throw new SignOffRefusedException(SignOffRefusedException.Reason.NO_SUCH_ASSESSMENT,
                        "no saved assessment with id " + assessmentId, assessmentId);
            }
            List<SignOff> existing = signOffs(c).getOrDefault(assessmentId, List.of());
            // two appraisal professionals sign (资产评估法 art. 26): a valuer after the first is the second valuer
            Optional<SignOff> firstValuer = existing.stream().filter(s -> s.role() == SignOffRole.VALUER).findFirst();
            SignOffRole slot = role.valuer() ? firstValuer.isPresent() ? SignOffRole.SECOND_VALUER : SignOffRole.VALUER : role;
            Optional<SignOff> same = existing.stream().filter(s -> s.role() == slot).findFirst();
            if (same.isPresent()) {
                throw new SignOffRefusedException(SignOffRefusedException.Reason.ALREADY_SIGNED, "assessment "
                        + assessmentId + " already has a " + slot.code() + " sign-off by " + same.get().signedBy()
                        + " at " + same.get().signedAt(), assessmentId, slot.code(), same.get().signedBy(),
                        same.get().signedAt());
            }
            if (slot == SignOffRole.SECOND_VALUER && normalise(firstValuer.get().signedBy()).equals(normalise(signer))) {
                throw new SignOffRefusedException(SignOffRefusedException.Reason.SECOND_VALUER_IS_FIRST,
                        "the second valuer must be a different person from the first (" + firstValuer.get().signedBy()
                        + "): the report is signed by two appraisal professionals", firstValuer.get().signedBy());
            }
            if (role == SignOffRole.CHECKER) {
                SignOff maker = existing.stream().filter(s -> s.role() == SignOffRole.MAKER).findFirst()
                        .orElseThrow(() -> new SignOffRefusedException(SignOffRefusedException.Reason.NO_MAKER_YET,
                                "assessment " + assessmentId + " has no maker sign-off yet; the maker signs before the"
                                + " checker", assessmentId));
                if (normalise(maker.signedBy()).equals(normalise(signer))) {
                    throw new SignOffRefusedException(SignOffRefusedException.Reason.CHECKER_IS_MAKER,
                            "the checker must be a different person from the maker (" + maker.signedBy() + ")",
                            maker.signedBy());
                }
            }
            SignOff s = new SignOff(slot, signer, Hashes.storable(clock.instant()), note, appraiser);
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO assessment_signoff (assessment_id, role,"
                    + " signed_by, signed_at, comment, appraiser_qualification, appraiser_firm) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
                ps.setLong(1, assessmentId);
                ps.setString(2, slot.code());
                ps.setString(3, s.signedBy());
                ps.setObject(4, Hashes.utc(s.signedAt()));
                ps.setString(5, s.comment());
                ps.setString(6, appraiser == null ? null : appraiser.qualificationNo());
                ps.setString(7, appraiser == null ? null : appraiser.firm());
                ps.executeUpdate();
            }
            AuditLog.append(c, s.signedAt(), signer, ACTION_SIGNED, ENTITY, Long.toString(assessmentId), Hashes.auditDetails(s));
            return s;
        });
    }

    private static String normalise(String name) {
        return PersonName.comparisonKey(name);
    }

    /** The saved result, read for the list's grade and amount (stored JSON was checked when it was saved). */
    private static JsonNode readResult(long id, String json) {
        try {
            return JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new StoreException("the result of saved assessment " + id + " is not valid JSON: "
                    + e.getOriginalMessage(), e);
        }
    }

    private static String textOrNull(JsonNode n) {
        return n.isTextual() ? n.asText() : null;
    }

    private static String comment(List<SignOff> signOffs, SignOffRole role) {
        return signOffs.stream().filter(s -> s.role() == role).map(SignOff::comment).findFirst().orElse(null);
    }

    private static String signer(List<SignOff> signOffs, SignOffRole role) {
        return signOffs.stream().filter(s -> s.role() == role).map(SignOff::signedBy).findFirst().orElse(null);
    }

    private static boolean exists(Connection c, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM assessment WHERE id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    /** Every assessment row without its sign-offs, as stored (the integrity check reads sign-offs itself). */
    static List<SavedAssessment> allRaw(Connection c) throws SQLException {
        List<SavedAssessment> out = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT id, portfolio_id, portfolio, created_at,"
                + " author, as_of, input_hash, app_version, inputs_json, result_json, content_hash FROM assessment ORDER BY id")) {
            while (rs.next()) {
                out.add(read(rs, List.of(), null));
            }
        }
        return out;
    }

    private static String savedAuditHash(Connection c, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT hash FROM audit_log WHERE entity = ? AND action = ?"
                + " AND entity_id = ? ORDER BY id FETCH FIRST 1 ROWS ONLY")) {
            ps.setString(1, ENTITY);
            ps.setString(2, ACTION_SAVED);
            ps.setString(3, Long.toString(id));
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    private static SavedAssessment read(ResultSet rs, List<SignOff> signOffs, String auditHash) throws SQLException {
        long portfolioId = rs.getLong(2);
        Long pid = rs.wasNull() ? null : portfolioId;
        return new SavedAssessment(rs.getLong(1), pid, rs.getString(3), Hashes.fromUtc(rs.getObject(4, LocalDateTime.class)),
                rs.getString(5), rs.getDate(6).toLocalDate(), rs.getString(7), rs.getString(8), rs.getString(9),
                rs.getString(10), rs.getString(11), signOffs, auditHash);
    }

    static Map<Long, List<SignOff>> signOffs(Connection c) throws SQLException {
        Map<Long, List<SignOff>> out = new LinkedHashMap<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT assessment_id, role, signed_by,"
                + " signed_at, comment, appraiser_qualification, appraiser_firm FROM assessment_signoff"
                + " ORDER BY assessment_id, signed_at")) {
            while (rs.next()) {
                out.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new SignOff(
                        SignOffRole.parse(rs.getString(2)), rs.getString(3),
                        Hashes.fromUtc(rs.getObject(4, LocalDateTime.class)), rs.getString(5), appraiser(rs, 6)));
            }
        }
        return out;
    }

    /** The appraiser's record in columns {@code col} and {@code col + 1}, null for a maker's or checker's row. */
    static Appraiser appraiser(ResultSet rs, int col) throws SQLException {
        String qualification = rs.getString(col);
        String firm = rs.getString(col + 1);
        return qualification == null && firm == null ? null : new Appraiser(qualification, firm);
    }

    private static void requireJson(String json, String what) {
        try {
            JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("assessment " + what + " is not valid JSON: " + e.getOriginalMessage());
        }
    }
}
