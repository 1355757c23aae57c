package io.pledgebench.io;

import io.pledgebench.domain.LegalEvent;
import io.pledgebench.domain.LegalStatus;
import io.pledgebench.domain.PatentNumber;
import io.pledgebench.domain.Text;
import io.pledgebench.risk.monitoring.StatusUpdate;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The CN status CSV of SPEC rev. 2 ("The loan book and post-loan monitoring"): one legal-status update per row with
 * {@code patent_number}, {@code date}, {@code status} or {@code event} (or both), optional {@code note}; Chinese
 * headers 专利号, 日期, 法律状态, 事件, 备注. Encoding and delimiter are detected as for portfolio CSVs. Every
 * rejected value is reported with file, row, column, value and reason, and a file with any problem yields no updates.
 */
public final class StatusCsvReader {

    /** Larger than any register extract of a loan book, far below what would strain memory. */
    static final long MAX_BYTES = 64L * 1024 * 1024;

    private static final Map<String, String> HEADERS = headers();

    private StatusCsvReader() {
    }

    /** The updates read, or the problems found (then no updates). */
    public record Result(List<StatusUpdate> updates, List<ImportProblem> problems, String sha256) {
        public Result {
            updates = List.copyOf(updates);
            problems = List.copyOf(problems);
        }

        public boolean hasProblems() {
            return !problems.isEmpty();
        }
    }

    private static Map<String, String> headers() {
        Map<String, String> m = new HashMap<>();
        for (String h : List.of("patent_number", "patent number", "patent", "number", "专利号", "申请号", "专利申请号")) {
            m.put(h, "patent_number");
        }
        for (String h : List.of("date", "event_date", "日期", "事件日期", "公告日", "生效日")) {
            m.put(h, "date");
        }
        for (String h : List.of("status", "legal_status", "法律状态", "状态")) {
            m.put(h, "status");
        }
        for (String h : List.of("event", "事件", "法律事件", "事务")) {
            m.put(h, "event");
        }
        for (String h : List.of("note", "notes", "备注", "说明")) {
            m.put(h, "note");
        }
        return m;
    }

    /**
     * Reads {@code file}; a patent not in {@code knownPatents} (canonical numbers) and a date after {@code today}
     * are refused.
     */
    public static Result read(Path file, Set<String> knownPatents, LocalDate today) {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        List<ImportProblem> problems = new ArrayList<>();
        byte[] bytes;
        try {
            if (Files.size(file) > MAX_BYTES) {
                problems.add(problem(name, null, null, null, Text.of("book.events.tooLarge", MAX_BYTES / 1024 / 1024)));
                return new Result(List.of(), problems, "");
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            problems.add(problem(name, null, null, null, Text.of("book.events.unreadable", String.valueOf(e.getMessage()))));
            return new Result(List.of(), problems, "");
        }
        String sha = sha256(bytes);
        Table t;
        try {
            t = CsvTables.parse(CsvTables.decode(bytes).text(), name);
        } catch (CsvTables.BadQuote bad) {
            problems.add(problem(name, bad.row, bad.column, bad.value, bad.reason));
            return new Result(List.of(), problems, "");
        }
        Map<String, Integer> column = new HashMap<>();
        for (int i = 0; i < t.headers().size(); i++) {
            String h = t.headers().get(i) == null ? "" : t.headers().get(i).strip();
            String field = HEADERS.get(h.toLowerCase(Locale.ROOT).replace('-', '_'));
            if (field == null) {
                field = HEADERS.get(h.toLowerCase(Locale.ROOT));
            }
            if (field == null) {
                problems.add(problem(name, t.headerRow(), h, null, Text.of("book.events.unknownColumn")));
            } else if (column.putIfAbsent(field, i) != null) {
                problems.add(problem(name, t.headerRow(), h, null, Text.of("book.events.duplicateColumn", field)));
            }
        }
        for (String required : List.of("patent_number", "date")) {
            if (!column.containsKey(required)) {
                problems.add(problem(name, t.headerRow() == 0 ? null : t.headerRow(), required, null,
                        Text.of("book.events.missingColumn")));
            }
        }
        if (!column.containsKey("status") && !column.containsKey("event")) {
            problems.add(problem(name, t.headerRow() == 0 ? null : t.headerRow(), "status/event", null,
                    Text.of("book.events.missingStatusOrEvent")));
        }
        if (!problems.isEmpty()) {
            return new Result(List.of(), problems, sha);
        }
        List<StatusUpdate> updates = new ArrayList<>();
        for (Table.Row r : t.rows()) {
            if (r.blank()) {
                continue;
            }
            String numberText = r.cell(column.get("patent_number")).strip();
            String numberHeader = t.headers().get(column.get("patent_number"));
            String canonical = null;
            try {
                canonical = PatentNumber.parse(numberText, "CN").canonical();
                if (!knownPatents.contains(canonical)) {
                    problems.add(problem(name, r.number(), numberHeader, numberText, Text.of("book.events.unknownPatent")));
                    canonical = null;
                }
            } catch (IllegalArgumentException e) {
                problems.add(problem(name, r.number(), numberHeader, numberText,
                        e instanceof io.pledgebench.domain.LocalizedMessage m
                                ? Text.of("book.events.badPatentNumberReason", m.text())
                                : Text.of("book.events.badPatentNumber", String.valueOf(e.getMessage()))));
            }
            String dateText = r.cell(column.get("date")).strip();
            String dateHeader = t.headers().get(column.get("date"));
            LocalDate date = null;
            try {
                date = FieldValues.date(dateText);
                if (date.isAfter(today)) {
                    problems.add(problem(name, r.number(), dateHeader, dateText,
                            Text.of("book.events.futureDate", today.toString())));
                    date = null;
                }
            } catch (RejectedValue e) {
                problems.add(problem(name, r.number(), dateHeader, dateText, e.reason()));
            }
            LegalStatus status = null;
            String statusText = column.containsKey("status") ? r.cell(column.get("status")).strip() : "";
            if (!statusText.isEmpty()) {
                status = LegalStatus.parse(statusText).orElse(null);
                if (status == null) {
                    problems.add(problem(name, r.number(), t.headers().get(column.get("status")), statusText,
                            Text.of("book.events.badStatus")));
                }
            }
            LegalEvent.Kind event = null;
            String eventText = column.containsKey("event") ? r.cell(column.get("event")).strip() : "";
            if (!eventText.isEmpty()) {
                event = StatusUpdate.parseEvent(eventText).orElse(null);
                if (event == null) {
                    problems.add(problem(name, r.number(), t.headers().get(column.get("event")), eventText,
                            Text.of("book.events.badEvent")));
                }
            }
            if (statusText.isEmpty() && eventText.isEmpty()) {
                problems.add(problem(name, r.number(), column.containsKey("status")
                        ? t.headers().get(column.get("status")) : t.headers().get(column.get("event")), "",
                        Text.of("book.events.noStatusOrEvent")));
            }
            String note = column.containsKey("note") ? r.cell(column.get("note")).strip() : "";
            if (note.length() > 2000) {
                problems.add(problem(name, r.number(), t.headers().get(column.get("note")), note.substring(0, 40) + "…",
                        Text.of("book.events.noteTooLong", 2000)));
            }
            if (canonical != null && date != null && (status != null || event != null) && problems.isEmpty()) {
                updates.add(new StatusUpdate(canonical, date, status, event, note, name));
            }
        }
        if (updates.isEmpty() && problems.isEmpty()) {
            problems.add(problem(name, null, null, null, Text.of("book.events.empty")));
        }
        return problems.isEmpty() ? new Result(updates, List.of(), sha) : new Result(List.of(), problems, sha);
    }

    private static String sha256(byte[] bytes) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private static ImportProblem problem(String file, Integer row, String column, String value, Text reason) {
        return new ImportProblem(file, null, row, column, value, reason.english(), reason.chinese());
    }
}
