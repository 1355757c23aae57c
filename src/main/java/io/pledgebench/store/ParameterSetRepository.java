package io.pledgebench.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Named parameter sets (table {@code parameter_set}) and the set each saved assessment was made with (table
 * {@code assessment_parameter_set}). A set's values are numbers by parameter name, in the engine's units (a rate
 * as a fraction), and yes/no switches by name ({@code switches_json}, V20; empty for a set saved before sets held
 * them).
 */
public final class ParameterSetRepository {

    /** Width of {@code parameter_set.name}. */
    public static final int MAX_NAME_LENGTH = 200;

    private static final ObjectMapper JSON = new ObjectMapper();

    /** A saved set: its numbers and its yes/no switches, by parameter name. */
    public record ParameterSet(String name, Map<String, Double> values, Map<String, Boolean> switches, Instant savedAt,
                               String savedBy) {
        public ParameterSet {
            values = Map.copyOf(values);
            switches = Map.copyOf(switches);
        }

        /** A set without switches. */
        public ParameterSet(String name, Map<String, Double> values, Instant savedAt, String savedBy) {
            this(name, values, Map.of(), savedAt, savedBy);
        }
    }

    /**
     * The set an assessment was made with, its values and switches then, and whether the officer changed any before
     * assessing.
     */
    public record UsedSet(String name, boolean edited, Map<String, Double> values, Map<String, Boolean> switches) {
        public UsedSet {
            values = Map.copyOf(values);
            switches = Map.copyOf(switches);
        }

        /** A used set without switches. */
        public UsedSet(String name, boolean edited, Map<String, Double> values) {
            this(name, edited, values, Map.of());
        }
    }

    private final Database db;
    private final Clock clock;

    public ParameterSetRepository(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /** Every set, by name. */
    public List<ParameterSet> list() {
        return Transactions.read(db, c -> {
            List<ParameterSet> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT name, values_json, saved_at, saved_by, switches_json FROM parameter_set ORDER BY name");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String what = "parameter set " + rs.getString(1);
                    out.add(new ParameterSet(rs.getString(1), read(rs.getString(2), what),
                            readSwitches(rs.getString(5), what),
                            Hashes.fromUtc(rs.getObject(3, LocalDateTime.class)), rs.getString(4)));
                }
            }
            return out;
        });
    }

    /** Saves {@code values} as a new set {@code name}; refused when a set of that name exists (see the four-argument form). */
    public ParameterSet save(String name, Map<String, Double> values, String user) {
        return save(name, values, user, null);
    }

    /**
     * Saves {@code values} as the set {@code name}. {@code replaces} is the version of the set the officer read and
     * agreed to replace, or null for a new name: when the stored set is not that one (someone saved it in between, or
     * a set of that name appeared), the save loses with {@link RowVersion.ChangedMeanwhile} ("changed by X at T")
     * instead of overwriting it. The saver is the database login on the team database, and each save appends an audit
     * entry with the SHA-256 of the values, so who set which defaults stays on the record.
     */
    public ParameterSet save(String name, Map<String, Double> values, String user, ParameterSet replaces) {
        return save(name, values, Map.of(), user, replaces);
    }

    /** Saves {@code values} and the yes/no {@code switches} as the set {@code name} (see the four-argument form). */
    public ParameterSet save(String name, Map<String, Double> values, Map<String, Boolean> switches, String user,
                             ParameterSet replaces) {
        String n = name == null ? "" : name.strip();
        if (n.isEmpty() || n.length() > MAX_NAME_LENGTH) {
            throw new IllegalArgumentException("a parameter set's name has 1 to " + MAX_NAME_LENGTH + " characters");
        }
        String json = write(values);
        String switchesJson = writeSwitches(switches);
        Instant now = Hashes.storable(clock.instant());
        String who = db.actor(user);
        return Transactions.write(db, c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT saved_at, saved_by FROM parameter_set WHERE name = ? FOR UPDATE")) {
                ps.setString(1, n);
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next()) {
                        Instant at = Hashes.fromUtc(rs.getObject(1, LocalDateTime.class));
                        String by = rs.getString(2);
                        if (replaces == null || !n.equals(replaces.name()) || !at.equals(replaces.savedAt())) {
                            throw new RowVersion.ChangedMeanwhile(n, new RowVersion(0, by, at));
                        }
                    }
                }
            }
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM parameter_set WHERE name = ?")) {
                ps.setString(1, n);
                ps.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO parameter_set (name, saved_at, saved_by, values_json, switches_json)"
                            + " VALUES (?, ?, ?, ?, ?)")) {
                ps.setString(1, n);
                ps.setObject(2, Hashes.utc(now));
                ps.setString(3, who);
                ps.setString(4, json);
                ps.setString(5, switchesJson);
                ps.executeUpdate();
            }
            AuditLog.append(c, now, who.length() > 200 ? who.substring(0, 200) : who, "parameter_set.saved",
                    "parameter_set", n.length() > 60 ? n.substring(0, 60) : n,
                    "name=" + n + "; values=" + Hashes.sha256(json)
                            + (switches.isEmpty() ? "" : "; switches=" + Hashes.sha256(switchesJson)));
            return new ParameterSet(n, values, switches, now, who);
        });
    }

    /** Records that saved assessment {@code assessmentId} was made with the set {@code used}. */
    public void recordUse(long assessmentId, UsedSet used) {
        String json = write(used.values());
        String switchesJson = writeSwitches(used.switches());
        Transactions.write(db, c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO assessment_parameter_set (assessment_id, name,"
                    + " edited, values_json, switches_json) VALUES (?, ?, ?, ?, ?)")) {
                ps.setLong(1, assessmentId);
                ps.setString(2, used.name());
                ps.setBoolean(3, used.edited());
                ps.setString(4, json);
                ps.setString(5, switchesJson);
                ps.executeUpdate();
            }
            return null;
        });
    }

    /** The set saved assessment {@code assessmentId} was made with; empty when none was chosen. */
    public Optional<UsedSet> usedBy(long assessmentId) {
        return Transactions.read(db, c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT name, edited, values_json, switches_json FROM assessment_parameter_set"
                            + " WHERE assessment_id = ?")) {
                ps.setLong(1, assessmentId);
                try (ResultSet rs = ps.executeQuery()) {
                    String what = "the parameter set of assessment " + assessmentId;
                    return rs.next() ? Optional.of(new UsedSet(rs.getString(1), rs.getBoolean(2),
                            read(rs.getString(3), what), readSwitches(rs.getString(4), what)))
                            : Optional.<UsedSet>empty();
                }
            }
        });
    }

    private static String write(Map<String, Double> values) {
        try {
            return JSON.writeValueAsString(new TreeMap<>(values));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("parameter values cannot be written: " + e.getOriginalMessage(), e);
        }
    }

    /** The switches as stored: null when there are none (a set saved before V20 reads the same way). */
    private static String writeSwitches(Map<String, Boolean> switches) {
        if (switches.isEmpty()) {
            return null;
        }
        try {
            return JSON.writeValueAsString(new TreeMap<>(switches));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("parameter switches cannot be written: " + e.getOriginalMessage(), e);
        }
    }

    private static Map<String, Boolean> readSwitches(String json, String what) {
        if (json == null) {
            return Map.of();
        }
        try {
            return JSON.readValue(json, new TypeReference<TreeMap<String, Boolean>>() { });
        } catch (JsonProcessingException e) {
            throw new StoreException(what + " has switches that are not valid JSON: " + e.getOriginalMessage(), e);
        }
    }

    private static Map<String, Double> read(String json, String what) {
        try {
            return JSON.readValue(json, new TypeReference<TreeMap<String, Double>>() { });
        } catch (JsonProcessingException e) {
            throw new StoreException(what + " is not valid JSON: " + e.getOriginalMessage(), e);
        }
    }
}
