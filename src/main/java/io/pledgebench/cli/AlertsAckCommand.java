package io.pledgebench.cli;

import io.pledgebench.app.BookMonitor;
import io.pledgebench.domain.Text;
import io.pledgebench.risk.monitoring.MonitoringPolicy;
import io.pledgebench.store.Database;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.time.LocalDate;
import java.util.Locale;

/**
 * {@code alerts ack ALERT --comment TEXT [--user NAME] [--as-of DATE]}: the alert (as {@code monitor} found it on
 * the day) is acknowledged by a named user with a comment, audited in the hash chain. The acknowledgement holds until
 * the alert's due date, at least the cure period; if the condition persists after that, the alert opens again.
 */
@Command(name = "ack", mixinStandardHelpOptions = true, description = "Acknowledge an alert with a comment (audited).")
public final class AlertsAckCommand implements Runnable {

    @Mixin
    DbOption dbOption;

    @CommandLine.ParentCommand
    AlertsCommand parent;

    @Parameters(index = "0", paramLabel = "ALERT", description = "the alert id monitor printed, e.g. A1b2c3d4e5")
    String alert;

    @Option(names = "--comment", required = true, paramLabel = "TEXT", description = "what was done or decided")
    String comment;

    @Option(names = "--user", paramLabel = "NAME", description = "who acknowledges (default: the operating-system user)")
    String user;

    @Option(names = "--as-of", paramLabel = "DATE", description = "the monitoring day the alert was found on"
            + " (default: today; not after today; an acknowledgement for an earlier day takes effect from today)")
    LocalDate asOf;

    @Option(names = "--lang", paramLabel = "en|zh-CN", defaultValue = "en", description = "language of the messages")
    String lang;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        Locale locale = AssessCommand.locale(lang);
        if (comment.isBlank()) {
            throw new IllegalArgumentException(Text.of("book.ack.noComment").render(locale));
        }
        LocalDate day = asOf != null ? asOf : parent.root.today();
        try (Database db = dbOption.openExisting()) {
            BookMonitor.Acknowledged done = new BookMonitor(MonitoringPolicy.defaults(), 0).acknowledge(db, alert,
                    LoanBookSupport.user(db, user), comment, day, parent.root.clock().instant());
            spec.commandLine().getOut().println(Text.of("book.ack.done", done.alertId(),
                    done.acknowledgement().user(), done.acknowledgement().holdsUntil().toString()).render(locale));
            spec.commandLine().getOut().flush();
        }
    }
}
