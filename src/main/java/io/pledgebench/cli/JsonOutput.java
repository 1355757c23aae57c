package io.pledgebench.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.Map;

/** JSON output of the command line: numbers unrounded (shortest repr. of the double), keys in insertion order. */
public final class JsonOutput {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);

    private JsonOutput() {
    }

    public static ObjectMapper mapper() {
        return MAPPER;
    }

    /** Prints one JSON object on one line. Non-finite numbers are refused: JSON cannot carry them. */
    public static void print(PrintWriter out, Map<String, ?> object) {
        for (Map.Entry<String, ?> e : object.entrySet()) {
            if (e.getValue() instanceof Double d && !Double.isFinite(d)) {
                throw new IllegalArgumentException("result '" + e.getKey() + "' is not a finite number (" + d + ")");
            }
        }
        try {
            out.println(MAPPER.writeValueAsString(object));
            out.flush();
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
