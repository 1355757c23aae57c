package io.pledgebench.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/**
 * What {@code verify} checks on the team database beside the audit chain (docs/adr/0008): the guards that make the
 * audit log, saved assessments and sign-offs INSERT-only are in place (no application role and not PUBLIC holds
 * UPDATE, DELETE or TRUNCATE on them, their triggers are there and enabled) and row-level security is on. A guard
 * that was removed is reported, because from then on the chain alone is the evidence.
 */
final class TeamGuards {

    static final List<String> INSERT_ONLY = List.of("audit_log", "assessment", "assessment_signoff");
    static final List<String> ROLES = List.of("pb_officer", "pb_reviewer", "pb_admin", "pb_auditor");
    static final List<String> ROW_SECURITY = List.of("portfolio", "patent", "legal_event", "import_log", "booked_loan",
            "booked_loan_patent", "assessment", "assessment_signoff");

    private TeamGuards() {
    }

    static Optional<IntegrityCheck.Problem> check(Connection c) throws SQLException {
        for (String table : INSERT_ONLY) {
            for (String role : ROLES) {
                for (String privilege : List.of("UPDATE", "DELETE", "TRUNCATE")) {
                    if (has(c, "SELECT has_table_privilege(?, ?, ?)", role, table, privilege)) {
                        return problem(table, "the role " + role + " was granted " + privilege + " on " + table
                                + ", which takes INSERT only; revoke it: REVOKE " + privilege + " ON " + table + " FROM "
                                + role);
                    }
                }
            }
            for (String privilege : List.of("UPDATE", "DELETE", "TRUNCATE")) {
                if (has(c, "SELECT EXISTS (SELECT 1 FROM information_schema.role_table_grants WHERE grantee = 'PUBLIC'"
                        + " AND table_name = ? AND privilege_type = ?)", table, privilege)) {
                    return problem(table, "PUBLIC was granted " + privilege + " on " + table + "; revoke it");
                }
            }
            for (String trigger : List.of(table + "_insert_only", table + "_no_truncate")) {
                if (!has(c, "SELECT EXISTS (SELECT 1 FROM pg_trigger t JOIN pg_class r ON r.oid = t.tgrelid"
                        + " WHERE r.relname = ? AND t.tgname = ? AND t.tgenabled <> 'D')", table, trigger)) {
                    return problem(table, "the trigger " + trigger + " that refuses changes to " + table
                            + " is missing or disabled; the owner enables it (ALTER TABLE " + table + " ENABLE TRIGGER "
                            + trigger + ") or re-creates it as docs/team-mode.md (verify) shows");
                }
            }
        }
        for (String table : ROW_SECURITY) {
            if (!has(c, "SELECT relrowsecurity FROM pg_class WHERE relname = ? AND relkind = 'r'", table)) {
                return problem(table, "row-level security is off on " + table
                        + ": officers see other branches; ALTER TABLE " + table + " ENABLE ROW LEVEL SECURITY");
            }
        }
        return Optional.empty();
    }

    private static Optional<IntegrityCheck.Problem> problem(String table, String reason) {
        return Optional.of(new IntegrityCheck.Problem(table, "-", reason));
    }

    private static boolean has(Connection c, String sql, String... args) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                ps.setString(i + 1, args[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() && rs.getBoolean(1);
            }
        }
    }
}
