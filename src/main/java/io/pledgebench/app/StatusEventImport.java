package io.pledgebench.app;

import io.pledgebench.domain.LegalEvent;
import io.pledgebench.domain.StateFates;
import io.pledgebench.domain.Text;
import io.pledgebench.io.ImportNote;
import io.pledgebench.io.ImportProblem;
import io.pledgebench.io.ImportResult;
import io.pledgebench.io.PortfolioReader;
import io.pledgebench.io.SourceHash;
import io.pledgebench.io.StatusCsvReader;
import io.pledgebench.risk.monitoring.StatusUpdate;
import io.pledgebench.risk.monitoring.StatusUpdates;
import io.pledgebench.store.AssessmentRepository;
import io.pledgebench.store.Database;
import io.pledgebench.store.LoanBookRepository;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Legal-status updates from a file, read and then applied: the CN status CSV, or EPO OPS legal-event and USPTO
 * assignment XML read with the importer's reader. {@link #read} only reads (the preview: the updates per patent, the
 * refusals with file, row, column, value and reason, the notices that do not block); {@link #apply} stores an accepted
 * file in one audited transaction. The command line's {@code events import} and the workbench's Loan book call both,
 * so the two apply the same rules (ADR 0011).
 */
public final class StatusEventImport {

    /**
     * One patent's updates in the file: how many, from and to which day, the events and the statuses they give, and the
     * designated states they name (empty for updates of the whole patent).
     */
    public record PatentUpdates(String patentNumber, int updates, LocalDate first, LocalDate last,
                                Set<LegalEvent.Kind> events, Set<io.pledgebench.domain.LegalStatus> statuses,
                                Set<String> states) {
    }

    /**
     * What a file holds: the updates to apply, or the refusals (any refusal refuses the whole file, so then there is no
     * update); the notices (patents of a register document the bank does not hold, designated-state codes that are not
     * states of the European Patent Convention) never block.
     */
    public record Preview(String fileName, String sha256, List<StatusUpdate> updates, List<ImportProblem> refusals,
                          List<ImportProblem> notices) {
        public Preview {
            updates = List.copyOf(updates);
            refusals = List.copyOf(refusals);
            notices = List.copyOf(notices);
        }

        public boolean refused() {
            return !refusals.isEmpty();
        }

        /** The updates grouped by patent, in the order the file first names them. */
        public List<PatentUpdates> perPatent() {
            Map<String, List<StatusUpdate>> by = new LinkedHashMap<>();
            for (StatusUpdate u : updates) {
                by.computeIfAbsent(u.patentNumber(), k -> new ArrayList<>()).add(u);
            }
            List<PatentUpdates> out = new ArrayList<>();
            by.forEach((number, list) -> {
                Set<LegalEvent.Kind> events = java.util.EnumSet.noneOf(LegalEvent.Kind.class);
                Set<io.pledgebench.domain.LegalStatus> statuses =
                        java.util.EnumSet.noneOf(io.pledgebench.domain.LegalStatus.class);
                Set<String> states = new TreeSet<>();
                LocalDate first = null;
                LocalDate last = null;
                for (StatusUpdate u : list) {
                    if (u.event() != null) {
                        events.add(u.event());
                    }
                    if (u.status() != null) {
                        statuses.add(u.status());
                    }
                    if (!u.state().isEmpty()) {
                        states.add(u.state());
                    }
                    first = first == null || u.date().isBefore(first) ? u.date() : first;
                    last = last == null || u.date().isAfter(last) ? u.date() : last;
                }
                out.add(new PatentUpdates(number, list.size(), first, last, java.util.Collections.unmodifiableSet(events),
                        java.util.Collections.unmodifiableSet(statuses), java.util.Collections.unmodifiableSet(states)));
            });
            return out;
        }
    }

    private StatusEventImport() {
    }

    /** Whether {@code file} is read as register XML (EPO OPS, USPTO assignments) rather than the status CSV. */
    public static boolean isXml(Path file) {
        return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xml");
    }

    /**
     * Reads {@code file} against the database's patents (pledged in the book, stored in a portfolio, or part of a saved
     * assessment about to be booked); an update dated after {@code today} is refused. Nothing is stored.
     */
    public static Preview read(Database db, Path file, LocalDate today) {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        if (!Files.isRegularFile(file)) {
            Text why = Text.of("book.events.noFile", file.toString());
            return new Preview(name, "", List.of(), List.of(new ImportProblem(name, null, null, null, null,
                    why.english(), why.chinese())), List.of());
        }
        Set<String> known = known(db);
        if (isXml(file)) {
            return withoutRepeats(db, xml(file, name, known, today));
        }
        StatusCsvReader.Result r = StatusCsvReader.read(file, known, today);
        return withoutRepeats(db, new Preview(name, r.sha256(), r.updates(), r.problems(), List.of()));
    }

    /**
     * The preview without the updates already stored or repeated in the file (the same patent, day, status, event and
     * state: {@link StatusUpdates#sameFact}), named in a notice, so importing a file twice counts no fee payment twice;
     * a file that holds nothing new is refused, naming the rows.
     */
    static Preview withoutRepeats(Database db, Preview preview) {
        if (preview.refused() || preview.updates().isEmpty()) {
            return preview;
        }
        Set<Object> seen = new HashSet<>();
        for (StatusUpdate u : new LoanBookRepository(db).statusUpdates()) {
            seen.add(StatusUpdates.sameFact(u));
        }
        List<StatusUpdate> fresh = new ArrayList<>();
        List<String> repeated = new ArrayList<>();
        for (StatusUpdate u : preview.updates()) {
            if (seen.add(StatusUpdates.sameFact(u))) {
                fresh.add(u);
            } else {
                repeated.add(u.patentNumber() + " " + u.date() + (u.state().isEmpty() ? "" : " " + u.state()));
            }
        }
        List<ImportProblem> notices = new ArrayList<>(preview.notices());
        samePayments(db, fresh, preview.fileName(), notices);
        if (repeated.isEmpty()) {
            return new Preview(preview.fileName(), preview.sha256(), preview.updates(), List.of(), notices);
        }
        String rows = String.join("; ", repeated.size() > 20 ? repeated.subList(0, 20) : repeated)
                + (repeated.size() > 20 ? "; …" : "");
        if (fresh.isEmpty()) {
            Text why = Text.of("book.events.allRepeated", repeated.size(), rows);
            return new Preview(preview.fileName(), preview.sha256(), List.of(), List.of(new ImportProblem(
                    preview.fileName(), null, null, null, null, why.english(), why.chinese())), preview.notices());
        }
        Text why = Text.of("book.events.repeatedSkipped", repeated.size(), rows);
        notices.add(new ImportProblem(preview.fileName(), null, null, null, null, why.english(), why.chinese()));
        return new Preview(preview.fileName(), preview.sha256(), fresh, List.of(), notices);
    }

    /**
     * A notice for each new fee payment recorded within {@link StatusUpdates#SAME_PAYMENT_DAYS} of another payment of
     * the same patent (stored or in the file) on another day: monitoring counts them as one payment, one fee year
     * (a receipt date and a register date of one payment), and the notice names both rows.
     */
    private static void samePayments(Database db, List<StatusUpdate> fresh, String fileName,
                                     List<ImportProblem> notices) {
        List<StatusUpdate> payments = new ArrayList<>();
        for (StatusUpdate u : new LoanBookRepository(db).statusUpdates()) {
            if (u.event() == io.pledgebench.domain.LegalEvent.Kind.FEE_PAID && !u.perState()) {
                payments.add(u);
            }
        }
        for (StatusUpdate u : fresh) {
            if (u.event() != io.pledgebench.domain.LegalEvent.Kind.FEE_PAID || u.perState()) {
                continue;
            }
            for (StatusUpdate other : payments) {
                if (other.patentNumber().equals(u.patentNumber()) && !other.date().equals(u.date())
                        && StatusUpdates.samePayment(other.date(), u.date())) {
                    LocalDate first = other.date().isBefore(u.date()) ? other.date() : u.date();
                    LocalDate second = other.date().isBefore(u.date()) ? u.date() : other.date();
                    Text why = Text.of("book.events.samePayment", u.patentNumber(), first.toString(),
                            second.toString(), (int) java.time.temporal.ChronoUnit.DAYS.between(first, second),
                            StatusUpdates.SAME_PAYMENT_DAYS);
                    notices.add(new ImportProblem(fileName, null, null, null, null, why.english(), why.chinese()));
                    break;
                }
            }
            payments.add(u);
        }
    }

    /** The patents pledged in the book, stored in portfolios, or assessed in a saved assessment (about to be booked). */
    private static Set<String> known(Database db) {
        Set<String> known = new HashSet<>(new LoanBookRepository(db).knownPatents());
        // only the assessed patents' numbers: one query over the result documents, each read with a streaming parser
        new AssessmentRepository(db).forEachResultJson(json -> known.addAll(SavedAssessments.patentNumbers(json)));
        return known;
    }

    /**
     * EPO OPS legal events or USPTO assignments, read by the importer's XML reader: a register document carries the
     * whole family, so events of patents the bank does not hold are left out with a notice; a document that cannot be
     * read, or whose events are undated or dated after today, is refused. The reader's own notices (such as a
     * designated-state code that is no EPC state) are passed on with their place.
     */
    private static Preview xml(Path file, String name, Set<String> known, LocalDate today) {
        ImportResult r = PortfolioReader.read(file);
        List<ImportProblem> notices = new ArrayList<>();
        for (ImportNote n : r.notes()) {
            notices.add(new ImportProblem(n.file(), n.sheet(), null, null, null, n.message(), n.messageZh()));
        }
        if (r.hasProblems()) {
            return new Preview(name, "", List.of(), r.problems(), notices);
        }
        if (r.portfolio() != null || r.events() == null) {
            Text why = Text.of("book.events.notEventsFile");
            return new Preview(name, "", List.of(), List.of(new ImportProblem(name, null, null, null, null,
                    why.english(), why.chinese())), notices);
        }
        List<StatusUpdate> updates = new ArrayList<>();
        List<ImportProblem> problems = new ArrayList<>();
        Set<String> skipped = new TreeSet<>();
        for (Map.Entry<String, List<LegalEvent>> e : r.events().entrySet()) {
            if (!known.contains(e.getKey())) {
                skipped.add(e.getKey());
                continue;
            }
            for (LegalEvent ev : e.getValue()) {
                if (ev.date() == null || ev.date().isAfter(today)) {
                    Text why = ev.date() == null ? Text.of("book.events.undated")
                            : Text.of("book.events.futureDate", today.toString());
                    problems.add(new ImportProblem(name, null, null, e.getKey(), ev.code(), why.english(),
                            why.chinese()));
                    continue;
                }
                // an EP patent is a bundle of national rights: an event of one designated state keeps its state, and
                // monitoring applies it to that state only (StateFates); USPTO and whole-patent events carry none
                String jurisdiction = e.getKey().length() >= 2 ? e.getKey().substring(0, 2) : "";
                String state = StateFates.national(jurisdiction, ev.country()) ? "" : ev.country();
                updates.add(new StatusUpdate(e.getKey(), ev.date(), null, ev.kind(),
                        (ev.code() + " " + ev.description()).strip(), name, state));
            }
        }
        if (!skipped.isEmpty()) {
            Text why = Text.of("book.events.skippedPatents", skipped.size(), String.join(", ", skipped));
            notices.add(new ImportProblem(name, null, null, null, null, why.english(), why.chinese()));
        }
        if (problems.isEmpty() && updates.isEmpty()) {
            Text why = Text.of("book.events.noneKnown");
            problems.add(new ImportProblem(name, null, null, null, null, why.english(), why.chinese()));
        }
        String sha = SourceHash.of(file);
        return problems.isEmpty() ? new Preview(name, sha, updates, List.of(), notices)
                : new Preview(name, sha, List.of(), problems, notices);
    }

    /**
     * Stores the updates of an accepted preview in one transaction with one audit entry (file name, rows, SHA-256);
     * refused when the preview holds refusals. A cancel seen by {@code progress} before the transaction commits stores
     * nothing ({@link java.util.concurrent.CancellationException}).
     */
    public static int apply(Database db, Preview preview, String user, Progress progress) {
        if (preview.refused()) {
            throw new IllegalArgumentException("a refused file is never applied: " + preview.refusals().get(0)
                    .describe());
        }
        return new LoanBookRepository(db).importEvents(preview.updates(), preview.fileName(), preview.sha256(), user,
                progress::update, progress::cancelled);
    }
}
