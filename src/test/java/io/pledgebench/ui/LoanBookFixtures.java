package io.pledgebench.ui;

import io.pledgebench.cli.PledgeBenchCommand;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The loan book the Loan book screen's TestFX tests start from, made on the command line as
 * {@code LoanBookCommandTest} makes it: the sample SME assessed, saved and signed by a maker and a checker, the fees in
 * arrears paid on 2026-11-20 to 11-30, and (for {@link #bookedLoan(Path)}) the loan booked on 2026-12-01.
 */
final class LoanBookFixtures {

    /** The workbench's day: after the fees paid in arrears were recorded (2026-11-30). */
    static final Clock DAY = Clock.fixed(Instant.parse("2026-12-01T09:00:00Z"), ZoneOffset.UTC);

    private LoanBookFixtures() {
    }

    /** Runs a command on the day {@code today} (ISO date); it must end with exit code 0. */
    static void cli(String today, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Clock clock = Clock.fixed(Instant.parse(today + "T09:00:00Z"), ZoneOffset.UTC);
        int code = PledgeBenchCommand.execute(clock, new PrintWriter(out), new PrintWriter(err), args);
        assertThat(code).as(err.toString()).isZero();
    }

    /** The database {@code dir/pb} with assessment 1 signed by a maker and a checker and the fees paid in arrears. */
    static Path signedAssessment(Path dir) throws IOException {
        Path db = dir.resolve("pb");
        cli("2026-10-15", "assess", "sample-portfolios/cn-tech-sme", "--as-of", "2026-09-30", "--paths", "200",
                "--db", db.toString(), "--save", "--json", dir.resolve("a.json").toString());
        cli("2026-10-16", "signoff", "1", "--role", "maker", "--user", "alice", "--db", db.toString());
        cli("2026-10-17", "signoff", "1", "--role", "checker", "--user", "bob", "--db", db.toString());
        Path fees = dir.resolve("fees.csv");
        Files.writeString(fees, "专利号,日期,法律状态,事件,备注\n"
                + "ZL201510782913.8,2026-11-20,,年费缴纳,第12年\n"
                + "ZL202111350826.7,2026/11/25,,年费缴纳,\n"
                + "CN202130718452.4,2026年11月30日,,年费缴纳,\n", StandardCharsets.UTF_8);
        cli("2026-11-30", "events", "import", fees.toString(), "--db", db.toString(), "--user", "carol");
        return db;
    }

    /** {@link #signedAssessment(Path)} with the loan booked from it on 2026-12-01, its pledge registered that day. */
    static Path bookedLoan(Path dir) throws IOException {
        Path db = signedAssessment(dir);
        cli("2026-12-01", "book", "add", "--assessment", "1", "--drawdown", "2026-12-01", "--amount", "1450000",
                "--registration", "Y2026440000123", "--registered", "2026-12-01", "--db", db.toString());
        return db;
    }
}
