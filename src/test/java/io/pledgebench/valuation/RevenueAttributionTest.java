package io.pledgebench.valuation;

import io.pledgebench.domain.Enterprise;
import io.pledgebench.domain.LegalStatus;
import io.pledgebench.domain.Patent;
import io.pledgebench.domain.PatentNumber;
import io.pledgebench.domain.Text;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static io.pledgebench.valuation.ValuationFixtures.AS_OF;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** SPEC rev. 2 "Value attribution": one product's revenue is counted once, and never more than the company's. */
class RevenueAttributionTest {

    private final ValuationParameters defaults = ValuationParameters.defaults();

    /** A CN invention number with a valid check digit, distinct per index. */
    static PatentNumber cn(int i) {
        String body = String.format("2018101%05d", i);
        return PatentNumber.parse("CN" + body + "." + PatentNumber.cnCheckDigit(body));
    }

    static Patent.Builder patent(int i, String product, String revenue) {
        return ValuationFixtures.invention().number(cn(i)).product(product)
                .productRevenue(revenue == null ? null : new BigDecimal(revenue));
    }

    static Enterprise enterpriseWithRevenue(String revenue) {
        return new Enterprise("Acme Tech", null, "electronics", 8.0, new BigDecimal(revenue),
                new BigDecimal("20000000"), new BigDecimal("80000000"), new BigDecimal("30000000"), null, null, null,
                0, null);
    }

    /** Three patents on one 12 m product: 12 / 3 = 4 m each; the product is counted once (12 m, not 36 m). */
    @Test
    void patentsNamingOneProductShareItsRevenueEqually() {
        List<Patent> ps = List.of(patent(1, "Gateway", "12000000").build(), patent(2, "gateway ", "12000000").build(),
                patent(3, "GATEWAY", "12000000").build());
        RevenueAttribution a = RevenueAttribution.of(ps, enterpriseWithRevenue("100000000"));
        assertThat(a.method()).isEqualTo(RevenueAttribution.Method.BY_PRODUCT);
        assertThat(a.products()).hasSize(1);
        assertThat(a.revenueGiven()).isEqualTo(12_000_000);
        assertThat(a.totalAttributed()).isEqualTo(12_000_000);
        assertThat(a.scaleFactor()).isEqualTo(1.0);
        for (Patent p : ps) {
            assertThat(a.share(p.number().canonical()).orElseThrow().revenueAttributed()).isEqualTo(4_000_000);
        }
        assertThat(a.notes()).isEmpty();
        assertThat(a.share(ps.get(1))).isPresent();
        assertThat(a.share(ps.get(1).toBuilder().productRevenue(new BigDecimal("5")).build()))
                .as("another record under the same number is not the attributed patent").isEmpty();
        assertThat(a.summary().english()).contains("12,000,000").contains("100,000,000").contains("share its revenue");
    }

    /** Weights 3 : 1 split 12 m into 9 m and 3 m; with a weight missing the split is equal and a note says why. */
    @Test
    void contributionWeightsSplitTheProductRevenue() {
        List<Patent> weighted = List.of(patent(1, "Gateway", "12000000").contributionWeight(3.0).build(),
                patent(2, "Gateway", "12000000").contributionWeight(1.0).build());
        RevenueAttribution a = RevenueAttribution.of(weighted, enterpriseWithRevenue("100000000"));
        assertThat(a.share(cn(1).canonical()).orElseThrow().revenueAttributed()).isEqualTo(9_000_000);
        assertThat(a.share(cn(2).canonical()).orElseThrow().revenueAttributed()).isEqualTo(3_000_000);

        List<Patent> partly = List.of(patent(1, "Gateway", "12000000").contributionWeight(3.0).build(),
                patent(2, "Gateway", "12000000").build());
        RevenueAttribution b = RevenueAttribution.of(partly, enterpriseWithRevenue("100000000"));
        assertThat(b.share(cn(1).canonical()).orElseThrow().revenueAttributed()).isEqualTo(6_000_000);
        assertThat(b.notes()).containsExactly(Text.of("valuation.attribution.weightsIgnored", "Gateway", 1L, 2));
    }

    /**
     * No product column; 60 + 40 + 20 = 120 m of product revenue against a company revenue of 80 m: each is scaled by
     * 80 / 120 = 2/3 to 40, 26.67 and 13.33 m, which add up to the company's 80 m; the assessment says so.
     */
    @Test
    void revenuesAboveTheCompanysAreScaledDownProRataAndSaidSo() {
        List<Patent> ps = List.of(patent(1, null, "60000000").build(), patent(2, null, "40000000").build(),
                patent(3, null, "20000000").build(), patent(4, null, null).build());
        RevenueAttribution a = RevenueAttribution.of(ps, enterpriseWithRevenue("80000000"));
        assertThat(a.method()).isEqualTo(RevenueAttribution.Method.PRO_RATA);
        assertThat(a.scaleFactor()).isCloseTo(2.0 / 3, within(1e-15));
        assertThat(a.share(cn(1).canonical()).orElseThrow().revenueAttributed()).isCloseTo(40_000_000, within(1e-6));
        assertThat(a.share(cn(3).canonical()).orElseThrow().revenueAttributed()).isCloseTo(20_000_000.0 * 2 / 3,
                within(1e-6));
        assertThat(a.share(cn(4).canonical())).isEmpty();
        assertThat(a.totalAttributed()).isCloseTo(80_000_000, within(1e-6));
        assertThat(a.notes().get(0)).isEqualTo(Text.of("valuation.attribution.scaled", 120_000_000.0, 80_000_000.0,
                a.scaleFactor()));
        assertThat(a.assessmentNotes().get(0).key()).isEqualTo("valuation.attribution.summary");
        assertThat(a.notes().get(0).chinese()).contains("按比例");

        // the income methods use the scaled revenue: profit split of patent 1 on 40 m, not 60 m
        ValuationEngine engine = new ValuationEngine(defaults, null).forPortfolio(ps, enterpriseWithRevenue("80000000"));
        MethodResult split = engine.value(ps.get(0), enterpriseWithRevenue("80000000"), AS_OF)
                .method(IncomeSplitMethod.ID).orElseThrow();
        assertThat(split.cashFlows().get(0).base()).isCloseTo(40_000_000 * 0.25, within(1e-6));
        assertThat(split.inputs().get("attributedRevenue")).isEqualTo(40_000_000.0);
        assertThat(split.explanation()).extracting(Text::key).contains("valuation.explain.attributedRevenue");
    }

    /** Inconsistent figures for one product: the smallest is used and named; a lapsed patent takes no share. */
    @Test
    void unequalProductRevenuesUseTheSmallestAndLapsedPatentsTakeNoShare() {
        List<Patent> ps = List.of(patent(1, "Sensor", "10000000").build(), patent(2, "Sensor", "8000000").build(),
                patent(3, "Sensor", "8000000").status(LegalStatus.LAPSED).build());
        RevenueAttribution a = RevenueAttribution.of(ps, null);
        assertThat(a.share(cn(1).canonical()).orElseThrow().revenueAttributed()).isEqualTo(4_000_000);
        assertThat(a.share(cn(3).canonical())).isEmpty();
        assertThat(a.notes()).contains(Text.of("valuation.attribution.unequalRevenue", "Sensor", 8_000_000.0,
                10_000_000.0), Text.of("valuation.attribution.noCompanyRevenue", 8_000_000.0));
    }

    /**
     * Property (SPEC rev. 2: "adding patents to one product never multiplies that product's income"): for random
     * product revenues, numbers of patents k = 1…8 and weights (none, or random), the income-based values of the k
     * patents on one product add up to the value of one patent holding the product alone — exactly, because each
     * income method is linear in the revenue and the patents share one income period. Seeded, so reproducible.
     */
    @Test
    void addingPatentsToOneProductNeverMultipliesItsIncomeValue() {
        Random random = new Random(20261201L);
        Enterprise e = enterpriseWithRevenue("1000000000");
        for (int trial = 0; trial < 40; trial++) {
            String revenue = String.valueOf(1_000_000 + random.nextInt(50_000_000));
            Patent alone = patent(0, "Module", revenue).build();
            ValuationEngine single = new ValuationEngine(defaults, null).forPortfolio(List.of(alone), e);
            PatentValuation one = single.value(alone, e, AS_OF);
            int k = 1 + random.nextInt(8);
            boolean weights = random.nextBoolean();
            List<Patent> many = new ArrayList<>();
            for (int i = 1; i <= k; i++) {
                many.add(patent(i, "Module", revenue).contributionWeight(weights ? 0.1 + random.nextDouble() : null)
                        .build());
            }
            ValuationEngine shared = new ValuationEngine(defaults, null).forPortfolio(many, e);
            for (String method : CostMethod.INCOME_METHODS) {
                double sum = 0;
                for (Patent p : many) {
                    sum += shared.value(p, e, AS_OF).method(method).orElseThrow().value();
                }
                double alone1 = one.method(method).orElseThrow().value();
                assertThat(sum).as("%s, %d patents, weights %s", method, k, weights)
                        .isCloseTo(alone1, within(1e-9 * Math.abs(alone1)));
            }
        }
    }

    /**
     * The same with income periods that differ (random economic lives 1–15 years): the sum is bounded by the value of
     * one patent with the longest period holding the whole product, since each patent's flows are a share of the
     * product's flows over a period no longer than that.
     */
    @Test
    void addingPatentsWithDifferentLivesStaysBelowOnePatentWithTheLongestLife() {
        Random random = new Random(7L);
        Enterprise e = enterpriseWithRevenue("1000000000");
        for (int trial = 0; trial < 40; trial++) {
            int k = 2 + random.nextInt(7);
            List<Patent> many = new ArrayList<>();
            double longest = 0;
            for (int i = 1; i <= k; i++) {
                double life = 1 + 14 * random.nextDouble();
                longest = Math.max(longest, life);
                many.add(patent(i, "Module", "20000000").economicLifeYears(life).build());
            }
            Patent alone = patent(0, "Module", "20000000").economicLifeYears(longest).build();
            PatentValuation one = new ValuationEngine(defaults, null).forPortfolio(List.of(alone), e)
                    .value(alone, e, AS_OF);
            ValuationEngine shared = new ValuationEngine(defaults, null).forPortfolio(many, e);
            for (String method : List.of(IncomeSplitMethod.ID, ReliefFromRoyaltyMethod.ID)) {
                double sum = 0;
                for (Patent p : many) {
                    sum += shared.value(p, e, AS_OF).method(method).orElseThrow().value();
                }
                assertThat(sum).as(method).isLessThanOrEqualTo(one.method(method).orElseThrow().value() * (1 + 1e-12));
            }
        }
    }

    /** A portfolio's Monte Carlo values its patents with their shares and carries the attribution. */
    @Test
    void monteCarloOfAPortfolioUsesTheAttribution() {
        List<Patent> ps = List.of(patent(1, "Gateway", "12000000").build(), patent(2, "Gateway", "12000000").build());
        Enterprise e = enterpriseWithRevenue("100000000");
        MonteCarloResult r = new MonteCarloSimulator(new ValuationEngine(defaults, null))
                .simulate(ps, e, AS_OF, 1, MonteCarloSettings.pointValues(100, 1, 1), null, null);
        assertThat(r.attribution().method()).isEqualTo(RevenueAttribution.Method.BY_PRODUCT);
        assertThat(r.valuations().get(0).method(IncomeSplitMethod.ID).orElseThrow().cashFlows().get(0).base())
                .isCloseTo(6_000_000 * 0.2, within(1e-6));
    }

    /** Every sentence added for revision 2 renders in both languages (choice formats included). */
    @Test
    void newSentencesRenderInBothLanguages() {
        List<Text> texts = List.of(
                Text.of("valuation.attribution.summary", 8.17e7, 8.65e7, 0.945, 3, 0.9),
                Text.of("valuation.attribution.summaryNoCompany", 8.17e7, 2),
                Text.of("valuation.attribution.scaled", 1.2e8, 8e7, 0.667),
                Text.of("valuation.attribution.unequalRevenue", "Sensor", 8e6, 1e7),
                Text.of("valuation.attribution.weightsIgnored", "Sensor", 1L, 2),
                Text.of("valuation.attribution.noCompanyRevenue", 8e6),
                Text.of("valuation.explain.attributedRevenue", 4e6, 1.2e7, 1.0 / 3, 1.0, "Gateway", 1.2e7),
                Text.of("valuation.explain.cost.capped", 1.5e6, 2, 2.5e4),
                Text.of("valuation.explain.cost.noIncomeEvidence"),
                Text.of("valuation.reason.negativeAsZero", 0.15, -3.6e7),
                Text.of("valuation.costOnly"),
                Text.of("valuation.explain.incomePeriod.legal", 4.0, 4.0, 8.0),
                Text.of("valuation.explain.incomePeriod.patent", 4.0, 9.0, 4.0),
                Text.of("valuation.explain.incomePeriod.ipc", 4.0, 9.0, 4.0, "G"),
                Text.of("valuation.explain.incomePeriod.default", 5.0, 9.0, 5.0),
                Text.of("risk.advance.costOnly", 0.0));
        for (Text t : texts) {
            assertThat(t.english()).as(t.key()).isNotBlank().doesNotContain("{");
            assertThat(t.chinese()).as(t.key()).isNotBlank().doesNotContain("{");
        }
        assertThat(texts.get(7).chinese()).contains("多期超额收益法");
        assertThat(texts.get(0).english()).contains("scaled down pro rata");
    }
}
