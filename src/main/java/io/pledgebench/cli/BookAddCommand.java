package io.pledgebench.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.pledgebench.assessment.SavedInputs;
import io.pledgebench.domain.Enterprise;
import io.pledgebench.domain.LoanTimeline;
import io.pledgebench.domain.Owner;
import io.pledgebench.domain.Patent;
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
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * {@code book add --assessment ID --drawdown DATE --amount X [--rate R] [--registration NO --registered DATE]}:
 * books a loan from a saved assessment signed by a maker and a checker. The patents the assessment found pledgeable
 * are pledged; each is checked again as known on the drawdown date against the refusal grounds of 专利权质押登记办法
 * (2021) art. 12 that the data can show (the eligibility rules: owner or co-owners' consent, granted, in force, no
 * annual fee in arrears, no pending invalidation unless accepted, not frozen or disputed, not already pledged, the
 * debt's term within the patent's life) and against the open loans of the book; then the registration pack is
 * printed: the parties, the patents, the secured amount, the term and the documents to file.
 */
@Command(name = "add", mixinStandardHelpOptions = true,
        description = "Book a loan from a saved assessment signed by a maker and a checker; print the registration pack.")
public final class BookAddCommand implements Runnable {

    @Mixin
    DbOption dbOption;

    @CommandLine.ParentCommand
    BookCommand parent;

    @Option(names = "--assessment", required = true, paramLabel = "ID", description = "the saved assessment's id")
    long assessmentId;

    @Option(names = "--drawdown", required = true, paramLabel = "DATE", description = "drawdown date, ISO yyyy-mm-dd")
    LocalDate drawdown;

    @Option(names = "--amount", required = true, paramLabel = "X", description = "amount drawn, in the portfolio's"
            + " currency (thousands may be grouped: 15,000,000)")
    String amount;

    @Option(names = "--rate", paramLabel = "R", description = "interest rate, 0.0385 or 3.85%")
    String rate;

    @Option(names = "--registration", paramLabel = "NO", description = "pledge registration number (质押登记号)")
    String registration;

    @Option(names = "--registered", paramLabel = "DATE", description = "date of the pledge registration")
    LocalDate registered;

    @Option(names = "--pledgee", paramLabel = "NAME", description = "the lending bank (质权人) for the registration pack")
    String pledgee;

    @Option(names = "--coverage-trigger", paramLabel = "C", description = "coverage (liquidation value / exposure)"
            + " below which the loan is in breach (default: the minimum coverage of the grade the assessment gave,"
            + " else 80 % of the coverage at booking)")
    Double coverageTrigger;

    @Option(names = "--value-drop-trigger", paramLabel = "D", defaultValue = "0.3", description = "fall of the"
            + " collateral's market value since booking, as a fraction, that raises an alert (default: ${DEFAULT-VALUE})")
    double valueDropTrigger;

    @Option(names = "--user", paramLabel = "NAME", description = "who books it (default: the operating-system user)")
    String user;

    @Option(names = "--lang", paramLabel = "en|zh-CN", defaultValue = "en", description = "language of the pack")
    String lang;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        Locale locale = AssessCommand.locale(lang);
        BigDecimal amt = AssessCommand.amount(amount);
        if (amt.signum() <= 0) {
            throw new IllegalArgumentException(Text.of("book.refused.amount", amount).render(locale));
        }
        BigDecimal r = rate == null ? null : rate(rate, locale);
        if ((registration == null) != (registered == null)) {
            throw new IllegalArgumentException(Text.of("book.refused.registrationPair").render(locale));
        }
        if (registered != null && registered.isAfter(parent.root.today())) {
            throw new IllegalArgumentException(Text.of("book.refused.registeredFuture", registered.toString())
                    .render(locale));
        }
        if (!(valueDropTrigger > 0 && valueDropTrigger <= 1)) {
            throw new IllegalArgumentException(Text.of("book.refused.valueDropTrigger", valueDropTrigger).render(locale));
        }
        if (coverageTrigger != null && !(coverageTrigger >= 0 && Double.isFinite(coverageTrigger))) {
            throw new IllegalArgumentException(Text.of("book.refused.coverageTrigger", coverageTrigger).render(locale));
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try (Database db = dbOption.openExisting()) {
            SavedAssessment a = new AssessmentRepository(db).load(assessmentId).orElseThrow(() ->
                    new IllegalArgumentException(Text.of("book.refused.noAssessment", assessmentId).render(locale)));
            String maker = a.signOff(SignOffRole.MAKER).map(SignOff::signedBy).orElse(null);
            String checker = a.signOff(SignOffRole.CHECKER).map(SignOff::signedBy).orElse(null);
            if (maker == null || checker == null) {
                throw new IllegalArgumentException(Text.of("book.refused.unsigned", assessmentId,
                        maker == null ? "-" : maker, checker == null ? "-" : checker).render(locale));
            }
            SavedInputs saved = LoanBookSupport.inputs(a);
            JsonNode result = LoanBookSupport.result(a);
            int term = saved.inputs().loan().termMonths();
            LoanTimeline timeline = new LoanTimeline(drawdown, drawdown, term);
            String borrower = result.path("pledgor").path("name").asText(null);
            Enterprise enterprise = saved.inputs().portfolio().enterprise();
            if (borrower == null || borrower.isBlank()) {
                throw new IllegalArgumentException(Text.of("book.refused.noPledgor", assessmentId).render(locale));
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
            List<String> refusals = new ArrayList<>();
            List<String> warnings = new ArrayList<>();
            for (Patent assessed : saved.inputs().portfolio().patents()) {
                String n = assessed.number().canonical();
                if (Outcome.FAIL.code().equals(assessedStatus.get(n))) {
                    excluded.add(n);
                    continue;
                }
                Patent p = StatusUpdates.apply(assessed, updates, drawdown);
                EligibilityResult e = saved.parameters().eligibility().evaluate(p, context, EligibilityRule.Stage.LEGAL);
                if (!e.pledgeable()) {
                    refusals.add("error: " + Text.of("book.refused.patent", n, drawdown.toString(), e.checks().stream()
                            .filter(c -> c.outcome() == Outcome.FAIL).map(c -> c.reason().render(locale))
                            .collect(Collectors.joining("; "))).render(locale));
                } else if (pledgedElsewhere.containsKey(n)) {
                    refusals.add("error: " + Text.of("book.refused.alreadyBooked", n, pledgedElsewhere.get(n))
                            .render(locale));
                } else {
                    pledged.add(p);
                    if (e.status() == Outcome.WARNING) {
                        warnings.add("  " + Text.of("book.pack.warning", n, e.reasons().stream().map(t -> t.render(locale))
                                .collect(Collectors.joining("; "))).render(locale));
                    }
                }
            }
            if (!refusals.isEmpty()) {
                throw new BadInputException(refusals);
            }
            if (pledged.isEmpty()) {
                throw new IllegalArgumentException(Text.of("book.refused.nothing", assessmentId).render(locale));
            }
            JsonNode collateral = result.path("collateral");
            BigDecimal marketValue = money(collateral.path("marketValue").asDouble(0));
            BigDecimal liquidationValue = money(collateral.path("liquidationValue").asDouble(0));
            double trigger = coverageTrigger != null ? coverageTrigger : defaultTrigger(result, liquidationValue, amt);
            double recommended = result.path("recommendation").path("recommendedLoan").asDouble(0);
            if (amt.doubleValue() > recommended) {
                err.println(Text.of("book.warning.aboveRecommended", Text.Amount.of(amt),
                        Text.Amount.of(money(recommended)), assessmentId).render(locale));
            }
            if (drawdown.isAfter(a.asOf().plusMonths(12))) {
                err.println(Text.of("book.warning.staleAppraisal", a.asOf().toString(), drawdown.toString())
                        .render(locale));
            }
            NewBookedLoan loan = new NewBookedLoan(assessmentId, borrower,
                    enterprise == null || enterprise.creditCode() == null ? null : enterprise.creditCode().value(),
                    enterprise == null ? null : enterprise.industry(), pledgee, saved.inputs().portfolio().currency(),
                    amt, r, drawdown, term, saved.parameters().risk().riskSharing().id(), trigger, valueDropTrigger,
                    a.asOf(), marketValue, liquidationValue, registration == null ? null : registration.strip(),
                    registered, pledged.stream().map(p -> p.number().canonical()).toList());
            BookedLoan booked = book.book(loan, LoanBookSupport.user(db, user));
            pack(out, locale, booked, pledged, excluded, warnings, enterprise);
            out.flush();
            err.flush();
        }
    }

    private static double defaultTrigger(JsonNode result, BigDecimal liquidationValue, BigDecimal amount) {
        JsonNode grade = result.path("gradeMinimumCoverage");
        if (grade.isNumber() && grade.asDouble() > 0) {
            return grade.asDouble();
        }
        return 0.8 * liquidationValue.doubleValue() / amount.doubleValue();
    }

    private void pack(PrintWriter out, Locale locale, BookedLoan l, List<Patent> pledged, List<String> excluded,
                      List<String> warnings, Enterprise enterprise) {
        out.println(Text.of("book.booked", l.loanId(), l.borrower(), Text.Amount.of(l.amount()), l.drawdown().toString(),
                l.maturity().toString(), pledged.size(), Text.of("book.registration." + l.registrationStatus().code())
                        .render(locale), l.registrationNumber() == null ? "-" : l.registrationNumber()).render(locale));
        out.println();
        out.println(Text.of("book.pack.title", l.loanId()).render(locale));
        out.println(Text.of("book.pack.pledgor", l.borrower(), l.creditCode() == null ? "-" : l.creditCode())
                .render(locale));
        out.println(l.pledgee() == null ? Text.of("book.pack.pledgeeMissing").render(locale)
                : Text.of("book.pack.pledgee", l.pledgee()).render(locale));
        out.println(Text.of("book.pack.patents", pledged.size()).render(locale));
        boolean coOwned = false;
        for (Patent p : pledged) {
            coOwned |= p.coOwned();
            out.println("  " + Text.of("book.pack.patent", p.number().zlForm().orElse(p.number().canonical()), p.title(),
                    Text.of("book.type." + p.type().code()).render(locale),
                    p.owners().stream().map(Owner::name).collect(Collectors.joining("; ")),
                    p.legalExpiry().map(Object::toString).orElse("-")).render(locale));
        }
        for (String n : excluded) {
            out.println("  " + Text.of("book.pack.excluded", n).render(locale));
        }
        warnings.forEach(out::println);
        out.println(Text.of("book.pack.amount", Text.Amount.of(l.amount())).render(locale));
        out.println(Text.of("book.pack.term", l.drawdown().toString(), l.maturity().toString(), l.termMonths())
                .render(locale));
        out.println(Text.of("book.pack.checked", l.drawdown().toString()).render(locale));
        out.println(Text.of("book.pack.documents").render(locale));
        List<String> docs = new ArrayList<>(List.of("form", "contract", "identity", "attorney", "valuation"));
        if (coOwned) {
            docs.add("consent");
        }
        for (int i = 0; i < docs.size(); i++) {
            out.println("  " + Text.of("book.pack.doc." + docs.get(i), i + 1).render(locale));
        }
        if (!l.registered()) {
            out.println(Text.of("book.pack.registerBy", l.drawdown().plusDays(
                    io.pledgebench.risk.monitoring.MonitoringPolicy.defaults().registrationDays()).toString())
                    .render(locale));
        }
    }

    private static BigDecimal rate(String text, Locale locale) {
        String t = text.trim();
        boolean percent = t.endsWith("%");
        try {
            BigDecimal v = new BigDecimal(percent ? t.substring(0, t.length() - 1).trim() : t);
            if (percent) {
                v = v.movePointLeft(2);
            }
            if (v.signum() <= 0 || v.compareTo(BigDecimal.ONE) >= 0) {
                throw new IllegalArgumentException(Text.of("book.refused.rate", text).render(locale));
            }
            return v;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(Text.of("book.refused.rate", text).render(locale));
        }
    }

    private static BigDecimal money(double v) {
        return BigDecimal.valueOf(v).setScale(2, RoundingMode.HALF_UP);
    }
}
