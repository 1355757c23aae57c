package io.pledgebench.valuation;

import io.pledgebench.domain.Enterprise;
import io.pledgebench.domain.LegalTerm;
import io.pledgebench.domain.Patent;
import io.pledgebench.domain.Text;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static io.pledgebench.valuation.ValuationFixtures.AS_OF;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** SPEC rev. 2: the cost approach's place beside the income methods, and methods whose value is negative. */
class CostAndNegativeMethodRulesTest {

    private final ValuationParameters defaults = ValuationParameters.defaults();

    /** Σ_{t=1..12} 1/1.105^t: the fixture's income period is its 12-year economic life, r = 10.5 %. */
    private static double annuity12() {
        double a = 0;
        for (int t = 1; t <= 12; t++) {
            a += Math.pow(1.105, -t);
        }
        return a;
    }

    /**
     * A patent without use or revenue (no product or licence revenue) is valued by the cost approach alone and
     * flagged "cost only, no income evidence"; the cost explanation says why it is no indicator of earnings.
     */
    @Test
    void aPatentWithoutUseOrRevenueIsFlaggedCostOnly() {
        Patent idle = ValuationFixtures.invention().productRevenue(null).build();
        PatentValuation v = new ValuationEngine(defaults, null).value(idle, null, AS_OF);
        assertThat(v.valued()).isTrue();
        assertThat(v.weightsUsed()).containsOnlyKeys(CostMethod.ID);
        assertThat(v.costOnly()).isTrue();
        assertThat(v.costOnlyReason()).isEqualTo(Text.of("valuation.costOnly"));
        assertThat(v.costOnlyReason().chinese()).contains("成本法");
        assertThat(v.method(CostMethod.ID).orElseThrow().explanation()).extracting(Text::key)
                .contains("valuation.explain.cost.noIncomeEvidence");

        PatentValuation earning = new ValuationEngine(defaults, null).value(ValuationFixtures.invention().build(), null,
                AS_OF);
        assertThat(earning.costOnly()).isFalse();
        PatentValuation withMarket = new ValuationEngine(defaults, ValuationFixtures.comparables()).value(idle, null, AS_OF);
        assertThat(withMarket.weightsUsed()).containsKey(MarketComparablesMethod.ID);
        assertThat(withMarket.costOnly()).as("market evidence carries weight").isFalse();
    }

    /**
     * Where income methods apply, the cost value is capped by the highest of them. Fixture patent with product revenue
     * 100,000 and royalty 5 %, no enterprise: relief from royalty alone applies,
     * V = 100,000 × 5 % × (1 − 25 %) × Σ 1/1.105^t (12 years) = 3,750 × 6.62 ≈ 24,800, far below its cost
     * (2 m indexed × 12/(5.83 + 12) ≈ 1.5 m, as in ValuationEngineTest#costApproachIndexesCostAndAddsOfficialFees).
     */
    @Test
    void costIsCappedByTheHighestIncomeMethod() {
        Patent small = ValuationFixtures.invention().productRevenue(new BigDecimal("100000")).royaltyRate(0.05).build();
        PatentValuation v = new ValuationEngine(defaults, null).value(small, null, AS_OF);
        double relief = 100_000 * 0.05 * 0.75 * annuity12();
        assertThat(v.method(ReliefFromRoyaltyMethod.ID).orElseThrow().value()).isCloseTo(relief, within(1e-6));
        MethodResult cost = v.method(CostMethod.ID).orElseThrow();
        assertThat(cost.value()).isCloseTo(relief, within(1e-6));
        double used = LegalTerm.yearsBetween(LocalDate.of(2018, 3, 1), AS_OF);
        double rc = 2e6 * Math.pow(1.02, used) + 7900;
        assertThat((double) cost.parameters().get("uncappedValue")).isCloseTo(rc * 12 / (used + 12), within(1e-6));
        assertThat(cost.parameters().get("incomeCapMethod")).isEqualTo(ReliefFromRoyaltyMethod.ID);
        assertThat(cost.explanation()).contains(Text.of("valuation.explain.cost.capped",
                cost.parameters().get("uncappedValue"), 1, cost.value()));
        assertThat(cost.explanation().get(2).english()).contains("relief from royalty");
        assertThat(v.costOnly()).isFalse();
        // weights 0.30 (relief) and 0.10 (cost) renormalised over 0.40: both at the relief value
        assertThat(v.value()).isCloseTo(relief, within(1e-6));
    }

    /**
     * Excess earnings of −X counts as zero, keeps its weight, and the other weights are not raised. Enterprise with
     * revenue 100 m, EBITDA 20 m (margin 20 %) and total assets 1,000 m (10 per unit of revenue): contributory charges
     * 10 × (30 % × 3.5 % + 50 % × 7 % + 20 % × 12 %) = 0.695 per unit of revenue exceed the after-tax margin
     * 20 % × 75 % = 0.15, so the method's value is 10 m × (0.15 − 0.695) × Σ 1/1.105^t (12 y) ≈ −36 m. All five
     * weighted methods apply (weights 0.30 + 0.30 + 0.15 + 0.10 + 0.15 = 1), so the value is
     * 0.30·split + 0.30·relief + 0.15·0 + 0.10·cost + 0.15·market — before, excess earnings was dropped and the rest
     * divided by 0.85.
     */
    @Test
    void aNegativeMethodCountsAsZeroWithItsWeight() {
        Enterprise heavy = new Enterprise("Acme Tech", null, "electronics", 8.0, new BigDecimal("100000000"),
                new BigDecimal("20000000"), new BigDecimal("1000000000"), new BigDecimal("30000000"), null, null, null,
                0, null);
        Patent p = ValuationFixtures.invention().build();
        ValuationEngine engine = new ValuationEngine(defaults, ValuationFixtures.comparables());
        PatentValuation v = engine.value(p, heavy, AS_OF);
        MethodResult ee = v.method(ExcessEarningsMethod.ID).orElseThrow();
        assertThat(ee.applied()).isTrue();
        assertThat(ee.value()).isCloseTo(10_000_000 * (0.2 * 0.75 - 0.695) * annuity12(), within(1e-5));
        assertThat(v.weightsUsed().get(ExcessEarningsMethod.ID)).isCloseTo(0.15, within(1e-12));
        assertThat(v.reasons().get(ExcessEarningsMethod.ID))
                .isEqualTo(Text.of("valuation.reason.negativeAsZero", v.weightsUsed().get(ExcessEarningsMethod.ID),
                        ee.value()));
        double split = v.method(IncomeSplitMethod.ID).orElseThrow().value();
        double relief = v.method(ReliefFromRoyaltyMethod.ID).orElseThrow().value();
        double cost = v.method(CostMethod.ID).orElseThrow().value();
        double market = v.method(MarketComparablesMethod.ID).orElseThrow().value();
        assertThat(v.value()).isCloseTo(0.30 * split + 0.30 * relief + 0.15 * 0 + 0.10 * cost + 0.15 * market,
                within(1e-6));

        // the simulation counts it as zero on every path too: point inputs reproduce the reconciled value
        MonteCarloResult mc = new MonteCarloSimulator(engine).simulate(List.of(p), heavy, AS_OF, 1,
                MonteCarloSettings.pointValues(200, 3, 1), null, null);
        assertThat(mc.patents().get(0).mean()).isCloseTo(v.value(), within(1e-6 * v.value()));
    }

    /** A loss-making enterprise: the profit split is negative and counts as zero instead of being dropped. */
    @Test
    void aLossGivesANegativeProfitSplitCountedAsZero() {
        Enterprise loss = new Enterprise("Acme Tech", null, "electronics", 8.0, new BigDecimal("100000000"),
                new BigDecimal("-5000000"), new BigDecimal("80000000"), new BigDecimal("30000000"), null, null, null,
                0, null);
        PatentValuation v = new ValuationEngine(defaults, null).value(ValuationFixtures.invention().build(), loss, AS_OF);
        MethodResult split = v.method(IncomeSplitMethod.ID).orElseThrow();
        assertThat(split.applied()).isTrue();
        // 10 m × (−5 %) × 25 % × 75 % × Σ 1/1.105^t
        assertThat(split.value()).isCloseTo(10_000_000 * -0.05 * 0.25 * 0.75 * annuity12(), within(1e-6));
        assertThat(v.reasons().get(IncomeSplitMethod.ID).key()).isEqualTo("valuation.reason.negativeAsZero");
        assertThat(v.weightsUsed()).containsKey(IncomeSplitMethod.ID);
    }
}
