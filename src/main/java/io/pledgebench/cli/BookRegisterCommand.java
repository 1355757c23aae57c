package io.pledgebench.cli;

import io.pledgebench.domain.Text;
import io.pledgebench.store.BookedLoan;
import io.pledgebench.store.Database;
import io.pledgebench.store.LoanBookRepository;
import io.pledgebench.store.RegistrationStatus;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.time.LocalDate;

/**
 * {@code book register LOAN --status applied|registered|changed [--number NO] --date DATE}: a step of the loan's
 * pledge registration with CNIPA (cancellation is recorded by {@code book close}).
 */
@Command(name = "register", mixinStandardHelpOptions = true,
        description = "Record a step of the pledge registration: applied, registered or changed.")
public final class BookRegisterCommand implements Runnable {

    @Mixin
    DbOption dbOption;

    @Parameters(index = "0", paramLabel = "LOAN", description = "the loan id, e.g. L1")
    String loan;

    @Option(names = "--status", required = true, paramLabel = "applied|registered|changed", description = "the step")
    String status;

    @Option(names = "--number", paramLabel = "NO", description = "the registration number (质押登记号)")
    String number;

    @Option(names = "--date", required = true, paramLabel = "DATE", description = "the day of the step")
    LocalDate date;

    @Option(names = "--note", paramLabel = "TEXT", defaultValue = "", description = "what changed, for the record")
    String note;

    @Option(names = "--user", paramLabel = "NAME", description = "who records it (default: the operating-system user)")
    String user;

    @Option(names = "--lang", paramLabel = "en|zh-CN", defaultValue = "en", description = "language of the message")
    String lang;

    @CommandLine.ParentCommand
    BookCommand parent;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        long id = BookedLoan.parseLoanId(loan);
        RegistrationStatus s = RegistrationStatus.parse(status);
        try (Database db = dbOption.openExisting()) {
            BookedLoan l = new LoanBookRepository(db, parent.root.clock()).register(id, s, number, date, note, LoanBookSupport.user(db, user));
            spec.commandLine().getOut().println(Text.of("book.registered", l.loanId(),
                    Text.of("book.registration." + l.registrationStatus().code()).render(AssessCommand.locale(lang)),
                    l.registrationNumber() == null ? "-" : l.registrationNumber(), date.toString())
                    .render(AssessCommand.locale(lang)));
            spec.commandLine().getOut().flush();
        }
    }
}
