package io.pledgebench.cli;

import io.pledgebench.domain.Text;
import io.pledgebench.store.BookedLoan;
import io.pledgebench.store.Database;
import io.pledgebench.store.LoanBookRepository;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** {@code book list [--json]}: every booked loan, oldest first. */
@Command(name = "list", mixinStandardHelpOptions = true, description = "List the booked loans.")
public final class BookListCommand implements Runnable {

    @Mixin
    DbOption dbOption;

    @Option(names = "--json", description = "print a JSON array of loans")
    boolean json;

    @Option(names = "--lang", paramLabel = "en|zh-CN", defaultValue = "en", description = "language of the listing")
    String lang;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        Locale locale = AssessCommand.locale(lang);
        PrintWriter out = spec.commandLine().getOut();
        try (Database db = dbOption.openExisting()) {
            List<BookedLoan> loans = new LoanBookRepository(db).list();
            if (json) {
                List<Object> all = new ArrayList<>();
                loans.forEach(l -> all.add(toJson(l)));
                try {
                    JsonOutput.mapper().writerWithDefaultPrettyPrinter().writeValue(out, all);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                out.println();
            } else if (loans.isEmpty()) {
                out.println(Text.of("book.list.empty").render(locale));
            } else {
                for (BookedLoan l : loans) {
                    out.println(Text.of("book.list.line", l.loanId(), l.borrower(), Text.Amount.of(l.amount()),
                            l.drawdown().toString(), l.maturity().toString(), l.patents().size(),
                            Text.of("book.registration." + l.registrationStatus().code()).render(locale),
                            l.registrationNumber() == null ? "-" : l.registrationNumber(),
                            l.closedDate() == null ? "-" : l.closedDate().toString(), l.assessmentId())
                            .render(locale));
                }
            }
            out.flush();
        }
    }

    static Map<String, Object> toJson(BookedLoan l) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("loanId", l.loanId());
        m.put("assessmentId", l.assessmentId());
        m.put("borrower", l.borrower());
        m.put("creditCode", l.creditCode());
        m.put("industry", l.industry());
        m.put("pledgee", l.pledgee());
        m.put("currency", l.currency());
        m.put("amount", l.amount());
        m.put("rate", l.rate());
        m.put("drawdownDate", l.drawdown().toString());
        m.put("termMonths", l.termMonths());
        m.put("maturityDate", l.maturity().toString());
        m.put("riskSharingScheme", l.riskSharing());
        m.put("coverageTrigger", l.coverageTrigger());
        m.put("valueDropTrigger", l.valueDropTrigger());
        m.put("appraisalDate", l.appraisalDate().toString());
        m.put("bookedMarketValue", l.bookedMarketValue());
        m.put("bookedLiquidationValue", l.bookedLiquidationValue());
        Map<String, Object> reg = new LinkedHashMap<>();
        reg.put("status", l.registrationStatus().code());
        reg.put("number", l.registrationNumber());
        reg.put("date", l.registrationDate() == null ? null : l.registrationDate().toString());
        m.put("registration", reg);
        m.put("closedDate", l.closedDate() == null ? null : l.closedDate().toString());
        m.put("patents", l.patents());
        m.put("bookedBy", l.bookedBy());
        return m;
    }
}
