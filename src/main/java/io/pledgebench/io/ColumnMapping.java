package io.pledgebench.io;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the officer said the patent columns of a file mean: header as written → field code (e.g.
 * {@code 产品年销售收入 → product_revenue}), or {@link #IGNORE} for a column that is deliberately not used.
 * Headers compare like {@link HeaderName} (case-, width- and separator-insensitive). A mapping is only ever
 * applied because the officer chose it ({@code --map}, {@code --template} or the import preview); suggestions
 * are never turned into a mapping by the reader.
 */
public final class ColumnMapping {

    /** The field code of a column the officer chose not to use. */
    public static final String IGNORE = "ignore";

    public static final ColumnMapping NONE = new ColumnMapping(Map.of());

    /** Header as written → field code or {@link #IGNORE}, in the order given. */
    private final Map<String, String> byHeader;

    private ColumnMapping(Map<String, String> byHeader) {
        this.byHeader = Collections.unmodifiableMap(new LinkedHashMap<>(byHeader));
    }

    /** A mapping of header → field code; throws if a field code is not a patent field or {@link #IGNORE}. */
    public static ColumnMapping of(Map<String, String> headerToField) {
        Map<String, String> m = new LinkedHashMap<>();
        headerToField.forEach((h, f) -> {
            String field = field(f).orElseThrow(() -> new IllegalArgumentException("'" + f + "' is not a patent field"));
            m.put(h, field);
        });
        return new ColumnMapping(m);
    }

    /**
     * Reads {@code HEADER=field} specifications (the last {@code =} separates, so a header may hold one).
     * Returns the mapping, or the reasons the specifications are refused.
     */
    public static Parsed parse(List<String> specs) {
        Map<String, String> m = new LinkedHashMap<>();
        List<io.pledgebench.domain.Text> errors = new ArrayList<>();
        for (String spec : specs) {
            int eq = spec.lastIndexOf('=');
            String header = eq < 0 ? "" : spec.substring(0, eq).strip();
            String f = eq < 0 ? "" : spec.substring(eq + 1).strip();
            if (header.isEmpty() || f.isEmpty()) {
                errors.add(io.pledgebench.domain.Text.of("io.map.notHeaderField", spec));
                continue;
            }
            Optional<String> field = field(f);
            if (field.isEmpty()) {
                errors.add(io.pledgebench.domain.Text.of("io.map.notAField", spec, f, String.join(", ", fieldCodes()),
                        chineseFieldNames()));
                continue;
            }
            m.put(header, field.get());
        }
        return new Parsed(new ColumnMapping(m), errors);
    }

    /** The outcome of {@link #parse}. */
    public record Parsed(ColumnMapping mapping, List<io.pledgebench.domain.Text> errors) {
    }

    /** Every patent field code a column can be mapped to, in the order of the specification. */
    public static List<String> fieldCodes() {
        return Arrays.stream(PatentColumn.values()).map(PatentColumn::code).toList();
    }

    /** The usual Chinese header of a field code ({@code product_revenue} → 产品收入), or the code itself. */
    public static String chineseName(String fieldCode) {
        return PatentColumn.forCode(fieldCode).map(PatentColumn::chinese).orElse(fieldCode);
    }

    /**
     * The fields by their usual Chinese names, as the officer can write them in a mapping ({@code 产品收入} is read
     * as {@code product_revenue}), joined with 、 in the order of the specification.
     */
    public static String chineseFieldNames() {
        return String.join("、", fieldCodes().stream().map(ColumnMapping::chineseName).toList());
    }

    /** The field code for {@code written} (a code, an alias, or ignore/-/not used), if any. */
    static Optional<String> field(String written) {
        String key = HeaderName.normalize(written == null ? "" : written);
        if (key.equals(IGNORE) || key.equals("-") || key.equals("not_used") || key.equals("不使用") || key.equals("忽略")) {
            return Optional.of(IGNORE);
        }
        return PatentColumn.forHeader(HeaderName.of(written)).map(PatentColumn::code);
    }

    /** The field chosen for a header as written, if the officer chose one. */
    public Optional<String> fieldFor(String header) {
        String key = HeaderName.of(header).key();
        for (Map.Entry<String, String> e : byHeader.entrySet()) {
            if (HeaderName.of(e.getKey()).key().equals(key)) {
                return Optional.of(e.getValue());
            }
        }
        return Optional.empty();
    }

    /** Whether two headers as written name the same column (case, width and separators aside). */
    public static boolean sameHeader(String a, String b) {
        return HeaderName.of(a).key().equals(HeaderName.of(b).key());
    }

    /** Whether every header of this mapping is among {@code headers}, so it can be offered for that file. */
    public boolean fits(List<String> headers) {
        if (byHeader.isEmpty()) {
            return false;
        }
        java.util.Set<String> keys = new java.util.HashSet<>();
        for (String h : headers) {
            keys.add(HeaderName.of(h).key());
        }
        return byHeader.keySet().stream().allMatch(h -> keys.contains(HeaderName.of(h).key()));
    }

    public Map<String, String> asMap() {
        return byHeader;
    }

    public boolean isEmpty() {
        return byHeader.isEmpty();
    }

    /** This mapping with {@code other}'s choices added (other wins for the same header). */
    public ColumnMapping with(ColumnMapping other) {
        Map<String, String> m = new LinkedHashMap<>(byHeader);
        m.putAll(other.byHeader);
        return new ColumnMapping(m);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ColumnMapping c && c.byHeader.equals(byHeader);
    }

    @Override
    public int hashCode() {
        return byHeader.hashCode();
    }

    @Override
    public String toString() {
        return byHeader.toString();
    }
}
