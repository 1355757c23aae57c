package io.pledgebench.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.pledgebench.assessment.SavedInputs;
import io.pledgebench.store.SavedAssessment;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;

/** What the loan-book commands share: reading a saved assessment back, and the alert ids users type. */
final class LoanBookSupport {

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    private LoanBookSupport() {
    }

    @SuppressWarnings("unchecked")
    static SavedInputs inputs(SavedAssessment a) {
        try {
            return SavedInputs.read(JSON.readValue(a.inputsJson(), Map.class));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("saved assessment " + a.id() + ": inputs are not JSON", e);
        }
    }

    static JsonNode result(SavedAssessment a) {
        try {
            return JSON.readTree(a.resultJson());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("saved assessment " + a.id() + ": result is not JSON", e);
        }
    }

    /**
     * The id of an alert as users see and type it: {@code A} and the first 10 hex digits of the SHA-256 of its
     * condition key, so the same condition keeps its id from one monitoring run to the next.
     */
    static String alertId(String key) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return "A" + HexFormat.of().formatHex(d).substring(0, 10);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** The operating-system user unless a name is given. */
    static String user(String given) {
        return given != null ? given : System.getProperty("user.name", "");
    }

    /**
     * Who acts: on an H2 file the name given ({@code --user}) or the operating-system user; on the team database
     * always the login, and a {@code --user} naming anyone else is refused (identity is the database login).
     */
    static String user(io.pledgebench.store.Database db, String given) {
        if (db.isTeam()) {
            String login = db.login().orElseThrow();
            if (given != null && !given.strip().equals(login)) {
                throw new BadInputException(java.util.List.of("error: --user " + given + ": on the team database you act as"
                        + " your database login (" + login + "); --user cannot name anyone else"));
            }
            return login;
        }
        return user(given);
    }
}
