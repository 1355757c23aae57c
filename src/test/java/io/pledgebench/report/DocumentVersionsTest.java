package io.pledgebench.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.pledgebench.assessment.Assessment;
import io.pledgebench.report.charts.ReportFont;
import io.pledgebench.store.AssessmentRepository;
import io.pledgebench.store.Database;
import io.pledgebench.store.NewAssessment;
import io.pledgebench.valuation.ExplainKey;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Issue 14 item 1: the stored document is typed and versioned; a row saved by an earlier release is upgraded step by
 * step and reprints; a field the report needs that is missing is an error naming it, never a blank.
 */
class DocumentVersionsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** The assess --json document the workbench stored before version 2 (sentences fixed in Chinese). */
    private static final Path V1_WORKBENCH = Path.of("src/test/resources/golden/cn-tech-sme-seed7-v1-workbench.json");
    private static final DocumentVersions.StoredRow ROW =
            new DocumentVersions.StoredRow(LocalDate.of(2025, 6, 30), "cn-tech-sme");
    private static final LocalDate PRINTED = LocalDate.of(2025, 7, 2);

    private static ObjectNode read(Path p) throws IOException {
        return (ObjectNode) JSON.readTree(Files.readString(p));
    }

    @Test
    void aDocumentWithoutAVersionIsVersionOneAndANewOneIsCurrent() throws IOException {
        assertThat(DocumentVersions.versionOf(read(GoldenHashTest.V1_FIXTURE))).isEqualTo(1);
        assertThat(DocumentVersions.versionOf(ReportSource.document(AssessmentReportTest.assess("cn-tech-sme"))))
                .isEqualTo(DocumentVersions.CURRENT).isEqualTo(8);
    }

    @Test
    void oneToTwoTakesTheValuationDateSeedAndPathsFromTheRunParametersOfAWorkbenchRow() throws IOException {
        ObjectNode doc = read(V1_WORKBENCH);
        assertThat(doc.has("asOf")).isFalse();
        DocumentVersions.v1ToV2(doc, null);
        assertThat(doc.get("version").asInt()).isEqualTo(2);
        assertThat(doc.get("asOf").asText()).isEqualTo("2025-06-30");
        assertThat(doc.get("seed").asLong()).isEqualTo(7);
        assertThat(doc.get("paths").asInt()).isEqualTo(2000);
        // the workbench document has no portfolio name: only the stored row gives it, never invented
        assertThat(doc.has("portfolio")).isFalse();
    }

    @Test
    void oneToTwoTakesTheValuationDateFromTheStoredRowWhenTheDocumentHasNone() throws IOException {
        ObjectNode doc = read(V1_WORKBENCH);
        ((ObjectNode) doc.get("parameters")).remove("run");
        DocumentVersions.v1ToV2(doc, new DocumentVersions.StoredRow(LocalDate.of(2024, 12, 31), "saved name"));
        assertThat(doc.get("asOf").asText()).isEqualTo("2024-12-31");
        assertThat(doc.get("portfolio").asText()).isEqualTo("saved name");
        assertThat(doc.has("seed")).isFalse();

        ObjectNode none = read(V1_WORKBENCH);
        ((ObjectNode) none.get("parameters")).remove("run");
        assertThatThrownBy(() -> DocumentVersions.v1ToV2(none, null)).isInstanceOf(DocumentException.class)
                .hasMessageContaining("asOf");
    }

    @Test
    void twoToThreeRecordsThatNoClientWasGiven() {
        ObjectNode doc = JSON.createObjectNode().put("version", 2);
        DocumentVersions.v2ToV3(doc);
        assertThat(doc.get("version").asInt()).isEqualTo(3);
        assertThat(doc.get("client").isNull()).isTrue();
        ObjectNode given = JSON.createObjectNode().put("version", 2).put("client", "Bank of Ningbo");
        DocumentVersions.v2ToV3(given);
        assertThat(given.get("client").asText()).isEqualTo("Bank of Ningbo");
    }

    @Test
    void sixToSevenRecordsNoStatesShareForAnOlderRowWhichCountedEveryPatentWhole() throws IOException {
        ObjectNode doc = read(GoldenHashTest.V1_FIXTURE);
        DocumentVersions.v1ToV2(doc, ROW);
        DocumentVersions.v2ToV3(doc);
        DocumentVersions.v3ToV4(doc);
        DocumentVersions.v4ToV5(doc);
        DocumentVersions.v5ToV6(doc, ROW);
        ObjectNode before = doc.deepCopy();
        DocumentVersions.v6ToV7(doc);
        assertThat(doc.get("version").asInt()).isEqualTo(7);
        doc.put("version", 6);
        assertThat(doc).isEqualTo(before);
        AssessmentDocument typed = AssessmentDocument.read(read(GoldenHashTest.V1_FIXTURE), ROW);
        assertThat(typed.patents()).allSatisfy(p -> assertThat(p.collateral()).hasValueSatisfying(c ->
                assertThat(c.statesShare()).isEmpty()));
    }

    /**
     * Version 8 (review 14b, A): an older row takes each patent's holders and consent from the stored portfolio it is
     * linked to, written as an assessment writes them; without a linked portfolio they stay absent, and the special
     * matters say the holders are not recorded instead of leaving co-ownership out.
     */
    @Test
    void sevenToEightTakesTheHoldersFromTheLinkedPortfolioOrRecordsNone() throws IOException {
        io.pledgebench.domain.Portfolio pf = io.pledgebench.io.PortfolioReader.read(java.nio.file.Path.of("sample-portfolios",
                "cn-tech-sme")).portfolio();
        java.util.Map<String, io.pledgebench.domain.Patent> byNumber = new java.util.HashMap<>();
        pf.patents().forEach(p -> byNumber.put(p.number().canonical(), p));
        DocumentVersions.StoredRow linked = new DocumentVersions.StoredRow(LocalDate.of(2025, 6, 30), "cn-tech-sme", null,
                () -> byNumber);
        AssessmentDocument withOwners = AssessmentDocument.read(read(GoldenHashTest.V1_FIXTURE), linked);
        AssessmentDocument.PatentEntry coOwned = withOwners.patents().stream()
                .filter(p -> p.number().equals("CN201610124758.5")).findFirst().orElseThrow();
        assertThat(coOwned.ownership()).hasValueSatisfying(o -> {
            assertThat(o.coOwned()).isTrue();
            assertThat(o.owners()).extracting(AssessmentDocument.Holder::name).contains("南岭理工大学");
        });
        // the same holders as an assessment of the portfolio writes them now
        AssessmentDocument now = AssessmentDocument.read(ReportSource.document(AssessmentReportTest.assess("cn-tech-sme")));
        for (AssessmentDocument.PatentEntry p : now.patents()) {
            AssessmentDocument.PatentEntry old = withOwners.patents().stream().filter(x -> x.number().equals(p.number()))
                    .findFirst().orElseThrow();
            assertThat(old.ownership()).as(p.number()).isEqualTo(p.ownership()).isPresent();
        }
        AssessmentDocument unlinked = AssessmentDocument.read(read(GoldenHashTest.V1_FIXTURE), ROW);
        assertThat(unlinked.version()).isEqualTo(8);
        assertThat(unlinked.patents()).allSatisfy(p -> assertThat(p.ownership()).isEmpty());
        assumeFont();
        ReportInput in = new ReportInput(unlinked.tree(), "1", java.time.Instant.parse("2025-07-01T09:00:00Z"), "",
                List.of(), "");
        assertThat(text(in, Locale.SIMPLIFIED_CHINESE).replaceAll("\\s+", ""))
                .contains("共有专利：保存记录未载明专利权人及其份额");
    }

    @Test
    void threeToFourLeavesWhatAnOlderRowDidNotRecordAbsent() throws IOException {
        ObjectNode doc = read(GoldenHashTest.V1_FIXTURE);
        DocumentVersions.v1ToV2(doc, ROW);
        DocumentVersions.v2ToV3(doc);
        ObjectNode before = doc.deepCopy();
        DocumentVersions.v3ToV4(doc);
        assertThat(doc.get("version").asInt()).isEqualTo(4);
        assertThat(doc.get("collateral").has("atMaturityRecommended")).isFalse();
        doc.put("version", 3);
        GoldenHashTest.withoutVersion4(doc);
        assertThat(doc).isEqualTo(before);
        AssessmentDocument typed = AssessmentDocument.read(read(GoldenHashTest.V1_FIXTURE), ROW);
        assertThat(typed.collateral().recommendedRecorded()).isFalse();
        assertThat(typed.collateral().atMaturityRecommended()).isEmpty();
    }

    /**
     * Issue 14: the excess-earnings charges by asset of a row saved before version 4 are worked out from what it
     * recorded, and are the very figures the engine writes today for the same assessment (compared as JSON numbers, so
     * to the last bit); a row whose recorded figures do not reproduce its own total charge gets none (the report then
     * says they were not recorded), never an approximation.
     */
    @Test
    void threeToFourWorksOutTheExcessEarningsChargesExactlyOrNotAtAll() throws IOException {
        JsonNode upgraded = DocumentVersions.upgrade(read(GoldenHashTest.V1_FIXTURE), ROW);
        JsonNode now = JSON.readTree(ReportSource.json(AssessmentReportTest.assess("cn-tech-sme")));
        int compared = 0;
        for (int i = 0; i < now.get("patents").size(); i++) {
            JsonNode methodsNow = now.get("patents").get(i).path("valuation").path("methods");
            JsonNode methodsOld = upgraded.get("patents").get(i).path("valuation").path("methods");
            for (int j = 0; j < methodsNow.size(); j++) {
                JsonNode flowsNow = methodsNow.get(j).path("cashFlows");
                for (int k = 0; k < flowsNow.size(); k++) {
                    JsonNode expected = flowsNow.get(k).get("contributoryCharges");
                    assertThat(methodsOld.get(j).path("cashFlows").get(k).get("contributoryCharges"))
                            .as("patent %d method %d row %d", i, j, k).isEqualTo(expected);
                    compared += expected == null ? 0 : expected.size();
                }
            }
        }
        assertThat(compared).as("charges compared").isGreaterThan(10);

        // one recorded figure off by a cent in a million: the charges cannot be reproduced, none are written
        ObjectNode off = read(GoldenHashTest.V1_FIXTURE);
        ObjectNode method = null;
        for (JsonNode p : off.get("patents")) {
            for (JsonNode m : p.path("valuation").path("methods")) {
                if ("excess-earnings".equals(m.path("method").asText()) && m.path("applied").asBoolean()) {
                    method = (ObjectNode) m;
                }
            }
        }
        assertThat(method).isNotNull();
        ObjectNode params = (ObjectNode) method.get("parameters");
        params.put("contributoryChargePerRevenue", params.get("contributoryChargePerRevenue").asDouble() * (1 + 1e-8));
        DocumentVersions.charges(method);
        assertThat(method.get("cashFlows")).allSatisfy(c -> assertThat(c.has("contributoryCharges")).isFalse());
        ObjectNode other = read(GoldenHashTest.V1_FIXTURE).deepCopy();
        ObjectNode row = (ObjectNode) other.at("/patents").findParents("cashFlows").stream()
                .filter(m -> "excess-earnings".equals(m.path("method").asText()) && m.path("applied").asBoolean())
                .findFirst().orElseThrow().get("cashFlows").get(0);
        row.put("afterTax", row.get("afterTax").asDouble() + 0.01);
        AssessmentDocument typed = AssessmentDocument.read(other, ROW);
        assertThat(typed.patents().stream().flatMap(p -> p.valuation().methods().stream())
                .filter(m -> m.id().equals("excess-earnings") && m.applied() && m.cashFlows().get(0).afterTax()
                        == row.get("afterTax").asDouble()))
                .singleElement().satisfies(m -> assertThat(m.cashFlows())
                        .allSatisfy(c -> assertThat(c.contributoryCharges()).isEmpty()));
    }

    /**
     * Issue 14: a document of version 6 names the parameter set it was made with; an older stored row takes the set
     * its own record beside the document names (none chosen when the record has none); without the row's record the
     * set stays not recorded.
     */
    @Test
    void fiveToSixTakesTheParameterSetFromTheStoredRowsRecord() {
        ObjectNode named = JSON.createObjectNode().put("version", 5);
        DocumentVersions.v5ToV6(named, new DocumentVersions.StoredRow(LocalDate.of(2025, 6, 30), "p",
                new DocumentVersions.SetRecord("Shenzhen 2025", true)));
        assertThat(named.get("version").asInt()).isEqualTo(6);
        assertThat(named.at("/parameterSet/name").asText()).isEqualTo("Shenzhen 2025");
        assertThat(named.at("/parameterSet/edited").asBoolean()).isTrue();
        assertThat(named.at("/parameterSet/engineDefaults").isNull()).isTrue();

        ObjectNode none = JSON.createObjectNode().put("version", 5);
        DocumentVersions.v5ToV6(none, new DocumentVersions.StoredRow(LocalDate.of(2025, 6, 30), "p",
                new DocumentVersions.SetRecord(null, false)));
        assertThat(none.at("/parameterSet/name").isNull()).isTrue();

        ObjectNode unknown = JSON.createObjectNode().put("version", 5);
        DocumentVersions.v5ToV6(unknown, ROW);
        assertThat(unknown.has("parameterSet")).isFalse();
        DocumentVersions.v5ToV6(unknown, null);
        assertThat(unknown.has("parameterSet")).isFalse();
    }

    @Test
    void aDocumentOfANewerReleaseIsRefusedWithWhatToDo() {
        ObjectNode doc = JSON.createObjectNode().put("version", DocumentVersions.CURRENT + 1);
        assertThatThrownBy(() -> DocumentVersions.upgrade(doc, ROW)).isInstanceOf(DocumentException.class)
                .hasMessageContaining("newer release").hasMessageContaining("print it with the release that saved it");
    }

    @Test
    void theUpgradeLeavesTheStoredDocumentAsItWas() throws IOException {
        ObjectNode stored = read(GoldenHashTest.V1_FIXTURE);
        ObjectNode copy = stored.deepCopy();
        ObjectNode up = DocumentVersions.upgrade(stored, ROW);
        assertThat(stored).isEqualTo(copy);
        assertThat(up.get("version").asInt()).isEqualTo(DocumentVersions.CURRENT);
        up.remove(List.of("version", "client"));
        // version 5: the conditions the report added at print time join the list, in its words and places
        com.fasterxml.jackson.databind.node.ArrayNode conditions =
                (com.fasterxml.jackson.databind.node.ArrayNode) up.path("recommendation").path("conditions");
        assertThat(conditions.get(0).path("key").asText()).isEqualTo("report.conditions.reappraise");
        assertThat(conditions.get(0).path("args").get(0).asText()).isEqualTo("2026-06-29");
        assertThat(conditions.get(conditions.size() - 1).path("key").asText())
                .isEqualTo("report.conditions.exampleScorecard");
        conditions.remove(conditions.size() - 1);
        conditions.remove(0);
        // the excess-earnings charges the upgrade worked out are compared by their own test
        GoldenHashTest.withoutVersion4(up);
        assertThat(up).isEqualTo(copy);
    }

    @Test
    void theTypedDocumentReadsEachMethodsParametersByExplainKey() throws IOException {
        AssessmentDocument d = AssessmentDocument.read(read(GoldenHashTest.V1_FIXTURE), ROW);
        assertThat(d.version()).isEqualTo(DocumentVersions.CURRENT);
        assertThat(d.inputHash()).isEqualTo(GoldenHashTest.INPUT_HASH);
        assertThat(d.asOf()).isEqualTo(LocalDate.of(2025, 6, 30));
        assertThat(d.client()).isEmpty();
        assertThat(d.patents()).hasSize(25);
        AssessmentDocument.MethodEntry split = d.patents().get(0).valuation().methods().get(0);
        assertThat(split.id()).isEqualTo("income-split");
        assertThat(split.applied()).isTrue();
        assertThat(ExplainKey.of("riskFreeRate")).isSameAs(ExplainKey.RISK_FREE_RATE);
        assertThat(split.parameters().get(ExplainKey.RISK_FREE_RATE.name()).asDouble()).isEqualTo(0.025);
        assertThat(split.cashFlows()).isNotEmpty();
        assertThat(split.explanation().get(0)).isInstanceOf(AssessmentDocument.Sentence.Keyed.class);
    }

    @Test
    void aMissingFieldIsAnErrorNamingIt() throws IOException {
        ObjectNode doc = read(GoldenHashTest.V1_FIXTURE);
        ((ObjectNode) doc.at("/patents/2/valuation/methods/1")).remove("method");
        assertThatThrownBy(() -> AssessmentDocument.read(doc, ROW)).isInstanceOf(DocumentException.class)
                .hasMessage("patents[2].valuation.methods[1].method is missing from the assessment document");

        ObjectNode currency = read(GoldenHashTest.V1_FIXTURE);
        ((ObjectNode) currency.get("loan")).remove("currency");
        assertThatThrownBy(() -> AssessmentDocument.read(currency, ROW)).hasMessageContaining("loan.currency is missing");

        ObjectNode method = read(GoldenHashTest.V1_FIXTURE);
        ((ObjectNode) method.at("/patents/0/valuation/methods/0")).put("method", "crystal-ball");
        assertThatThrownBy(() -> AssessmentDocument.read(method, ROW))
                .hasMessageContaining("patents[0].valuation.methods[0].method is 'crystal-ball'");

        ObjectNode param = read(GoldenHashTest.V1_FIXTURE);
        ((ObjectNode) param.at("/patents/0/valuation/methods/0/parameters")).put("luckFactor", 2.0);
        assertThatThrownBy(() -> AssessmentDocument.read(param, ROW))
                .hasMessageContaining("patents[0].valuation.methods[0].parameters.luckFactor");
    }

    /**
     * The figures the chapters print (but the parameter appendix) are read typed.
     */
    @Test
    void theChaptersFiguresAreReadTypedAndAMissingOneIsAnErrorNamingIt() throws IOException {
        AssessmentDocument d = AssessmentDocument.read(read(GoldenHashTest.V1_FIXTURE), ROW);
        assertThat(d.collateral().path()).isNotEmpty().allSatisfy(c -> assertThat(c.loanYear()).isPositive());
        assertThat(d.collateral().effectiveNumber()).isPresent();
        assertThat(d.patents().get(0).collateral()).hasValueSatisfying(c -> assertThat(c.eligible()).isTrue());
        assertThat(d.stress()).isNotEmpty().allSatisfy(s -> assertThat(s.loanAmount()).isPresent());
        assertThat(d.risk().requested().sharing()).isPresent();
        assertThat(d.distribution()).hasValueSatisfying(x -> assertThat(x.histogram()).isPresent());
        assertThat(d.gradeMinimumCoverage()).hasValue(0.125);
        assertThat(d.quoted().liquidation()).containsOnlyKeys("invention", "utility_model", "design");
        assertThat(d.quoted().baselFramework()).hasValue("baselII");
        assertThat(d.borrower().overdueRecords()).hasValue(0);
        assertThat(d.attribution()).hasValueSatisfying(a -> assertThat(a.products()).isNotEmpty());
        // a version-1 workbench row kept no distribution and no grade minimum: absent, not zero
        AssessmentDocument wb = AssessmentDocument.read(read(V1_WORKBENCH), ROW);
        assertThat(wb.distribution()).isEmpty();
        assertThat(wb.gradeMinimumCoverage()).isEmpty();

        for (String[] missing : new String[][]{{"/collateral/path/1", "expectedValue", "collateral.path[1].expectedValue"},
                {"/patents/3/collateral", "advanceAmount", "patents[3].collateral.advanceAmount"},
                {"/stress/0", "capacity", "stress[0].capacity"},
                {"/loan/timeline", "startDate", "loan.timeline.startDate"}, {"/loan", "termMonths", "loan.termMonths"},
                {"/patents/0", "status", "patents[0].status"},
                {"/enterprise/revenueAttribution/products/0", "revenueGiven",
                        "enterprise.revenueAttribution.products[0].revenueGiven"},
                {"/parameters/risk/liquidation/invention", "yearsToSell", "parameters.risk.liquidation.invention.yearsToSell"},
                {"/parameters/valuation", "taxRate", "parameters.valuation.taxRate"},
                {"/risk/riskSharing", "bankNetExpectedLoss", "risk.riskSharing.bankNetExpectedLoss"},
                {"/portfolioDistribution/histogram", "max", "portfolioDistribution.histogram.max"}}) {
            ObjectNode doc = read(GoldenHashTest.V1_FIXTURE);
            ((ObjectNode) doc.at(missing[0])).remove(missing[1]);
            assertThatThrownBy(() -> AssessmentDocument.read(doc, ROW)).isInstanceOf(DocumentException.class)
                    .hasMessage(missing[2] + " is missing from the assessment document");
        }
        ObjectNode counts = read(GoldenHashTest.V1_FIXTURE);
        ((com.fasterxml.jackson.databind.node.ArrayNode) counts.at("/portfolioDistribution/histogram/counts")).set(2,
                JSON.getNodeFactory().textNode("many"));
        assertThatThrownBy(() -> AssessmentDocument.read(counts, ROW))
                .hasMessageContaining("portfolioDistribution.histogram.counts[2] is \"many\", not a whole number");
    }

    @Test
    void aSentenceWithAKeyNoBundleHoldsIsAnErrorNamingTheKey() throws IOException {
        assumeFont();
        ObjectNode doc = read(GoldenHashTest.V1_FIXTURE);
        ((ObjectNode) doc.at("/patents/0/valuation/methods/0/explanation/0")).put("key", "valuation.explain.renamedAway");
        ReportInput in = ReportInput.unsaved(DocumentVersions.upgrade(doc, ROW), Instant.parse("2025-07-01T08:00:00Z"), "");
        assertThatThrownBy(() -> AssessmentReportTest.render(in, Locale.ENGLISH, PRINTED))
                .isInstanceOf(DocumentException.class).hasMessageContaining("valuation.explain.renamedAway");
    }

    @Test
    void everyExplainKeyHasAHumanNameInBothReportBundles() {
        ResourceBundle en = ResourceBundle.getBundle("i18n.report", Locale.ENGLISH);
        ResourceBundle zh = ResourceBundle.getBundle("i18n.report", Locale.SIMPLIFIED_CHINESE);
        for (ExplainKey k : ExplainKey.all().values()) {
            String term = "report.term." + (k.name().endsWith(":") ? k.name().substring(0, k.name().length() - 1) : k.name());
            assertThat(en.containsKey(term)).as(term).isTrue();
            assertThat(zh.getString(term)).as(term).isNotEqualTo(en.getString(term));
        }
    }

    @Test
    void aMethodResultWithANameNoExplainKeyHasIsRefused() {
        assertThatThrownBy(() -> io.pledgebench.valuation.MethodResult.applied("cost", 1.0,
                java.util.Map.of("luckFactor", 2.0), java.util.Map.of(), List.of(), List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("method cost")
                .hasMessageContaining("'luckFactor'");
    }

    /**
     * A row the command line stored before documents had a version reprints exactly as the same assessment's
     * current document prints; a row the workbench stored (the assess --json document, sentences fixed in Chinese)
     * reprints with its valuation date on the cover, taken from the row.
     */
    @Test
    void rowsStoredByEarlierReleasesReprint() throws IOException {
        assumeFont();
        Assessment a = AssessmentReportTest.assess("cn-tech-sme");
        try (Database db = Database.inMemory("versions-" + UUID.randomUUID())) {
            AssessmentRepository repo = new AssessmentRepository(db);
            long cli = repo.save(new NewAssessment(null, "cn-tech-sme", "alice", LocalDate.of(2025, 6, 30),
                    GoldenHashTest.INPUT_HASH, "0.9.0", "{}", Files.readString(GoldenHashTest.V1_FIXTURE)));
            long workbench = repo.save(new NewAssessment(null, "cn-tech-sme", "alice", LocalDate.of(2025, 6, 30),
                    GoldenHashTest.INPUT_HASH, "0.9.0", "{}", Files.readString(V1_WORKBENCH)));

            ReportInput old = io.pledgebench.app.AssessmentArchive.reportInput(repo.load(cli).orElseThrow(), false);
            // the same assessment written now, less what version 4 added that the old row did not record (the
            // excess-earnings charges the upgrade works out from the row, so they stay), and with the parameter set as
            // the row's record gives it: no set, and whether the values were the defaults not recorded
            ObjectNode written = (ObjectNode) ReportSource.document(a);
            GoldenHashTest.withoutVersion8(written);
            GoldenHashTest.withoutVersion5(written);
            GoldenHashTest.withoutVersion4(written, true);
            ((ObjectNode) written.get("parameterSet")).putNull("engineDefaults");
            written.put("version", 3);
            ReportInput now = new ReportInput(written, old.assessmentId(), old.createdAt(),
                    old.author(), old.signOffs(), old.auditHash());
            for (Locale locale : List.of(Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE)) {
                assertThat(text(old, locale)).isEqualTo(text(now, locale));
            }

            String zh = text(io.pledgebench.app.AssessmentArchive.reportInput(repo.load(workbench).orElseThrow(), false), Locale.SIMPLIFIED_CHINESE);
            assertThat(zh.replaceAll("\\s+", "")).contains("评估基准日2025-06-30").contains("采用，权重35.29%");
        }
    }

    private static String text(ReportInput in, Locale locale) throws IOException {
        try (PDDocument d = Loader.loadPDF(AssessmentReportTest.render(in, locale, PRINTED))) {
            return new PDFTextStripper().getText(d);
        }
    }

    private static void assumeFont() {
        Assumptions.assumeTrue(ReportFont.find().isPresent(), "needs " + ReportFont.DEBIAN_PACKAGE);
    }
}
