package io.pledgebench.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A fresh H2 database is created with H2 writing the file once, at the end ({@link Database#createSchema}); its schema
 * must be the one the migrations create script by script with every commit written (docs/adr/0020-import-fixed-cost.md).
 */
class FreshSchemaTest {

    private static final String OPTIONS = ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;WRITE_DELAY=0";

    /** What INFORMATION_SCHEMA says of the schema: tables, columns, indexes and their columns, constraints. */
    private static final Map<String, String> SCHEMA = new LinkedHashMap<>();

    static {
        SCHEMA.put("tables", "SELECT table_schema, table_name, table_type FROM information_schema.tables"
                + " WHERE table_schema = 'public' ORDER BY 1, 2");
        SCHEMA.put("columns", "SELECT table_name, column_name, ordinal_position, data_type, character_maximum_length,"
                + " numeric_precision, numeric_scale, datetime_precision, is_nullable, column_default, is_identity,"
                + " identity_generation, identity_start, identity_increment, is_generated, generation_expression"
                + " FROM information_schema.columns WHERE table_schema = 'public' ORDER BY 1, 3");
        SCHEMA.put("indexes", "SELECT table_name, index_name, index_type_name, is_generated"
                + " FROM information_schema.indexes WHERE table_schema = 'public' ORDER BY 1, 2");
        SCHEMA.put("index columns", "SELECT table_name, index_name, column_name, ordinal_position, ordering_specification,"
                + " null_ordering, is_unique FROM information_schema.index_columns WHERE table_schema = 'public'"
                + " ORDER BY 1, 2, 4");
        SCHEMA.put("constraints", "SELECT table_name, constraint_name, constraint_type, index_name, enforced"
                + " FROM information_schema.table_constraints WHERE table_schema = 'public' ORDER BY 1, 2");
        SCHEMA.put("key columns", "SELECT table_name, constraint_name, column_name, ordinal_position,"
                + " position_in_unique_constraint FROM information_schema.key_column_usage WHERE table_schema = 'public'"
                + " ORDER BY 1, 2, 4");
        SCHEMA.put("references", "SELECT constraint_name, unique_constraint_name, match_option, update_rule, delete_rule"
                + " FROM information_schema.referential_constraints WHERE constraint_schema = 'public' ORDER BY 1");
        SCHEMA.put("checks", "SELECT constraint_name, check_clause FROM information_schema.check_constraints"
                + " WHERE constraint_schema = 'public' ORDER BY 1");
        SCHEMA.put("sequences", "SELECT sequence_name, data_type, start_value, increment FROM information_schema.sequences"
                + " WHERE sequence_schema = 'public' ORDER BY 1");
        SCHEMA.put("views", "SELECT table_name, view_definition FROM information_schema.views WHERE table_schema = 'public'"
                + " ORDER BY 1");
        SCHEMA.put("migrations", "SELECT version, script, checksum FROM schema_version ORDER BY 1");
    }

    @Test
    void aFreshDatabaseHasTheSchemaTheScriptsCreateOneCommitAtATime(@TempDir Path dir) throws Exception {
        Path scriptByScript = dir.resolve("script-by-script");
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + scriptByScript + OPTIONS, "pledgebench", "")) {
            new Migrations().migrate(c);
        }
        Path fast = dir.resolve("fast");
        Database.open(fast).close();

        Map<String, List<List<Object>>> expected = schema(scriptByScript);
        Map<String, List<List<Object>>> actual = schema(fast);
        assertTrue(expected.get("tables").size() > 10, "the comparison sees the tables: " + expected.get("tables"));
        assertFalse(expected.get("constraints").isEmpty());
        assertFalse(expected.get("index columns").isEmpty());
        assertEquals(Migrations.SCRIPTS.size(), expected.get("migrations").size());
        for (String part : SCHEMA.keySet()) {
            assertEquals(expected.get(part), actual.get(part), part);
        }
    }

    @Test
    void theFreshSchemaIsOnDiskWhenOpenReturns(@TempDir Path dir) throws Exception {
        Path fast = dir.resolve("fast");
        try (Database db = Database.open(fast)) {
            // a copy of the file while the database is open holds the whole schema: it was written at the checkpoint
            Path copy = dir.resolve("copy.mv.db");
            java.nio.file.Files.copy(dir.resolve("fast.mv.db"), copy);
            try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + dir.resolve("copy") + OPTIONS, "pledgebench", "");
                 Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM schema_version")) {
                rs.next();
                assertEquals(Migrations.SCRIPTS.size(), rs.getInt(1));
            }
        }
    }

    private static Map<String, List<List<Object>>> schema(Path base) throws SQLException {
        Map<String, List<List<Object>>> out = new LinkedHashMap<>();
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + base + OPTIONS, "pledgebench", "");
             Statement s = c.createStatement()) {
            for (Map.Entry<String, String> e : SCHEMA.entrySet()) {
                if ("migrations".equals(e.getKey()) && !c.getMetaData().getTables(null, null, "schema_version", null).next()) {
                    out.put(e.getKey(), List.of());
                    continue;
                }
                List<List<Object>> rows = new ArrayList<>();
                try (ResultSet rs = s.executeQuery(e.getValue())) {
                    ResultSetMetaData md = rs.getMetaData();
                    while (rs.next()) {
                        List<Object> row = new ArrayList<>();
                        for (int i = 1; i <= md.getColumnCount(); i++) {
                            row.add(rs.getObject(i));
                        }
                        rows.add(row);
                    }
                }
                out.put(e.getKey(), rows);
            }
        }
        return out;
    }
}
