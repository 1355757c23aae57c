package io.pledgebench.assessment;

import com.fasterxml.jackson.databind.JsonNode;
import io.pledgebench.domain.LegalEvent;
import io.pledgebench.domain.LegalStatus;
import io.pledgebench.domain.LoanRequest;
import io.pledgebench.domain.Patent;
import io.pledgebench.domain.PatentNumber;
import io.pledgebench.domain.PatentType;
import io.pledgebench.domain.Portfolio;
import io.pledgebench.domain.StateFates;
import io.pledgebench.domain.Text;
import io.pledgebench.io.ImportResult;
import io.pledgebench.io.LegalEventMerger;
import io.pledgebench.io.PortfolioReader;
import io.pledgebench.report.AssessmentDocument;
import io.pledgebench.report.AssessmentReport;
import io.pledgebench.report.ReportInput;
import io.pledgebench.report.ReportSource;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * ADR 0026: {@code assess} counts a European patent that ended in some of its states at the share of the states that
 * count where it lives, with the function monitoring's revaluation uses ({@link LoanRevaluation#keptShare}), and says
 * so: a note in both languages, the patent's {@code collateral.statesShare} in the JSON and the stored document (version
 * 7), and a line of the report's special matters.
 */
class EuropeanStatesShareAssessmentTest {

    /** The day the EP1000000 register (EPO OPS, {@code example_1.xml}) is read as it stood. */
    private static final LocalDate AS_OF_2009 = LocalDate.of(2009, 1, 15);

    /** The cn-tech-sme sample: its enterprise and a valued invention patent's data give the EP patents a value. */
    private static final Portfolio SME = PortfolioReader.read(Path.of("sample-portfolios/cn-tech-sme")).portfolio();

    /**
     * A European patent {@code number} with the data of the sample's first invention patent (its products, revenue,
     * owners and citations, so that it is valued and may be pledged), filed and granted on the days given, without
     * register events.
     */
    private static Patent european(String number, LocalDate filed, LocalDate granted, LocalDate feesPaidUntil) {
        Patent data = SME.patents().stream().filter(p -> p.type() == PatentType.INVENTION).findFirst().orElseThrow();
        return data.toBuilder().number(PatentNumber.parse(number)).filingDate(filed).grantDate(granted)
                .annualFeePaidUntil(feesPaidUntil).status(LegalStatus.VALID).events(List.of()).build();
    }

    /** EP1000000 (filed 1999-11-08, granted 2003-02-12) with the sample's patent data. */
    private static Patent bricks() {
        return european("EP1000000", LocalDate.of(1999, 11, 8), LocalDate.of(2003, 2, 12), LocalDate.of(2009, 11, 8));
    }

    /** The real register's events of EP1000000 dated up to {@code day}: the register as it stood that day. */
    private static List<LegalEvent> registerOn(LocalDate day) throws URISyntaxException {
        ImportResult r = PortfolioReader.read(Path.of(EuropeanStatesShareAssessmentTest.class
                .getResource("/shared-data/raw/epo/example_1.xml").toURI()));
        return r.events().get("EP1000000").stream().filter(e -> e.date() == null || !e.date().isAfter(day)).toList();
    }

    private static AssessmentInputs inputs(Patent p, LocalDate asOf) {
        Portfolio pf = new Portfolio("ep-share", SME.enterprise(), List.of(p), null, SME.currency(), null);
        return new AssessmentInputs(pf, new LoanRequest(new BigDecimal("300000"), SME.currency(), 24, asOf,
                "working capital"), asOf, 7, 400, 0.025, List.of());
    }

    @Test
    void theRealRegisterOfEp1000000In2009LeavesThreeOfNineteenStatesAndTheAssessmentCountsThatShare()
            throws Exception {
        // by 2009 EP1000000 had lapsed in 16 of its 19 designated states; it lived in BE, GB and NL until 2010-2011
        Patent p = LegalEventMerger.merge(bricks(), registerOn(AS_OF_2009));
        assertThat(p.status()).isEqualTo(LegalStatus.VALID);
        StateFates.Share share = LoanRevaluation.statesShare(p).orElseThrow();
        assertThat(share.designated()).isTrue();
        assertThat(share.counted()).isEqualTo(19);
        assertThat(share.alive()).isEqualTo(3);
        assertThat(share.ended()).extracting(StateFates.StateEnd::state).containsExactlyInAnyOrder("AT", "CH", "CY",
                "DE", "DK", "ES", "FI", "FR", "GR", "IE", "IT", "LI", "LU", "MC", "PT", "SE");

        Patent whole = LegalEventMerger.merge(bricks(), registerOn(AS_OF_2009).stream()
                .filter(e -> e.kind() != LegalEvent.Kind.LAPSE).toList());
        assertThat(LoanRevaluation.statesShare(whole)).isEmpty();

        AssessmentParameters params = AssessmentParameters.defaults();
        Assessment a = AssessmentPipeline.run(inputs(p, AS_OF_2009), params);
        Assessment w = AssessmentPipeline.run(inputs(whole, AS_OF_2009), params);
        PatentAssessment pa = a.results().patents().get(0);
        // the patent's value is its value; the collateral counts 3/19 of it
        assertThat(pa.valuation().value()).isCloseTo(w.results().patents().get(0).valuation().value(), within(1e-6));
        assertThat(pa.collateral().eligible()).as("%s %s %s", pa.eligibility().reasons(), pa.valuation().valued(),
                pa.valuation().notValuedReason()).isTrue();
        assertThat(pa.collateral().marketValue()).isCloseTo(pa.valuation().value() * 3 / 19, within(1e-6));
        assertThat(a.results().collateral().marketValue())
                .isCloseTo(w.results().collateral().marketValue() * 3 / 19, within(1e-6));
        assertThat(a.results().collateral().liquidationValue())
                .isCloseTo(w.results().collateral().liquidationValue() * 3 / 19, within(1e-6));
        // the pool's simulated value counts the share too (same seed, same paths); the patent's own stays whole
        assertThat(a.results().portfolioDistribution().deterministicValue())
                .isCloseTo(w.results().portfolioDistribution().deterministicValue() * 3 / 19, within(1e-6));
        assertThat(a.results().portfolioDistribution().p95())
                .isCloseTo(w.results().portfolioDistribution().p95() * 3 / 19, within(1e-6));
        assertThat(pa.distribution().mean()).isCloseTo(w.results().patents().get(0).distribution().mean(),
                within(1e-6));
        // one definition: monitoring's revaluation of the same inputs has the assessment's collateral
        LoanRevaluation.Result r = LoanRevaluation.deterministic(inputs(p, AS_OF_2009), params);
        assertThat(r.marketValue()).isCloseTo(a.results().collateral().marketValue(), within(1e-6));
        assertThat(r.liquidationValue()).isCloseTo(a.results().collateral().liquidationValue(), within(1e-6));

        Text note = a.results().notes().stream().filter(t -> t.key().equals("assessment.note.stateShare"))
                .findFirst().orElseThrow();
        assertThat(note.render(Locale.ENGLISH)).contains("EP1000000", "16%", "16 of its 19 designated states",
                "AT, ", "each state counts equally");
        assertThat(note.render(Locale.SIMPLIFIED_CHINESE)).contains("EP1000000", "19 个指定国中已有 16 个终止", "16%",
                "各国等权计").doesNotContain("designated", "states");
        assertThat(w.results().notes()).noneMatch(t -> t.key().equals("assessment.note.stateShare"));

        Map<String, Object> json = a.toJson(Locale.ENGLISH);
        JsonNode tree = new com.fasterxml.jackson.databind.ObjectMapper().valueToTree(json);
        JsonNode s = tree.at("/patents/0/collateral/statesShare");
        assertThat(s.get("kept").asDouble()).isCloseTo(3.0 / 19, within(1e-12));
        assertThat(s.get("alive").asInt()).isEqualTo(3);
        assertThat(s.get("counted").asInt()).isEqualTo(19);
        assertThat(s.get("designated").asBoolean()).isTrue();
        assertThat(s.get("ended")).hasSize(16);
        assertThat(tree.at("/recommendation/reasons").toString()).contains("16 of its 19 designated states");
        assertThat(new com.fasterxml.jackson.databind.ObjectMapper().valueToTree(w.toJson(Locale.ENGLISH))
                .at("/patents/0/collateral").has("statesShare")).isFalse();

        // the stored document keeps it and the report's special matters print it, in both languages
        JsonNode doc = ReportSource.document(a);
        AssessmentDocument typed = AssessmentDocument.read(doc);
        assertThat(typed.patents().get(0).collateral().orElseThrow().statesShare()).hasValueSatisfying(x -> {
            assertThat(x.kept()).isCloseTo(3.0 / 19, within(1e-12));
            assertThat(x.ended()).hasSize(16).contains("DE", "FR");
        });
        String en = pdfText(doc, Locale.ENGLISH);
        assertThat(squeeze(en)).contains("Europeanpatentsendedinsomeoftheirstates:1patent(s)",
                "16ofits19designatedstates", "soisthesimulatedvalueofthecollateralovertheloanterm");
        String zh = pdfText(doc, Locale.SIMPLIFIED_CHINESE);
        assertThat(squeeze(zh)).contains("在部分国家已终止的欧洲专利：1件", "19个指定国中已有16个终止", "质押物价值在贷款期内的模拟区间", "亦按该比例计");
        assertThat(squeeze(pdfText(ReportSource.document(w), Locale.ENGLISH))).doesNotContain("endedinsomeoftheirstates");
    }

    @Test
    void aSyntheticPatentLapsedInOneOfFourDesignatedStatesCountsThreeQuartersWithAndWithoutMonteCarlo() {
        LocalDate asOf = LocalDate.of(2026, 6, 30);
        Patent base = european("EP3000001", LocalDate.of(2016, 3, 1), LocalDate.of(2019, 5, 8),
                LocalDate.of(2027, 3, 1));
        List<LegalEvent> events = List.of(
                new LegalEvent(LocalDate.of(2019, 5, 8), LegalEvent.Kind.DESIGNATION, "AK", "",
                        "AK DESIGNATED CONTRACTING STATES — "
                                + StateFates.describeDesignation(List.of("DE", "FR", "GB", "IT")), "ops.xml"),
                new LegalEvent(LocalDate.of(2024, 9, 30), LegalEvent.Kind.LAPSE, "PG25", "IT",
                        "LAPSED IN A CONTRACTING STATE", "ops.xml"));
        Patent p = LegalEventMerger.merge(base, events);
        Patent whole = LegalEventMerger.merge(base, events.subList(0, 1));
        assertThat(LoanRevaluation.keptShare(p)).isEqualTo(0.75);
        assertThat(LoanRevaluation.keptShare(whole)).isEqualTo(1.0);

        AssessmentParameters params = AssessmentParameters.defaults();
        Assessment a = AssessmentPipeline.run(inputs(p, asOf), params);
        Assessment w = AssessmentPipeline.run(inputs(whole, asOf), params);
        assertThat(a.results().collateral().marketValue())
                .isCloseTo(0.75 * w.results().collateral().marketValue(), within(1e-6));
        assertThat(a.results().collateral().marketValue()).as("%s %s %s", a.results().patents().get(0).eligibility().reasons(),
                a.results().patents().get(0).valuation().valued(), a.results().patents().get(0).valuation().notValuedReason()).isPositive();
        // the simulated paths count the same share: the loss rises, and the revaluation with Monte Carlo has exactly
        // the assessment's credit-risk figures
        assertThat(a.results().risk().lifetimeExpectedLoss()).isGreaterThan(w.results().risk().lifetimeExpectedLoss());
        LoanRevaluation.Result mc = LoanRevaluation.simulated(inputs(p, asOf), params);
        assertThat(mc.marketValue()).isEqualTo(a.results().collateral().marketValue());
        assertThat(mc.lifetimeExpectedLoss()).isEqualTo(a.results().risk().lifetimeExpectedLoss());
        assertThat(mc.capital()).isEqualTo(a.results().risk().capital());
        // the stress at a discount-rate shift revalues the patent and keeps the share
        for (int i = 0; i < a.results().stress().size(); i++) {
            StressResult sa = a.results().stress().get(i);
            StressResult sw = w.results().stress().get(i);
            if (sa.scenario().discountRateShift() != 0 && sa.scenario().invalidatedTopPatents() == 0) {
                assertThat(sa.marketValue()).as(sa.scenario().id()).isCloseTo(0.75 * sw.marketValue(), within(1e-6));
            }
        }
        assertThat(a.results().notes()).anySatisfy(t -> assertThat(t.render(Locale.ENGLISH))
                .contains("EP3000001", "75%", "1 of its 4 designated states", "(IT)"));
    }

    private static String pdfText(JsonNode doc, Locale locale) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        AssessmentReport.write(ReportInput.unsaved(doc, Instant.parse("2009-01-16T00:00:00Z"), "tester"), locale,
                LocalDate.of(2009, 1, 16), out);
        try (PDDocument pdf = Loader.loadPDF(out.toByteArray())) {
            return new PDFTextStripper().getText(pdf);
        }
    }

    /** The text without white space, as a wrapped line reads whole. */
    private static String squeeze(String s) {
        return s.replaceAll("\\s+", "");
    }
}
