package io.pledgebench.io;

import io.pledgebench.store.Database;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * SHA-256 over the content of every table of a database: each table's name and every row, ordered by all of its
 * columns, so two digests are equal exactly when no row was added, removed or changed anywhere.
 */
final class DatabaseDigest {

    private DatabaseDigest() {
    }

    static String of(java.nio.file.Path location) {
        try (Database db = Database.open(location)) {
            return of(db);
        }
    }

    static String of(Database db) {
        try (Connection c = db.connect()) {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (String table : tables(c)) {
                sha.update(("table " + table + "\n").getBytes(StandardCharsets.UTF_8));
                try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT * FROM " + table)) {
                    int n = rs.getMetaData().getColumnCount();
                    List<String> rows = new ArrayList<>();
                    while (rs.next()) {
                        StringBuilder row = new StringBuilder();
                        for (int i = 1; i <= n; i++) {
                            String v = rs.getString(i);
                            row.append(v == null ? "\u2400" : v.length() + ":" + v).append('\u001f');
                        }
                        rows.add(row.toString());
                    }
                    rows.sort(null);
                    for (String row : rows) {
                        sha.update(row.getBytes(StandardCharsets.UTF_8));
                        sha.update((byte) '\n');
                    }
                }
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (SQLException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("cannot digest the database: " + e.getMessage(), e);
        }
    }

    private static List<String> tables(Connection c) throws SQLException {
        List<String> out = new ArrayList<>();
        DatabaseMetaData meta = c.getMetaData();
        try (ResultSet rs = meta.getTables(null, "public", "%", new String[]{"TABLE", "BASE TABLE"})) {
            while (rs.next()) {
                out.add(rs.getString("TABLE_NAME"));
            }
        }
        out.sort(null);
        if (out.isEmpty()) {
            throw new IllegalStateException("the database has no tables in schema public");
        }
        return out;
    }
}
