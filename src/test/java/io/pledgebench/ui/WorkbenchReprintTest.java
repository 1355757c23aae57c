package io.pledgebench.ui;

import io.pledgebench.cli.PledgeBenchCommand;
import io.pledgebench.store.AssessmentSummary;
import javafx.scene.control.Button;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 14 item 1: one save service. An assessment saved from the workbench reprints exactly as the command line's
 * saved assessment of the same inputs and seed does, in either language chosen at print time.
 */
class WorkbenchReprintTest {

    private static final Path SAMPLE = Path.of("sample-portfolios/cn-tech-sme");

    @TempDir
    Path dir;
    private WorkbenchFixture app;

    @AfterEach
    void close() throws Exception {
        if (app != null) {
            app.close();
        }
    }

    private static int cli(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = PledgeBenchCommand.execute(WorkbenchFixture.TODAY, new PrintWriter(out), new PrintWriter(err), args);
        assertThat(code).as(err.toString()).isZero();
        return code;
    }

    private static String text(Path pdf) throws Exception {
        try (PDDocument d = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(d);
        }
    }

    /**
     * What describes the database at printing rather than the assessment (the audit chain's length and head: the
     * workbench's database also recorded the portfolio's import), the audit hash of the saving, and when the row
     * was written.
     */
    private static String normalised(String text) {
        // a hash of another width breaks a line elsewhere: compare the characters, not where lines break
        return text.replaceAll("\\s+", "")
                .replaceAll("(length|长度)[\\d,]+(,head|，链首)", "$1<n>$2")
                .replaceAll("[0-9a-f]{16,}", "<hash>")
                .replaceAll("\\d{2}:\\d{2}(:\\d{2})?(\\.\\d+)?Z?", "<time>");
    }

    @Test
    void anAssessmentSavedFromTheWorkbenchReprintsAsTheCommandLinesInBothLanguages() throws Exception {
        // the command line: the sample's own loan request, seed 1, 500 paths, saved and reprinted
        String db = dir.resolve("cli").toString();
        cli("assess", SAMPLE.toString(), "--seed", "1", "--paths", "500", "--save", "--db", db,
                "--json", dir.resolve("cli.json").toString());

        // the workbench: the same portfolio, seed and paths, saved with its Save button
        app = WorkbenchFixture.start(Locale.ENGLISH);
        Fx.run(() -> app.wiring.portfolios().importFrom(SAMPLE));
        Fx.await(() -> app.wiring.portfolios().patents().size() == 25);
        Fx.run(() -> {
            app.wiring.assessment().input(AssessmentViewModel.Input.PATHS).set("500");
            app.wiring.assessment().input(AssessmentViewModel.Input.SEED).set("1");
        });
        Fx.run(() -> app.workbench.navigate(ScreenId.LOAN_RISK));
        AssessmentViewModel vm = app.wiring.assessment();
        Fx.await(() -> vm.assessmentProperty().get() != null && !vm.calculatingProperty().get()
                && vm.canSaveProperty().get() && app.wiring.tasks().running().isEmpty());
        Button save = app.lookup("#saveAssessment");
        Fx.run(save::fire);
        Fx.await(() -> app.wiring.history().assessments().size() == 1);
        AssessmentSummary saved = Fx.call(() -> app.wiring.history().assessments().get(0));
        String cliJson = Files.readString(dir.resolve("cli.json"));
        assertThat(cliJson).as("the same inputs and parameters as the command line's")
                .contains("\"inputHash\":\"" + saved.inputHash() + "\"");

        LocalDate printDate = LocalDate.now(WorkbenchFixture.TODAY);
        for (String lang : new String[] {"en", "zh-CN"}) {
            Fx.run(() -> app.wiring.i18n().setLocale(Locale.forLanguageTag(lang)));
            Path fromWorkbench = dir.resolve("workbench-" + lang + ".pdf");
            var repo = app.wiring.history();
            Fx.run(() -> repo.selectedProperty().set(saved));
            app.dialogs.chosenPaths.add(fromWorkbench);
            Fx.run(() -> repo.printSelected(() -> printDate));
            Fx.await(() -> Files.exists(fromWorkbench) && app.wiring.tasks().running().isEmpty());

            Path fromCli = dir.resolve("cli-" + lang + ".pdf");
            cli("report", "1", "--db", db, "--pdf", fromCli.toString(), "--lang", lang);

            String workbenchText = text(fromWorkbench);
            String cliText = text(fromCli);
            // the method tables and the valuation date on the cover, which the old workbench document lacked
            assertThat(workbenchText).contains(lang.equals("en") ? "Valuation date" : "评估基准日").contains("2026");
            Files.createDirectories(Path.of("target/reprint"));
            Files.writeString(Path.of("target/reprint/workbench-" + lang + ".txt"), normalised(workbenchText));
            Files.writeString(Path.of("target/reprint/cli-" + lang + ".txt"), normalised(cliText));
            assertThat(normalised(workbenchText)).as("the reprint in " + lang).isEqualTo(normalised(cliText));
        }
    }
}
