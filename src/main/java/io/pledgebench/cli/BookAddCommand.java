package io.pledgebench.cli;

import io.pledgebench.app.LoanBooking;
import io.pledgebench.domain.Text;
import io.pledgebench.store.Database;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

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

    @Option(names = "--rate", paramLabel = "R", description = "interest rate, 0.0385 or 3.85%%")
    String rate;

    @Option(names = "--registration", paramLabel = "NO", description = "pledge registration number (质押登记号)")
    String registration;

    @Option(names = "--registered", paramLabel = "DATE", description = "date of the pledge registration")
    LocalDate registered;

    @Option(names = "--pledgee", paramLabel = "NAME", description = "the lending bank (质权人) for the registration pack")
    String pledgee;

    @Option(names = "--coverage-trigger", paramLabel = "C", description = "coverage (liquidation value / exposure)"
            + " below which the loan is in breach (default: the minimum coverage of the grade the assessment gave,"
            + " else 80 %% of the coverage at booking)")
    Double coverageTrigger;

    @Option(names = "--value-drop-trigger", paramLabel = "D", defaultValue = "" + LoanBooking.DEFAULT_VALUE_DROP_TRIGGER, description = "fall of the"
            + " collateral's market value since booking, as a fraction, that raises an alert (default: ${DEFAULT-VALUE})")
    double valueDropTrigger;

    @Option(names = "--registration-days", paramLabel = "DAYS", defaultValue = "30", description = "days after"
            + " drawdown by which the pledge must be registered, stored with the loan; monitoring alerts after that day"
            + " (default: ${DEFAULT-VALUE})")
    int registrationDays;

    @Option(names = "--user", paramLabel = "NAME", description = "who books it (default: the operating-system user)")
    String user;

    @Option(names = "--lang", paramLabel = "en|zh-CN", defaultValue = "en", description = "language of the pack")
    String lang;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        Locale locale = AssessCommand.locale(lang);
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try (Database db = dbOption.openExisting()) {
            LoanBooking.Request request = new LoanBooking.Request(assessmentId, drawdown, AssessCommand.amount(amount),
                    rate == null ? null : LoanBooking.rate(rate), registration, registered, pledgee, coverageTrigger,
                    valueDropTrigger, LoanBookSupport.user(db, user), registrationDays);
            LoanBooking.Booked booked = new LoanBooking(db).book(request, parent.root.today());
            booked.notices().forEach(t -> err.println(t.render(locale)));
            booked.pack(locale).forEach(out::println);
            out.flush();
            err.flush();
        } catch (LoanBooking.FieldRefused e) {
            throw new IllegalArgumentException(refusal(e, amount, rate).render(locale), e);
        } catch (LoanBooking.Refused e) {
            throw new BadInputException(e.reasons().stream().map(r -> "error: " + r.render(locale)).toList());
        } catch (io.pledgebench.domain.RefusedInputException e) {
            throw new IllegalArgumentException(e.text().render(locale), e);
        }
    }

    /** A refused field worded for the command line: the flag and the value as typed. */
    private static Text refusal(LoanBooking.FieldRefused e, String amountTyped, String rateTyped) {
        List<Object> v = e.values();
        return switch (e.field()) {
            case AMOUNT -> Text.of("book.refused.amount", amountTyped);
            case RATE -> Text.of("book.refused.rate", rateTyped == null ? v.get(0) : rateTyped);
            case REGISTRATION_PAIR -> Text.of("book.refused.registrationPair");
            case REGISTERED_FUTURE -> Text.of("book.refused.registeredFuture", v.get(0));
            case VALUE_DROP_TRIGGER -> Text.of("book.refused.valueDropTrigger", v.get(0));
            case COVERAGE_TRIGGER -> Text.of("book.refused.coverageTrigger", v.get(0));
            case UNSIGNED -> Text.of("book.refused.unsigned", v.get(0), v.get(1), v.get(2));
        };
    }
}
