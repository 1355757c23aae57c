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

    public static JsonNode result(SavedAssessment a) {
        try {
            return JSON.readTree(a.resultJson());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("saved assessment " + a.id() + ": result is not JSON", e);
        }
    }
}
