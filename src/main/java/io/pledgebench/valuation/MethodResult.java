package io.pledgebench.valuation;

import io.pledgebench.domain.Text;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What one valuation method concluded for one patent, and why: the value when applied, or the reason it was skipped
 * (naming the missing input); the parameters and inputs it used, in order, as JSON-ready values (numbers, strings,
 * booleans, lists and maps of those); its yearly cash-flow table (empty for methods without one); and explanation
 * lines for the report.
 */
public record MethodResult(String methodId, boolean applied, double value, Text skipReason,
                           Map<String, Object> parameters, Map<String, Object> inputs, List<CashFlowRow> cashFlows,
                           List<Text> explanation) {

    public MethodResult {
        Objects.requireNonNull(methodId, "methodId");
        parameters = parameters == null || parameters.isEmpty() ? Map.of()
                : Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
        inputs = inputs == null || inputs.isEmpty() ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(inputs));
        cashFlows = cashFlows == null ? List.of() : List.copyOf(cashFlows);
        explanation = explanation == null ? List.of() : List.copyOf(explanation);
        requireKnownNames(methodId, parameters);
        requireKnownNames(methodId, inputs);
        if (applied) {
            if (!Double.isFinite(value)) {
                throw new IllegalArgumentException("method " + methodId + " produced a non-finite value " + value);
            }
            if (skipReason != null) {
                throw new IllegalArgumentException("an applied method has no skip reason");
            }
        } else {
            Objects.requireNonNull(skipReason, "skipReason of a skipped method");
        }
    }

    /** Every name is an {@link ExplainKey}, and so is every column of a list of rows: a reader can print each. */
    private static void requireKnownNames(String methodId, Map<String, Object> values) {
        for (Map.Entry<String, Object> e : values.entrySet()) {
            ExplainKey key;
            try {
                key = ExplainKey.of(e.getKey());
            } catch (IllegalArgumentException unknown) {
                throw new IllegalArgumentException("method " + methodId + ": " + unknown.getMessage(), unknown);
            }
            if (key.kind() == ExplainKey.Kind.ROWS && e.getValue() instanceof List<?> rows) {
                for (Object row : rows) {
                    if (row instanceof Map<?, ?> columns) {
                        for (Object column : columns.keySet()) {
                            ExplainKey.of(String.valueOf(column));
                        }
                    }
                }
            }
        }
    }

    public static MethodResult applied(String methodId, double value, Map<String, Object> parameters,
                                       Map<String, Object> inputs, List<CashFlowRow> cashFlows, List<Text> explanation) {
        return new MethodResult(methodId, true, value, null, parameters, inputs, cashFlows, explanation);
    }

    public static MethodResult skipped(String methodId, Text reason, Map<String, Object> inputs) {
        return new MethodResult(methodId, false, 0.0, reason, Map.of(), inputs, List.of(), List.of(reason));
    }

    /** The method's name as a bundle text ({@code valuation.method.<id>}). */
    public Text name() {
        return Text.of("valuation.method." + methodId);
    }
}
