package io.pledgebench.report;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.pledgebench.assessment.Assessment;
import io.pledgebench.assessment.AssessmentInputs;
import io.pledgebench.assessment.AssessmentParameters;
import io.pledgebench.assessment.AssessmentPipeline;
import io.pledgebench.report.charts.ReportFont;
import io.pledgebench.store.AssessmentRepository;
import io.pledgebench.store.Database;
import io.pledgebench.store.NewAssessment;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 14: the report names the parameter set the assessment was made with — on the cover and in the parameter
 * appendix, in both languages — from the stored document (never from today's settings): a named set (and whether it
 * was changed before assessing), the engine's defaults, values entered without a set, or "not recorded" for a row
 * whose document and record do not say.
 */
class ParameterSetNamedTest {

    private static final LocalDate PRINTED = LocalDate.of(2025, 7, 2);
    private static final Instant SAVED = Instant.parse("2025-07-01T09:00:00Z");
    private static final Locale ZH = Locale.SIMPLIFIED_CHINESE;

    @BeforeAll
    static void fontInstalled() {
        Assumptions.assumeTrue(ReportFont.find().isPresent(), "needs " + ReportFont.DEBIAN_PACKAGE);
    }

    @Test
    void aSavedAssessmentNamesItsSetOnTheCoverAndInTheAppendix() throws IOException {
        Assessment a = AssessmentReportTest.assess("cn-tech-sme");
        try (Database db = Database.inMemory("set-" + UUID.randomUUID())) {
            AssessmentRepository repo = new AssessmentRepository(db);
            long plain = repo.save(io.pledgebench.app.AssessmentArchive.toSave(a, null, "alice", "0.1.0", null,
                    new ReportSource.SetUsed("深圳科技贷 2025", false)));
            long edited = repo.save(io.pledgebench.app.AssessmentArchive.toSave(a, null, "alice", "0.1.0", null,
                    new ReportSource.SetUsed("Shenzhen tech 2025", true)));
            ReportInput in = io.pledgebench.app.AssessmentArchive.reportInput(repo.load(plain).orElseThrow(), false);
            assertThat(cover(in, ZH)).contains("参数集深圳科技贷2025");
            assertThat(cover(in, Locale.ENGLISH)).contains("Parameterset深圳科技贷2025");
            assertThat(squeezed(in, ZH)).contains("参数集：深圳科技贷2025。");
            ReportInput changed = io.pledgebench.app.AssessmentArchive.reportInput(repo.load(edited).orElseThrow(), false);
            assertThat(cover(changed, ZH)).contains("参数集Shenzhentech2025（评估前已修改参数值）");
            assertThat(cover(changed, Locale.ENGLISH)).contains("ParametersetShenzhentech2025(valueschangedbeforeassessing)");
        }
    }

    @Test
    void withoutASetTheReportSaysWhetherTheValuesWereTheEngineDefaults() throws IOException {
        Assessment defaults = AssessmentReportTest.assess("cn-tech-sme");
        ReportInput in = ReportInput.unsaved(ReportSource.document(defaults), SAVED, "");
        assertThat(cover(in, ZH)).contains("参数集系统默认参数");
        assertThat(cover(in, Locale.ENGLISH)).contains("ParametersetEnginedefaults");
        assertThat(squeezed(in, Locale.ENGLISH)).contains("Parameterset:Enginedefaults.");

        // the same portfolio with one rate changed: not the defaults, so the values entered for it
        AssessmentParameters d = AssessmentParameters.defaults();
        AssessmentInputs inputs = defaults.inputs();
        Assessment changed = AssessmentPipeline.run(inputs, d.withValuation(d.valuation().withDiscountRateShift(0.01)));
        assertThat(ReportSource.document(changed).at("/parameterSet/engineDefaults").asBoolean()).isFalse();
        ReportInput entered = ReportInput.unsaved(ReportSource.document(changed), SAVED, "");
        assertThat(cover(entered, ZH)).contains("参数集未使用命名参数集，采用本次评估录入的参数值");
        assertThat(cover(entered, Locale.ENGLISH)).contains("ParametersetNonamedset:valuesenteredforthisassessment");
    }

    @Test
    void anOlderRowTakesItsSetFromItsRecordOrSaysItWasNotRecorded() throws IOException {
        String v1 = Files.readString(GoldenHashTest.V1_FIXTURE);
        try (Database db = Database.inMemory("set-old-" + UUID.randomUUID())) {
            AssessmentRepository repo = new AssessmentRepository(db);
            long id = repo.save(new NewAssessment(null, "cn-tech-sme", "alice", LocalDate.of(2025, 6, 30),
                    GoldenHashTest.INPUT_HASH, "0.9.0", "{}", v1));
            // the row records no set beside it: none was chosen, and whether the values were the defaults is unknown
            ReportInput none = io.pledgebench.app.AssessmentArchive.reportInput(repo.load(id).orElseThrow(), false);
            assertThat(cover(none, ZH)).contains("参数集未使用命名参数集（是否为系统默认参数未记录）");
        }
        // a document read without its row's record does not say
        ObjectNode doc = DocumentVersions.upgrade(new com.fasterxml.jackson.databind.ObjectMapper().readTree(v1),
                new DocumentVersions.StoredRow(LocalDate.of(2025, 6, 30), "cn-tech-sme"));
        ReportInput unknown = ReportInput.unsaved(doc, SAVED, "");
        assertThat(cover(unknown, ZH)).contains("参数集本评估未记录");
        assertThat(cover(unknown, Locale.ENGLISH)).contains("ParametersetNotrecordedwiththisassessment");
    }

    private static String cover(ReportInput in, Locale locale) throws IOException {
        try (PDDocument d = Loader.loadPDF(AssessmentReportTest.render(in, locale, PRINTED))) {
            PDFTextStripper s = new PDFTextStripper();
            s.setStartPage(1);
            s.setEndPage(1);
            return s.getText(d).replaceAll("\\s+", "");
        }
    }

    private static String squeezed(ReportInput in, Locale locale) throws IOException {
        try (PDDocument d = Loader.loadPDF(AssessmentReportTest.render(in, locale, PRINTED))) {
            return new PDFTextStripper().getText(d).replaceAll("\\s+", "");
        }
    }
}
