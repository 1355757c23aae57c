package io.pledgebench.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.pledgebench.app.BookMonitor;
import io.pledgebench.domain.Text;
import io.pledgebench.io.OutputFile;
import io.pledgebench.risk.monitoring.BookAnalytics;
import io.pledgebench.risk.monitoring.LoanFigures;
import io.pledgebench.risk.monitoring.MonitoredLoan;
import io.pledgebench.risk.monitoring.Revaluation;
import io.pledgebench.store.BookedLoan;
import io.pledgebench.store.RegistrationStatus;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code monitor} renders each loan's value notes (a European patent counted at the share of its states where it
 * lives, ADR 0026) once per run, and the notes on standard error, the JSON's {@code loans[].valueNotes} and the
 * report show those same strings, as {@link MonitorRendersAlertSentencesOnceTest} proves for the alerts' sentences.
 * Each note's arguments count how often a renderer formats them ({@link java.text.MessageFormat} formats an argument
 * that is neither number, date nor string by its {@code toString()}): rendering for each output would count three.
 */
class MonitorRendersValueNotesOnceTest {

    @ParameterizedTest
    @ValueSource(strings = {"en", "zh-CN"})
    void eachLoansValueNotesAreRenderedOnceForTheNotesTheJsonAndThePdf(String lang, @TempDir Path dir)
            throws Exception {
        Locale locale = AssessCommand.locale(lang);
        LocalDate asOf = LocalDate.of(2027, 2, 1);
        LocalDate drawdown = LocalDate.of(2026, 1, 15);
        LocalDate maturity = LocalDate.of(2029, 1, 15);
        List<CountedArgument> patents = new ArrayList<>();
        List<CountedArgument> states = new ArrayList<>();
        List<BookMonitor.LoanResult> loans = new ArrayList<>();
        for (int i = 1; i <= 2; i++) {
            BookedLoan loan = new BookedLoan(i, 10 + i, "Borrower " + i, "91310000MA1FL" + i + "XXXX", "C39", "Bank",
                    "CNY", new BigDecimal("5000000.00"), new BigDecimal("0.045"), drawdown, 36, maturity, "none", 1.2,
                    0.3, drawdown, new BigDecimal("9000000.00"), new BigDecimal("6000000.00"),
                    RegistrationStatus.REGISTERED, "Y2026980000" + i, drawdown, null, Instant.parse("2026-01-15T08:00:00Z"),
                    "Wang Fang", List.of("EP100000" + i));
            MonitoredLoan monitored = new MonitoredLoan(loan.loanId(), loan.borrower(), loan.industry(),
                    loan.riskSharing(), drawdown, maturity, loan.amount(), List.of(), loan.registrationNumber(),
                    drawdown, drawdown, loan.bookedMarketValue(), new MonitoredLoan.Triggers(1.2, 0.3));
            Revaluation revaluation = new Revaluation(new BigDecimal("8000000.00"), new BigDecimal("5500000.00"),
                    new BigDecimal("40000.00"));
            LoanFigures figures = new LoanFigures(loan.loanId(), loan.borrower(), loan.industry(), loan.riskSharing(),
                    loan.amount(), revaluation.marketValue(), revaluation.liquidationValue(),
                    revaluation.lifetimeExpectedLoss(), new BigDecimal("300000.00"), Map.of("H", 1.0));
            CountedArgument patent = new CountedArgument("EP100000" + i);
            CountedArgument ended = new CountedArgument(i == 1 ? "DE" : "DE, FR");
            patents.add(patent);
            states.add(ended);
            Text note = Text.of("book.monitor.stateShare", loan.loanId(), patent, i == 1 ? 2.0 / 3 : 1.0 / 3, i, 3, 0,
                    ended);
            loans.add(new BookMonitor.LoanResult(loan, monitored, revaluation, figures, true, null, List.of(note)));
        }
        BookMonitor.Run run = new BookMonitor.Run(asOf, loans, List.of(),
                BookAnalytics.of(loans.stream().map(BookMonitor.LoanResult::figures).toList()));
        Path json = dir.resolve("monitor.json");
        Path pdf = dir.resolve("monitor.pdf");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();

        int code = MonitorCommand.output(run, locale, asOf, new PrintWriter(out), new PrintWriter(err),
                OutputFile.of(json).check(), OutputFile.of(pdf).check());

        assertThat(code).isZero();
        // rendered once each ...
        assertThat(patents).allSatisfy(c -> assertThat(c.rendered).as("renders of the note on %s", c.shown)
                .isEqualTo(1));
        assertThat(states).allSatisfy(c -> assertThat(c.rendered).as("renders of the states %s", c.shown)
                .isEqualTo(1));
        // ... and shown in all three outputs
        JsonNode doc = new ObjectMapper().readTree(Files.readString(json));
        String pdfText;
        try (PDDocument d = Loader.loadPDF(Files.readAllBytes(pdf))) {
            pdfText = new PDFTextStripper().getText(d).replaceAll("\\s+", "");
        }
        for (int i = 0; i < 2; i++) {
            String note = Text.of("book.monitor.stateShare", "L" + (i + 1), patents.get(i).shown,
                    i == 0 ? 2.0 / 3 : 1.0 / 3, i + 1, 3, 0, states.get(i).shown).render(locale);
            assertThat(doc.at("/loans/" + i + "/valueNotes/0").asText()).isEqualTo(note);
            assertThat(doc.at("/loans/" + i + "/valueNotes")).hasSize(1);
            // introduced in the run's language ("note:", "注意：")
            assertThat(err.toString()).contains(new CliText(locale).note(note));
            assertThat(pdfText).contains(note.replaceAll("\\s+", ""));
        }
    }
}
