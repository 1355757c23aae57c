package io.pledgebench.risk;

import io.pledgebench.domain.Enterprise;
import io.pledgebench.domain.PatentType;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class CollateralAndRecommendationTest {

    final RiskParameters p = RiskParameters.defaults();

    static CollateralItem item(String n, PatentType t, double mv, boolean eligible) {
        return new CollateralItem(n, t, mv, 80, 10, 0.03, eligible);
    }

    @Test
    void ineligiblePatentsAddNoCollateral() {
        List<CollateralItem> two = List.of(item("A", PatentType.INVENTION, 10_000_000, true),
                item("B", PatentType.INVENTION, 5_000_000, true));
        List<CollateralItem> bLapsed = List.of(two.get(0), two.get(1).excluded());
        CollateralCalculator.CollateralAssessment all = CollateralCalculator.assess(two, 1_000_000, 2, p);
        CollateralCalculator.CollateralAssessment one = CollateralCalculator.assess(bLapsed, 1_000_000, 2, p);
        assertThat(one.marketValue()).isEqualTo(10_000_000);
        assertThat(one.liquidationValue()).isLessThan(all.liquidationValue());
        assertThat(one.items().get(1).advanceAmount()).isZero();
        assertThat(one.hhi()).isEqualTo(1.0);
    }

    /**
     * SPEC rev. 2: a patent valued by the cost approach alone gets its advance rate × costOnlyAdvanceRateFactor,
     * default 0. Invention A, score 80: rate 0.25 + 0.05 × 0.8 = 0.29 on 6 m; cost-only B (also 0.29 × 4 m without the
     * flag) adds nothing by default and 0.5 × 0.29 × 4 m with a factor of 0.5.
     */
    @Test
    void costOnlyPatentsGetTheReducedAdvanceRate() {
        CollateralItem a = item("A", PatentType.INVENTION, 6_000_000, true);
        CollateralItem b = new CollateralItem("B", PatentType.INVENTION, 4_000_000, 80, 10, 0.03, true, true);
        assertThat(p.advanceRates().costOnlyAdvanceRateFactor()).isZero();
        assertThat(p.advanceRates().costOnlyReason().english()).contains("cost approach alone");
        assertThat(p.toMap().get("advanceRates").toString()).contains("costOnlyAdvanceRateFactor=0.0");
        CollateralCalculator.CollateralAssessment c = CollateralCalculator.assess(List.of(a, b), 1_000_000, 2, p);
        assertThat(c.items().get(1).advanceRate()).isZero();
        assertThat(c.items().get(0).advanceRate()).isCloseTo(0.29, within(1e-12));
        // SPEC revision 2: the cost approach is no value indicator without income evidence — with the default policy
        // (factor 0) the patent is pledged but adds nothing to the pool's market or liquidation value or coverage
        assertThat(c.marketValue()).as("pledged, valued, but no collateral value").isEqualTo(6_000_000);
        assertThat(c.items().get(1).liquidationValue()).isZero();
        assertThat(c.hhi()).isEqualTo(1.0);
        assertThat(CollateralCalculator.countsAsCollateral(b, p)).isFalse();
        assertThat(b.withMarketValue(1).costOnly()).isTrue();
        assertThat(b.excluded().costOnly()).isTrue();

        RiskParameters half = new RiskParameters(p.liquidation(), p.advanceRates().withCostOnlyAdvanceRateFactor(0.5),
                p.maximumDiversificationHaircut(), p.lgdMethod(), p.lgdFloor(), p.baselFramework(),
                p.minimumDebtServiceCoverage(), p.policyMaximumLoan(), p.policyMaximumTermMonths(), p.fundingRate(),
                p.hurdleRate(), p.operatingCostRate(), p.riskSharing(), p.currencyPerEur(), p.scorecard(), p.grades(),
                p.gradeLoanFactors(), p.roundingUnit());
        CollateralCalculator.CollateralAssessment h = CollateralCalculator.assess(List.of(a, b), 1_000_000, 2, half);
        assertThat(h.items().get(1).advanceAmount()).isCloseTo(0.5 * 0.29 * 4_000_000, within(1e-6));
        assertThat(h.marketValue()).as("a bank lending against cost-only patents counts them").isEqualTo(10_000_000);
        assertThatThrownBy(() -> p.advanceRates().withCostOnlyAdvanceRateFactor(1.5)).hasMessageContaining("1.5");
    }

    @Test
    void capacityIsAdvanceTimesValueLessTheDiversificationHaircut() {
        List<CollateralItem> items = List.of(item("A", PatentType.INVENTION, 6_000_000, true),
                item("B", PatentType.UTILITY_MODEL, 4_000_000, true));
        CollateralCalculator.CollateralAssessment c = CollateralCalculator.assess(items, 1_000_000, 2, p);
        double advanced = 6_000_000 * (0.25 + 0.05 * 0.8) + 4_000_000 * (0.10 + 0.05 * 0.8);
        double hhi = 0.36 + 0.16;
        assertThat(c.hhi()).isCloseTo(hhi, within(1e-12));
        assertThat(c.capacity()).isCloseTo(advanced * (1 - 0.2 * hhi), within(1e-6));
        assertThat(c.advanceRate()).isCloseTo(advanced / 10_000_000, within(1e-12));
        // liquidation (defaults of RiskParameters.sources()): invention 6 m × (1 − 0.88) × 0.9 / 1.08²,
        // utility model 4 m × (1 − 0.92) × 0.9 / 1.08²
        assertThat(c.liquidationValue()).isCloseTo((648_000 + 288_000) / (1.08 * 1.08), within(1e-6));
        assertThat(c.path()).hasSize(2);
    }

    @Test
    void moreLoanMeansHigherLgdAndExpectedLoss() {
        CreditRiskCalculator.CreditRisk small = CreditRiskCalculator.assess(0.02, 1_000_000, 1_000_000, 2, 2, null, p);
        CreditRiskCalculator.CreditRisk large = CreditRiskCalculator.assess(0.02, 1_000_000, 3_000_000, 2, 2, null, p);
        assertThat(small.lgd()).isEqualTo(0.25);
        assertThat(large.lgd()).isCloseTo(2.0 / 3, within(1e-12));
        assertThat(large.expectedLoss()).isGreaterThan(small.expectedLoss());
        CreditRiskCalculator.CreditRisk supervisory = CreditRiskCalculator.assess(0.02, 1_000_000, 1_000_000, 2, 2, null,
                p.withLgdMethod(RiskParameters.LgdMethod.SUPERVISORY_UNSECURED));
        assertThat(supervisory.lgd()).isEqualTo(0.45);
        CreditRiskCalculator.CreditRisk sme = CreditRiskCalculator.assess(0.02, 1_000_000, 1_000_000, 2, 2, 80_000_000.0,
                p.withCurrencyPerEur(8.0));
        assertThat(sme.irb().salesMeur()).isCloseTo(10.0, within(1e-12));
        assertThat(sme.capital()).isLessThan(small.capital());
    }

    @Test
    void recommendationTakesTheSmallestLimitAndGrades() {
        List<CollateralItem> items = List.of(item("A", PatentType.INVENTION, 20_000_000, true),
                item("B", PatentType.INVENTION, 20_000_000, true));
        CollateralCalculator.CollateralAssessment c = CollateralCalculator.assess(items, 8_000_000, 2, p);
        Enterprise e = new Enterprise("E", null, null, 10.0, new BigDecimal("100000000"), new BigDecimal("3000000"),
                new BigDecimal("80000000"), new BigDecimal("40000000"), null, null, new BigDecimal("1000000"), 0, null);
        Recommendation r = Recommender.recommend(8_000_000, 24, e, c,
                loan -> CreditRiskCalculator.assess(0.02, c.expectedValueAtMaturity(), loan, 2, 2, null, p), 0.05, p, List.of());
        // debt service: (3 m / 1.25 − 1 m) / (1/2 + 0.05) = 2,545,454.5
        assertThat(r.debtServiceCapacity()).isCloseTo(1_400_000 / 0.55, within(1e-6));
        assertThat(r.limitedBy()).isEqualTo("debtService");
        assertThat(r.maxLoan()).isEqualTo(r.debtServiceCapacity());
        assertThat(r.recommendedLoan()).isLessThanOrEqualTo(r.maxLoan());
        assertThat(r.recommendedLoan() % 10_000).isZero();
        assertThat(r.grade()).isIn("A", "B", "C", "D", "E");
        assertThat(r.reasons()).isNotEmpty();
    }

    @Test
    void aPolicyCapLimitsTheLoanAndSaysSo() {
        CollateralCalculator.CollateralAssessment c = CollateralCalculator.assess(
                List.of(item("A", PatentType.INVENTION, 20_000_000, true)), 1_000_000, 2, p);
        RiskParameters capped = p.withPolicy(500_000.0, 60);
        Recommendation r = Recommender.recommend(1_000_000, 24, null, c,
                loan -> CreditRiskCalculator.assess(0.01, c.expectedValueAtMaturity(), loan, 2, 2, null, capped), 0.05,
                capped, List.of());
        assertThat(r.maxLoan()).isEqualTo(500_000);
        assertThat(r.limitedBy()).isEqualTo("policyCap");
        assertThat(r.reasons()).extracting(io.pledgebench.domain.Text::key).contains("risk.reason.policyCap");
    }

    @Test
    void aTermBeyondPolicyGivesNoLoan() {
        CollateralCalculator.CollateralAssessment c = CollateralCalculator.assess(
                List.of(item("A", PatentType.INVENTION, 20_000_000, true)), 1_000_000, 6, p);
        Recommendation r = Recommender.recommend(1_000_000, 72, null, c,
                loan -> CreditRiskCalculator.assess(0.02, 0, loan, 6, 6, null, p), 0.05, p, List.of());
        assertThat(r.maxLoan()).isZero();
        assertThat(r.recommendedLoan()).isZero();
        assertThat(r.grade()).isEqualTo("E");
        assertThat(r.limitedBy()).isEqualTo("policyTerm");
    }

    @Test
    void gradesFollowTheConfiguredThresholds() {
        // default thresholds on the bank's net lifetime EL rate: A ≤ 1.5 %, B ≤ 3 %, C ≤ 6 %, D ≤ 15 %
        assertThat(Recommender.grade(0.004, 0.25, p)).isEqualTo("A");
        assertThat(Recommender.grade(0.004, 0.2, p)).isEqualTo("B");
        assertThat(Recommender.grade(0.02, 2.0, p)).isEqualTo("B");
        assertThat(Recommender.grade(0.045, 0.15, p)).isEqualTo("C");
        assertThat(Recommender.grade(0.09, 2.0, p)).isEqualTo("D");
        assertThat(Recommender.grade(0.004, 0.05, p)).isEqualTo("E");
        assertThat(Recommender.grade(0.2, 0.1, p)).isEqualTo("E");
    }

    @Test
    void stressedPdMustStayBelowOne() {
        StressScenario pd2 = StressScenario.standard().get(4);
        assertThat(pd2.stressedPd(0.03)).isCloseTo(0.06, within(1e-15));
        assertThatThrownBy(() -> pd2.stressedPd(0.6)).hasMessageContaining("pdTimes2");
    }

    @Test
    void userScenariosAreParsedFromText() {
        StressScenario s = StressScenario.parse("severe:value=0.6,pd=1.5,rate=0.02,lapse=utility_model+design,top=2");
        assertThat(s.id()).isEqualTo("user:severe");
        assertThat(s.marketValueFactor()).isEqualTo(0.6);
        assertThat(s.pdMultiplier()).isEqualTo(1.5);
        assertThat(s.discountRateShift()).isEqualTo(0.02);
        assertThat(s.lapsedTypes()).containsExactlyInAnyOrder(PatentType.UTILITY_MODEL, PatentType.DESIGN);
        assertThat(s.invalidatedTopPatents()).isEqualTo(2);
        assertThat(StressScenario.parse("mild:value=0.9").pdMultiplier()).isEqualTo(1.0);
        assertThatThrownBy(() -> StressScenario.parse("no-colon")).hasMessageContaining("NAME:key=value");
        assertThatThrownBy(() -> StressScenario.parse("x:colour=red")).hasMessageContaining("unknown key 'colour'");
        assertThatThrownBy(() -> StressScenario.parse("x:lapse=plant-variety")).hasMessageContaining("plant-variety");
        assertThatThrownBy(() -> StressScenario.parse("x:value=-1")).hasMessageContaining("market value factor");
    }
}
