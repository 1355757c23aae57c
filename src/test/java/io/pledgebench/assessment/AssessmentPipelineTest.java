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
        for (int i = 0; i < small.results().stress().size(); i++) {
            StressResult s = small.results().stress().get(i);
            StressResult l = large.results().stress().get(i);
            if (s.ltv() != null) {
                assertThat(l.ltv()).as(s.scenario().id()).isGreaterThan(s.ltv());
            }
            assertThat(l.expectedLoss()).as(s.scenario().id()).isGreaterThan(s.expectedLoss());
        }
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

    @Test
    void aTermBeyondEveryPatentsLifeIsRefused() {
        assertThatThrownBy(() -> run(inputs(patents(), enterprise(), 5_000_000, 300, null, 1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("legal expiry of every patent");
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
