package io.pledgebench.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Puts the comparable transactions under the audit chain: every change to them (import, edit, deletion) appends an
 * entry recording the SHA-256 of all their rows, hashed as {@link PortfolioSeal} hashes a portfolio's rows, so that
 * {@link IntegrityCheck} finds a transaction inserted, edited or deleted outside PledgeBench (they feed the market
 * approach, so a forged sale changes the valuation).
 */
final class ComparablesSeal {

    static final String ENTITY = "comparable_transaction";
    static final String CHANGED = "comparables.changed";
    private static final String PREFIX = "content=";

    private ComparablesSeal() {
    }

    /** Appends the entry for the transactions as they are now, in the caller's transaction. */
    static void record(Connection c) throws SQLException {
        String who = System.getProperty("user.name", "unknown");
        List<String> rows = rows(c);
        AuditLog.append(c, Instant.now(), who.length() > 200 ? who.substring(0, 200) : who, CHANGED, ENTITY, "all",
                PREFIX + hash(rows) + "; rows=" + rows.size());
    }

    /** The hash an audit entry recorded. */
    static String recordedHash(AuditEntry e) {
        String d = e.details();
        if (!d.startsWith(PREFIX)) {
            return "";
        }
        int end = d.indexOf(';');
        return end < 0 ? d.substring(PREFIX.length()) : d.substring(PREFIX.length(), end);
    }

    static List<String> rows(Connection c) throws SQLException {
        return PortfolioSeal.rows(c, "SELECT * FROM comparable_transaction", null);
    }

    static String hash(List<String> rows) {
        List<String> parts = new ArrayList<>();
        parts.add("comparable_transaction");
        parts.addAll(rows);
        return Hashes.sha256(parts.toArray(String[]::new));
    }
}
