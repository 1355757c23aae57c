package io.pledgebench.ui;

import io.pledgebench.io.ImportProblem;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** The workbench end to end on the headless toolkit: what a user sees after each action. */
class WorkbenchTest {

    @TempDir
    Path dir;
    private WorkbenchFixture app;

    @AfterEach
    void close() throws Exception {
        if (app != null) {
            app.close();
        }
    }

    static Path sharedUsPatents() {
        try {
            return Path.of(WorkbenchTest.class.getResource("/shared-data/us-patents.csv").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void startsOnThePortfoliosScreenAndOpensTheDatabaseInTheBackground() throws Exception {
        app = WorkbenchFixture.start(Locale.ENGLISH);
        ToggleButton nav = app.lookup("#nav-portfolios");
        assertThat(Fx.call(nav::isSelected)).isTrue();
        assertThat((Object) app.lookup("#patentTable")).isInstanceOf(TableView.class);
        Label db = app.lookup("#databaseLabel");
        assertThat(Fx.call(db::getText)).startsWith("Database: ");
        Label task = app.lookup("#taskLabel");
        assertThat(Fx.call(task::getText)).isEqualTo("Ready");
    }

    @Test
    void importingTheRealUsPatentFileThroughTheImportActionShowsItsPatents() throws Exception {
        app = WorkbenchFixture.start(Locale.ENGLISH);
        app.dialogs.chosenPaths.add(sharedUsPatents());
        Fx.run(() -> app.wiring.portfolios().chooseAndImportFile());
        TableView<?> table = app.lookup("#patentTable");
        Fx.await(() -> table.getItems().size() == 155);
        Label message = app.lookup("#portfolioMessage");
        // the columns this file has and no patent field holds are shown in the preview and then listed, never dropped silently
        assertThat(app.dialogs.previews).singleElement().satisfies(p -> assertThat(p.columns().stream()
                .filter(c -> c.recognised() == null).map(ImportPreview.Column::header))
                .containsExactly("applicants_country", "priority_date", "kind", "cpc_all"));
        assertThat(Fx.call(message::getText)).startsWith("Imported \u201cus-patents\u201d: 155 rows.")
                .contains("column 'applicants_country' is not used").contains("column 'cpc_all' is not used");
        assertThat(Fx.call(() -> app.stage.getScene().lookup("#problemsPane"))).as("no problem list without problems")
                .isNull();
        assertThat(app.wiring.preferences().lastFolder()).contains(sharedUsPatents().getParent());
    }

    @Test
    void importingTheChineseSamplePortfolioFolderShowsItsPatentsWithStatusAndRemainingLife() throws Exception {
        app = WorkbenchFixture.start(Locale.ENGLISH);
        app.dialogs.chosenPaths.add(Path.of("sample-portfolios/cn-tech-sme"));
        Fx.run(() -> app.wiring.portfolios().chooseAndImportFolder());
        TableView<PatentRow> table = app.lookup("#patentTable");
        Fx.await(() -> table.getItems().size() == 25);
        PatentRow lapsed = Fx.call(() -> table.getItems().stream()
                .filter(r -> r.patent().status() == io.pledgebench.domain.LegalStatus.LAPSED).findFirst().orElseThrow());
        assertThat(lapsed.remainingYears()).isNotNull();
        assertThat(Fx.call(() -> table.getColumns().get(3).getCellData(lapsed))).isEqualTo("Lapsed");
        Label message = app.lookup("#portfolioMessage");
        assertThat(Fx.call(message::getText)).contains("25 rows");

        Fx.run(() -> table.getSelectionModel().select(lapsed));
        Fx.run(() -> app.workbench.navigate(ScreenId.PATENT));
        Label heading = app.lookup("#patentHeading");
        Fx.await(() -> heading.getText().startsWith(lapsed.patent().number().withKind()));
        TableView<io.pledgebench.risk.eligibility.EligibilityCheck> checks = app.lookup("#eligibilityTable");
        assertThat(Fx.call(() -> checks.getItems().stream().anyMatch(c -> c.rule().equals("inForce")
                && c.outcome() == io.pledgebench.risk.eligibility.Outcome.FAIL))).as("a lapsed patent fails in force").isTrue();
    }

    @Test
    void importingLegalEventsMergesThemOntoTheStoredPatentAndShowsItsNewStatus() throws Exception {
        app = WorkbenchFixture.start(Locale.ENGLISH);
        Fx.run(() -> app.wiring.portfolios().importFrom(Path.of("sample-portfolios/epo-ep1000000")));
        Fx.await(() -> app.wiring.portfolios().patents().size() == 1);
        Fx.run(() -> app.wiring.portfolios().importFrom(Path.of("sample-portfolios/epo-ep1000000/legal-events.xml")));
        // sample-portfolios/README.md: the 50 events are merged and EP1000000 becomes lapsed
        Fx.await(() -> app.wiring.portfolios().patents().size() == 1
                && app.wiring.portfolios().patents().get(0).patent().status() == io.pledgebench.domain.LegalStatus.LAPSED);
        Label message = app.lookup("#portfolioMessage");
        assertThat(Fx.call(message::getText)).startsWith("Merged 50 legal events onto 1 stored patent in 1 portfolio.");
        TableView<PatentRow> table = app.lookup("#patentTable");
        assertThat(Fx.call(() -> table.getColumns().get(3).getCellData(0))).isEqualTo("Lapsed");
    }

    @Test
    void notesOfAnImportThatDidNotBlockItAreShownWithTheOutcome() throws Exception {
        app = WorkbenchFixture.start(Locale.ENGLISH);
        Fx.run(() -> app.wiring.portfolios().importFrom(Path.of("sample-portfolios/university-spinoff.xlsx")));
        Fx.await(() -> app.wiring.portfolios().patents().size() == 6);
        // sample-portfolios/README.md: a hidden sheet that is ignored with a note
        String note = Fx.call(() -> app.wiring.portfolios().notes().get(0).describe());
        Label message = app.lookup("#portfolioMessage");
        assertThat(Fx.call(message::getText)).contains("6 rows").contains(note);
    }

    @Test
    void theBrokenSampleFileShowsTheProblemListAndImportsNothing() throws Exception {
        app = WorkbenchFixture.start(Locale.ENGLISH);
        Fx.run(() -> app.wiring.portfolios().importFrom(Path.of("sample-portfolios/broken/bad-dates.csv")));
        javafx.scene.Node pane = app.lookup("#problemsPane");
        Fx.await(pane::isVisible);
        Label problemsTitle = app.lookup("#problemsTitle");
        TableView<ImportProblem> problems = app.lookup("#problemTable");
        ImportProblem first = Fx.call(() -> problems.getItems().get(0));
        assertThat(first.file()).isEqualTo("bad-dates.csv");
        assertThat(first.row()).isEqualTo(3);
        assertThat(first.column()).isEqualTo("filing_date");
        assertThat(first.value()).isEqualTo("2015-02-30");
        assertThat(first.reason()).isNotBlank();
        assertThat(Fx.call(() -> problems.getItems().size())).isGreaterThanOrEqualTo(3);
        assertThat(app.wiring.databaseProperty().get()).isNotNull();
        TableView<?> patents = app.lookup("#patentTable");
        assertThat(Fx.call(() -> patents.getItems().size())).isZero();
    }

    @Test
    void anAssessmentOfTheSamplePortfolioShowsItsGradeRecommendationAndCharts() throws Exception {
        app = WorkbenchFixture.start(Locale.ENGLISH);
        Fx.run(() -> app.wiring.portfolios().importFrom(Path.of("sample-portfolios/cn-tech-sme")));
        Fx.await(() -> app.wiring.portfolios().patents().size() == 25);
        Fx.run(() -> app.wiring.assessment().input(AssessmentViewModel.Input.PATHS).set("2000"));
        Fx.run(() -> app.workbench.navigate(ScreenId.LOAN_RISK));
        Label grade = app.lookup("#grade");
        Fx.await(() -> app.wiring.assessment().assessmentProperty().get() != null);
        String expected = Fx.call(() -> app.wiring.assessment().assessmentProperty().get().results().recommendation().grade());
        assertThat(expected).matches("[A-E]");
        assertThat(Fx.call(grade::getText)).isEqualTo(expected);
        Label recommended = app.lookup("#recommendedLoan");
        assertThat(Fx.call(recommended::getText)).as("one unit per language: CNY in English").endsWith(" CNY");
        ChartPane coverage = app.lookup("#coverageChart");
        assertThat(Fx.call(coverage::chart)).isNotNull();
        ChartPane stress = app.lookup("#stressChart");
        assertThat(Fx.call(stress::chart)).isNotNull();
        // what the officer sees, for a look (target/screenshots/loan-risk-en.png)
        java.nio.file.Path shot = java.nio.file.Path.of("target/screenshots/loan-risk-en.png");
        java.nio.file.Files.createDirectories(shot.getParent());
        var image = Fx.call(() -> app.stage.getScene().snapshot(null));
        javax.imageio.ImageIO.write(javafx.embed.swing.SwingFXUtils.fromFXImage(image, null), "png", shot.toFile());
        Fx.run(() -> app.workbench.navigate(ScreenId.CAPACITY));
        ChartPane concentration = app.lookup("#concentrationChart");
        assertThat(Fx.call(concentration::chart)).isNotNull();

        Fx.run(() -> app.workbench.navigate(ScreenId.LOAN_RISK));
        javafx.scene.control.Button save = app.lookup("#saveAssessment");
        Fx.run(save::fire);
        Fx.run(() -> app.workbench.navigate(ScreenId.HISTORY));
        TableView<io.pledgebench.store.AssessmentSummary> history = app.lookup("#historyTable");
        Fx.await(() -> history.getItems().size() == 1);
        String hash = Fx.call(() -> app.wiring.assessment().assessmentProperty().get().inputHash());
        assertThat(Fx.call(() -> history.getItems().get(0).inputHash())).isEqualTo(hash);
    }

    @Test
    void aBrokenFileShowsTheProblemListWithRowColumnAndReason() throws Exception {
        app = WorkbenchFixture.start(Locale.ENGLISH);
        Path broken = dir.resolve("broken.csv");
        Files.writeString(broken, "patent_number,title,type,filing_date,status\n"
                + "CN112345678B,Sensor,invention,2019-01-01,valid\n"
                + "CN112345679B,Lens,invention,2019-13-45,valid\n", StandardCharsets.UTF_8);
        Fx.run(() -> app.wiring.portfolios().importFrom(broken));
        javafx.scene.Node pane = app.lookup("#problemsPane");
        Fx.await(pane::isVisible);
        Label problemsTitle = app.lookup("#problemsTitle");
        TableView<ImportProblem> problems = app.lookup("#problemTable");
        ImportProblem p = Fx.call(() -> problems.getItems().get(0));
        assertThat(p.file()).isEqualTo("broken.csv");
        assertThat(p.row()).isEqualTo(3);
        assertThat(p.column()).isEqualTo("filing_date");
        assertThat(p.value()).isEqualTo("2019-13-45");
        assertThat(p.reason()).isNotBlank();
        assertThat(Fx.call(problemsTitle::getText)).contains("broken.csv");
        TableView<?> patents = app.lookup("#patentTable");
        assertThat(Fx.call(() -> patents.getItems().size())).as("nothing half-imported").isZero();
    }

    @Test
    void switchingToChineseInSettingsRelabelsTheWorkbench() throws Exception {
        app = WorkbenchFixture.start(Locale.ENGLISH);
        Fx.run(() -> app.workbench.navigate(ScreenId.SETTINGS));
        javafx.scene.control.ComboBox<Locale> language = app.lookup("#languageChoice");
        Fx.run(() -> language.setValue(Locale.SIMPLIFIED_CHINESE));
        ToggleButton nav = app.lookup("#nav-portfolios");
        assertThat(Fx.call(nav::getText)).isEqualTo("专利组合");
        ToggleButton settings = app.lookup("#nav-settings");
        assertThat(Fx.call(settings::isSelected)).as("the same screen stays open").isTrue();
        Label task = app.lookup("#taskLabel");
        assertThat(Fx.call(task::getText)).isEqualTo("就绪");
        assertThat(app.wiring.preferences().language()).isEqualTo(Locale.SIMPLIFIED_CHINESE);
    }

    @Test
    void theValuationScreenValuesTheSelectedPortfolioAndDrawsItsDistribution() throws Exception {
        app = WorkbenchFixture.start(Locale.ENGLISH);
        Path csv = dir.resolve("acme.csv");
        Files.writeString(csv, "patent_number,title,type,filing_date,grant_date,status,owners,replacement_cost\n"
                + "CN201710601862.3,Optical sensor,invention,2017-07-25,2020-03-06,valid,Acme,800000\n",
                StandardCharsets.UTF_8);
        Fx.run(() -> app.wiring.portfolios().importFrom(csv));
        Fx.await(() -> app.wiring.portfolios().patents().size() == 1);
        Fx.run(() -> app.wiring.valuation().input(ValuationViewModel.Input.PATHS).set("2000"));
        Fx.run(() -> app.workbench.navigate(ScreenId.VALUATION));
        ChartPane chart = app.lookup("#distributionChart");
        Fx.await(() -> chart.chart() != null);
        assertThat(Fx.call(() -> chart.chart().getTitle().getText())).isNotBlank();
        ChartPane methods = app.lookup("#methodsChart");
        Fx.await(() -> methods.chart() != null);
        Path png = dir.resolve("distribution.png");
        Fx.run(() -> {
            try {
                chart.write("png", png);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        assertThat(Files.readAllBytes(png)).startsWith(0x89, 'P', 'N', 'G');
    }
}
