package io.pledgebench.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.pledgebench.domain.Enterprise;
import io.pledgebench.domain.LegalEvent;
import io.pledgebench.domain.LegalStatus;
import io.pledgebench.domain.LoanRequest;
import io.pledgebench.domain.Owner;
import io.pledgebench.domain.Patent;
import io.pledgebench.domain.PatentNumber;
import io.pledgebench.domain.PatentType;
import io.pledgebench.domain.Portfolio;
import io.pledgebench.domain.UnifiedSocialCreditCode;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;

/** Portfolios, patents and legal events in the database. Every write is one transaction. */
public final class PortfolioRepository {

    private static final int BATCH = 1000;
    /** Built at the first owners read back: an import that reads none does not load Jackson's object mapper. */
    private static final class Json {
        static final ObjectMapper MAPPER = new ObjectMapper();
    }
    private static final TypeReference<List<Map<String, Object>>> OWNER_LIST = new TypeReference<>() {
    };

    private static final String INSERT_PATENT = "INSERT INTO patent (portfolio_id, seq, patent_number, jurisdiction,"
            + " number_body, kind_code, is_application, title, patent_type, filing_date, grant_date, expiry_date,"
            + " legal_status, owners, annual_fee_paid_until, ipc, independent_claims, total_claims, family_size, cited_by,"
            + " product_revenue, licence_revenue, royalty_rate, open_licence_royalty, product_recorded, in_use_since,"
            + " replacement_cost, economic_life_years, pledge_consent, product, contribution_weight)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String INSERT_EVENT = "INSERT INTO legal_event (portfolio_id, patent_seq, seq, event_date, kind,"
            + " code, country, description, source) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private final Database db;

    public PortfolioRepository(Database db) {
        this.db = db;
    }

    /**
     * Warnings for patents of {@code incoming} held by one owner alone while a stored portfolio holds the same patent
     * (same canonical number) by a different sole owner: one of the two registers is out of date, or the patent is
     * offered by someone who does not own it. One full read of the stored numbers and owners, not one query per patent.
     */
    public List<io.pledgebench.domain.Text> soleOwnerConflicts(Portfolio incoming) {
        Map<String, Owner> sole = new HashMap<>();
        for (Patent p : incoming.patents()) {
            if (p.owners().size() == 1) {
                sole.put(p.number().canonical(), p.owners().get(0));
            }
        }
        if (sole.isEmpty()) {
            return List.of();
        }
        return Transactions.read(db, c -> {
            List<io.pledgebench.domain.Text> out = new ArrayList<>();
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT t.patent_number, t.owners, p.id, p.name"
                    + " FROM patent t JOIN portfolio p ON p.id = t.portfolio_id ORDER BY p.id, t.seq")) {
                while (rs.next()) {
                    Owner mine = sole.get(rs.getString(1));
                    if (mine == null) {
                        continue;
                    }
                    List<Owner> theirs = ownersFromJson(rs.getString(2));
                    if (theirs.size() == 1 && !theirs.get(0).key().equals(mine.key())) {
                        out.add(io.pledgebench.domain.Text.of("io.note.soleOwnerElsewhere", rs.getString(1), mine.name(),
                                incoming.name(), rs.getString(4), String.valueOf(rs.getLong(3)), theirs.get(0).name()));
                    }
                }
            }
            return out;
        });
    }

    /** The column templates of the same database. */
    public ColumnTemplateRepository templates() {
        return new ColumnTemplateRepository(db);
    }

    /** What an import wrote, for the import log, with the notices the import gave (e.g. columns not used). */
    public record ImportRecord(String file, String sourceHash, String author, int rowsRead, int rowsRejected,
                               List<io.pledgebench.io.ImportNote> notices) {

        public ImportRecord {
            notices = notices == null ? List.of() : List.copyOf(notices);
        }

        public ImportRecord(String file, String sourceHash, String author, int rowsRead, int rowsRejected) {
            this(file, sourceHash, author, rowsRead, rowsRejected, List.of());
        }
    }

    /** Longest notice text kept in the import log (the width of its column). */
    private static final int NOTICE_LENGTH = 4000;

    /** Stores a new portfolio with all its patents and events in one transaction; returns its id. */
    public long insert(Portfolio p, ImportRecord given) {
        // on the team database the importer is the login, whatever name the caller had
        ImportRecord record = db.isTeam() ? new ImportRecord(given.file(), given.sourceHash(), db.actor(given.author()),
                given.rowsRead(), given.rowsRejected(), given.notices()) : given;
        return db.withImportCache(() -> Transactions.write(db, c -> {
            long id;
            Instant now = Instant.now();
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO portfolio (name, source, source_hash, currency,"
                    + " imported_at, imported_by, enterprise_name, credit_code, industry, years_in_business, revenue, ebitda,"
                    + " total_assets, total_liabilities, interest_expense, rd_expense, annual_debt_service, overdue_records,"
                    + " external_pd, loan_amount, loan_currency, loan_term_months, loan_start_date, loan_purpose,"
                    + " loan_valuation_date)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    Statement.RETURN_GENERATED_KEYS)) {
                Enterprise e = p.enterprise();
                LoanRequest l = p.loan();
                int i = 1;
                ps.setString(i++, uniqueName(c, p.name()));
                ps.setString(i++, p.source());
                ps.setString(i++, record.sourceHash());
                ps.setString(i++, p.currency());
                ps.setTimestamp(i++, Timestamp.from(now));
                ps.setString(i++, record.author());
                ps.setString(i++, e == null ? null : e.name());
                ps.setString(i++, e == null || e.creditCode() == null ? null : e.creditCode().value());
                ps.setString(i++, e == null ? null : e.industry());
                setDouble(ps, i++, e == null ? null : e.yearsInBusiness());
                ps.setBigDecimal(i++, e == null ? null : e.revenue());
                ps.setBigDecimal(i++, e == null ? null : e.ebitda());
                ps.setBigDecimal(i++, e == null ? null : e.totalAssets());
                ps.setBigDecimal(i++, e == null ? null : e.totalLiabilities());
                ps.setBigDecimal(i++, e == null ? null : e.interestExpense());
                ps.setBigDecimal(i++, e == null ? null : e.rdExpense());
                ps.setBigDecimal(i++, e == null ? null : e.annualDebtService());
                setInt(ps, i++, e == null ? null : e.overdueRecords());
                setDouble(ps, i++, e == null ? null : e.pd());
                ps.setBigDecimal(i++, l == null ? null : l.amount());
                ps.setString(i++, l == null ? null : l.currency());
                setInt(ps, i++, l == null ? null : l.termMonths());
                setDate(ps, i++, l == null ? null : l.startDate());
                ps.setString(i++, l == null ? null : l.purpose());
                setDate(ps, i, l == null ? null : l.valuationDate());
                ps.executeUpdate();
                try (ResultSet keys = ps.getGeneratedKeys()) {
                    keys.next();
                    id = keys.getLong(1);
                }
            }
            // the seal's patent rows are worked out in a thread of their own while the same rows are inserted
            PortfolioSeal.Begun seal = PortfolioSeal.begin(c, id, p.patents());
            insertPatents(c, id, p.patents());
            logImport(c, id, record, now, 0);
            PortfolioSeal.record(c, id, PortfolioSeal.IMPORTED, record.author(), seal);
            return id;
        }));
    }

    private static String uniqueName(Connection c, String name) throws SQLException {
        String candidate = io.pledgebench.io.StorageLimits.portfolioName(name, "");
        for (int n = 2; ; n++) {
            try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM portfolio WHERE name = ?")) {
                ps.setString(1, candidate);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    if (rs.getInt(1) == 0) {
                        return candidate;
                    }
                }
            }
            candidate = io.pledgebench.io.StorageLimits.portfolioName(name, " (" + n + ")");
        }
    }

    private static void insertPatents(Connection c, long portfolioId, List<Patent> patents) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(INSERT_PATENT);
             PreparedStatement ev = c.prepareStatement(INSERT_EVENT)) {
            int seq = 0;
            int pending = 0;
            int pendingEvents = 0;
            OwnersJson owners = new OwnersJson();
            for (Patent p : patents) {
                seq++;
                bindPatent(ps, portfolioId, seq, p, owners);
                ps.addBatch();
                if (++pending == BATCH) {
                    ps.executeBatch();
                    pending = 0;
                }
                int es = 0;
                for (LegalEvent e : p.events()) {
                    bindEvent(ev, portfolioId, seq, ++es, e);
                    ev.addBatch();
                    pendingEvents++;
                }
                if (pendingEvents >= BATCH) {
                    ps.executeBatch();
                    pending = 0;
                    ev.executeBatch();
                    pendingEvents = 0;
                }
            }
            if (pending > 0) {
                ps.executeBatch();
            }
            if (pendingEvents > 0) {
                ev.executeBatch();
            }
        }
    }

    private static void bindPatent(PreparedStatement ps, long portfolioId, int seq, Patent p, OwnersJson owners)
            throws SQLException {
        PatentNumber n = p.number();
        int i = 1;
        ps.setLong(i++, portfolioId);
        ps.setInt(i++, seq);
        ps.setString(i++, n.canonical());
        ps.setString(i++, n.jurisdiction());
        ps.setString(i++, n.number());
        ps.setString(i++, n.kind());
        ps.setBoolean(i++, n.application());
        ps.setString(i++, p.title());
        ps.setString(i++, p.type().code());
        setDate(ps, i++, p.filingDate());
        setDate(ps, i++, p.grantDate());
        setDate(ps, i++, p.expiryDate());
        ps.setString(i++, p.status().code());
        ps.setString(i++, owners.of(p.owners()));
        setDate(ps, i++, p.annualFeePaidUntil());
        ps.setString(i++, p.ipc());
        setInt(ps, i++, p.independentClaims());
        setInt(ps, i++, p.totalClaims());
        setInt(ps, i++, p.familySize());
        setInt(ps, i++, p.citedBy());
        ps.setBigDecimal(i++, p.productRevenue());
        ps.setBigDecimal(i++, p.licenceRevenue());
        setDouble(ps, i++, p.royaltyRate());
        setDouble(ps, i++, p.openLicenceRoyalty());
        setBoolean(ps, i++, p.productRecorded());
        setDate(ps, i++, p.inUseSince());
        ps.setBigDecimal(i++, p.replacementCost());
        setDouble(ps, i++, p.economicLifeYears());
        setBoolean(ps, i++, p.pledgeConsent());
        ps.setString(i++, p.product());
        setDouble(ps, i, p.contributionWeight());
    }

    private static void bindEvent(PreparedStatement ps, long portfolioId, int patentSeq, int seq, LegalEvent e)
            throws SQLException {
        ps.setLong(1, portfolioId);
        ps.setInt(2, patentSeq);
        ps.setInt(3, seq);
        setDate(ps, 4, e.date());
        ps.setString(5, e.kind().name());
        ps.setString(6, truncate(e.code(), 40));
        ps.setString(7, truncate(e.country(), 10));
        ps.setString(8, truncate(e.description(), 4000));
        ps.setString(9, truncate(e.source(), 400));
    }

    /** Register texts can be long; the stored copy keeps the first part and marks the cut. */
    private static String truncate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }

    private static void logImport(Connection c, long portfolioId, ImportRecord r, Instant when, int eventsMerged)
            throws SQLException {
        long logId;
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO import_log (portfolio_id, file, imported_at,"
                + " imported_by, rows_read, rows_rejected, events_merged) VALUES (?, ?, ?, ?, ?, ?, ?)",
                Statement.RETURN_GENERATED_KEYS)) {
            ps.setLong(1, portfolioId);
            ps.setString(2, r.file());
            ps.setTimestamp(3, Timestamp.from(when));
            ps.setString(4, r.author());
            ps.setInt(5, r.rowsRead());
            ps.setInt(6, r.rowsRejected());
            ps.setInt(7, eventsMerged);
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                logId = keys.getLong(1);
            }
        }
        if (r.notices().isEmpty()) {
            return;
        }
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO import_notice (import_log_id, seq, message, message_zh) VALUES (?, ?, ?, ?)")) {
            int seq = 0;
            for (io.pledgebench.io.ImportNote n : r.notices()) {
                ps.setLong(1, logId);
                ps.setInt(2, ++seq);
                ps.setString(3, truncate(n.describe(), NOTICE_LENGTH));
                ps.setString(4, truncate(n.describeZh(), NOTICE_LENGTH));
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    /** The notices kept with the import log of a portfolio, in English and Chinese, oldest first. */
    public List<String[]> importNotices(long portfolioId) {
        return Transactions.read(db, c -> {
            List<String[]> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT n.message, n.message_zh FROM import_notice n"
                    + " JOIN import_log l ON l.id = n.import_log_id WHERE l.portfolio_id = ? ORDER BY l.id, n.seq")) {
                ps.setLong(1, portfolioId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new String[] {rs.getString(1), rs.getString(2)});
                    }
                }
            }
            return out;
        });
    }

    /** All portfolios, newest first. */
    public List<PortfolioSummary> list() {
        return Transactions.read(db, c -> {
            List<PortfolioSummary> out = new ArrayList<>();
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                    "SELECT p.id, p.name, p.enterprise_name, p.source, p.imported_at,"
                            + " (SELECT COUNT(*) FROM patent t WHERE t.portfolio_id = p.id)"
                            + " FROM portfolio p ORDER BY p.imported_at DESC, p.id DESC")) {
                while (rs.next()) {
                    out.add(new PortfolioSummary(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getTimestamp(5).toInstant(), rs.getInt(6)));
                }
            }
            return out;
        });
    }

    /**
     * The canonical numbers of every stored patent, each once: what a legal-event file is merged onto. Its size is
     * bounded by the database, not by the file being read.
     */
    public java.util.Set<String> storedPatentNumbers() {
        return Transactions.read(db, c -> {
            java.util.Set<String> out = new java.util.HashSet<>();
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT DISTINCT patent_number FROM patent")) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
            return out;
        });
    }

    public Optional<Long> findBySourceHash(String sourceHash) {
        return Transactions.read(db, c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT id FROM portfolio WHERE source_hash = ? ORDER BY id DESC")) {
                ps.setString(1, sourceHash);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(rs.getLong(1)) : Optional.empty();
                }
            }
        });
    }

    public Optional<StoredPortfolio> load(long id) {
        return Transactions.read(db, c -> load(c, id));
    }

    /** Every stored portfolio with its patents, newest first. */
    public List<StoredPortfolio> loadAll() {
        return Transactions.read(db, c -> {
            List<Long> ids = new ArrayList<>();
            try (Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT id FROM portfolio ORDER BY imported_at DESC, id DESC")) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
            }
            List<StoredPortfolio> out = new ArrayList<>();
            for (long id : ids) {
                load(c, id).ifPresent(out::add);
            }
            return out;
        });
    }

    private static Optional<StoredPortfolio> load(Connection c, long id) throws SQLException {
        Portfolio portfolio;
        Instant importedAt;
        String importedBy;
        String hash;
        String name;
        String source;
        String currency;
        Enterprise enterprise = null;
        LoanRequest loan = null;
        try (PreparedStatement ps = c.prepareStatement("SELECT name, source, source_hash, currency, imported_at, imported_by,"
                + " enterprise_name, credit_code, industry, years_in_business, revenue, ebitda, total_assets,"
                + " total_liabilities, interest_expense, rd_expense, annual_debt_service, overdue_records, external_pd,"
                + " loan_amount, loan_currency, loan_term_months, loan_start_date, loan_purpose, loan_valuation_date"
                + " FROM portfolio WHERE id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                name = rs.getString("name");
                source = rs.getString("source");
                hash = rs.getString("source_hash");
                currency = rs.getString("currency");
                importedAt = rs.getTimestamp("imported_at").toInstant();
                importedBy = rs.getString("imported_by");
                String en = rs.getString("enterprise_name");
                if (en != null) {
                    String code = rs.getString("credit_code");
                    enterprise = new Enterprise(en, code == null ? null : new UnifiedSocialCreditCode(code),
                            rs.getString("industry"), getDouble(rs, "years_in_business"), rs.getBigDecimal("revenue"),
                            rs.getBigDecimal("ebitda"), rs.getBigDecimal("total_assets"),
                            rs.getBigDecimal("total_liabilities"), rs.getBigDecimal("interest_expense"),
                            rs.getBigDecimal("rd_expense"), rs.getBigDecimal("annual_debt_service"),
                            getInt(rs, "overdue_records"), getDouble(rs, "external_pd"));
                }
                BigDecimal amount = rs.getBigDecimal("loan_amount");
                if (amount != null) {
                    loan = new LoanRequest(amount, rs.getString("loan_currency"),
                            rs.getInt("loan_term_months"), getDate(rs, "loan_start_date"), rs.getString("loan_purpose"),
                            getDate(rs, "loan_valuation_date"));
                }
            }
        }
        Map<Integer, List<LegalEvent>> events = loadEvents(c, id);
        List<Patent> patents = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT * FROM patent WHERE portfolio_id = ? ORDER BY seq")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    patents.add(readPatent(rs, events.getOrDefault(rs.getInt("seq"), List.of())));
                }
            }
        }
        portfolio = new Portfolio(name, enterprise, patents, loan, currency, source);
        return Optional.of(new StoredPortfolio(id, importedAt, importedBy, hash, portfolio));
    }

    private static Map<Integer, List<LegalEvent>> loadEvents(Connection c, long portfolioId) throws SQLException {
        Map<Integer, List<LegalEvent>> out = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT patent_seq, event_date, kind, code, country, description,"
                + " source FROM legal_event WHERE portfolio_id = ? ORDER BY patent_seq, seq")) {
            ps.setLong(1, portfolioId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.computeIfAbsent(rs.getInt(1), k -> new ArrayList<>()).add(new LegalEvent(getDate(rs, "event_date"),
                            LegalEvent.Kind.valueOf(rs.getString("kind")), rs.getString("code"), rs.getString("country"),
                            rs.getString("description"), rs.getString("source")));
                }
            }
        }
        return out;
    }

    private static Patent readPatent(ResultSet rs, List<LegalEvent> events) throws SQLException {
        PatentNumber number = new PatentNumber(rs.getString("jurisdiction"), rs.getString("number_body"),
                rs.getString("kind_code"), rs.getBoolean("is_application"));
        PatentType type = PatentType.parse(rs.getString("patent_type"))
                .orElseThrow(() -> new StoreException("unknown patent type in database: " + number));
        LegalStatus status = LegalStatus.parse(rs.getString("legal_status"))
                .orElseThrow(() -> new StoreException("unknown legal status in database: " + number));
        return Patent.builder(number, type, status)
                .title(rs.getString("title"))
                .filingDate(getDate(rs, "filing_date"))
                .grantDate(getDate(rs, "grant_date"))
                .expiryDate(getDate(rs, "expiry_date"))
                .owners(ownersFromJson(rs.getString("owners")))
                .annualFeePaidUntil(getDate(rs, "annual_fee_paid_until"))
                .ipc(rs.getString("ipc"))
                .independentClaims(getInt(rs, "independent_claims"))
                .totalClaims(getInt(rs, "total_claims"))
                .familySize(getInt(rs, "family_size"))
                .citedBy(getInt(rs, "cited_by"))
                .productRevenue(rs.getBigDecimal("product_revenue"))
                .licenceRevenue(rs.getBigDecimal("licence_revenue"))
                .royaltyRate(getDouble(rs, "royalty_rate"))
                .openLicenceRoyalty(getDouble(rs, "open_licence_royalty"))
                .productRecorded(getBoolean(rs, "product_recorded"))
                .inUseSince(getDate(rs, "in_use_since"))
                .replacementCost(rs.getBigDecimal("replacement_cost"))
                .economicLifeYears(getDouble(rs, "economic_life_years"))
                .pledgeConsent(getBoolean(rs, "pledge_consent"))
                .product(rs.getString("product"))
                .contributionWeight(getDouble(rs, "contribution_weight"))
                .events(events)
                .build();
    }

    /**
     * Merges legal events onto every stored patent with the same canonical number, in one transaction:
     * {@code merger} turns (stored patent, its new events) into the updated patent. Returns the canonical
     * numbers that were found, with the ids of the portfolios updated.
     */
    public Map<String, List<Long>> mergeEvents(Map<String, List<LegalEvent>> eventsByNumber,
                                               BiFunction<Patent, List<LegalEvent>, Patent> merger,
                                               ImportRecord record) {
        // one transaction that may touch every stored patent: run as an import (page cache, and put back on a full disk)
        return db.withImportCache(() -> Transactions.write(db, c -> {
            Map<String, List<Long>> found = new LinkedHashMap<>();
            Map<Long, Integer> mergedPerPortfolio = new LinkedHashMap<>();
            for (Map.Entry<String, List<LegalEvent>> entry : eventsByNumber.entrySet()) {
                List<long[]> holders = new ArrayList<>();
                try (PreparedStatement ps = c.prepareStatement(
                        "SELECT portfolio_id, seq FROM patent WHERE patent_number = ?")) {
                    ps.setString(1, entry.getKey());
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            holders.add(new long[] {rs.getLong(1), rs.getInt(2)});
                        }
                    }
                }
                for (long[] h : holders) {
                    Patent stored = loadPatent(c, h[0], (int) h[1]);
                    Patent merged = merger.apply(stored, entry.getValue());
                    replacePatent(c, h[0], (int) h[1], merged);
                    found.computeIfAbsent(entry.getKey(), k -> new ArrayList<>()).add(h[0]);
                    mergedPerPortfolio.merge(h[0], entry.getValue().size(), Integer::sum);
                }
            }
            Instant now = Instant.now();
            for (Map.Entry<Long, Integer> e : mergedPerPortfolio.entrySet()) {
                logImport(c, e.getKey(), record, now, e.getValue());
                RowVersion.claim(c, "portfolio", "portfolio " + e.getKey(), e.getKey(), null,
                        db.actor(record.author()), now);
                PortfolioSeal.record(c, e.getKey(), PortfolioSeal.UPDATED, record.author());
            }
            return found;
        }));
    }

    private static Patent loadPatent(Connection c, long portfolioId, int seq) throws SQLException {
        List<LegalEvent> events = loadEvents(c, portfolioId).getOrDefault(seq, List.of());
        try (PreparedStatement ps = c.prepareStatement("SELECT * FROM patent WHERE portfolio_id = ? AND seq = ?")) {
            ps.setLong(1, portfolioId);
            ps.setInt(2, seq);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return readPatent(rs, events);
            }
        }
    }

    private static void replacePatent(Connection c, long portfolioId, int seq, Patent p) throws SQLException {
        try (PreparedStatement del = c.prepareStatement("DELETE FROM legal_event WHERE portfolio_id = ? AND patent_seq = ?")) {
            del.setLong(1, portfolioId);
            del.setInt(2, seq);
            del.executeUpdate();
        }
        try (PreparedStatement del = c.prepareStatement("DELETE FROM patent WHERE portfolio_id = ? AND seq = ?")) {
            del.setLong(1, portfolioId);
            del.setInt(2, seq);
            del.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement(INSERT_PATENT); PreparedStatement ev = c.prepareStatement(INSERT_EVENT)) {
            bindPatent(ps, portfolioId, seq, p, new OwnersJson());
            ps.executeUpdate();
            int es = 0;
            for (LegalEvent e : p.events()) {
                bindEvent(ev, portfolioId, seq, ++es, e);
                ev.executeUpdate();
            }
        }
    }

    /** Deletes a portfolio with its patents and events. */
    public void delete(long id) {
        Transactions.write(db, c -> {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM legal_event WHERE portfolio_id = ?")) {
                ps.setLong(1, id);
                ps.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM import_log WHERE portfolio_id = ?")) {
                ps.setLong(1, id);
                ps.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM patent WHERE portfolio_id = ?")) {
                ps.setLong(1, id);
                ps.executeUpdate();
            }
            int deleted;
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM portfolio WHERE id = ?")) {
                ps.setLong(1, id);
                deleted = ps.executeUpdate();
            }
            if (deleted > 0) {
                PortfolioSeal.record(c, id, PortfolioSeal.DELETED, null);
            }
            return null;
        });
    }

    /** Counts rows of the given tables, for tests and diagnostics that the database is unchanged. */
    public Map<String, Integer> rowCounts(Collection<String> tables) {
        return Transactions.read(db, c -> {
            Map<String, Integer> out = new LinkedHashMap<>();
            for (String t : tables) {
                if (!t.matches("[a-z_]+")) {
                    throw new IllegalArgumentException("not a table name: " + t);
                }
                try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + t)) {
                    rs.next();
                    out.put(t, rs.getInt(1));
                }
            }
            return out;
        });
    }

    static String ownersJson(List<Owner> owners) {
        return io.pledgebench.io.StorageLimits.ownersJson(owners);
    }

    static List<Owner> ownersFromJson(String json) {
        try {
            List<Owner> out = new ArrayList<>();
            for (Map<String, Object> m : Json.MAPPER.readValue(json, OWNER_LIST)) {
                Object share = m.get("share");
                out.add(new Owner((String) m.get("name"), share == null ? null : ((Number) share).doubleValue()));
            }
            return out;
        } catch (JsonProcessingException e) {
            throw new StoreException("Stored owners are not readable: " + e.getMessage(), e);
        }
    }

    private static void setDate(PreparedStatement ps, int i, LocalDate d) throws SQLException {
        if (d == null) {
            ps.setNull(i, Types.DATE);
        } else {
            // H2 binds a LocalDate as it is, without the time-zone arithmetic of java.sql.Date.valueOf
            ps.setObject(i, d);
        }
    }

    private static void setInt(PreparedStatement ps, int i, Integer v) throws SQLException {
        if (v == null) {
            ps.setNull(i, Types.INTEGER);
        } else {
            ps.setInt(i, v);
        }
    }

    private static void setDouble(PreparedStatement ps, int i, Double v) throws SQLException {
        if (v == null) {
            ps.setNull(i, Types.DOUBLE);
        } else {
            ps.setDouble(i, v);
        }
    }

    private static void setBoolean(PreparedStatement ps, int i, Boolean v) throws SQLException {
        if (v == null) {
            ps.setNull(i, Types.BOOLEAN);
        } else {
            ps.setBoolean(i, v);
        }
    }

    private static LocalDate getDate(ResultSet rs, String col) throws SQLException {
        Date d = rs.getDate(col);
        return d == null ? null : d.toLocalDate();
    }

    private static Integer getInt(ResultSet rs, String col) throws SQLException {
        int v = rs.getInt(col);
        return rs.wasNull() ? null : v;
    }

    private static Double getDouble(ResultSet rs, String col) throws SQLException {
        double v = rs.getDouble(col);
        return rs.wasNull() ? null : v;
    }

    private static Boolean getBoolean(ResultSet rs, String col) throws SQLException {
        boolean v = rs.getBoolean(col);
        return rs.wasNull() ? null : v;
    }
}
