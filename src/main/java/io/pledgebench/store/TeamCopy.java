package io.pledgebench.store;

import io.pledgebench.domain.RefusedInputException;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * {@code admin copy-to-team-db}: moves a desktop (H2) database into an empty team database, row for row with the
 * same ids, so every stored hash (audit chain, assessment content hashes, sign-offs) is what it was. The desktop
 * chain's head is then anchored in the team database's chain: the first entry written there records the H2 file's
 * chain length and head hash and continues from it, so a report printed on the desktop still verifies. All in one
 * transaction: a failure leaves the team database as it was.
 */
public final class TeamCopy {

    /** Tables in the order their foreign keys allow. */
    static final List<String> TABLES = List.of("portfolio", "patent", "legal_event", "import_log", "import_notice",
            "column_template", "comparable_transaction", "assessment", "assessment_signoff", "audit_log", "booked_loan",
            "booked_loan_patent", "pledge_registration", "patent_status_event", "alert_acknowledgement");
    /** Tables with an identity column {@code id}, whose sequence continues after the copied ids. */
    private static final List<String> IDENTITIES = List.of("portfolio", "import_log", "comparable_transaction",
            "assessment", "audit_log", "booked_loan", "pledge_registration", "patent_status_event",
            "alert_acknowledgement");
    static final String ACTION = "database.copied";

    /** What was copied: rows per table, and the desktop chain's length and head as anchored. */
    public record Result(java.util.Map<String, Integer> rows, Witness desktopHead, AuditEntry anchor) {
    }

    private final Clock clock;

    public TeamCopy(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Copies {@code desktop} into {@code team} (opened as its owner; its schema initialised and empty). The desktop
     * database must verify first; {@code branch}, when given, is the branch its portfolios and loans belong to.
     */
    public Result copy(Database desktop, Database team, String branch) {
        if (desktop.isTeam() || !team.isTeam()) {
            throw new IllegalArgumentException("copy-to-team-db copies a desktop database file into a team database");
        }
        IntegrityCheck.Report check = new IntegrityCheck(desktop).run();
        if (!check.intact()) {
            throw RefusedInputException.of("team.copy.sourceTampered", desktop.describe(),
                    check.problem().orElseThrow().toString());
        }
        Witness head = desktop.chainHead();
        java.util.Map<String, Integer> counts = new java.util.LinkedHashMap<>();
        try (Connection from = desktop.connect(); Connection to = team.connect()) {
            to.setAutoCommit(false);
            try {
                for (String table : List.of("portfolio", "assessment", "audit_log", "booked_loan")) {
                    if (count(to, table) > 0) {
                        throw RefusedInputException.of("team.copy.targetNotEmpty", team.describe(), table);
                    }
                }
                for (String table : TABLES) {
                    counts.put(table, copyTable(from, to, table));
                }
                if (branch != null && !branch.isBlank()) {
                    for (String table : List.of("portfolio", "booked_loan")) {
                        try (PreparedStatement ps = to.prepareStatement("UPDATE " + table + " SET branch = ?"
                                + " WHERE branch IS NULL")) {
                            ps.setString(1, branch.strip());
                            ps.executeUpdate();
                        }
                    }
                }
                try (Statement s = to.createStatement()) {
                    for (String table : IDENTITIES) {
                        s.execute("SELECT setval(pg_get_serial_sequence('" + table + "', 'id'),"
                                + " COALESCE((SELECT MAX(id) FROM " + table + "), 0) + 1, false)");
                    }
                }
                AuditEntry anchor = AuditLog.append(to, clock.instant(), team.login().orElseThrow(), ACTION, "database",
                        "desktop", "from=" + desktop.describe() + "; chain length=" + head.length() + "; head="
                                + (head.head().isEmpty() ? "(empty)" : head.head()));
                to.commit();
                return new Result(counts, head, anchor);
            } catch (SQLException | RuntimeException e) {
                to.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new StoreException("Copying " + desktop.describe() + " into " + team.describe() + " failed and was"
                    + " rolled back: " + e.getMessage(), e);
        }
    }

    private static int count(Connection c, String table) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private static int copyTable(Connection from, Connection to, String table) throws SQLException {
        int n = 0;
        try (Statement s = from.createStatement(); ResultSet rs = s.executeQuery("SELECT * FROM " + table)) {
            ResultSetMetaData md = rs.getMetaData();
            List<String> names = new ArrayList<>();
            for (int i = 1; i <= md.getColumnCount(); i++) {
                names.add(md.getColumnLabel(i).toLowerCase(java.util.Locale.ROOT));
            }
            String sql = "INSERT INTO " + table + " (" + String.join(", ", names) + ") OVERRIDING SYSTEM VALUE VALUES ("
                    + String.join(", ", java.util.Collections.nCopies(names.size(), "?")) + ")";
            try (PreparedStatement ps = to.prepareStatement(sql)) {
                while (rs.next()) {
                    for (int i = 1; i <= names.size(); i++) {
                        int type = md.getColumnType(i);
                        Object v = switch (type) {
                            case Types.TIMESTAMP -> rs.getObject(i, java.time.LocalDateTime.class);
                            case Types.DATE -> rs.getObject(i, java.time.LocalDate.class);
                            default -> rs.getObject(i);
                        };
                        if (v == null) {
                            ps.setNull(i, type);
                        } else {
                            ps.setObject(i, v);
                        }
                    }
                    ps.addBatch();
                    if (++n % 1000 == 0) {
                        ps.executeBatch();
                    }
                }
                ps.executeBatch();
            }
        }
        return n;
    }
}
