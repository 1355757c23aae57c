package io.pledgebench.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.pledgebench.domain.LegalStatus;
import io.pledgebench.domain.Owner;
import io.pledgebench.domain.Patent;
import io.pledgebench.domain.PatentNumber;
import io.pledgebench.domain.PatentType;
import io.pledgebench.domain.Text;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * USPTO Patent Public Search JSON: a search response ({@code patents} array), an array of full documents,
 * or one document. Each record becomes a patent with what the record states: number and kind, title,
 * filing and grant dates, assignees as owners, the primary IPC and the number of claims. A granted
 * publication is {@code valid} as published; whether it has since expired or lapsed for unpaid maintenance
 * fees is not in this data (merge legal events for that). Values the source does not hold stay empty.
 */
final class UsptoJsonReader {

    /** Real records nest 3 deep and their longest text (the description) is about 1 MB. */
    private static final ObjectMapper JSON = JsonMapper.builder(JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(64).maxStringLength(20_000_000).build())
            .build()).enable(com.fasterxml.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();

    private UsptoJsonReader() {
    }

    /**
     * Streams the file: records of a {@code patents} array (or a top-level array) are read and turned into patents one
     * at a time, so memory holds one record's tree, not the whole response.
     */
    static ImportResult read(Path file, String shown, ProblemLog log) throws IOException {
        Records records = new Records(shown, log);
        try (com.fasterxml.jackson.core.JsonParser p = JSON.createParser(file.toFile())) {
            com.fasterxml.jackson.core.JsonToken t = p.nextToken();
            if (t == com.fasterxml.jackson.core.JsonToken.START_ARRAY) {
                if (!records.array(p)) {
                    return tooMany(shown, log);
                }
            } else if (t == com.fasterxml.jackson.core.JsonToken.START_OBJECT) {
                com.fasterxml.jackson.databind.node.ObjectNode rest = JSON.createObjectNode();
                boolean patentsArray = false;
                while (p.nextToken() == com.fasterxml.jackson.core.JsonToken.FIELD_NAME) {
                    String name = p.currentName();
                    com.fasterxml.jackson.core.JsonToken v = p.nextToken();
                    if (name.equals("patents") && v == com.fasterxml.jackson.core.JsonToken.START_ARRAY && !patentsArray) {
                        patentsArray = true;
                        if (!records.array(p)) {
                            return tooMany(shown, log);
                        }
                    } else {
                        rest.set(name, tree(p));
                    }
                }
                if (!patentsArray) {
                    if (rest.has("guid") || rest.has("publicationReferenceDocumentNumber")) {
                        records.add(rest);
                    } else {
                        return notUspto(shown, log);
                    }
                }
            } else {
                return notUspto(shown, log);
            }
        } catch (JsonProcessingException e) {
            log.add(shown, null, null, null, null, Text.of("io.problem.jsonMalformed", shown, e.getOriginalMessage()));
            return new ImportResult(null, null, log.problems(), 0, log.notes());
        }
        if (records.count == 0) {
            log.add(shown, null, null, null, null, Text.of("hardening.table.noRows", shown));
            return new ImportResult(null, null, log.problems(), 0, log.notes());
        }
        return PortfolioReader.assemble(file, null, records.patents, null, null, records.count, log);
    }

    private static JsonNode tree(com.fasterxml.jackson.core.JsonParser p) throws IOException {
        JsonNode n = p.readValueAsTree();
        return n == null ? com.fasterxml.jackson.databind.node.NullNode.getInstance() : n;
    }

    private static ImportResult notUspto(String shown, ProblemLog log) {
        log.add(shown, null, null, null, null, Text.of("io.problem.jsonNotUspto", shown));
        return new ImportResult(null, null, log.problems(), 0, log.notes());
    }

    private static ImportResult tooMany(String shown, ProblemLog log) {
        log.add(shown, null, null, null, null, InputLimits.tooManyRows(shown));
        return new ImportResult(null, null, log.problems(), 0, log.notes());
    }

    /** The records seen so far, turned into patents as they come. */
    private static final class Records {
        private final String shown;
        private final ProblemLog log;
        private final List<Patent> patents = new ArrayList<>();
        private final Map<String, Integer> firstRecord = new HashMap<>();
        private int count;

        Records(String shown, ProblemLog log) {
            this.shown = shown;
            this.log = log;
        }

        /** Reads the elements of the array the parser is at; false when there are more than one import reads. */
        boolean array(com.fasterxml.jackson.core.JsonParser p) throws IOException {
            while (p.nextToken() != com.fasterxml.jackson.core.JsonToken.END_ARRAY) {
                if (p.currentToken() == null) {
                    throw new com.fasterxml.jackson.core.JsonParseException(p, "unexpected end of input in an array");
                }
                add(tree(p));
                if (count > InputLimits.MAX_PATENT_ROWS) {
                    return false;
                }
            }
            return true;
        }

        void add(JsonNode record) {
            int i = ++count;
            Patent p = patent(record, shown, i, log);
            if (p == null) {
                return;
            }
            Integer first = firstRecord.putIfAbsent(p.number().canonical(), i);
            if (first != null) {
                log.add(shown, null, i, "guid", p.number().canonical(),
                        Text.of("io.problem.duplicatePatent", p.number().canonical(), String.valueOf(first)));
                return;
            }
            patents.add(p);
        }
    }

    private static Patent patent(JsonNode r, String shown, int index, ProblemLog log) {
        int before = log.problemCount();
        String id = str(r, "guid");
        if (id.isEmpty()) {
            String doc = str(r, "publicationReferenceDocumentNumber");
            id = doc.isEmpty() ? "" : "US" + doc + first(r, "kindCode");
        }
        PatentNumber number = null;
        try {
            number = PatentNumber.parse(id);
        } catch (IllegalArgumentException e) {
            log.add(shown, null, index, "guid", id, Text.of("io.problem.badPatentNumber", id, e.getMessage()));
        }
        List<String> assigneeNames = new ArrayList<>();
        JsonNode names = r.get("assigneeName");
        if (names != null && names.isArray()) {
            names.forEach(a -> assigneeNames.add(a.asText()));
        }
        check(shown, index, "guid", first(r, "guid"), 40, log);
        check(shown, index, "inventionTitle", first(r, "inventionTitle"), CellText.MAX_LENGTH, log);
        check(shown, index, "assigneeName", String.join("; ", assigneeNames), 2000, log);
        String ipc = ipc(r);
        check(shown, index, "ipc", ipc, 100, log);
        LocalDate filing = log.date(shown, index, "applicationFilingDate", first(r, "applicationFilingDate"));
        LocalDate grant = log.date(shown, index, "datePublished", first(r, "datePublished"));
        List<Owner> named = new ArrayList<>();
        for (String a : assigneeNames) {
            if (!a.isBlank()) {
                named.add(new Owner(a, null));
            }
        }
        if (!StorageLimits.ownersFit(named)) {
            log.add(shown, null, index, "assigneeName", String.join("; ", assigneeNames), Text.of("io.problem.ownersTooLongStored",
                    String.valueOf(StorageLimits.ownersJson(named).length()), String.valueOf(StorageLimits.OWNERS_STORED)));
        }
        Integer claims = null;
        String n = str(r, "numberOfClaims");
        if (!n.isEmpty()) {
            try {
                claims = FieldValues.count(n);
            } catch (RejectedValue e) {
                log.add(shown, null, index, "numberOfClaims", n, e);
            }
        }
        if (number == null || log.problemCount() > before) {
            return null;
        }
        String kind = number.kind() == null ? first(r, "kindCode") : number.kind();
        boolean preGrant = kind.startsWith("A") && number.number().length() == 11;
        PatentType type = number.impliedType().orElse(PatentType.INVENTION);
        Map<String, Owner> owners = new LinkedHashMap<>();
        JsonNode assignees = r.get("assigneeName");
        if (assignees != null && assignees.isArray()) {
            for (JsonNode a : assignees) {
                if (a.isTextual() && !a.asText().isBlank()) {
                    Owner o = new Owner(a.asText(), null);
                    owners.putIfAbsent(o.key(), o);
                }
            }
        }
        try {
            return Patent.builder(number, type, preGrant ? LegalStatus.APPLICATION : LegalStatus.VALID)
                    .title(str(r, "inventionTitle").replaceAll("<[^>]+>", "").strip())
                    .filingDate(filing)
                    .grantDate(preGrant ? null : grant)
                    .owners(new ArrayList<>(owners.values()))
                    .ipc(ipc)
                    .totalClaims(claims)
                    .build();
        } catch (IllegalArgumentException e) {
            log.add(shown, null, index, "datePublished", str(r, "datePublished"), Text.of("io.problem.inconsistentRow", e.getMessage()));
            return null;
        }
    }

    /** Refuses a field too long for the database column it is stored in, or holding control characters. */
    private static void check(String shown, int index, String field, String value, int maxLength, ProblemLog log) {
        Text wrong = CellText.problem(value, maxLength, !field.equals("inventionTitle"));
        if (wrong != null) {
            log.add(shown, null, index, field, value, wrong);
        }
    }

    /** The primary IPC of a full document, else the first IPC listed in a search record. */
    private static String ipc(JsonNode r) {
        String primary = first(r, "curIntlPatentClassificationPrimary");
        if (!primary.isEmpty()) {
            return primary.split("\\s+")[0];
        }
        // a list of separators only (";;") names no IPC
        return java.util.Arrays.stream(str(r, "ipcCodeFlattened").split(";")).map(String::strip)
                .filter(s -> !s.isEmpty()).findFirst().orElse(null);
    }

    private static String str(JsonNode r, String field) {
        JsonNode v = r.get(field);
        return v == null || v.isNull() || !v.isValueNode() ? "" : v.asText().strip();
    }

    /** A field that USPTO gives as a list or a single value: its first value. */
    private static String first(JsonNode r, String field) {
        JsonNode v = r.get(field);
        if (v != null && v.isArray()) {
            return v.isEmpty() || v.get(0).isNull() ? "" : v.get(0).asText().strip();
        }
        return str(r, field);
    }
}
