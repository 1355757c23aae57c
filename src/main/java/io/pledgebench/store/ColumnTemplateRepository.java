package io.pledgebench.store;

import io.pledgebench.io.ColumnMapping;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Column mappings saved as named templates ("the bank's patent list", "CNIPA register extract"): a template is
 * offered again when a file with its headers comes back, and applied only when the officer chooses it.
 */
public final class ColumnTemplateRepository {

    /** Widths of the name and header columns of {@code column_template}. */
    public static final int MAX_NAME_LENGTH = 200;
    public static final int MAX_HEADER_LENGTH = 400;

    private final Database db;

    public ColumnTemplateRepository(Database db) {
        this.db = db;
    }

    /** Saves {@code mapping} under {@code name}, replacing a template of that name, in one transaction. */
    public void save(String name, ColumnMapping mapping) {
        String n = name == null ? "" : name.strip();
        if (n.isEmpty() || n.length() > MAX_NAME_LENGTH) {
            throw new IllegalArgumentException("a template name has 1 to " + MAX_NAME_LENGTH + " characters");
        }
        for (String header : mapping.asMap().keySet()) {
            if (header.length() > MAX_HEADER_LENGTH) {
                throw new IllegalArgumentException("a header of a template has at most " + MAX_HEADER_LENGTH + " characters");
            }
        }
        Transactions.write(db, c -> {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM column_template WHERE name = ?")) {
                ps.setString(1, n);
                ps.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO column_template (name, seq, header, field) VALUES (?, ?, ?, ?)")) {
                int seq = 0;
                for (Map.Entry<String, String> e : mapping.asMap().entrySet()) {
                    ps.setString(1, n);
                    ps.setInt(2, ++seq);
                    ps.setString(3, e.getKey());
                    ps.setString(4, e.getValue());
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            return null;
        });
    }

    public Optional<ColumnMapping> find(String name) {
        return Optional.ofNullable(all().get(name == null ? "" : name.strip()));
    }

    /** Every template by name, in name order. */
    public Map<String, ColumnMapping> all() {
        return Transactions.read(db, c -> {
            Map<String, Map<String, String>> raw = new LinkedHashMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT name, header, field FROM column_template ORDER BY name, seq");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    raw.computeIfAbsent(rs.getString(1), k -> new LinkedHashMap<>()).put(rs.getString(2), rs.getString(3));
                }
            }
            Map<String, ColumnMapping> out = new LinkedHashMap<>();
            raw.forEach((name, m) -> out.put(name, ColumnMapping.of(m)));
            return out;
        });
    }

    /** The templates all of whose headers the file has, best (most headers) first: those worth offering again. */
    public Map<String, ColumnMapping> matching(java.util.List<String> headers) {
        Map<String, ColumnMapping> out = new LinkedHashMap<>();
        all().entrySet().stream().filter(e -> e.getValue().fits(headers))
                .sorted((a, b) -> Integer.compare(b.getValue().asMap().size(), a.getValue().asMap().size()))
                .forEach(e -> out.put(e.getKey(), e.getValue()));
        return out;
    }
}
