package io.pledgebench.store;

import io.pledgebench.domain.Text;

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

    static final List<String> INSERT_ONLY = List.of("audit_log", "assessment", "assessment_signoff", "assessment_parameter_set");
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
                        return problem(table, Text.of("team.guard.granted", role, privilege, table));
                    }
                }
            }
            for (String privilege : List.of("UPDATE", "DELETE", "TRUNCATE")) {
                if (has(c, "SELECT EXISTS (SELECT 1 FROM information_schema.role_table_grants WHERE grantee = 'PUBLIC'"
                        + " AND table_name = ? AND privilege_type = ?)", table, privilege)) {
                    return problem(table, Text.of("team.guard.publicGranted", privilege, table));
                }
            }
            for (String trigger : List.of(table + "_insert_only", table + "_no_truncate")) {
                if (!has(c, "SELECT EXISTS (SELECT 1 FROM pg_trigger t JOIN pg_class r ON r.oid = t.tgrelid"
                        + " WHERE r.relname = ? AND t.tgname = ? AND t.tgenabled <> 'D')", table, trigger)) {
                    return problem(table, Text.of("team.guard.trigger", trigger, table));
                }
            }
        }
        for (String table : ROW_SECURITY) {
            if (!has(c, "SELECT relrowsecurity FROM pg_class WHERE relname = ? AND relkind = 'r'", table)) {
                return problem(table, Text.of("team.guard.rowSecurity", table));
            }
        }
        // an owner can leave every trigger and policy in place and neutralise them: a guard function replaced
        // (CREATE OR REPLACE FUNCTION pb_insert_only … RETURN NEW) or a policy re-created as USING (true)
        for (java.util.Map.Entry<String, String> f : functionBodies().entrySet()) {
            try (PreparedStatement ps = c.prepareStatement("SELECT p.prosrc FROM pg_proc p JOIN pg_namespace n ON"
                    + " n.oid = p.pronamespace WHERE n.nspname = 'public' AND p.proname = ?")) {
                ps.setString(1, f.getKey());
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next() || !normalised(rs.getString(1)).equals(normalised(f.getValue())) || rs.next()) {
                        return problem(f.getKey(), Text.of("team.guard.function", f.getKey()));
                    }
                }
            }
        }
        for (java.util.Map.Entry<String, String[]> pol : POLICIES.entrySet()) {
            String table = pol.getKey();
            try (PreparedStatement ps = c.prepareStatement("SELECT p.polname, p.polcmd, p.polpermissive,"
                    + " pg_get_expr(p.polqual, p.polrelid), pg_get_expr(p.polwithcheck, p.polrelid) FROM pg_policy p"
                    + " JOIN pg_class r ON r.oid = p.polrelid JOIN pg_namespace n ON n.oid = r.relnamespace"
                    + " WHERE n.nspname = 'public' AND r.relname = ?")) {
                ps.setString(1, table);
                try (ResultSet rs = ps.executeQuery()) {
                    boolean ok = rs.next() && rs.getString(1).equals(table + "_branch")
                            && "*".equals(rs.getString(2)) && rs.getBoolean(3)
                            && normalised(rs.getString(4)).equals(normalised(pol.getValue()[0]))
                            && normalised(rs.getString(5)).equals(normalised(pol.getValue()[1]))
                            && !rs.next();
                    if (!ok) {
                        return problem(table, Text.of("team.guard.policy", table));
                    }
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The policies as PostgreSQL prints them back (pg_get_expr), USING and WITH CHECK; compared without regard to
     * white space.
     */
    private static final java.util.Map<String, String[]> POLICIES;

    static {
        String branch = "((NOT pb_branch_only()) OR ((branch)::text = (pb_branch())::text))";
        java.util.Map<String, String[]> m = new java.util.LinkedHashMap<>();
        m.put("portfolio", new String[] {branch, branch});
        m.put("booked_loan", new String[] {branch, branch});
        for (String[] child : new String[][] {{"patent", "portfolio", "p", "portfolio_id"},
                {"legal_event", "portfolio", "p", "portfolio_id"}, {"import_log", "portfolio", "p", "portfolio_id"},
                {"booked_loan_patent", "booked_loan", "l", "loan_id"},
                {"assessment_signoff", "assessment", "a", "assessment_id"}}) {
            m.put(child[0], new String[] {"(EXISTS ( SELECT 1 FROM " + child[1] + " " + child[2] + " WHERE (" + child[2]
                    + ".id = " + child[0] + "." + child[3] + ")))", ""});
        }
        m.put("assessment", new String[] {
                "((NOT pb_branch_only()) OR ((author)::text = CURRENT_USER) OR (EXISTS ( SELECT 1 FROM portfolio p"
                        + " WHERE (p.id = assessment.portfolio_id))))",
                "((NOT pb_branch_only()) OR (((author)::text = CURRENT_USER) AND ((portfolio_id IS NULL) OR (EXISTS ("
                        + " SELECT 1 FROM portfolio p WHERE (p.id = assessment.portfolio_id))))))"});
        POLICIES = java.util.Collections.unmodifiableMap(m);
    }

    private static String normalised(String sql) {
        return sql == null ? "" : sql.replaceAll("\\s+", "");
    }

    /** The bodies of the guard functions as the PostgreSQL scripts create them. */
    static java.util.Map<String, String> functionBodies() {
        java.util.Map<String, String> bodies = new java.util.LinkedHashMap<>();
        java.util.regex.Pattern fn = java.util.regex.Pattern.compile(
                "CREATE FUNCTION (\\w+)\\(.*?\\$\\$(.*?)\\$\\$", java.util.regex.Pattern.DOTALL);
        for (String script : Migrations.POSTGRESQL_ONLY) {
            try (java.io.InputStream in = TeamGuards.class.getResourceAsStream("/db/migration/postgresql/" + script)) {
                java.util.regex.Matcher m = fn.matcher(new String(in.readAllBytes(),
                        java.nio.charset.StandardCharsets.UTF_8));
                while (m.find()) {
                    bodies.put(m.group(1), m.group(2));
                }
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        return bodies;
    }

    /** In the language {@code verify} prints its other messages in (the default locale). */
    private static Optional<IntegrityCheck.Problem> problem(String table, Text reason) {
        return Optional.of(new IntegrityCheck.Problem(table, "-", reason.render(java.util.Locale.getDefault())));
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
