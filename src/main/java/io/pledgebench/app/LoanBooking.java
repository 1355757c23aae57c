package io.pledgebench.app;

import com.fasterxml.jackson.databind.JsonNode;
import io.pledgebench.assessment.SavedInputs;
import io.pledgebench.domain.Enterprise;
import io.pledgebench.domain.LoanTimeline;
import io.pledgebench.domain.Owner;
import io.pledgebench.domain.Patent;
import io.pledgebench.domain.RefusedInputException;
import io.pledgebench.domain.Text;
import io.pledgebench.risk.eligibility.EligibilityContext;
import io.pledgebench.risk.eligibility.EligibilityResult;
import io.pledgebench.risk.eligibility.EligibilityRule;
import io.pledgebench.risk.eligibility.Outcome;
import io.pledgebench.risk.monitoring.StatusUpdate;
import io.pledgebench.risk.monitoring.StatusUpdates;
import io.pledgebench.store.AssessmentRepository;
import io.pledgebench.store.BookedLoan;
import io.pledgebench.store.Database;
import io.pledgebench.store.LoanBookRepository;
import io.pledgebench.store.NewBookedLoan;
import io.pledgebench.store.SavedAssessment;
import io.pledgebench.domain.SignOff;
import io.pledgebench.domain.SignOffRole;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Booking a loan from a saved assessment signed by a maker and a checker, for the command line ({@code book add}) and
 * the workbench (Loan book) alike. The patents the assessment found pledgeable are pledged; each is checked again as
 * known on the drawdown date against the refusal grounds of 专利权质押登记办法 (2021) art. 12 that the data can show
 * (the eligibility rules: owner or co-owners' consent, granted, in force, no annual fee in arrears, no pending
 * invalidation unless accepted, not frozen or disputed, not already pledged, the debt's term within the patent's life)
 * and against the open loans of the book; then the registration pack lists the parties, the patents, the secured
 * amount, the term and the documents to file.
 */
public final class LoanBooking {

    /** What the officer gave. {@code coverageTrigger} null: the grade's minimum coverage, else 80 % of booking's. */
    public record Request(long assessmentId, LocalDate drawdown, BigDecimal amount, BigDecimal rate,
                          String registrationNumber, LocalDate registrationDate, String pledgee, Double coverageTrigger,
                          double valueDropTrigger, String user, int registrationDays) {

        /** A request whose pledge must be registered within the default 30 days of drawdown. */
        public Request(long assessmentId, LocalDate drawdown, BigDecimal amount, BigDecimal rate,
                       String registrationNumber, LocalDate registrationDate, String pledgee, Double coverageTrigger,
                       double valueDropTrigger, String user) {
            this(assessmentId, drawdown, amount, rate, registrationNumber, registrationDate, pledgee, coverageTrigger,
                    valueDropTrigger, user, NewBookedLoan.DEFAULT_REGISTRATION_DAYS);
        }
    }

    /** A field of the request that is refused, with the value given; each surface words it (a flag, a form field). */
    public enum Field {
        AMOUNT, RATE, REGISTRATION_PAIR, REGISTERED_FUTURE, VALUE_DROP_TRIGGER, COVERAGE_TRIGGER, UNSIGNED
    }

    /** A refused field: the command line names its flag, the workbench its form field. */
    public static final class FieldRefused extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;
        private final Field field;
        private final transient List<Object> values;

        public FieldRefused(Field field, Object... values) {
            super(field + ": " + List.of(values));
            this.field = field;
            this.values = List.of(values);
        }

        public Field field() {
            return field;
        }

        public List<Object> values() {
            return values;
        }
    }

    /** A sentence rendered in the reader's language. */
    public interface Sentence {
        String render(Locale locale);
    }

    /** A sentence whose last argument is a list of reasons joined by "; " in the reader's language. */
    private record WithReasons(String key, List<Object> args, List<Text> reasons) implements Sentence {
        @Override
        public String render(Locale locale) {
            List<Object> all = new ArrayList<>(args);
            all.add(reasons.stream().map(t -> t.render(locale)).collect(Collectors.joining("; ")));
            return new Text(key, all).render(locale);
        }
    }

    private record Plain(Text text) implements Sentence {
        @Override
        public String render(Locale locale) {
            return text.render(locale);
        }
    }

    /** The patents the register would refuse on the drawdown date, or that open loans hold: one reason each. */
    public static final class Refused extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;
        private final transient List<Sentence> reasons;

        public Refused(List<Sentence> reasons) {
            super(reasons.stream().map(r -> r.render(Text.ENGLISH)).collect(Collectors.joining("; ")));
            this.reasons = List.copyOf(reasons);
        }

        public List<Sentence> reasons() {
            return reasons;
        }
    }

    /**
     * The loan as booked, the patents pledged (as known on the drawdown date), those left out as ineligible at
     * assessment, warnings per patent, and notices about the loan (above the recommended loan, a stale appraisal).
     */
    public record Booked(BookedLoan loan, List<Patent> pledged, List<String> excluded, List<Sentence> patentWarnings,
                         List<Text> notices) {

        /** The registration pack: one line each, in {@code locale}. */
        public List<String> pack(Locale locale) {
            BookedLoan l = loan;
            List<String> out = new ArrayList<>();
            out.add(Text.of("book.booked", l.loanId(), l.borrower(), Text.Amount.of(l.amount()),
                    l.drawdown().toString(), l.maturity().toString(), pledged.size(),
                    Text.of("book.registration." + l.registrationStatus().code()).render(locale),
                    l.registrationNumber() == null ? "-" : l.registrationNumber()).render(locale));
            out.add("");
            out.add(Text.of("book.pack.title", l.loanId()).render(locale));
            out.add(Text.of("book.pack.pledgor", l.borrower(), l.creditCode() == null ? "-" : l.creditCode())
                    .render(locale));
            out.add(l.pledgee() == null ? Text.of("book.pack.pledgeeMissing").render(locale)
                    : Text.of("book.pack.pledgee", l.pledgee()).render(locale));
            out.add(Text.of("book.pack.patents", pledged.size()).render(locale));
            boolean coOwned = false;
            for (Patent p : pledged) {
                coOwned |= p.coOwned();
                out.add("  " + Text.of("book.pack.patent", p.number().zlForm().orElse(p.number().canonical()),
                        p.title(), Text.of("book.type." + p.type().code()).render(locale),
                        p.owners().stream().map(Owner::name).collect(Collectors.joining("; ")),
                        p.legalExpiry().map(Object::toString).orElse("-")).render(locale));
            }
            for (String n : excluded) {
                out.add("  " + Text.of("book.pack.excluded", n).render(locale));
            }
            patentWarnings.forEach(w -> out.add("  " + w.render(locale)));
            out.add(Text.of("book.pack.amount", Text.Amount.of(l.amount())).render(locale));
            out.add(Text.of("book.pack.term", l.drawdown().toString(), l.maturity().toString(), l.termMonths())
                    .render(locale));
            out.add(Text.of("book.pack.checked", l.drawdown().toString()).render(locale));
            out.add(Text.of("book.pack.documents").render(locale));
            List<String> docs = new ArrayList<>(List.of("form", "contract", "identity", "attorney", "valuation"));
            if (coOwned) {
                docs.add("consent");
            }
            for (int i = 0; i < docs.size(); i++) {
                out.add("  " + Text.of("book.pack.doc." + docs.get(i), i + 1).render(locale));
            }
            if (!l.registered()) {
                out.add(Text.of("book.pack.registerWithin", l.registerBy().toString(), l.registrationDays())
                        .render(locale));
            }
            return out;
        }
    }

    /** The fall of the collateral's market value since booking that raises an alert unless the officer says. */
    public static final double DEFAULT_VALUE_DROP_TRIGGER = 0.3;

    private final Database db;

    public LoanBooking(Database db) {
        this.db = Objects.requireNonNull(db, "db");
    }

    /** A rate as typed: 0.0385 or 3.85%, strictly between 0 and 1. */
    public static BigDecimal rate(String text) {
        String t = text.trim();
        boolean percent = t.endsWith("%");
        try {
            BigDecimal v = new BigDecimal(percent ? t.substring(0, t.length() - 1).trim() : t);
            if (percent) {
                v = v.movePointLeft(2);
            }
            if (v.signum() <= 0 || v.compareTo(BigDecimal.ONE) >= 0) {
                throw new FieldRefused(Field.RATE, text);
            }
            return v;
        } catch (NumberFormatException e) {
            throw new FieldRefused(Field.RATE, text);
        }
    }

    /** The checks of the request's own fields, before the database is read. */
    public static void check(Request r, LocalDate today) {
        if (r.amount().signum() <= 0) {
            throw new FieldRefused(Field.AMOUNT, r.amount().toPlainString());
        }
        if (r.rate() != null && (r.rate().signum() <= 0 || r.rate().compareTo(BigDecimal.ONE) >= 0)) {
            throw new FieldRefused(Field.RATE, r.rate().toPlainString());
        }
        boolean number = r.registrationNumber() != null && !r.registrationNumber().isBlank();
        if (number != (r.registrationDate() != null)) {
            throw new FieldRefused(Field.REGISTRATION_PAIR);
        }
        if (r.registrationDate() != null && r.registrationDate().isAfter(today)) {
            throw new FieldRefused(Field.REGISTERED_FUTURE, r.registrationDate().toString());
        }
        if (!(r.valueDropTrigger() > 0 && r.valueDropTrigger() <= 1)) {
            throw new FieldRefused(Field.VALUE_DROP_TRIGGER, r.valueDropTrigger());
        }
        if (r.coverageTrigger() != null && !(r.coverageTrigger() >= 0 && Double.isFinite(r.coverageTrigger()))) {
            throw new FieldRefused(Field.COVERAGE_TRIGGER, r.coverageTrigger());
        }
    }

    /**
     * Books the loan of {@code r} on {@code today}. Refused ({@link FieldRefused}, {@link Refused} or a
     * {@link RefusedInputException}) with nothing stored when a field is wrong, the assessment is missing or unsigned,
     * or a patent cannot be pledged on the drawdown date.
     */
    public Booked book(Request r, LocalDate today) {
        check(r, today);
        long assessmentId = r.assessmentId();
        LocalDate drawdown = Objects.requireNonNull(r.drawdown(), "drawdown");
        SavedAssessment a = new AssessmentRepository(db).load(assessmentId).orElseThrow(() ->
                RefusedInputException.of("book.refused.noAssessment", assessmentId));
        String maker = a.signOff(SignOffRole.MAKER).map(SignOff::signedBy).orElse(null);
        String checker = a.signOff(SignOffRole.CHECKER).map(SignOff::signedBy).orElse(null);
        if (maker == null || checker == null) {
            throw new FieldRefused(Field.UNSIGNED, assessmentId, maker == null ? "-" : maker,
                    checker == null ? "-" : checker);
        }
        SavedInputs saved = SavedAssessments.inputs(a);
        JsonNode result = SavedAssessments.result(a);
        int term = saved.inputs().loan().termMonths();
        LoanTimeline timeline = new LoanTimeline(drawdown, drawdown, term);
        String borrower = result.path("pledgor").path("name").asText(null);
        Enterprise enterprise = saved.inputs().portfolio().enterprise();
        if (borrower == null || borrower.isBlank()) {
            throw RefusedInputException.of("book.refused.noPledgor", assessmentId);
        }
        Map<String, String> assessedStatus = new HashMap<>();
        for (JsonNode p : result.path("patents")) {
            assessedStatus.put(p.path("patentNumber").asText(), p.path("eligibility").path("status").asText());
        }
        LoanBookRepository book = new LoanBookRepository(db);
        List<StatusUpdate> updates = book.statusUpdates();
        Map<String, String> pledgedElsewhere = new HashMap<>();
        for (BookedLoan l : book.list()) {
            if (l.closedDate() == null || l.closedDate().isAfter(drawdown)) {
                l.patents().forEach(n -> pledgedElsewhere.putIfAbsent(n, l.loanId()));
            }
        }
        EligibilityContext context = EligibilityContext.of(borrower, timeline,
                saved.inputs().acceptedPendingInvalidation());
        List<Patent> pledged = new ArrayList<>();
        List<String> excluded = new ArrayList<>();
        List<Sentence> refusals = new ArrayList<>();
        List<Sentence> warnings = new ArrayList<>();
        for (Patent assessed : saved.inputs().portfolio().patents()) {
            String n = assessed.number().canonical();
            if (Outcome.FAIL.code().equals(assessedStatus.get(n))) {
                excluded.add(n);
                continue;
            }
            Patent p = StatusUpdates.apply(assessed, updates, drawdown);
            EligibilityResult e = saved.parameters().eligibility().evaluate(p, context, EligibilityRule.Stage.LEGAL);
            if (!e.pledgeable()) {
                refusals.add(new WithReasons("book.refused.patent", List.of(n, drawdown.toString()), e.checks().stream()
                        .filter(c -> c.outcome() == Outcome.FAIL).map(c -> c.reason()).toList()));
            } else if (pledgedElsewhere.containsKey(n)) {
                refusals.add(new Plain(Text.of("book.refused.alreadyBooked", n, pledgedElsewhere.get(n))));
            } else {
                pledged.add(p);
                if (e.status() == Outcome.WARNING) {
                    warnings.add(new WithReasons("book.pack.warning", List.of(n), e.reasons()));
                }
            }
        }
        if (!refusals.isEmpty()) {
            throw new Refused(refusals);
        }
        if (pledged.isEmpty()) {
            throw RefusedInputException.of("book.refused.nothing", assessmentId);
        }
        JsonNode collateral = result.path("collateral");
        BigDecimal marketValue = money(collateral.path("marketValue").asDouble(0));
        BigDecimal liquidationValue = money(collateral.path("liquidationValue").asDouble(0));
        double trigger = r.coverageTrigger() != null ? r.coverageTrigger()
                : defaultTrigger(result, liquidationValue, r.amount());
        List<Text> notices = new ArrayList<>();
        double recommended = result.path("recommendation").path("recommendedLoan").asDouble(0);
        if (r.amount().doubleValue() > recommended) {
            notices.add(Text.of("book.warning.aboveRecommended", Text.Amount.of(r.amount()),
                    Text.Amount.of(money(recommended)), assessmentId));
        }
        if (drawdown.isAfter(a.asOf().plusMonths(12))) {
            notices.add(Text.of("book.warning.staleAppraisal", a.asOf().toString(), drawdown.toString()));
        }
        String number = r.registrationNumber() == null || r.registrationNumber().isBlank() ? null
                : r.registrationNumber().strip();
        String pledgee = r.pledgee() == null || r.pledgee().isBlank() ? null : r.pledgee().strip();
        NewBookedLoan loan = new NewBookedLoan(assessmentId, borrower,
                enterprise == null || enterprise.creditCode() == null ? null : enterprise.creditCode().value(),
                enterprise == null ? null : enterprise.industry(), pledgee, saved.inputs().portfolio().currency(),
                r.amount(), r.rate(), drawdown, term, saved.parameters().risk().riskSharing().id(), trigger,
                r.valueDropTrigger(), a.asOf(), marketValue, liquidationValue, number,
                number == null ? null : r.registrationDate(), pledged.stream().map(p -> p.number().canonical()).toList(),
                r.registrationDays());
        BookedLoan booked = book.book(loan, r.user());
        return new Booked(booked, pledged, excluded, warnings, notices);
    }

    private static double defaultTrigger(JsonNode result, BigDecimal liquidationValue, BigDecimal amount) {
        JsonNode grade = result.path("gradeMinimumCoverage");
        if (grade.isNumber() && grade.asDouble() > 0) {
            return grade.asDouble();
        }
        return 0.8 * liquidationValue.doubleValue() / amount.doubleValue();
    }

    private static BigDecimal money(double v) {
        return BigDecimal.valueOf(v).setScale(2, RoundingMode.HALF_UP);
    }
}
