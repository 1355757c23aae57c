package io.pledgebench.cli;

import io.pledgebench.domain.Text;
import io.pledgebench.store.BookedLoan;
import io.pledgebench.store.Database;
import io.pledgebench.store.LoanBookRepository;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.time.LocalDate;

/** {@code book close LOAN --date DATE}: the loan is repaid and its pledge released (registration cancelled). */
@Command(name = "close", mixinStandardHelpOptions = true,
        description = "Close a repaid loan: its pledge is released and the registration cancelled.")
public final class BookCloseCommand implements Runnable {

    @Mixin
    DbOption dbOption;

    @Parameters(index = "0", paramLabel = "LOAN", description = "the loan id, e.g. L1")
    String loan;

    @Option(names = "--date", required = true, paramLabel = "DATE", description = "the day the pledge is released")
    LocalDate date;

    @Option(names = "--user", paramLabel = "NAME", description = "who closes it (default: the operating-system user)")
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
        try (Database db = dbOption.openExisting()) {
            BookedLoan l = new LoanBookRepository(db, parent.root.clock()).close(id, date, LoanBookSupport.user(db, user));
            spec.commandLine().getOut().println(Text.of("book.closed", l.loanId(), l.closedDate().toString(),
                    l.registrationNumber() == null ? "-" : l.registrationNumber()).render(AssessCommand.locale(lang)));
            spec.commandLine().getOut().flush();
        }
    }
}
