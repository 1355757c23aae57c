package io.pledgebench.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.pledgebench.app.BookMonitor;
import io.pledgebench.domain.Text;
import io.pledgebench.io.OutputFile;
import io.pledgebench.risk.monitoring.Alert;
import io.pledgebench.risk.monitoring.AlertStatus;
import io.pledgebench.risk.monitoring.AlertType;
import io.pledgebench.risk.monitoring.BookAnalytics;
import io.pledgebench.risk.monitoring.Severity;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code monitor} renders each alert's reason and action once per run, and the JSON, the summary and the PDF show
 * those same strings (a book of 23,000 alerts would otherwise format every sentence three times). Each sentence's
 * argument counts how often a renderer formats it ({@link java.text.MessageFormat} formats an argument that is neither
 * number, date nor string by its {@code toString()}): rendering for each output would count three.
 */
class MonitorRendersAlertSentencesOnceTest {

    @ParameterizedTest
    @ValueSource(strings = {"en", "zh-CN"})
    void eachAlertsReasonAndActionAreRenderedOnceForTheJsonTheSummaryAndThePdf(String lang, @TempDir Path dir)
            throws Exception {
        Locale locale = AssessCommand.locale(lang);
        LocalDate asOf = LocalDate.of(2027, 2, 10);
        List<CountedArgument> reasons = new ArrayList<>();
        List<CountedArgument> actions = new ArrayList<>();
        List<AlertStatus> alerts = new ArrayList<>();
        for (int i = 1; i <= 3; i++) {
            CountedArgument number = new CountedArgument("CN20231000000" + i);
            CountedArgument due = new CountedArgument("2027-03-0" + i);
            reasons.add(number);
            actions.add(due);
            alerts.add(new AlertStatus(new Alert(AlertType.FEE_DUE, Severity.MEDIUM, "L-00" + i, number.shown, asOf,
                    LocalDate.of(2027, 3, i), Text.of("monitoring.fee.due", number, "2027-03-0" + i),
                    Text.of("monitoring.fee.due.action", due), "fee:" + i), AlertStatus.Status.OPEN, null, false));
        }
        BookMonitor.Run run = new BookMonitor.Run(asOf, List.of(), alerts, BookAnalytics.of(List.of()));
        Path json = dir.resolve("monitor.json");
        Path pdf = dir.resolve("monitor.pdf");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();

        int code = MonitorCommand.output(run, locale, asOf, new PrintWriter(out), new PrintWriter(err),
                OutputFile.of(json).check(), OutputFile.of(pdf).check());

        assertThat(code).isEqualTo(3);
        // rendered once each ...
        assertThat(reasons).allSatisfy(c -> assertThat(c.rendered).as("renders of the reason naming %s", c.shown)
                .isEqualTo(1));
        assertThat(actions).allSatisfy(c -> assertThat(c.rendered).as("renders of the action due %s", c.shown)
                .isEqualTo(1));
        // ... and shown in all three outputs
        JsonNode doc = new ObjectMapper().readTree(Files.readString(json));
        String pdfText;
        try (PDDocument d = Loader.loadPDF(Files.readAllBytes(pdf))) {
            pdfText = new PDFTextStripper().getText(d).replaceAll("\\s+", "");
        }
        for (int i = 0; i < 3; i++) {
            String reason = Text.of("monitoring.fee.due", reasons.get(i).shown, "2027-03-0" + (i + 1)).render(locale);
            String action = Text.of("monitoring.fee.due.action", actions.get(i).shown).render(locale);
            assertThat(doc.at("/alerts/" + i + "/reason").asText()).isEqualTo(reason);
            assertThat(doc.at("/alerts/" + i + "/action").asText()).isEqualTo(action);
            assertThat(out.toString()).contains(reason, action);
            assertThat(pdfText).contains(reason.replaceAll("\\s+", ""));
        }
    }
}
