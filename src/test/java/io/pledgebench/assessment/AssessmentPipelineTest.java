package io.pledgebench.assessment;

import io.pledgebench.domain.Enterprise;
import io.pledgebench.domain.LegalStatus;
import io.pledgebench.domain.LoanRequest;
import io.pledgebench.domain.Owner;
import io.pledgebench.domain.Patent;
import io.pledgebench.domain.PatentNumber;
import io.pledgebench.domain.PatentType;
import io.pledgebench.domain.Portfolio;
import io.pledgebench.domain.Text;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AssessmentPipelineTest {

    static final LocalDate AS_OF = LocalDate.of(2025, 6, 30);
    static final String OWNER = "Ningbo Example Robotics Co., Ltd.";
    static final AssessmentParameters PARAMS = AssessmentParameters.defaults();

    static PatentNumber cn(String twelveDigits) {
        return PatentNumber.parse(twelveDigits + "." + PatentNumber.cnCheckDigit(twelveDigits));
    }

    static Patent patent(String digits, PatentType type, LocalDate filed, long revenue) {
        return Patent.builder(cn(digits), type, LegalStatus.VALID)
                .title("patent " + digits)
                .filingDate(filed).grantDate(filed.plusYears(1))
                .addOwner(new Owner(OWNER, null))
                .annualFeePaidUntil(LocalDate.of(2028, 12, 31))
                .ipc("B25J 9/16").totalClaims(10).independentClaims(2).citedBy(4).familySize(2)
                .productRevenue(BigDecimal.valueOf(revenue)).inUseSince(filed.plusYears(1))
                .build();
    }

    static List<Patent> patents() {
        List<Patent> list = new ArrayList<>();
        list.add(patent("202110000001", PatentType.INVENTION, LocalDate.of(2021, 3, 1), 40_000_000));
        list.add(patent("202110000002", PatentType.INVENTION, LocalDate.of(2020, 5, 1), 20_000_000));
        list.add(patent("202120000003", PatentType.UTILITY_MODEL, LocalDate.of(2021, 7, 1), 10_000_000));
        list.add(patent("202120000004", PatentType.UTILITY_MODEL, LocalDate.of(2022, 2, 1), 8_000_000));
        return list;
    }

    static Enterprise enterprise() {
        return new Enterprise(OWNER, null, "robotics", 9.0, new BigDecimal("120000000"), new BigDecimal("18000000"),
                new BigDecimal("150000000"), new BigDecimal("70000000"), new BigDecimal("2000000"),
                new BigDecimal("9000000"), new BigDecimal("4000000"), 0, null);
    }

    static AssessmentInputs inputs(List<Patent> patents, Enterprise e, double loan, int termMonths, Double pd, long seed) {
        Portfolio pf = new Portfolio("test", e, patents, null, "CNY", "");
        return new AssessmentInputs(pf, new LoanRequest(BigDecimal.valueOf(loan), "CNY", termMonths, null, null), AS_OF,
                seed, 400, pd, List.of());
    }

    static Assessment run(AssessmentInputs in) {
        return AssessmentPipeline.run(in, PARAMS);
    }

    @Test
    void jsonHasExactlyTheSpecKeysAndEveryPatent() {
        Map<String, Object> json = run(inputs(patents(), enterprise(), 5_000_000, 24, null, 7)).toJson(Locale.ENGLISH);
        assertThat(json).containsOnlyKeys("inputHash", "enterprise", "loan", "patents", "collateral", "risk", "stress",
                "recommendation", "parameters");
        assertThat((List<?>) json.get("patents")).hasSize(4);
        @SuppressWarnings("unchecked")
        Map<String, Object> first = (Map<String, Object>) ((List<?>) json.get("patents")).get(0);
        assertThat(first).containsKeys("patentNumber", "eligibility", "score", "valuation");
        assertThat((Map<String, Object>) first.get("valuation")).containsKeys("value", "mean", "p5", "p50", "p95", "methods");
        assertThat((Map<String, Object>) json.get("collateral")).containsKeys("marketValue", "liquidationValue",
                "advanceRate", "capacity", "hhi");
        assertThat((Map<String, Object>) json.get("risk")).containsKeys("pd", "lgd", "ead", "expectedLoss", "riskWeight",
                "capital");
        assertThat((Map<String, Object>) json.get("recommendation")).containsKeys("maxLoan", "recommendedLoan", "ltv",
                "grade", "conditions", "reasons");
        assertThat((List<?>) json.get("stress")).hasSize(6);
    }

    @Test
    void theLazyDocumentEqualsTheMaterialisedOne() {
        Assessment a = run(inputs(patents(), enterprise(), 5_000_000, 24, null, 7));
        assertThat(CanonicalJson.write(a.toJsonLazy(Locale.ENGLISH))).isEqualTo(CanonicalJson.write(a.toJson(Locale.ENGLISH)));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> patents = (List<Map<String, Object>>) a.toJson(Locale.ENGLISH).get("patents");
        patents.get(0).put("extra", 1);
        assertThat(patents.get(0)).containsKey("extra");
    }

    @Test
    void sameInputsAndSeedGiveIdenticalJsonAndHash() {
        Assessment a = run(inputs(patents(), enterprise(), 5_000_000, 24, null, 11));
        Assessment b = run(inputs(patents(), enterprise(), 5_000_000, 24, null, 11));
        assertThat(a.inputHash()).hasSize(64).isEqualTo(b.inputHash());
        assertThat(CanonicalJson.write(a.toJson(Locale.ENGLISH))).isEqualTo(CanonicalJson.write(b.toJson(Locale.ENGLISH)));
        Assessment c = run(inputs(patents(), enterprise(), 5_000_000, 24, null, 12));
        assertThat(c.inputHash()).isNotEqualTo(a.inputHash());
        assertThat(c.results().portfolioDistribution().mean()).isNotEqualTo(a.results().portfolioDistribution().mean());
    }

    @Test
    void moreLoanMeansHigherLtvAndExpectedLoss() {
        Assessment small = run(inputs(patents(), enterprise(), 2_000_000, 24, 0.02, 3));
        Assessment large = run(inputs(patents(), enterprise(), 6_000_000, 24, 0.02, 3));
        assertThat(large.results().risk().expectedLoss()).isGreaterThan(small.results().risk().expectedLoss());
        assertThat(large.results().risk().lgd()).isGreaterThanOrEqualTo(small.results().risk().lgd());
        // stress runs at the recommended loan: more loan there means higher stressed LTV and EL, the same loan the same
        assertThat(large.results().stressAmount()).isGreaterThanOrEqualTo(small.results().stressAmount());
        boolean more = large.results().stressAmount() > small.results().stressAmount();
        for (int i = 0; i < small.results().stress().size(); i++) {
            StressResult s = small.results().stress().get(i);
            StressResult l = large.results().stress().get(i);
            if (s.ltv() != null) {
                assertThat(l.ltv()).as(s.scenario().id()).isEqualTo(s.ltv() * large.results().stressAmount()
                        / small.results().stressAmount(), org.assertj.core.api.Assertions.within(1e-12));
            }
            if (more) {
                assertThat(l.expectedLoss()).as(s.scenario().id()).isGreaterThan(s.expectedLoss());
            } else {
                assertThat(l.expectedLoss()).as(s.scenario().id()).isEqualTo(s.expectedLoss());
            }
        }
        Assessment larger = run(inputs(patents(), enterprise(), 6_000_000, 36, 0.02, 3));
        assertThat(larger.results().stressAmount()).isEqualTo(larger.results().recommendation().recommendedLoan());
    }

    @Test
    void acrossAmountsExpectedLossAndLtvRiseWithTheLoan() {
        double previousEl = 0;
        double previousLtv = 0;
        for (double loan : new double[]{500_000, 1_000_000, 3_000_000, 6_000_000, 12_000_000}) {
            Assessment a = run(inputs(patents(), enterprise(), loan, 24, 0.02, 3));
            double el = a.results().risk().expectedLoss();
            double ltv = loan / a.results().collateral().marketValue();
            assertThat(el).as("EL at %s", loan).isGreaterThan(previousEl);
            assertThat(ltv).as("LTV at %s", loan).isGreaterThan(previousLtv);
            previousEl = el;
            previousLtv = ltv;
        }
    }

    @Test
    void aLapsedPatentNeverAddsCollateral() {
        List<Patent> withLapsed = new ArrayList<>(patents());
        withLapsed.add(patent("202110000005", PatentType.INVENTION, LocalDate.of(2021, 1, 1), 500_000_000).toBuilder()
                .status(LegalStatus.LAPSED).build());
        Assessment base = run(inputs(patents(), enterprise(), 5_000_000, 24, 0.02, 5));
        Assessment lapsed = run(inputs(withLapsed, enterprise(), 5_000_000, 24, 0.02, 5));
        assertThat(lapsed.results().collateral().capacity()).isEqualTo(base.results().collateral().capacity());
        assertThat(lapsed.results().collateral().marketValue()).isEqualTo(base.results().collateral().marketValue());
        PatentAssessment p = lapsed.results().patents().get(4);
        assertThat(p.eligibility().pledgeable()).isFalse();
        assertThat(p.collateral().advanceAmount()).isZero();
    }

    @Test
    void anInvalidatedTopPatentLowersCapacity() {
        List<Patent> invalidated = new ArrayList<>(patents());
        invalidated.set(0, invalidated.get(0).toBuilder().status(LegalStatus.INVALIDATED).build());
        Assessment base = run(inputs(patents(), enterprise(), 5_000_000, 24, 0.02, 5));
        Assessment hit = run(inputs(invalidated, enterprise(), 5_000_000, 24, 0.02, 5));
        assertThat(hit.results().collateral().capacity()).isLessThan(base.results().collateral().capacity());
        StressResult top = base.results().stress().stream()
                .filter(s -> s.scenario().id().equals("topPatentInvalidated")).findFirst().orElseThrow();
        assertThat(top.capacity()).isLessThan(base.results().collateral().capacity());
    }

    @Test
    void theTopPatentStressSkipsAMoreValuablePatentValuedByCostAlone() {
        io.pledgebench.risk.RiskParameters rp = io.pledgebench.risk.RiskParameters.defaults();
        List<io.pledgebench.risk.CollateralItem> items = List.of(
                new io.pledgebench.risk.CollateralItem("COST", io.pledgebench.domain.PatentType.INVENTION, 9_000_000, 80, 8, 0.03, true, true),
                new io.pledgebench.risk.CollateralItem("INCOME", io.pledgebench.domain.PatentType.INVENTION, 2_000_000, 80, 8, 0.03, true, false),
                new io.pledgebench.risk.CollateralItem("SMALL", io.pledgebench.domain.PatentType.INVENTION, 1_000_000, 80, 8, 0.03, true, false),
                new io.pledgebench.risk.CollateralItem("OUT", io.pledgebench.domain.PatentType.INVENTION, 5_000_000, 80, 8, 0.03, false, false));
        // the cost-only patent lends nothing (factor 0) and the ineligible one is no collateral: the income-valued one goes
        assertThat(AssessmentPipeline.mostValuableLending(items, 1, rp)).containsExactly(1);
        assertThat(AssessmentPipeline.mostValuableLending(items, 5, rp)).containsExactly(1, 2);
    }

    @Test
    void withoutEnterpriseDataAPdMustBeGiven() {
        assertThatThrownBy(() -> run(inputs(patents(), null, 5_000_000, 24, null, 1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("--pd");
        Assessment a = run(inputs(patents(), null, 5_000_000, 24, 0.03, 1));
        assertThat(a.results().pledgor().inferred()).isTrue();
        assertThat(a.results().pledgor().name()).isEqualTo(OWNER);
        assertThat(a.results().pdSource()).isEqualTo("officer");
        assertThat(a.results().recommendation().debtServiceCapacity()).isNull();
    }

    @Test
    void withoutOwnersOrEnterpriseThePledgorIsUnknownAndSaidToBe() {
        List<Patent> ownerless = new ArrayList<>();
        for (Patent p : patents()) {
            ownerless.add(p.toBuilder().owners(List.of()).build());
        }
        Assessment a = run(inputs(ownerless, null, 5_000_000, 24, 0.02, 1));
        assertThat(a.results().pledgor().name()).isNull();
        assertThat(a.results().notes()).extracting(Text::key).contains("assessment.note.noPledgor");
        assertThat(a.results().recommendation().conditions()).extracting(Text::key)
                .contains("assessment.condition.identifyPledgor");
        assertThat(a.results().patents()).allSatisfy(p -> assertThat(p.eligibility().status().code()).isEqualTo("warning"));
    }

    /**
     * Issue 12 item 7: Monte Carlo covers the eligible collateral only, and its value at maturity feeds the decision.
     * Oracle: with every input at its point value and no hazard, each path is the deterministic pool, so the simulated
     * liquidation value at maturity equals the deterministic run-off value LV·(n − T)/n summed over the pool, and the
     * expected recovery E[min(EAD, LV)] is that value capped by the loan.
     */
    @Test
    void monteCarloSimulatesTheEligibleCollateralAndFeedsAtMaturityAndRecovery() {
        List<Patent> ps = patents();
        ps.add(Patent.builder(cn("202110000009"), PatentType.INVENTION, LegalStatus.PLEDGED)
                .filingDate(LocalDate.of(2021, 1, 1)).grantDate(LocalDate.of(2022, 1, 1))
                .addOwner(new Owner(OWNER, null)).annualFeePaidUntil(LocalDate.of(2028, 12, 31))
                .productRevenue(BigDecimal.valueOf(90_000_000)).inUseSince(LocalDate.of(2022, 1, 1)).build());
        AssessmentParameters point = PARAMS.withMonteCarlo(
                io.pledgebench.valuation.MonteCarloSettings.pointValues(400, 1, 2));
        Assessment a = AssessmentPipeline.run(inputs(ps, enterprise(), 5_000_000, 24, 0.02, 1), point);
        PatentAssessment pledged = a.results().patents().get(4);
        assertThat(pledged.eligibility().pledgeable()).isFalse();
        assertThat(pledged.distribution()).as("an already pledged patent is not simulated").isNull();
        double pool = 0;
        for (PatentAssessment p : a.results().patents()) {
            if (p.collateral().eligible()) {
                pool += p.valuation().value();
            }
        }
        assertThat(a.results().portfolioDistribution().mean()).isCloseTo(pool, org.assertj.core.api.Assertions.within(1e-6 * pool));
        double t = a.results().timeline().yearsToMaturity();
        double atMaturity = 0;
        for (PatentAssessment p : a.results().patents()) {
            if (p.collateral().eligible()) {
                double n = p.valuation().incomePeriod().years();
                atMaturity += p.collateral().liquidationValue() * Math.max(0, n - t) / n;
            }
        }
        assertThat(a.results().atMaturity().mean()).isCloseTo(atMaturity, org.assertj.core.api.Assertions.within(1e-6 * atMaturity));
        assertThat(a.results().atMaturity().p5()).isCloseTo(atMaturity, org.assertj.core.api.Assertions.within(1e-6 * atMaturity));
        assertThat(a.results().atMaturity().probabilityCoverageBelowOne()).isEqualTo(atMaturity < 5_000_000 ? 1.0 : 0.0);
        // LGD from the simulated recovery: every default period recovers min(EAD, pool value at the period's end)
        double lgd = a.results().risk().lgd();
        assertThat(lgd).isGreaterThanOrEqualTo(a.parameters().risk().lgdFloor());
        assertThat(a.toJson(Locale.ENGLISH).get("collateral")).asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.MAP)
                .containsKey("atMaturity");
    }

    /** Issue 12 item 1: the one timeline — Basel M, coverage checkpoints and eligibility all read it. */
    @Test
    void everyFigureReadsTheOneLoanTimeline() {
        Portfolio pf = new Portfolio("test", enterprise(), patents(), null, "CNY", "");
        // an existing loan: started 2024-12-31 for 36 months, re-assessed on 2025-06-30 → matures 2027-12-31
        AssessmentInputs in = new AssessmentInputs(pf, new LoanRequest(BigDecimal.valueOf(5_000_000), "CNY", 36,
                LocalDate.of(2024, 12, 31), null), AS_OF, 1, 400, 0.02, List.of());
        Assessment a = run(in);
        assertThat(a.results().maturity()).isEqualTo(LocalDate.of(2027, 12, 31));
        assertThat(a.results().notes()).extracting(Text::key).contains("assessment.note.startBeforeValuation");
        // coverage is measured at the loan's anniversaries after the valuation date and at maturity
        assertThat(a.results().collateral().path()).hasSize(3);
        assertThat(a.results().collateral().path().get(2).year())
                .isCloseTo(a.results().timeline().yearsToMaturity(), org.assertj.core.api.Assertions.within(1e-12));
        // Basel M is the remaining maturity: 2025-06-30 → 2027-12-31 is 914 days, not the contractual 36 months
        assertThat(a.results().risk().irb().maturity()).isCloseTo(914 / 365.25, org.assertj.core.api.Assertions.within(1e-12));
        @SuppressWarnings("unchecked")
        Map<String, Object> timeline = (Map<String, Object>) ((Map<String, Object>) a.toJson(Locale.ENGLISH).get("loan"))
                .get("timeline");
        assertThat(timeline).containsEntry("valuationDate", "2025-06-30").containsEntry("startDate", "2024-12-31")
                .containsEntry("termMonths", 36).containsEntry("maturityDate", "2027-12-31");
    }

    /**
     * Issue 12 items 8, 9, 10 and 13: the grade is given at the maximum loan on the bank's lifetime expected loss net
     * of risk sharing (SPEC revision 2: lifetimePd = 1 − (1 − PD)^(term/12), lifetime EL = lifetimePd·LGD·EAD); every
     * figure names its loan amount; LTV is loan / eligible market value, for the requested and the recommended loan.
     */
    @Test
    void gradeAndFiguresNameTheirLoanAmountAndUseTheLifetimeNetLoss() {
        Assessment a = run(inputs(patents(), enterprise(), 50_000_000, 36, 0.02, 1));
        io.pledgebench.risk.Recommendation rec = a.results().recommendation();
        assertThat(rec.gradedAmount()).isEqualTo(rec.maxLoan());
        io.pledgebench.risk.CreditRiskCalculator.CreditRisk requested = a.results().risk();
        assertThat(requested.ead()).isEqualTo(50_000_000.0);
        assertThat(requested.lifetimePd()).isCloseTo(1 - Math.pow(0.98, 3), org.assertj.core.api.Assertions.within(1e-15));
        assertThat(requested.lifetimeExpectedLoss()).isCloseTo(requested.lifetimePd() * requested.lgd() * 50_000_000,
                org.assertj.core.api.Assertions.within(1e-6));
        assertThat(rec.recommendedLoan()).isPositive().isLessThan(50_000_000);
        assertThat(a.results().recommendedRisk().ead()).isEqualTo(rec.recommendedLoan());
        double mv = a.results().collateral().marketValue();
        assertThat(rec.ltv()).isEqualTo(rec.recommendedLoan() / mv);
        assertThat(rec.requestedLtv()).isEqualTo(50_000_000 / mv);
        Map<String, Object> json = a.toJson(Locale.ENGLISH);
        @SuppressWarnings("unchecked")
        Map<String, Object> risk = (Map<String, Object>) json.get("risk");
        assertThat(risk).containsKeys("lifetimePd", "lifetimeExpectedLoss", "bankNetLifetimeExpectedLoss", "recommended");
        @SuppressWarnings("unchecked")
        Map<String, Object> atRecommended = (Map<String, Object>) risk.get("recommended");
        assertThat(atRecommended).containsEntry("ead", rec.recommendedLoan());

        // a compensation fund bearing 54 % of the loss lowers the bank's net loss, and with it the price
        AssessmentParameters shared = PARAMS.withRisk(PARAMS.risk().withRiskSharing(
                io.pledgebench.risk.RiskSharing.Scheme.custom(0.54, 0.16, 0)));
        Assessment b = AssessmentPipeline.run(inputs(patents(), enterprise(), 50_000_000, 36, 0.02, 1), shared);
        assertThat(b.results().risk().bankNetLifetimeExpectedLoss())
                .isCloseTo(0.30 * a.results().risk().lifetimeExpectedLoss(), org.assertj.core.api.Assertions.within(1e-3));
        assertThat(b.results().recommendation().gradingLossRate()).isLessThan(rec.gradingLossRate());
        // the grade is recomputable: its loss rate is the net lifetime EL of the figures at the graded amount
        assertThat(rec.gradedRisk().ead()).isEqualTo(rec.gradedAmount());
        assertThat(rec.gradingLossRate()).isEqualTo(rec.gradedRisk().bankNetLifetimeExpectedLossRate());
        assertThat(b.results().risk().minimumRate().rate()).isLessThan(a.results().risk().minimumRate().rate());
    }

    /** Issue 12 item 2: the reconciliation of attributed revenue with company revenue is part of the result. */
    @Test
    void theRevenueAttributionIsReconciledWithTheCompanysRevenueInTheResult() {
        Assessment a = run(inputs(patents(), enterprise(), 5_000_000, 36, 0.02, 1));
        // the four patents' product revenues, 78 m, stay below the company's 120 m: nothing is scaled
        assertThat(a.results().attribution().totalAttributed()).isEqualTo(78_000_000.0);
        @SuppressWarnings("unchecked")
        Map<String, Object> reconciliation = (Map<String, Object>) ((Map<String, Object>) a.toJson(Locale.ENGLISH)
                .get("enterprise")).get("revenueAttribution");
        assertThat(reconciliation).containsEntry("companyRevenue", 120_000_000.0).containsKey("summary");
    }

    /** Issue 12 item 14: a request far above the enterprise's revenue and assets is flagged (5e10 against 1.2e8). */
    @Test
    void anImplausibleRequestIsFlagged() {
        Assessment a = run(inputs(patents(), enterprise(), 5e10, 36, 0.02, 1));
        assertThat(io.pledgebench.risk.Plausibility.flagged(a.results().plausibility())).isTrue();
        @SuppressWarnings("unchecked")
        Map<String, Object> rec = (Map<String, Object>) a.toJson(Locale.ENGLISH).get("recommendation");
        assertThat(rec).containsEntry("plausibilityFlagged", true);
        assertThat(run(inputs(patents(), enterprise(), 5_000_000, 36, 0.02, 1)).results().plausibility())
                .noneMatch(f -> f.code().flagged());
    }

    /**
     * Above the detail limit valuations are kept as summaries; the Monte Carlo of the eligible collateral must still
     * simulate them (its inputs are kept from the full valuations).
     */
    @Test
    void aPortfolioAboveTheDetailLimitIsSimulated() {
        List<Patent> many = new ArrayList<>();
        for (int i = 0; i <= io.pledgebench.valuation.MonteCarloSimulator.DETAIL_LIMIT; i++) {
            many.add(patent(String.format("2021100%05d", i), PatentType.INVENTION, LocalDate.of(2021, 3, 1), 1_000_000));
        }
        Portfolio pf = new Portfolio("many", enterprise(), many, null, "CNY", "");
        Assessment a = run(new AssessmentInputs(pf, new LoanRequest(BigDecimal.valueOf(5_000_000), "CNY", 36, null, null),
                AS_OF, 1, 20, 0.02, List.of()));
        assertThat(a.results().patents()).hasSize(many.size());
        assertThat(a.results().atMaturity().mean()).isPositive();
        assertThat(a.results().portfolioDistribution().mean()).isPositive();
    }

    /** Issue 12 item 15: a portfolio with nothing pledgeable is a valid assessment — grade E, nothing lent, reasons. */
    @Test
    void aTermBeyondEveryPatentsLifeIsAnAnswerNotAnError() {
        Assessment a = run(inputs(patents(), enterprise(), 5_000_000, 300, null, 1));
        assertThat(a.results().recommendation().grade()).isEqualTo("E");
        assertThat(a.results().recommendation().recommendedLoan()).isZero();
        assertThat(a.results().collateral().marketValue()).isZero();
        assertThat(a.results().patents()).allSatisfy(p -> {
            assertThat(p.eligibility().pledgeable()).isFalse();
            assertThat(p.distribution()).as("only eligible collateral is simulated").isNull();
        });
        assertThat(a.results().notes()).extracting(Text::key).contains("assessment.note.nothingPledgeable");
        assertThat(a.results().atMaturity().probabilityCoverageBelowOne()).isEqualTo(1.0);
        assertThat(a.toJson(java.util.Locale.ENGLISH)).containsKeys("recommendation", "collateral");
    }

    @Test
    void progressIsReportedAndCancellationStopsTheRun() {
        AtomicInteger calls = new AtomicInteger();
        List<Double> fractions = new ArrayList<>();
        AssessmentPipeline.run(inputs(patents(), enterprise(), 5_000_000, 24, null, 1), PARAMS, (f, stage) -> {
            calls.incrementAndGet();
            synchronized (fractions) {
                fractions.add(f);
            }
            assertThat(stage.english()).isNotBlank();
        }, () -> false);
        assertThat(calls.get()).isGreaterThan(3);
        assertThat(fractions).contains(1.0);
        assertThatThrownBy(() -> AssessmentPipeline.run(inputs(patents(), enterprise(), 5_000_000, 24, null, 1), PARAMS,
                AssessmentProgress.NONE, () -> true)).isInstanceOf(CancellationException.class);
    }

    @Test
    void everySentenceRendersInChinese() {
        Map<String, Object> json = run(inputs(patents(), null, 5_000_000, 24, 0.02, 1)).toJson(Text.CHINESE);
        @SuppressWarnings("unchecked")
        Map<String, Object> rec = (Map<String, Object>) json.get("recommendation");
        assertThat((List<?>) rec.get("conditions")).allSatisfy(c -> assertThat(c.toString()).containsPattern("\\p{IsHan}"));
        assertThat((List<?>) rec.get("reasons")).allSatisfy(c -> assertThat(c.toString()).containsPattern("\\p{IsHan}"));
    }
}
