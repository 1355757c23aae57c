package io.pledgebench.app;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.pledgebench.assessment.SavedInputs;
import io.pledgebench.store.SavedAssessment;

import java.util.Map;

/** A saved assessment read back: its inputs (to revalue the loans booked from it) and its result document. */
public final class SavedAssessments {

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    private SavedAssessments() {
    }

    @SuppressWarnings("unchecked")
    public static SavedInputs inputs(SavedAssessment a) {
        try {
            return SavedInputs.read(JSON.readValue(a.inputsJson(), Map.class));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("saved assessment " + a.id() + ": inputs are not JSON", e);
        }
    }

    /** The inputs document of saved assessment {@code id} read back. */
    @SuppressWarnings("unchecked")
    public static SavedInputs inputs(long id, String inputsJson) {
        try {
            return SavedInputs.read(JSON.readValue(inputsJson, Map.class));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("saved assessment " + id + ": inputs are not JSON", e);
        }
    }

    /**
     * The numbers of the patents a result document assessed ({@code patents[].patentNumber}), read with a streaming
     * parser: the rest of the document is skipped, not built.
     */
    public static java.util.List<String> patentNumbers(String resultJson) {
        java.util.List<String> out = new java.util.ArrayList<>();
        try (com.fasterxml.jackson.core.JsonParser p = JSON.getFactory().createParser(resultJson)) {
            if (p.nextToken() != com.fasterxml.jackson.core.JsonToken.START_OBJECT) {
                throw new IllegalStateException("a saved result is not a JSON object");
            }
            while (p.nextToken() == com.fasterxml.jackson.core.JsonToken.FIELD_NAME) {
                String field = p.currentName();
                com.fasterxml.jackson.core.JsonToken t = p.nextToken();
                if ("patents".equals(field) && t == com.fasterxml.jackson.core.JsonToken.START_ARRAY) {
                    while (p.nextToken() == com.fasterxml.jackson.core.JsonToken.START_OBJECT) {
                        while (p.nextToken() == com.fasterxml.jackson.core.JsonToken.FIELD_NAME) {
                            String f = p.currentName();
                            p.nextToken();
                            if ("patentNumber".equals(f)) {
                                out.add(p.getValueAsString());
                            } else {
                                p.skipChildren();
                            }
                        }
                    }
                } else {
                    p.skipChildren();
                }
            }
        } catch (java.io.IOException e) {
            throw new IllegalStateException("a saved result is not JSON: " + e.getMessage(), e);
        }
        return out;
    }

    public static JsonNode result(SavedAssessment a) {
        try {
            return JSON.readTree(a.resultJson());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("saved assessment " + a.id() + ": result is not JSON", e);
        }
    }
}
