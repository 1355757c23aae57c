package io.pledgebench.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The team database's users, managed by its owner: {@code admin add-user NAME --role ROLE [--branch B]} creates a
 * database login in one of PledgeBench's roles. The login is the identity: it is what sign-offs and audit entries
 * record, and what the database's grants, triggers and row-level security act on.
 */
public final class TeamAdmin {

    /** The roles a login can have, as given to {@code --role}. */
    public enum Role {
        OFFICER, REVIEWER, ADMIN, AUDITOR;

        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }

        String databaseRole() {
            return "pb_" + code();
        }

        public static Role parse(String text) {
            for (Role r : values()) {
                if (r.code().equals(text == null ? "" : text.strip().toLowerCase(Locale.ROOT))) {
                    return r;
                }
            }
            throw new IllegalArgumentException("unknown role '" + text + "': give officer, reviewer, admin or auditor");
        }
    }

    /** A login name PostgreSQL takes without quoting surprises: lower-case letters, digits, '_', '.', '-'. */
    private static final Pattern LOGIN = Pattern.compile("[a-z_][a-z0-9_.\\-]{0,62}");

    private final Database db;
    private final Clock clock;

    public TeamAdmin(Database db, Clock clock) {
        if (!db.isTeam()) {
            throw new IllegalArgumentException("users are added to a team database (postgresql://…), not to a desktop"
                    + " database file");
        }
        this.db = db;
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Creates the login {@code name} in {@code role}; an officer needs a {@code branch}. The password is set with
     * SCRAM on the client side (pgjdbc), so it reaches neither the server's statement log nor this application's.
     * A login that exists already is given the role (and branch) without a new password unless one is given.
     */
    public void addUser(String name, Role role, String branch, char[] password) {
        Objects.requireNonNull(role, "role");
        String login = name == null ? "" : name.strip();
        if (!LOGIN.matcher(login).matches()) {
            throw new IllegalArgumentException("login name '" + name + "' is not usable: 1–63 lower-case letters,"
                    + " digits, '_', '.' or '-', starting with a letter or '_'");
        }
        String b = branch == null || branch.isBlank() ? null : branch.strip();
        if (role == Role.OFFICER && b == null) {
            throw new IllegalArgumentException("an officer works for a branch: give --branch (row-level security shows"
                    + " an officer the portfolios and loans of that branch only)");
        }
        if (b != null && b.length() > 100) {
            throw new IllegalArgumentException("branch name exceeds 100 characters");
        }
        try (Connection c = db.connect()) {
            c.setAutoCommit(false);
            try {
                boolean exists;
                try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM pg_roles WHERE rolname = ?")) {
                    ps.setString(1, login);
                    try (ResultSet rs = ps.executeQuery()) {
                        exists = rs.next();
                    }
                }
                try (Statement s = c.createStatement()) {
                    String quoted = "\"" + login + "\"";
                    if (!exists) {
                        s.execute("CREATE ROLE " + quoted + " LOGIN");
                    }
                    // a login has exactly one PledgeBench role: changing it (a reviewer moved back to officer)
                    // takes the other roles away, or the old role's rights would stay
                    for (Role other : Role.values()) {
                        if (other != role && memberOf(c, login, other.databaseRole())) {
                            s.execute("REVOKE " + other.databaseRole() + " FROM " + quoted);
                        }
                    }
                    s.execute("GRANT " + role.databaseRole() + " TO " + quoted);
                }
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO team_member (login, role, branch, created_at)"
                        + " VALUES (?, ?, ?, ?) ON CONFLICT (login) DO UPDATE SET role = EXCLUDED.role,"
                        + " branch = EXCLUDED.branch")) {
                    ps.setString(1, login);
                    ps.setString(2, role.code());
                    ps.setString(3, b);
                    ps.setObject(4, Hashes.utc(Hashes.storable(clock.instant())));
                    ps.executeUpdate();
                }
                if (password != null) {
                    c.unwrap(org.postgresql.PGConnection.class).alterUserPassword(login, password, "scram-sha-256");
                }
                c.commit();
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new StoreException("Cannot add the login " + login + " to " + db.describe() + ": " + e.getMessage()
                    + (String.valueOf(e.getSQLState()).equals("42501") ? " (run it as the database's owner, who may"
                    + " create roles)" : ""), e);
        }
    }

    /** Whether {@code login} is a direct member of {@code role}. */
    private static boolean memberOf(Connection c, String login, String role) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM pg_auth_members m JOIN pg_roles r ON r.oid ="
                + " m.roleid JOIN pg_roles u ON u.oid = m.member WHERE r.rolname = ? AND u.rolname = ?")) {
            ps.setString(1, role);
            ps.setString(2, login);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }
}
