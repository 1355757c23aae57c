package io.pledgebench.io;

import io.pledgebench.domain.LegalStatus;
import io.pledgebench.domain.Owner;
import io.pledgebench.domain.Patent;
import io.pledgebench.domain.PatentNumber;
import io.pledgebench.domain.PatentType;
import io.pledgebench.domain.Text;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a table of patents (CSV or the Patents sheet) into patents, one problem per rejected value. A row
 * with any problem is left out whole, so no patent is stored with a value silently dropped.
 */
final class PatentTableReader {

    private static final Pattern CN_APPLICATION = Pattern.compile("(?:ZL|CN)?(\\d{12}|\\d{8})\\.?([0-9X])");

    /** Rows per unit of parallel work: large enough that scheduling costs nothing, small enough to balance. */
    private static final int CHUNK = 2048;

    private final Table table;
    private final ProblemLog log;
    private final Map<PatentColumn, Integer> columns = new EnumMap<>(PatentColumn.class);
    private final Map<PatentColumn, HeaderName> headers = new EnumMap<>(PatentColumn.class);

    /** Example values shown per unused column, each cut to a readable length. */
    private static final int EXAMPLES = 3;
    private static final int EXAMPLE_LENGTH = 40;

    private final ColumnMapping mapping;

    private PatentTableReader(Table table, ProblemLog log, ColumnMapping mapping) {
        this.table = table;
        this.log = log;
        this.mapping = mapping == null ? ColumnMapping.NONE : mapping;
    }

    /** The good patents of {@code table}; problems go to {@code log}. */
    static List<Patent> read(Table table, ProblemLog log) {
        return read(table, log, ColumnMapping.NONE);
    }

    /** The good patents of {@code table}, its columns read as {@code mapping} says first, then by their known names. */
    static List<Patent> read(Table table, ProblemLog log, ColumnMapping mapping) {
        return new PatentTableReader(table, log, mapping).read();
    }

    private List<Patent> read() {
        List<ColumnUse> uses = new ArrayList<>();
        // the fields a column was mapped to by the officer: a second column read as one of them is a contradiction
        java.util.Set<PatentColumn> mappedFields = java.util.EnumSet.noneOf(PatentColumn.class);
        // the fields whose own column the officer chose to ignore (--map publication_number=ignore): no other column is
        // suggested for them (review 13b: 'applicants_country' was offered as the patent number), and a required one
        // missing is said to be ignored
        Map<PatentColumn, String> ignoredFields = new java.util.EnumMap<>(PatentColumn.class);
        for (String written : table.headers()) {
            String header = written == null ? "" : written;
            if (mapping.fieldFor(header).filter(ColumnMapping.IGNORE::equals).isPresent()) {
                PatentColumn.forHeader(HeaderName.of(written)).ifPresent(f -> ignoredFields.putIfAbsent(f, header));
            }
        }
        for (int i = 0; i < table.headers().size(); i++) {
            String written = table.headers().get(i);
            HeaderName h = HeaderName.of(written);
            Optional<String> chosen = mapping.fieldFor(written == null ? "" : written);
            Optional<PatentColumn> c = chosen.isPresent() ? chosen.flatMap(PatentColumn::forCode) : PatentColumn.forHeader(h);
            String field = null;
            if (chosen.isPresent() && chosen.get().equals(ColumnMapping.IGNORE)) {
                field = ColumnMapping.IGNORE;
            } else if (c.isPresent() && !columns.containsKey(c.get())) {
                columns.put(c.get(), i);
                headers.put(c.get(), h);
                field = c.get().code();
                if (chosen.isPresent()) {
                    mappedFields.add(c.get());
                }
            } else if (c.isPresent() && (chosen.isPresent() || mappedFields.contains(c.get()))) {
                // two columns for one field, one of them by the officer's mapping: which one holds the fact is the
                // officer's to say, never PledgeBench's (an import that kept one silently lost the other's values)
                String first = table.headers().get(columns.get(c.get()));
                log.add(table.file(), table.sheet(), table.headerRow(), written, null, Text.of("io.problem.columnTwice",
                        first == null ? "" : first, written == null ? "" : written, c.get().code(), c.get().chinese()));
            }
            List<String> examples = examples(i);
            if (field == null && (written == null || written.isBlank()) && examples.isEmpty()) {
                continue;
            }
            String suggestion = field != null ? null : c.or(() -> PatentColumn.suggest(h))
                    .filter(s -> !columns.containsKey(s) && !ignoredFields.containsKey(s)).map(PatentColumn::code).orElse(null);
            uses.add(new ColumnUse(i, written == null ? "" : written, field, chosen.isPresent(), suggestion, examples));
        }
        log.columns(table.file(), table.sheet(), uses);
        for (ColumnUse u : uses) {
            if (u.unrecognised()) {
                String shownHeader = u.header().isBlank() ? "#" + (u.index() + 1) : u.header();
                String values = u.examples().isEmpty() ? "—" : "'" + String.join("', '", u.examples()) + "'";
                log.note(table.file(), table.sheet(), u.suggestion() == null
                        ? Text.of("io.note.columnNotUsed", shownHeader, values)
                        : Text.of("io.note.columnNotUsedSuggestion", shownHeader, values, u.suggestion(),
                                ColumnMapping.chineseName(u.suggestion())));
            }
        }
        if (table.headers().isEmpty() || dataRows(table) == 0) {
            log.add(table.file(), table.sheet(), table.headers().isEmpty() ? null : table.headerRow(), null, null,
                    Text.of("hardening.table.noRows", table.sheet() == null ? table.file() : table.sheet()));
            return List.of();
        }
        boolean complete = true;
        for (PatentColumn required : List.of(PatentColumn.PATENT_NUMBER, PatentColumn.STATUS)) {
            if (!columns.containsKey(required)) {
                log.add(table.file(), table.sheet(), table.headerRow(), required.code(), null,
                        ignoredFields.containsKey(required)
                                ? Text.of("io.problem.missingColumnIgnored", required.code(), required.chinese(),
                                ignoredFields.get(required))
                                : Text.of("io.problem.missingColumn", required.code(), required.chinese()));
                complete = false;
            }
        }
        if (!complete) {
            return List.of();
        }
        // rows the container reader already refused (a formula without stored value, an error cell, merged cells)
        // lost a value before parsing; they must not be imported as if that value were empty
        java.util.Set<Integer> refused = log.problems().stream()
                .filter(p -> p.row() != null && java.util.Objects.equals(p.file(), table.file())
                        && java.util.Objects.equals(p.sheet(), table.sheet()))
                .map(ImportProblem::row).collect(Collectors.toSet());
        List<Table.Row> rows = table.rows();
        int chunks = (rows.size() + CHUNK - 1) / CHUNK;
        List<Chunk> parsed = IntStream.range(0, chunks).parallel()
                .mapToObj(c -> parse(rows.subList(c * CHUNK, Math.min(rows.size(), (c + 1) * CHUNK))))
                .collect(Collectors.toList());
        List<Patent> patents = new ArrayList<>();
        Map<String, Integer> firstRow = new HashMap<>();
        for (Chunk chunk : parsed) {
            int next = 0;
            for (int i = 0; i < chunk.rows().size(); i++) {
                Table.Row row = chunk.rows().get(i);
                while (next < chunk.log().problems().size() && chunk.log().problems().get(next).row() <= row.number()) {
                    log.add(chunk.log().problems().get(next++));
                }
                Patent p = chunk.patents().get(i);
                if (p == null || refused.contains(row.number())) {
                    continue;
                }
                Integer first = firstRow.putIfAbsent(p.number().canonical(), row.number());
                if (first != null) {
                    problem(log, row, PatentColumn.PATENT_NUMBER, Text.of("io.problem.duplicatePatent",
                            p.number().canonical(), String.valueOf(first)));
                    continue;
                }
                patents.add(p);
            }
            while (next < chunk.log().problems().size()) {
                log.add(chunk.log().problems().get(next++));
            }
        }
        return patents;
    }

    /** Rows of one chunk with their patents (null where a row was refused) and problems, in row order. */
    private record Chunk(List<Table.Row> rows, List<Patent> patents, ProblemLog log) {
    }

    /** Rows are independent until duplicates are checked, so chunks are parsed on all cores. */
    private Chunk parse(List<Table.Row> rows) {
        ProblemLog chunkLog = new ProblemLog();
        List<Table.Row> kept = new ArrayList<>(rows.size());
        List<Patent> patents = new ArrayList<>(rows.size());
        for (Table.Row row : rows) {
            if (!row.blank()) {
                kept.add(row);
                patents.add(patent(row, chunkLog));
            }
        }
        return new Chunk(kept, patents, chunkLog);
    }

    /** The first distinct non-blank values of column {@code i}, each cut to a readable length. */
    private List<String> examples(int i) {
        java.util.LinkedHashSet<String> out = new java.util.LinkedHashSet<>();
        int looked = 0;
        for (Table.Row r : table.rows()) {
            if (out.size() >= EXAMPLES || ++looked > 1000) {
                break;
            }
            String v = r.cell(i).strip();
            if (!v.isEmpty()) {
                out.add(v.length() > EXAMPLE_LENGTH ? v.substring(0, EXAMPLE_LENGTH) + "\u2026" : v);
            }
        }
        return List.copyOf(out);
    }

    /** Number of non-blank data rows. */
    static int dataRows(Table table) {
        return (int) table.rows().stream().filter(r -> !r.blank()).count();
    }

    private Patent patent(Table.Row row, ProblemLog log) {
        int before = log.problemCount();
        for (PatentColumn c : columns.keySet()) {
            Text wrong = CellText.problem(raw(row, c), maxLength(c), c != PatentColumn.TITLE);
            if (wrong != null) {
                problem(log, row, c, wrong);
            }
        }
        if (log.problemCount() > before) {
            return null;
        }
        String jurisdiction = text(row, PatentColumn.JURISDICTION);
        PatentNumber number = number(row, jurisdiction.isEmpty() ? null : jurisdiction.toUpperCase(Locale.ROOT), log);
        LegalStatus status = value(row, PatentColumn.STATUS, FieldValues::status, log);
        if (raw(row, PatentColumn.STATUS).isBlank()) {
            problem(log, row, PatentColumn.STATUS, Text.of("io.problem.requiredValue", PatentColumn.STATUS.code()));
        }
        PatentType type = type(row, number, log);
        String ipc = text(row, PatentColumn.IPC);
        List<Owner> owners = value(row, PatentColumn.OWNERS, FieldValues::owners, log);
        if (owners != null && !StorageLimits.ownersFit(owners)) {
            problem(log, row, PatentColumn.OWNERS, Text.of("io.problem.ownersTooLongStored",
                    String.valueOf(StorageLimits.ownersJson(owners).length()), String.valueOf(StorageLimits.OWNERS_STORED)));
        }
        Patent.Builder b = Patent.builder(number, type, status)
                .title(text(row, PatentColumn.TITLE))
                .filingDate(value(row, PatentColumn.FILING_DATE, FieldValues::date, log))
                .grantDate(value(row, PatentColumn.GRANT_DATE, FieldValues::date, log))
                .expiryDate(value(row, PatentColumn.EXPIRY_DATE, FieldValues::date, log))
                .owners(owners == null ? List.of() : owners)
                .annualFeePaidUntil(value(row, PatentColumn.ANNUAL_FEE_PAID_UNTIL, FieldValues::date, log))
                .ipc(ipc.isEmpty() ? null : ipc)
                .independentClaims(value(row, PatentColumn.INDEPENDENT_CLAIMS, FieldValues::count, log))
                .totalClaims(value(row, PatentColumn.TOTAL_CLAIMS, FieldValues::count, log))
                .familySize(value(row, PatentColumn.FAMILY_SIZE, FieldValues::count, log))
                .citedBy(value(row, PatentColumn.CITED_BY, FieldValues::count, log))
                .productRevenue(amount(row, PatentColumn.PRODUCT_REVENUE, log))
                .licenceRevenue(amount(row, PatentColumn.LICENCE_REVENUE, log))
                .royaltyRate(rate(row, PatentColumn.ROYALTY_RATE, log))
                .openLicenceRoyalty(rate(row, PatentColumn.OPEN_LICENCE_ROYALTY, log))
                .productRecorded(value(row, PatentColumn.PRODUCT_RECORDED, FieldValues::yesNo, log))
                .inUseSince(value(row, PatentColumn.IN_USE_SINCE, FieldValues::date, log))
                .replacementCost(amount(row, PatentColumn.REPLACEMENT_COST, log))
                .economicLifeYears(value(row, PatentColumn.ECONOMIC_LIFE_YEARS, FieldValues::years, log))
                .pledgeConsent(value(row, PatentColumn.PLEDGE_CONSENT, FieldValues::yesNo, log))
                .product(text(row, PatentColumn.PRODUCT))
                .contributionWeight(value(row, PatentColumn.CONTRIBUTION_WEIGHT, FieldValues::weight, log));
        if (log.problemCount() > before) {
            return null;
        }
        try {
            return b.build();
        } catch (IllegalArgumentException e) {
            rowInconsistent(row, e, log);
            return null;
        }
    }

    /** The longest value each column may hold, as wide as the database column it is stored in. */
    private static int maxLength(PatentColumn c) {
        switch (c) {
            case PATENT_NUMBER: return 40;
            case IPC: return 100;
            case PRODUCT: return 400;
            case OWNERS: return 2000;
            default: return CellText.MAX_LENGTH;
        }
    }

    private java.math.BigDecimal amount(Table.Row row, PatentColumn column, ProblemLog log) {
        return value(row, column, s -> FieldValues.amount(s, headers.get(column).amountUnit(FieldValues.AmountUnit.YUAN), false), log);
    }

    private Double rate(Table.Row row, PatentColumn column, ProblemLog log) {
        return value(row, column, s -> FieldValues.rate(s, headers.get(column).percentUnit()), log);
    }

    /** The record's own cross-field checks, reported at the column a user would correct. */
    private void rowInconsistent(Table.Row row, IllegalArgumentException e, ProblemLog log) {
        String message = e.getMessage() == null ? "" : e.getMessage();
        if (message.startsWith("grant date")) {
            problem(log, row, PatentColumn.GRANT_DATE, Text.of("io.problem.grantBeforeFiling",
                    raw(row, PatentColumn.GRANT_DATE), raw(row, PatentColumn.FILING_DATE)));
        } else if (message.startsWith("independent claims")) {
            problem(log, row, PatentColumn.INDEPENDENT_CLAIMS, Text.of("io.problem.independentExceedsTotal",
                    raw(row, PatentColumn.INDEPENDENT_CLAIMS), raw(row, PatentColumn.TOTAL_CLAIMS)));
        } else {
            problem(log, row, PatentColumn.PATENT_NUMBER, Text.of("io.problem.inconsistentRow", message));
        }
    }

    private PatentNumber number(Table.Row row, String defaultJurisdiction, ProblemLog log) {
        String raw = raw(row, PatentColumn.PATENT_NUMBER);
        if (raw.isBlank()) {
            problem(log, row, PatentColumn.PATENT_NUMBER, Text.of("io.problem.requiredValue", PatentColumn.PATENT_NUMBER.code()));
            return null;
        }
        try {
            return PatentNumber.parse(FieldValues.clean(raw), defaultJurisdiction);
        } catch (IllegalArgumentException e) {
            String compact = FieldValues.clean(raw).toUpperCase(Locale.ROOT).replaceAll("[\\s,\\-/_]", "");
            Matcher m = CN_APPLICATION.matcher(compact);
            if (m.matches()) {
                problem(log, row, PatentColumn.PATENT_NUMBER, Text.of("io.problem.cnCheckDigit", raw, m.group(2),
                        String.valueOf(PatentNumber.cnCheckDigit(m.group(1)))));
            } else if (compact.matches("(ZL|CN)?(\\d{12}|\\d{8})")) {
                String digits = compact.replaceFirst("^(ZL|CN)", "");
                problem(log, row, PatentColumn.PATENT_NUMBER, Text.of("hardening.value.cnCheckDigitMissing", raw,
                        "ZL" + digits + "." + PatentNumber.cnCheckDigit(digits)));
            } else {
                problem(log, row, PatentColumn.PATENT_NUMBER, Text.of("io.problem.badPatentNumber", raw, e.getMessage()));
            }
            return null;
        }
    }

    private PatentType type(Table.Row row, PatentNumber number, ProblemLog log) {
        String raw = raw(row, PatentColumn.TYPE);
        Optional<PatentType> implied = number == null ? Optional.empty() : number.impliedType();
        if (raw.isBlank()) {
            if (implied.isPresent()) {
                return implied.get();
            }
            if (number != null) {
                problem(log, row, PatentColumn.TYPE, Text.of("io.problem.typeUnknown", number.canonical()));
            }
            return null;
        }
        PatentType given = value(row, PatentColumn.TYPE, FieldValues::type, log);
        if (given != null && number != null && "CN".equals(number.jurisdiction()) && number.application()
                && implied.isPresent() && implied.get() != given) {
            problem(log, row, PatentColumn.TYPE, Text.of("io.problem.typeContradictsNumber", raw, number.canonical(),
                    implied.get().code(), implied.get().chinese()));
            return null;
        }
        return given;
    }

    @FunctionalInterface
    private interface Parser<T> {
        T parse(String raw) throws RejectedValue;
    }

    private <T> T value(Table.Row row, PatentColumn column, Parser<T> parser, ProblemLog log) {
        String raw = raw(row, column);
        if (raw.isBlank()) {
            return null;
        }
        try {
            return parser.parse(raw);
        } catch (RejectedValue e) {
            problem(log, row, column, e.reason());
            return null;
        } catch (IllegalArgumentException e) {
            problem(log, row, column, Text.of("io.problem.inconsistentRow", e.getMessage()));
            return null;
        }
    }

    private String raw(Table.Row row, PatentColumn column) {
        Integer i = columns.get(column);
        return i == null ? "" : row.cell(i);
    }

    private String text(Table.Row row, PatentColumn column) {
        return FieldValues.clean(raw(row, column));
    }

    private void problem(ProblemLog log, Table.Row row, PatentColumn column, Text reason) {
        Integer i = columns.get(column);
        String header = i == null ? column.code() : table.headers().get(i);
        String value = i == null ? null : row.cell(i);
        log.add(table.file(), table.sheet(), row.number(), header, value, reason);
    }
}
