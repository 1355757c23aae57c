package io.pledgebench.valuation;

import io.pledgebench.domain.LegalStatus;
import io.pledgebench.domain.LegalTerm;
import io.pledgebench.domain.Patent;
import io.pledgebench.domain.Text;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;

import static io.pledgebench.valuation.ValuationFixtures.AS_OF;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class ValuationEngineTest {

    private final ValuationParameters defaults = ValuationParameters.defaults();
    private final ValuationEngine engine = new ValuationEngine(defaults, ValuationFixtures.comparables());

    @Test
    void incomePeriodIsTheShorterOfRemainingLegalAndEconomicLife() {
        Patent p = ValuationFixtures.invention().build();
        IncomePeriod ip = ValuationEngine.incomePeriod(p, AS_OF, defaults);
        double legal = LegalTerm.remainingYears(LocalDate.of(2038, 3, 1), AS_OF);
        // SPEC: n = min(remaining legal life, economic life); a life given for the patent is what remains at AS_OF.
        double economic = 12;
        assertThat(ip.remainingLegalLife()).isCloseTo(legal, within(1e-12));
        assertThat(ip.remainingEconomicLife()).isCloseTo(economic, within(1e-12));
        assertThat(ip.years()).isCloseTo(economic, within(1e-12));
        assertThat(ip.economicLifeSource()).isEqualTo("patent");
        assertThat(ip.legalLifeBinds()).isFalse();

        IncomePeriod shortLegal = ValuationEngine.incomePeriod(p.toBuilder().economicLifeYears(30.0).build(), AS_OF, defaults);
        assertThat(shortLegal.years()).isCloseTo(legal, within(1e-12));
        assertThat(shortLegal.legalLifeBinds()).isTrue();

        Patent utility = ValuationFixtures.invention().type(io.pledgebench.domain.PatentType.UTILITY_MODEL)
                .economicLifeYears(null).build();
        IncomePeriod u = ValuationEngine.incomePeriod(utility, AS_OF, defaults);
        assertThat(u.legalExpiry()).isEqualTo(LocalDate.of(2028, 3, 1));
        assertThat(u.economicLifeSource()).isEqualTo("ipc:H");
        // SPEC rev. 2: the IPC default is a remaining life at the valuation date too: section H 4 years against
        // 4.16 legal years left (2024-01-01 → 2028-03-01), so the economic default bounds n. Before, the default was a
        // total life of 8 years counted from filing (2018-03-01), leaving 8 − 5.83 = 2.17 years.
        assertThat(u.remainingEconomicLife()).isEqualTo(4.0);
        assertThat(u.years()).isEqualTo(4.0);
        assertThat(u.boundedBy()).isEqualTo("ipc:H");
        assertThat(u.explanation()).isEqualTo(Text.of("valuation.explain.incomePeriod.ipc", 4.0, u.remainingLegalLife(),
                4.0, "H"));
        assertThat(u.explanation().english()).contains("IPC section H");
        assertThat(shortLegal.explanation().key()).isEqualTo("valuation.explain.incomePeriod.legal");
        assertThat(ip.explanation().key()).isEqualTo("valuation.explain.incomePeriod.patent");
        IncomePeriod general = ValuationEngine.incomePeriod(p.toBuilder().economicLifeYears(null).ipc(null).build(), AS_OF,
                defaults);
        assertThat(general.years()).as("the general default, 5 remaining years").isEqualTo(5.0);
        assertThat(general.explanation().key()).isEqualTo("valuation.explain.incomePeriod.default");
    }

    /**
     * SPEC rev. 2: a blank economic_life_years never turns a valuable patent to 0. The sample's most valuable patent
     * (sample-portfolios/cn-tech-sme, ZL201410356287.1: invention filed 2014-05-12, in use since 2016-10-01, IPC
     * G01L 9/06, product revenue 2,860 万元, royalty 3.5 %) valued at the sample's as-of date 2026-12-01 with its
     * economic life (8) blanked. Before, section G's default was a total life of 8 years from first use, used up on
     * 2024-10-01, so no method applied and the patent was worth 0. Now the default is 4 remaining years (legal life
     * left: 7.45 years to 2034-05-12), so n = 4 and relief from royalty alone gives
     * Σ_{t=1..4} 28.6 m × 3.5 % × 0.75 / 1.105^t = 750,750 × 3.1183 ≈ 2.34 m.
     */
    @Test
    void samplesMostValuablePatentKeepsAValueWithoutAnEconomicLife() {
        LocalDate asOf = LocalDate.of(2026, 12, 1);
        Patent flagship = Patent.builder(io.pledgebench.domain.PatentNumber.parse("ZL201410356287.1"),
                        io.pledgebench.domain.PatentType.INVENTION, LegalStatus.VALID)
                .filingDate(LocalDate.of(2014, 5, 12)).grantDate(LocalDate.of(2016, 8, 24))
                .inUseSince(LocalDate.of(2016, 10, 1)).ipc("G01L 9/06")
                .productRevenue(new BigDecimal("28600000")).royaltyRate(0.035)
                .replacementCost(new BigDecimal("4200000")).build();
        PatentValuation v = engine.value(flagship, null, asOf);
        assertThat(v.valued()).isTrue();
        assertThat(v.incomePeriod().years()).isEqualTo(4.0);
        assertThat(v.incomePeriod().boundedBy()).isEqualTo("ipc:G");
        double annuity = 0;
        for (int t = 1; t <= 4; t++) {
            annuity += Math.pow(1.105, -t);
        }
        MethodResult rfr = v.method(ReliefFromRoyaltyMethod.ID).orElseThrow();
        assertThat(rfr.value()).isCloseTo(28_600_000 * 0.035 * 0.75 * annuity, within(1e-6));
        assertThat(rfr.explanation().get(0).key()).isEqualTo("valuation.explain.incomePeriod.ipc");
        assertThat(v.value()).isGreaterThan(1_000_000);
    }

    /** Relief from royalty recomputed independently: Σ R·ρ·f_k(1−τ)/(1+r)^(t_k), period ends at k−1+f_k. */
    @Test
    void reliefFromRoyaltyPrefersTheOpenLicenceRoyalty() {
        Patent p = ValuationFixtures.invention().royaltyRate(0.06).openLicenceRoyalty(0.04).build();
        MethodResult m = engine.value(p, null, AS_OF).method(ReliefFromRoyaltyMethod.ID).orElseThrow();
        assertThat(m.applied()).isTrue();
        assertThat(m.parameters().get("royaltyRateSource")).isEqualTo("open_licence_royalty");
        double n = ValuationEngine.incomePeriod(p, AS_OF, defaults).years();
        double r = 0.025 + 0.03 + 0.03 + 0.01 + 0.01;
        double expected = 0;
        for (int k = 1; k <= Math.ceil(n); k++) {
            double f = Math.min(1, n - (k - 1));
            expected += 10_000_000 * 0.04 * f * 0.75 / Math.pow(1 + r, k - 1 + f);
        }
        assertThat(m.value()).isCloseTo(expected, within(1e-6));
        assertThat(m.cashFlows()).hasSize((int) Math.ceil(n));

        MethodResult own = engine.value(ValuationFixtures.invention().royaltyRate(0.06).build(), null, AS_OF)
                .method(ReliefFromRoyaltyMethod.ID).orElseThrow();
        assertThat(own.parameters().get("royaltyRateSource")).isEqualTo("royalty_rate");
        MethodResult field = engine.value(ValuationFixtures.invention().build(), null, AS_OF)
                .method(ReliefFromRoyaltyMethod.ID).orElseThrow();
        assertThat(field.parameters().get("royaltyRateSource")).isEqualTo("ipc:H");
        assertThat(field.parameters().get("royaltyRate")).isEqualTo(0.035);
    }

    /** Without product revenue, royalties actually received are the royalty stream: Σ L·f_k(1−τ)/(1+r)^(t_k). */
    @Test
    void licenceRevenueIsValuedAsTheRoyaltyStream() {
        Patent p = ValuationFixtures.invention().productRevenue(null).licenceRevenue(new BigDecimal("200000")).build();
        MethodResult m = engine.value(p, null, AS_OF).method(ReliefFromRoyaltyMethod.ID).orElseThrow();
        assertThat(m.parameters().get("royaltyRateSource")).isEqualTo("licence_revenue");
        double n = ValuationEngine.incomePeriod(p, AS_OF, defaults).years();
        double expected = 0;
        for (int k = 1; k <= Math.ceil(n); k++) {
            double f = Math.min(1, n - (k - 1));
            expected += 200_000 * f * 0.75 / Math.pow(1.105, k - 1 + f);
        }
        assertThat(m.value()).isCloseTo(expected, within(1e-6));
        assertThat(m.explanation()).extracting(Text::key).contains("valuation.explain.royalty.licence_revenue");
    }

    @Test
    void missingDataSkipsTheMethodNamingTheField() {
        Patent p = ValuationFixtures.invention().productRevenue(null).replacementCost(null).build();
        PatentValuation v = engine.value(p, null, AS_OF);
        MethodResult rfr = v.method(ReliefFromRoyaltyMethod.ID).orElseThrow();
        assertThat(rfr.applied()).isFalse();
        assertThat(rfr.skipReason()).isEqualTo(Text.of("valuation.skip.missing", "product_revenue / licence_revenue"));
        assertThat(rfr.skipReason().english()).contains("product_revenue");
        assertThat(rfr.skipReason().render(Locale.SIMPLIFIED_CHINESE)).contains("缺少");
        assertThat(v.method(CostMethod.ID).orElseThrow().skipReason().args()).containsExactly("replacement_cost");
        MethodResult split = engine.value(ValuationFixtures.invention().build(), null, AS_OF)
                .method(IncomeSplitMethod.ID).orElseThrow();
        assertThat(split.applied()).isFalse();
        assertThat(split.skipReason().english()).contains("ebitda");
        assertThat(v.reasons()).containsKeys(IncomeSplitMethod.ID, CostMethod.ID);
    }

    @Test
    void reconciledValueIsTheWeightedMeanOfApplicableMethods() {
        PatentValuation v = engine.value(ValuationFixtures.invention().build(), ValuationFixtures.enterprise(), AS_OF);
        assertThat(v.valued()).isTrue();
        double total = 0;
        double weighted = 0;
        for (MethodResult m : v.methods()) {
            double w = defaults.weightOf(m.methodId());
            if (m.applied() && w > 0) {
                total += w;
                weighted += w * m.value();
            }
        }
        assertThat(v.value()).isCloseTo(weighted / total, within(1e-6));
        assertThat(v.weightsUsed().values().stream().mapToDouble(Double::doubleValue).sum()).isCloseTo(1.0, within(1e-12));
        assertThat(v.weightsUsed()).containsKeys(IncomeSplitMethod.ID, ReliefFromRoyaltyMethod.ID,
                ExcessEarningsMethod.ID, CostMethod.ID, MarketComparablesMethod.ID);
        assertThat(v.reasons().get(RealOptionMethod.ID).args()).containsExactly("realOptionInvestmentRatio");

        PatentValuation onlyCost = new ValuationEngine(defaults.withMethodWeights(Map.of(CostMethod.ID, 1.0)),
                ValuationFixtures.comparables()).value(ValuationFixtures.invention().build(), null, AS_OF);
        assertThat(onlyCost.value()).isEqualTo(onlyCost.method(CostMethod.ID).orElseThrow().value());
        assertThat(onlyCost.reasons().get(ReliefFromRoyaltyMethod.ID).key()).isEqualTo("valuation.reason.zeroWeight");
    }

    /**
     * Profit split by hand, one whole year: revenue 10 m × EBITDA margin 20 % × profit share 25 % × (1 − 25 %)
     * = 375,000 a year; the period is 365 days = 0.99932 years, discounted at the default 10.5 % (2.5 + 3 + 3 + 1 + 1): 375,000 × 0.99932 / 1.105^0.99932.
     */
    @Test
    void profitSplitUsesTheEnterpriseMargin() {
        Patent p = ValuationFixtures.invention().expiryDate(AS_OF.plusDays(365)).build();
        MethodResult m = engine.value(p, ValuationFixtures.enterprise(), AS_OF).method(IncomeSplitMethod.ID).orElseThrow();
        double n = ValuationEngine.incomePeriod(p, AS_OF, defaults).years();
        assertThat(m.value()).isCloseTo(375_000 * n / Math.pow(1.105, n), within(1e-6));
        assertThat(n).isCloseTo(1.0, within(0.001));
        assertThat(m.parameters().get("basis")).isEqualTo("profit");

        ValuationParameters sales = defaults.toBuilder().salesShare(0.05).build();
        MethodResult s = new ValuationEngine(sales, null).value(p, null, AS_OF).method(IncomeSplitMethod.ID).orElseThrow();
        assertThat(s.value()).isCloseTo(10_000_000 * 0.05 * 0.75 * n / Math.pow(1.105, n), within(1e-6));
    }

    /**
     * Market approach by hand (as of 2024-01-01, price index 2 %): T1 3 m × 1.02^2.0014 × (12/10), T2 5 m ×
     * 1.02^1.0 × (12/12), T3 4 m × 1.02^0.5 × (12/8); T4 is another IPC section and T5 post-dates the valuation.
     * The subject's life in the remaining-life ratio is its income period n = min(14.16 legal, 12 economic) = 12
     * (SPEC rev. 2), not the 14.16 years of legal life the method used before.
     */
    @Test
    void marketComparablesAdjustAndAverage() {
        Patent p = ValuationFixtures.invention().build();
        MethodResult m = engine.value(p, null, AS_OF).method(MarketComparablesMethod.ID).orElseThrow();
        assertThat(m.applied()).isTrue();
        assertThat(LegalTerm.remainingYears(LocalDate.of(2038, 3, 1), AS_OF)).isGreaterThan(14);
        double life = 12;
        double t1 = 3e6 * Math.pow(1.02, LegalTerm.yearsBetween(LocalDate.of(2022, 1, 1), AS_OF)) * life / 10;
        double t2 = 5e6 * Math.pow(1.02, LegalTerm.yearsBetween(LocalDate.of(2023, 1, 1), AS_OF)) * life / 12;
        double t3 = 4e6 * Math.pow(1.02, LegalTerm.yearsBetween(LocalDate.of(2023, 7, 1), AS_OF)) * life / 8;
        assertThat(m.value()).isCloseTo((t1 + t2 + t3) / 3, within(1e-6));
        assertThat(m.explanation()).contains(Text.of("valuation.explain.market", 3, 12.0));

        MethodResult few = new ValuationEngine(defaults, ValuationFixtures.comparables().subList(0, 2))
                .value(p, null, AS_OF).method(MarketComparablesMethod.ID).orElseThrow();
        assertThat(few.applied()).isFalse();
        assertThat(few.skipReason().key()).isEqualTo("valuation.skip.fewComparables");
    }

    /**
     * Cost approach: development cost 2 m indexed at 2 % over 5.83 years, plus CNIPA fees (filing 900 + examination
     * 2,500 + annuities of term years 3–6 begun since the 2020 grant: 900 + 1,200 × 3 = 4,500), times
     * remaining/(used + remaining).
     */
    @Test
    void costApproachIndexesCostAndAddsOfficialFees() {
        Patent p = ValuationFixtures.invention().build();
        MethodResult m = engine.value(p, null, AS_OF).method(CostMethod.ID).orElseThrow();
        double used = LegalTerm.yearsBetween(LocalDate.of(2018, 3, 1), AS_OF);
        double rem = ValuationEngine.incomePeriod(p, AS_OF, defaults).years();
        assertThat(m.parameters().get("officialFees")).isEqualTo(900.0 + 2500 + 900 + 1200 * 3);
        double rc = 2e6 * Math.pow(1.02, used) + 7900;
        assertThat(m.value()).isCloseTo(rc * rem / (used + rem), within(1e-6));
    }

    /** Share decay s_t = s(1−d)^(t−1), revenue growth B_t = B(1+g)^(t−1), mid-year discounting and the TAB factor. */
    @Test
    void decayGrowthMidYearAndTabShapeTheCashFlows() {
        ValuationParameters par = defaults.toBuilder().salesShare(0.04).shareDecay(0.1).revenueGrowth(0.05)
                .midYear(true).taxAmortisationBenefit(true).build();
        PatentValuation v = new ValuationEngine(par, null).value(ValuationFixtures.invention().royaltyRate(0.05).build(),
                null, AS_OF);
        java.util.List<CashFlowRow> rows = v.method(IncomeSplitMethod.ID).orElseThrow().cashFlows();
        assertThat(rows.get(2).share()).isCloseTo(0.04 * 0.9 * 0.9, within(1e-15));
        assertThat(rows.get(2).base()).isCloseTo(10_000_000 * 1.05 * 1.05, within(1e-6));
        assertThat(rows.get(0).periodEnd()).isEqualTo(0.5);
        assertThat(rows.get(0).discountFactor()).isCloseTo(Math.pow(1.105, -0.5), within(1e-15));
        MethodResult rfr = v.method(ReliefFromRoyaltyMethod.ID).orElseThrow();
        double tab = TaxAmortisationBenefit.factor(0.25, v.incomePeriod().years(), 0.105);
        assertThat(rfr.value()).isCloseTo(CashFlowSchedule.presentValue(rfr.cashFlows()) * tab, within(1e-6));
        assertThat(rfr.parameters().get("tabFactor")).isEqualTo(tab);
    }

    @Test
    void realOptionAppliesWhenTheInvestmentIsKnown() {
        ValuationParameters par = defaults.toBuilder().realOptionInvestmentRatio(0.8).build();
        PatentValuation v = new ValuationEngine(par, null).value(ValuationFixtures.invention().build(), null, AS_OF);
        MethodResult o = v.method(RealOptionMethod.ID).orElseThrow();
        double s = v.method(ReliefFromRoyaltyMethod.ID).orElseThrow().value();
        double t = v.incomePeriod().remainingLegalLife();
        assertThat(o.value()).isCloseTo(BlackScholes.call(s, 0.8 * s, Math.log1p(0.025), 0.4, t, 1 / t), within(1e-6));
        assertThat((double) o.parameters().get("americanTreeValue")).isGreaterThanOrEqualTo(o.value() * 0.999);
    }

    @Test
    void valueRisesWithRoyaltyRateAndFallsWithDiscountRate() {
        double previous = -1;
        for (double rho = 0.01; rho <= 0.2; rho += 0.01) {
            double v = engine.value(ValuationFixtures.invention().royaltyRate(rho).build(), ValuationFixtures.enterprise(),
                    AS_OF).value();
            assertThat(v).isGreaterThan(previous);
            previous = v;
        }
        previous = Double.POSITIVE_INFINITY;
        for (double pp = -5; pp <= 10; pp += 1) {
            ValuationEngine shifted = new ValuationEngine(defaults.withDiscountRateShift(pp / 100), null);
            double v = shifted.value(ValuationFixtures.invention().royaltyRate(0.05).build(), null, AS_OF)
                    .method(ReliefFromRoyaltyMethod.ID).orElseThrow().value();
            assertThat(v).isLessThan(previous);
            previous = v;
        }
        // decimals from the settings to the report: +0.03 is +3 percentage points
        assertThat(defaults.withDiscountRateShift(0.03).discountRate()).isCloseTo(defaults.discountRate() + 0.03, within(1e-15));
        assertThat(defaults.withDiscountRateShift(0.03).discountRateBuildUp().shift()).isEqualTo(0.03);
    }

    @Test
    void lapsedPatentIsNotValued() {
        PatentValuation v = engine.value(ValuationFixtures.invention().status(LegalStatus.LAPSED).build(), null, AS_OF);
        assertThat(v.valued()).isFalse();
        assertThat(v.value()).isZero();
        assertThat(v.notValuedReason().english()).contains("lapsed");
        assertThat(v.methods()).allMatch(m -> !m.applied());
    }

    @Test
    void expiredLegalLifeGivesNoIncome() {
        Patent p = ValuationFixtures.invention().expiryDate(LocalDate.of(2023, 12, 1)).build();
        MethodResult m = engine.value(p, null, AS_OF).method(ReliefFromRoyaltyMethod.ID).orElseThrow();
        assertThat(m.applied()).isFalse();
        assertThat(m.skipReason().key()).isEqualTo("valuation.skip.legalLifeOver");
    }

    @Test
    void badParametersAreRefusedNamingTheValue() {
        assertThatThrownBy(() -> defaults.toBuilder().riskFreeRate(-1.5).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("-1.5");
        assertThatThrownBy(() -> defaults.toBuilder().realOptionVolatility(-0.1).build())
                .hasMessageContaining("-0.1");
        assertThatThrownBy(() -> defaults.toBuilder().taxRate(1.0).build()).hasMessageContaining("1.0");
        assertThatThrownBy(() -> ValuationFixtures.comparable("X", "2023-01-01", "-5", null, 3))
                .hasMessageContaining("-5");
        assertThatThrownBy(() -> engine.value(ValuationFixtures.invention().economicLifeYears(-2.0)
                .productRevenue(new BigDecimal("1")).build(), null, AS_OF)).hasMessageContaining("-2.0");
        assertThatThrownBy(() -> engine.value(ValuationFixtures.invention().productRevenue(new BigDecimal("-5")).build(),
                null, AS_OF)).hasMessageContaining("product_revenue").hasMessageContaining("-5");
        assertThatThrownBy(() -> engine.value(ValuationFixtures.invention().openLicenceRoyalty(1.5).build(), null, AS_OF))
                .hasMessageContaining("open_licence_royalty").hasMessageContaining("1.5");
    }

    @Test
    void everyExplanationRendersInBothLanguages() {
        ValuationParameters par = defaults.toBuilder().realOptionInvestmentRatio(0.5).taxAmortisationBenefit(true).build();
        PatentValuation v = new ValuationEngine(par, ValuationFixtures.comparables())
                .value(ValuationFixtures.invention().openLicenceRoyalty(0.03).build(), ValuationFixtures.enterprise(), AS_OF);
        for (MethodResult m : v.methods()) {
            assertThat(m.applied()).as(m.methodId()).isTrue();
            assertThat(m.name().english()).isNotBlank();
            for (Text t : m.explanation()) {
                assertThat(t.english()).isNotBlank();
                assertThat(t.chinese()).isNotBlank();
            }
        }
        for (Text t : v.reasons().values()) {
            assertThat(t.chinese()).isNotBlank();
        }
    }
}
