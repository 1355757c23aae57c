package io.pledgebench.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.pledgebench.domain.Text;
import io.pledgebench.valuation.ExplainKey;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The stored assessment document, typed and at the {@link DocumentVersions#CURRENT current version}: what identifies
 * the assessment (input hash, valuation date, portfolio, seed, paths, currency, the bank it is for) and each patent's
 * valuation down to each method's parameters, inputs (by {@link ExplainKey}), explanation sentences and cash flows.
 * Reading checks every field the report needs: a missing or malformed one is a {@link DocumentException} naming its
 * path, never a blank or a guess. The chapters not yet typed read {@link #tree()}, the upgraded JSON.
 */
public record AssessmentDocument(int version, String inputHash, LocalDate asOf, String portfolio, long seed, int paths,
                                 String currency, Optional<String> client, List<PatentEntry> patents, ObjectNode tree) {

    public AssessmentDocument {
        Objects.requireNonNull(inputHash, "inputHash");
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(portfolio, "portfolio");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(client, "client");
        patents = List.copyOf(patents);
        Objects.requireNonNull(tree, "tree");
    }

    /** {@code stored} upgraded to the current version and read; {@code row} as {@link DocumentVersions#upgrade}. */
    public static AssessmentDocument read(JsonNode stored, DocumentVersions.StoredRow row) {
        ObjectNode doc = DocumentVersions.upgrade(stored, row);
        Field top = new Field(doc, "");
        List<PatentEntry> patents = new ArrayList<>();
        List<Field> ps = top.list("patents");
        for (Field p : ps) {
            patents.add(PatentEntry.read(p));
        }
        String client = top.optText("client");
        return new AssessmentDocument(top.integer("version"), top.text("inputHash"), top.date("asOf"),
                top.text("portfolio"), top.whole("seed"), top.integer("paths"), top.at("loan").text("currency"),
                Optional.ofNullable(client == null || client.isBlank() ? null : client), patents, doc);
    }

    /** A document never stored (the report of an assessment just run): no row to complete it from. */
    public static AssessmentDocument read(JsonNode doc) {
        return read(doc, null);
    }

    /** One patent as the report prints it: number, title and valuation; the other chapters read {@code tree}. */
    public record PatentEntry(String number, String title, ValuationEntry valuation, JsonNode tree) {
        static PatentEntry read(Field p) {
            return new PatentEntry(p.text("patentNumber"), Objects.requireNonNullElse(p.optText("title"), ""),
                    ValuationEntry.read(p.at("valuation")), p.node());
        }

        /** The patent's value; a patent not valued counts zero, as the engine counts it. */
        public double value() {
            return valuation.valued() ? valuation.value() : 0.0;
        }
    }

    /** A patent's valuation: the value, the simulated figures (absent when not simulated) and each method. */
    public record ValuationEntry(boolean valued, double value, OptionalDouble mean, OptionalDouble p5,
                                 OptionalDouble p50, OptionalDouble p95, OptionalDouble probabilityLost,
                                 List<MethodEntry> methods) {
        public ValuationEntry {
            methods = List.copyOf(methods);
        }

        static ValuationEntry read(Field v) {
            List<MethodEntry> methods = new ArrayList<>();
            for (Field m : v.list("methods")) {
                methods.add(MethodEntry.read(m));
            }
            return new ValuationEntry(v.bool("valued"), v.number("value"), v.optNumber("mean"), v.optNumber("p5"),
                    v.optNumber("p50"), v.optNumber("p95"), v.optNumber("probabilityLost"), methods);
        }
    }

    /**
     * One method's result (the value is present when applied): its id (a method this release names), whether applied, value and weight, why it was used
     * or skipped, its parameters and inputs by {@link ExplainKey}, its explanation and its cash flows.
     */
    public record MethodEntry(String id, boolean applied, OptionalDouble value, double weight, Optional<Sentence> reason,
                              Optional<Sentence> skipReason, Map<String, JsonNode> parameters,
                              Map<String, JsonNode> inputs, List<Sentence> explanation, List<CashFlow> cashFlows) {
        public MethodEntry {
            parameters = Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
            inputs = Collections.unmodifiableMap(new LinkedHashMap<>(inputs));
            explanation = List.copyOf(explanation);
            cashFlows = List.copyOf(cashFlows);
        }

        static MethodEntry read(Field m) {
            String id = m.text("method");
            if (!Text.bundle("valuation", Locale.ENGLISH).containsKey("valuation.method." + id)) {
                throw new DocumentException(m.path("method") + " is '" + id + "', a valuation method this release does not know");
            }
            // a version-1 row saved by the workbench kept neither explanations nor cash flows: none to print
            List<Sentence> explanation = new ArrayList<>();
            for (Field s : m.optList("explanation")) {
                explanation.add(Sentence.read(s));
            }
            List<CashFlow> flows = new ArrayList<>();
            for (Field c : m.optList("cashFlows")) {
                flows.add(new CashFlow(c.integer("year"), c.number("periodEnd"), c.number("discountFactor"),
                        c.number("base"), c.number("share"), c.number("preTax"), c.number("afterTax"),
                        c.number("presentValue")));
            }
            boolean applied = m.bool("applied");
            // a skipped method has no value (null); an applied one must have one
            OptionalDouble value = applied ? OptionalDouble.of(m.number("value")) : m.optNumber("value");
            return new MethodEntry(id, applied, value, m.number("weight"),
                    m.optSentence("reason"), m.optSentence("skipReason"), m.explained("parameters"),
                    m.explained("inputs"), explanation, flows);
        }

        /** The method's name ({@code valuation.method.<id>}) in {@code locale}. */
        public String name(Locale locale) {
            return Text.of("valuation.method." + id).render(locale);
        }
    }

    /** One year of a method's cash-flow table. */
    public record CashFlow(int year, double periodEnd, double discountFactor, double base, double share, double preTax,
                           double afterTax, double presentValue) {
    }

    /**
     * A sentence of the document: a bundle key with arguments, printed in the reader's language, or (a workbench row
     * of version 1) a text fixed in the language it was saved in.
     */
    public sealed interface Sentence {
        record Keyed(String key, List<Object> args) implements Sentence {
            public Keyed {
                Objects.requireNonNull(key, "key");
                args = Collections.unmodifiableList(new ArrayList<>(args));
            }
        }

        record Fixed(String text) implements Sentence {
            public Fixed {
                Objects.requireNonNull(text, "text");
            }
        }

        static Sentence read(Field f) {
            JsonNode n = f.node();
            if (n.isTextual()) {
                return new Fixed(n.asText());
            }
            if (n.isObject() && n.hasNonNull("key")) {
                List<Object> args = new ArrayList<>();
                for (JsonNode a : n.path("args")) {
                    args.add(a.isNumber() ? (Object) a.numberValue() : a.isNull() ? null : a.isTextual() ? a.asText() : a.toString());
                }
                return new Keyed(n.get("key").asText(), args);
            }
            throw new DocumentException(f.path() + " is " + n + ", not a sentence (a bundle key with arguments, or a text)");
        }
    }

    /** A node of the document with its path, for reads that name what is missing. */
    static final class Field {
        private final JsonNode node;
        private final String path;

        Field(JsonNode node, String path) {
            this.node = node;
            this.path = path;
        }

        JsonNode node() {
            return node;
        }

        String path() {
            return path.isEmpty() ? "the document" : path;
        }

        String path(String name) {
            return path.isEmpty() ? name : path + "." + name;
        }

        private JsonNode required(String name) {
            JsonNode v = node.get(name);
            if (v == null || v.isNull()) {
                throw new DocumentException(path(name) + " is missing from the assessment document");
            }
            return v;
        }

        Field at(String name) {
            JsonNode v = required(name);
            if (!v.isObject()) {
                throw new DocumentException(path(name) + " is " + v + ", not an object");
            }
            return new Field(v, path(name));
        }

        List<Field> list(String name) {
            JsonNode v = required(name);
            if (!v.isArray()) {
                throw new DocumentException(path(name) + " is " + v + ", not a list");
            }
            List<Field> out = new ArrayList<>(v.size());
            for (int i = 0; i < v.size(); i++) {
                out.add(new Field(v.get(i), path(name) + "[" + i + "]"));
            }
            return out;
        }

        List<Field> optList(String name) {
            JsonNode v = node.get(name);
            return v == null || v.isNull() ? List.of() : list(name);
        }

        String text(String name) {
            JsonNode v = required(name);
            if (!v.isTextual() || v.asText().isBlank()) {
                throw new DocumentException(path(name) + " is " + v + ", not a text");
            }
            return v.asText();
        }

        String optText(String name) {
            JsonNode v = node.get(name);
            return v == null || v.isNull() ? null : text(name);
        }

        double number(String name) {
            JsonNode v = required(name);
            if (!v.isNumber()) {
                throw new DocumentException(path(name) + " is " + v + ", not a number");
            }
            return v.asDouble();
        }

        OptionalDouble optNumber(String name) {
            JsonNode v = node.get(name);
            return v == null || v.isNull() ? OptionalDouble.empty() : OptionalDouble.of(number(name));
        }

        int integer(String name) {
            JsonNode v = required(name);
            if (!v.canConvertToInt() || !v.isIntegralNumber()) {
                throw new DocumentException(path(name) + " is " + v + ", not a whole number");
            }
            return v.asInt();
        }

        long whole(String name) {
            JsonNode v = required(name);
            if (!v.isIntegralNumber()) {
                throw new DocumentException(path(name) + " is " + v + ", not a whole number");
            }
            return v.asLong();
        }

        boolean bool(String name) {
            JsonNode v = required(name);
            if (!v.isBoolean()) {
                throw new DocumentException(path(name) + " is " + v + ", not true or false");
            }
            return v.asBoolean();
        }

        LocalDate date(String name) {
            String s = text(name);
            try {
                return LocalDate.parse(s);
            } catch (DateTimeParseException e) {
                throw new DocumentException(path(name) + " is '" + s + "', not a date (yyyy-mm-dd)", e);
            }
        }

        Optional<Sentence> optSentence(String name) {
            JsonNode v = node.get(name);
            return v == null || v.isNull() ? Optional.empty() : Optional.of(Sentence.read(new Field(v, path(name))));
        }

        /** A map of method parameters or inputs: each name an {@link ExplainKey}, else an error naming it. */
        Map<String, JsonNode> explained(String name) {
            JsonNode v = node.get(name);
            Map<String, JsonNode> out = new LinkedHashMap<>();
            if (v == null || v.isNull()) {
                return out;
            }
            if (!v.isObject()) {
                throw new DocumentException(path(name) + " is " + v + ", not an object");
            }
            v.fields().forEachRemaining(e -> {
                if (ExplainKey.find(e.getKey()).isEmpty()) {
                    throw new DocumentException(path(name) + "." + e.getKey()
                            + " is no parameter or input a valuation method of this release writes");
                }
                out.put(e.getKey(), e.getValue());
            });
            return out;
        }
    }
}
