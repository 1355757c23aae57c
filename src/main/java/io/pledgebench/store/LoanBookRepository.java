package io.pledgebench.store;

import io.pledgebench.domain.LegalEvent;
import io.pledgebench.domain.LegalStatus;
import io.pledgebench.domain.PersonName;
import io.pledgebench.domain.RefusedInputException;
import io.pledgebench.risk.monitoring.Acknowledgement;
import io.pledgebench.risk.monitoring.StatusUpdate;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The loan book: loans booked from signed assessments, their pledge registration, closing, the legal-status updates
 * of patents and the acknowledgements of monitoring alerts. Every change is written with its audit entry in one
 * transaction, so the hash chain records each booking, registration step, close, event import and acknowledgement.
 */
public final class LoanBookRepository {

    static final String ENTITY_LOAN = "loan";
    static final String ENTITY_EVENTS = "patent_events";
    static final String ENTITY_ALERT = "alert";
    static final String ACTION_BOOKED = "loan.booked";
    static final String ACTION_REGISTRATION = "loan.registration";
    static final String ACTION_CLOSED = "loan.closed";
    static final String ACTION_EVENTS = "events.imported";
    static final String ACTION_ACK = "alert.acknowledged";

    private static final String LOAN_COLUMNS = "id, assessment_id, borrower, credit_code, industry, pledgee, currency,"
            + " amount, rate, drawdown_date, term_months, maturity_date, risk_sharing, coverage_trigger,"
            + " value_drop_trigger, appraisal_date, booked_market_value, booked_liquidation_value, registration_status,"
            + " registration_number, registration_date, closed_date, booked_at, booked_by, registration_days";

    private final Database db;
    private final Clock clock;

    public LoanBookRepository(Database db) {
        this(db, Clock.systemUTC());
    }

    public LoanBookRepository(Database db, Clock clock) {
        this.db = Objects.requireNonNull(db, "db");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Books {@code loan} by {@code user}; returns it as stored. */
    public BookedLoan book(NewBookedLoan loan, String user) {
        String by = PersonName.check(db.actor(user));
        return Transactions.write(db, c -> {
            Instant now = Hashes.storable(clock.instant());
            long id = insert(c, loan, now, by);
            return load(c, id).orElseThrow();
        });
    }

    /**
     * Books {@code loans} by {@code user} in one transaction (all or none), each with its own audit entry as
     * {@link #book} writes it: for taking over an existing book (or a large synthetic one) without one commit per loan.
     * The callers have checked each loan as a booking does; nothing else is checked here. Returns the loans' ids in
     * order.
     */
    public List<Long> bookAll(List<NewBookedLoan> loans, String user) {
        String by = PersonName.check(db.actor(user));
        List<NewBookedLoan> all = List.copyOf(loans);
        return Transactions.write(db, c -> {
            Instant now = Hashes.storable(clock.instant());
            List<Long> ids = new ArrayList<>(all.size());
            for (NewBookedLoan loan : all) {
                ids.add(insert(c, loan, now, by));
            }
            return ids;
        });
    }

    private static long insert(Connection c, NewBookedLoan loan, Instant now, String by) throws SQLException {
        long id;
        RegistrationStatus status = loan.registrationNumber() == null ? RegistrationStatus.NOT_FILED
                : RegistrationStatus.REGISTERED;
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO booked_loan (assessment_id, borrower,"
                + " credit_code, industry, pledgee, currency, amount, rate, drawdown_date, term_months, maturity_date,"
                + " risk_sharing, coverage_trigger, value_drop_trigger, appraisal_date, booked_market_value,"
                + " booked_liquidation_value, registration_status, registration_number, registration_date,"
                + " closed_date, booked_at, booked_by, registration_days) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
                + " ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
            int i = 1;
            ps.setLong(i++, loan.assessmentId());
            ps.setString(i++, loan.borrower());
            ps.setString(i++, loan.creditCode());
            ps.setString(i++, loan.industry());
            ps.setString(i++, loan.pledgee());
            ps.setString(i++, loan.currency());
            ps.setBigDecimal(i++, loan.amount());
            ps.setBigDecimal(i++, loan.rate());
            ps.setDate(i++, Date.valueOf(loan.drawdown()));
            ps.setInt(i++, loan.termMonths());
            ps.setDate(i++, Date.valueOf(loan.maturity()));
            ps.setString(i++, loan.riskSharing());
            ps.setBigDecimal(i++, BigDecimal.valueOf(loan.coverageTrigger()));
            ps.setBigDecimal(i++, BigDecimal.valueOf(loan.valueDropTrigger()));
            ps.setDate(i++, Date.valueOf(loan.appraisalDate()));
            ps.setBigDecimal(i++, loan.bookedMarketValue());
            ps.setBigDecimal(i++, loan.bookedLiquidationValue());
            ps.setString(i++, status.code());
            ps.setString(i++, loan.registrationNumber());
            setDate(ps, i++, loan.registrationDate());
            ps.setNull(i++, Types.DATE);
            ps.setObject(i++, Hashes.utc(now));
            ps.setString(i++, by);
            ps.setInt(i, loan.registrationDays());
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                id = keys.getLong(1);
            }
        }
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO booked_loan_patent (loan_id, seq, patent_number) VALUES (?, ?, ?)")) {
            int seq = 0;
            for (String n : loan.patents()) {
                ps.setLong(1, id);
                ps.setInt(2, ++seq);
                ps.setString(3, n);
                ps.addBatch();
            }
            ps.executeBatch();
        }
        if (loan.registrationNumber() != null) {
            registrationRow(c, id, RegistrationStatus.REGISTERED, loan.registrationNumber(),
                    loan.registrationDate(), "", now, by);
        }
        AuditLog.append(c, now, by, ACTION_BOOKED, ENTITY_LOAN, BookedLoan.loanId(id), "assessment="
                + loan.assessmentId() + "; amount=" + loan.amount().toPlainString() + " " + loan.currency()
                + "; drawdown=" + loan.drawdown() + "; maturity=" + loan.maturity() + "; patents="
                + loan.patents().size() + "; patents_sha256=" + Hashes.sha256(String.join(",", loan.patents()))
                + "; registration=" + (loan.registrationNumber() == null ? "-" : loan.registrationNumber()));
        return id;
    }

    /**
     * Records a step of the pledge registration: applied (number optional), registered or changed (number and date
     * required); cancelled is recorded by {@link #close}.
     */
    public BookedLoan register(long loanId, RegistrationStatus status, String number, LocalDate date, String note,
                               String user) {
        return register(loanId, status, number, date, note, user, null);
    }

    /**
     * As {@link #register(long, RegistrationStatus, String, LocalDate, String, String)}, if the loan is still at
     * {@code expectedVersion} ({@link #version(long)} when it was read; null: any).
     *
     * @throws RowVersion.ChangedMeanwhile when someone changed the loan in between ("changed by X at T")
     */
    public BookedLoan register(long loanId, RegistrationStatus status, String number, LocalDate date, String note,
                               String user, Integer expectedVersion) {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(date, "date");
        String by = PersonName.check(db.actor(user));
        if (status == RegistrationStatus.NOT_FILED || status == RegistrationStatus.CANCELLED) {
            throw RefusedInputException.of("book.refused.registrationStep");
        }
        if (status.onRegister() && (number == null || number.isBlank())) {
            throw RefusedInputException.of("book.refused.registrationNumber", status.code());
        }
        if (number != null && number.length() > 100) {
            throw RefusedInputException.of("book.refused.registrationNumberLength", 100);
        }
        return Transactions.write(db, c -> {
            RowVersion.claim(c, "booked_loan", "loan " + loanId, loanId, expectedVersion, by, clock.instant());
            BookedLoan loan = require(c, loanId);
            if (loan.closedDate() != null) {
                throw RefusedInputException.of("book.refused.closed", loan.loanId(), loan.closedDate().toString());
            }
            if (date.isBefore(loan.drawdown().minusYears(1))) {
                throw RefusedInputException.of("book.refused.registrationDate", date.toString(),
                        loan.drawdown().toString());
            }
            refuseFuture(date, loan);
            if (!status.mayFollow(loan.registrationStatus())) {
                throw RefusedInputException.of("book.refused.registrationBackwards", loan.loanId());
            }
            if (status == RegistrationStatus.CHANGED && loan.registrationDate() != null
                    && date.isBefore(loan.registrationDate())) {
                throw RefusedInputException.of("book.refused.changeBeforeRegistration", date.toString(),
                        loan.registrationDate().toString(), loan.loanId());
            }
            Instant now = Hashes.storable(clock.instant());
            String keptNumber = number != null ? number.strip() : loan.registrationNumber();
            try (PreparedStatement ps = c.prepareStatement("UPDATE booked_loan SET registration_status = ?,"
                    + " registration_number = ?, registration_date = ? WHERE id = ?")) {
                ps.setString(1, status.code());
                ps.setString(2, keptNumber);
                // a change keeps the date the pledge went on the register (the change's own date is in its row)
                setDate(ps, 3, status == RegistrationStatus.REGISTERED
                        || status == RegistrationStatus.CHANGED && loan.registrationDate() == null
                        ? date : loan.registrationDate());
                ps.setLong(4, loanId);
                ps.executeUpdate();
            }
            registrationRow(c, loanId, status, keptNumber, date, note == null ? "" : note, now, by);
            AuditLog.append(c, now, by, ACTION_REGISTRATION, ENTITY_LOAN, loan.loanId(), "status=" + status.code()
                    + "; number=" + (keptNumber == null ? "-" : keptNumber) + "; date=" + date);
            return load(c, loanId).orElseThrow();
        });
    }

    /** Closes the loan on {@code date}: repaid, the pledge released (registration cancelled). */
    public BookedLoan close(long loanId, LocalDate date, String user) {
        return close(loanId, date, user, null);
    }

    /**
     * As {@link #close(long, LocalDate, String)}, if the loan is still at {@code expectedVersion} (null: any).
     *
     * @throws RowVersion.ChangedMeanwhile when someone changed the loan in between ("changed by X at T")
     */
    public BookedLoan close(long loanId, LocalDate date, String user, Integer expectedVersion) {
        Objects.requireNonNull(date, "date");
        String by = PersonName.check(db.actor(user));
        return Transactions.write(db, c -> {
            RowVersion.claim(c, "booked_loan", "loan " + loanId, loanId, expectedVersion, by, clock.instant());
            BookedLoan loan = require(c, loanId);
            if (loan.closedDate() != null) {
                throw RefusedInputException.of("book.refused.closed", loan.loanId(), loan.closedDate().toString());
            }
            if (date.isBefore(loan.drawdown())) {
                throw RefusedInputException.of("book.refused.closeBeforeDrawdown", date.toString(),
                        loan.drawdown().toString(), loan.loanId());
            }
            refuseFuture(date, loan);
            Instant now = Hashes.storable(clock.instant());
            try (PreparedStatement ps = c.prepareStatement(
                    "UPDATE booked_loan SET closed_date = ?, registration_status = ? WHERE id = ?")) {
                ps.setDate(1, Date.valueOf(date));
                ps.setString(2, RegistrationStatus.CANCELLED.code());
                ps.setLong(3, loanId);
                ps.executeUpdate();
            }
            registrationRow(c, loanId, RegistrationStatus.CANCELLED, loan.registrationNumber(), date, "", now, by);
            AuditLog.append(c, now, by, ACTION_CLOSED, ENTITY_LOAN, loan.loanId(), "closed=" + date
                    + "; registration=" + (loan.registrationNumber() == null ? "-" : loan.registrationNumber())
                    + " cancelled");
            return load(c, loanId).orElseThrow();
        });
    }

    /** The loan's version and last change, to name when changing it. */
    public Optional<RowVersion> version(long loanId) {
        return Transactions.read(db, c -> RowVersion.read(c, "booked_loan", loanId));
    }

    public Optional<BookedLoan> find(long loanId) {
        return Transactions.read(db, c -> load(c, loanId));
    }

    /** Every booked loan, oldest first. */
    public List<BookedLoan> list() {
        return Transactions.read(db, c -> {
            Map<Long, List<String>> patents = patents(c);
            List<BookedLoan> out = new ArrayList<>();
            try (Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT " + LOAN_COLUMNS + " FROM booked_loan ORDER BY id")) {
                while (rs.next()) {
                    out.add(read(rs, patents.getOrDefault(rs.getLong(1), List.of())));
                }
            }
            return out;
        });
    }

    /** The canonical numbers of every patent pledged to a booked loan or stored in a portfolio. */
    public Set<String> knownPatents() {
        return Transactions.read(db, c -> {
            Set<String> out = new HashSet<>();
            try (Statement s = c.createStatement()) {
                try (ResultSet rs = s.executeQuery("SELECT DISTINCT patent_number FROM booked_loan_patent")) {
                    while (rs.next()) {
                        out.add(rs.getString(1));
                    }
                }
                try (ResultSet rs = s.executeQuery("SELECT DISTINCT patent_number FROM patent")) {
                    while (rs.next()) {
                        out.add(rs.getString(1));
                    }
                }
            }
            return out;
        });
    }

    /**
     * Stores the updates of one file in one transaction with one audit entry naming the source, the number of rows
     * and the SHA-256 of the file; all or nothing.
     */
    public int importEvents(List<StatusUpdate> updates, String source, String sourceSha256, String user) {
        return importEvents(updates, source, sourceSha256, user, (done, total) -> { }, () -> false);
    }

    /**
     * As {@link #importEvents(List, String, String, String)}, telling {@code progress} the rows written so far and
     * asking {@code cancelled} between batches of rows: a cancel before the commit rolls the transaction back (nothing
     * stored, no audit entry) and ends with a {@link java.util.concurrent.CancellationException}.
     */
    public int importEvents(List<StatusUpdate> updates, String source, String sourceSha256, String user,
                            java.util.function.BiConsumer<Integer, Integer> progress,
                            java.util.function.BooleanSupplier cancelled) {
        String by = PersonName.check(db.actor(user));
        if (updates.isEmpty()) {
            throw new IllegalArgumentException("the file holds no status updates");
        }
        return Transactions.write(db, c -> {
            Instant now = Hashes.storable(clock.instant());
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO patent_status_event (patent_number, event_date,"
                    + " status, event_kind, note, source, imported_at, imported_by, state) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                int done = 0;
                progress.accept(0, updates.size());
                for (StatusUpdate u : updates) {
                    if (done % EVENT_BATCH == 0 && cancelled.getAsBoolean()) {
                        throw new java.util.concurrent.CancellationException("status import cancelled");
                    }
                    ps.setString(1, u.patentNumber());
                    ps.setDate(2, Date.valueOf(u.date()));
                    ps.setString(3, u.status() == null ? null : u.status().code());
                    ps.setString(4, u.event() == null ? null : u.event().name());
                    ps.setString(5, u.note());
                    ps.setString(6, clip(source, 400));
                    ps.setObject(7, Hashes.utc(now));
                    ps.setString(8, by);
                    ps.setString(9, u.state().isEmpty() ? null : u.state());
                    ps.addBatch();
                    if (++done % EVENT_BATCH == 0) {
                        ps.executeBatch();
                        progress.accept(done, updates.size());
                    }
                }
                ps.executeBatch();
                if (cancelled.getAsBoolean()) {
                    throw new java.util.concurrent.CancellationException("status import cancelled");
                }
                progress.accept(done, updates.size());
            }
            AuditLog.append(c, now, by, ACTION_EVENTS, ENTITY_EVENTS, clip(sourceSha256, 60), "source=" + clip(source, 400)
                    + "; rows=" + updates.size() + "; sha256=" + sourceSha256);
            return updates.size();
        });
    }

    /**
     * The day each loan's pledge registration was first applied for (its earliest {@code applied} step), by loan id;
     * a loan with no application recorded is absent. Monitoring takes only an application made by its day.
     */
    public Map<Long, LocalDate> registrationApplications() {
        return Transactions.read(db, c -> {
            Map<Long, LocalDate> out = new LinkedHashMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT loan_id, MIN(status_date) FROM pledge_registration"
                    + " WHERE status = ? GROUP BY loan_id")) {
                ps.setString(1, RegistrationStatus.APPLIED.code());
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.put(rs.getLong(1), rs.getDate(2).toLocalDate());
                    }
                }
            }
            return out;
        });
    }

    /** Rows of status updates written between two looks at progress and cancel. */
    private static final int EVENT_BATCH = 500;

    /** Every stored status update, in date order. */
    public List<StatusUpdate> statusUpdates() {
        return Transactions.read(db, c -> {
            List<StatusUpdate> out = new ArrayList<>();
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT patent_number, event_date,"
                    + " status, event_kind, note, source, state FROM patent_status_event ORDER BY event_date, id")) {
                while (rs.next()) {
                    String st = rs.getString(3);
                    String kind = rs.getString(4);
                    out.add(new StatusUpdate(rs.getString(1), rs.getDate(2).toLocalDate(),
                            st == null ? null : LegalStatus.parse(st).orElseThrow(),
                            kind == null ? null : LegalEvent.Kind.valueOf(kind), rs.getString(5), rs.getString(6),
                            rs.getString(7))); // a row without a state (before V18) is a whole-patent update
                }
            }
            return out;
        });
    }

    /** Records an acknowledgement of alert {@code alertId} on loan {@code loanId}, audited. */
    public void acknowledge(String alertId, long loanId, Acknowledgement ack) {
        Objects.requireNonNull(ack, "acknowledgement");
        String by = PersonName.check(db.actor(ack.user()));
        if (ack.comment().length() > 2000) {
            throw RefusedInputException.of("book.refused.commentLength", 2000);
        }
        if (ack.alertKey().length() > 400 || alertId.length() > 40) {
            throw new IllegalArgumentException("alert id or key too long");
        }
        Transactions.write(db, c -> {
            require(c, loanId);
            Instant at = Hashes.storable(ack.at());
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO alert_acknowledgement (alert_id, alert_key,"
                    + " loan_id, acknowledged_by, comment, acknowledged_at, holds_until, given_for)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
                ps.setString(1, alertId);
                ps.setString(2, ack.alertKey());
                ps.setLong(3, loanId);
                ps.setString(4, by);
                ps.setString(5, ack.comment());
                ps.setObject(6, Hashes.utc(at));
                ps.setDate(7, Date.valueOf(ack.holdsUntil()));
                ps.setDate(8, Date.valueOf(ack.givenFor()));
                ps.executeUpdate();
            }
            AuditLog.append(c, at, by, ACTION_ACK, ENTITY_ALERT, alertId, "loan=" + BookedLoan.loanId(loanId)
                    + "; key=" + ack.alertKey() + "; given_for=" + ack.givenFor() + "; holds_until=" + ack.holdsUntil()
                    + "; comment_sha256="
                    + Hashes.sha256(ack.comment()));
            return null;
        });
    }

    /** Every acknowledgement made, oldest first. */
    public List<Acknowledgement> acknowledgements() {
        return Transactions.read(db, c -> {
            List<Acknowledgement> out = new ArrayList<>();
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT alert_key, acknowledged_by,"
                    + " comment, acknowledged_at, holds_until, given_for FROM alert_acknowledgement ORDER BY id")) {
                while (rs.next()) {
                    Instant at = Hashes.fromUtc(rs.getObject(4, LocalDateTime.class));
                    Date givenFor = rs.getDate(6);
                    // a row from before V21 carries no day: it reads as given for the day it was made
                    out.add(givenFor == null ? new Acknowledgement(rs.getString(1), rs.getString(2), rs.getString(3),
                            at, rs.getDate(5).toLocalDate())
                            : new Acknowledgement(rs.getString(1), rs.getString(2), rs.getString(3), at,
                            rs.getDate(5).toLocalDate(), givenFor.toLocalDate()));
                }
            }
            return out;
        });
    }

    /** A step dated after today (the repository's clock) is refused: the book records what has happened. */
    private void refuseFuture(LocalDate date, BookedLoan loan) {
        LocalDate today = LocalDate.now(clock);
        if (date.isAfter(today)) {
            throw RefusedInputException.of("book.refused.futureDate", date.toString(), today.toString(), loan.loanId());
        }
    }

    private static String clip(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }

    private static void registrationRow(Connection c, long loanId, RegistrationStatus status, String number,
                                        LocalDate date, String note, Instant at, String by) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO pledge_registration (loan_id, status,"
                + " registration_number, status_date, note, recorded_at, recorded_by) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            ps.setLong(1, loanId);
            ps.setString(2, status.code());
            ps.setString(3, number);
            ps.setDate(4, Date.valueOf(date));
            ps.setString(5, note.length() > 2000 ? note.substring(0, 2000) : note);
            ps.setObject(6, Hashes.utc(at));
            ps.setString(7, by);
            ps.executeUpdate();
        }
    }

    private static void setDate(PreparedStatement ps, int i, LocalDate d) throws SQLException {
        if (d == null) {
            ps.setNull(i, Types.DATE);
        } else {
            ps.setDate(i, Date.valueOf(d));
        }
    }

    private static BookedLoan require(Connection c, long loanId) throws SQLException {
        return load(c, loanId).orElseThrow(() -> RefusedInputException.of("book.refused.noLoan",
                BookedLoan.loanId(loanId)));
    }

    private static Optional<BookedLoan> load(Connection c, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + LOAN_COLUMNS + " FROM booked_loan WHERE id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                List<String> patents = new ArrayList<>();
                try (PreparedStatement pp = c.prepareStatement(
                        "SELECT patent_number FROM booked_loan_patent WHERE loan_id = ? ORDER BY seq")) {
                    pp.setLong(1, id);
                    try (ResultSet prs = pp.executeQuery()) {
                        while (prs.next()) {
                            patents.add(prs.getString(1));
                        }
                    }
                }
                return Optional.of(read(rs, patents));
            }
        }
    }

    private static Map<Long, List<String>> patents(Connection c) throws SQLException {
        Map<Long, List<String>> out = new LinkedHashMap<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                "SELECT loan_id, patent_number FROM booked_loan_patent ORDER BY loan_id, seq")) {
            while (rs.next()) {
                out.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getString(2));
            }
        }
        return out;
    }

    private static BookedLoan read(ResultSet rs, List<String> patents) throws SQLException {
        Date registered = rs.getDate(21);
        Date closed = rs.getDate(22);
        return new BookedLoan(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getString(6), rs.getString(7), rs.getBigDecimal(8), rs.getBigDecimal(9),
                rs.getDate(10).toLocalDate(), rs.getInt(11), rs.getDate(12).toLocalDate(), rs.getString(13),
                rs.getBigDecimal(14).doubleValue(), rs.getBigDecimal(15).doubleValue(), rs.getDate(16).toLocalDate(),
                rs.getBigDecimal(17), rs.getBigDecimal(18), RegistrationStatus.parse(rs.getString(19)),
                rs.getString(20), registered == null ? null : registered.toLocalDate(),
                closed == null ? null : closed.toLocalDate(), Hashes.fromUtc(rs.getObject(23, LocalDateTime.class)),
                rs.getString(24), patents, rs.getInt(25));
    }
}
