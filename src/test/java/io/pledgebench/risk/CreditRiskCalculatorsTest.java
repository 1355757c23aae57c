package io.pledgebench.risk;

import io.pledgebench.domain.Enterprise;
import io.pledgebench.domain.PatentType;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class CreditRiskCalculatorsTest {

    @Test
    void liquidationValueAppliesDiscountCostAndTimeValue() {
        // 10 m × 0.6 × 0.9 / 1.08² = 4,629,629.63
        assertThat(LiquidationValue.of(10_000_000, 0.4, 0.1, 2, 0.08)).isCloseTo(4_629_629.6296, within(1e-3));
        assertThat(LiquidationValue.of(10_000_000, 0, 0, 0, 0.08)).isEqualTo(10_000_000);
        assertThatThrownBy(() -> LiquidationValue.of(-1, 0.4, 0.1, 2, 0.08)).hasMessageContaining("market value");
        assertThatThrownBy(() -> LiquidationValue.of(1, 1.4, 0.1, 2, 0.08)).hasMessageContaining("fire-sale");
    }

    @Test
    void expectedLossIsTheProductOfPdLgdAndEad() {
        // Basel Framework CRE35.2–35.3: EL = PD × LGD, EL amount = EL × EAD; 2 % × 45 % × 1,000,000 = 9,000
        assertThat(ExpectedLoss.of(0.02, 0.45, 1_000_000)).isCloseTo(9_000, within(1e-9));
        assertThatThrownBy(() -> ExpectedLoss.of(1.5, 0.45, 1)).hasMessageContaining("PD");
        assertThatThrownBy(() -> ExpectedLoss.of(0.02, 0.45, -1)).hasMessageContaining("EAD");
    }

    @Test
    void hhiOfMarketSharesFollowsTheUsMergerGuidelinesExample() {
        // US DoJ/FTC Horizontal Merger Guidelines (2010, §5.3): shares 30, 30, 20, 20 % give HHI 2,600 (0.26).
        Concentration.ConcentrationResult r = Concentration.of(List.of(30.0, 30.0, 20.0, 20.0));
        assertThat(r.hhi()).isCloseTo(0.26, within(1e-15));
        assertThat(r.effectiveNumber()).isCloseTo(1 / 0.26, within(1e-12));
        assertThat(r.largestShare()).isCloseTo(0.3, within(1e-15));
        assertThat(Concentration.of(List.of(5.0, 5.0, 5.0, 5.0)).effectiveNumber()).isCloseTo(4, within(1e-12));
        assertThat(Concentration.diversificationHaircut(1.0, 0.2)).isEqualTo(0.2);
        assertThatThrownBy(() -> Concentration.of(List.of(0.0, 0.0))).hasMessageContaining("positive total");
        assertThatThrownBy(() -> Concentration.of(List.of(1.0, -2.0))).hasMessageContaining("value 2");
    }

    @Test
    void lgdFromRecoveryIsFlooredAndSupervisoryValuesAreBasels() {
        assertThat(LossGivenDefault.fromRecovery(300, 1000, 0.1)).isCloseTo(0.7, within(1e-15));
        assertThat(LossGivenDefault.fromRecovery(2000, 1000, 0.1)).isEqualTo(0.1);
        assertThat(LossGivenDefault.BASEL_II_SENIOR_UNSECURED).isEqualTo(0.45);
        assertThat(LossGivenDefault.BASEL_III_SENIOR_UNSECURED_NON_FINANCIAL).isEqualTo(0.40);
        assertThatThrownBy(() -> LossGivenDefault.fromRecovery(1, 0, 0.1)).hasMessageContaining("EAD");
    }

    @Test
    void minimumRateAddsFundingElCapitalChargeAndCost() {
        RiskBasedPricing.MinimumRate r = RiskBasedPricing.minimumRate(0.03, 0.02, 0.45, 0.08, 0.12, 0.01);
        assertThat(r.expectedLossRate()).isCloseTo(0.009, within(1e-15));
        assertThat(r.capitalCharge()).isCloseTo(0.0096, within(1e-15));
        assertThat(r.rate()).isCloseTo(0.03 + 0.009 + 0.0096 + 0.01, within(1e-15));
    }

    @Test
    void advanceRateRisesWithQualityWithinTheTypeRange() {
        AdvanceRatePolicy p = AdvanceRatePolicy.defaults();
        assertThat(p.rate(PatentType.INVENTION, 100)).isCloseTo(0.30, within(1e-15));
        assertThat(p.rate(PatentType.INVENTION, 40)).isCloseTo(0.27, within(1e-15));
        assertThat(p.rate(PatentType.UTILITY_MODEL, 100)).isCloseTo(0.15, within(1e-15));
        assertThat(p.rate(PatentType.DESIGN, 100)).isCloseTo(0.10, within(1e-15));
        assertThat(p.rate(PatentType.INVENTION, 39.9)).isZero();
        assertThatThrownBy(() -> p.rate(PatentType.INVENTION, 101)).hasMessageContaining("quality score");
    }

    @Test
    void survivalAndValuePathShrinkOverTheTerm() {
        assertThat(CollateralPath.survival(0.05, 2)).isCloseTo(Math.exp(-0.1), within(1e-15));
        assertThat(CollateralPath.valueAt(1000, 8, 2)).isCloseTo(750, within(1e-12));
        assertThat(CollateralPath.valueAt(1000, 1.5, 2)).isZero();
        List<CollateralPath.YearPoint> path = CollateralPath.coverage(
                List.of(new CollateralPath.Holding(1000, 8, 0.05)), 500, 2.5);
        assertThat(path).extracting(CollateralPath.YearPoint::year).containsExactly(1.0, 2.0, 2.5);
        assertThat(path.get(1).coverage()).isCloseTo(750 * Math.exp(-0.1) / 500, within(1e-12));
        assertThat(path.get(2).coverage()).isLessThan(path.get(0).coverage());
    }

    @Test
    void scorecardGivesTheReferencePdForTheReferenceFirmAndPrintsItsTerms() {
        PdScorecard card = PdScorecard.illustrative();
        Enterprise reference = new Enterprise("Ref", null, null, 10.0, null, new BigDecimal("10"),
                new BigDecimal("100"), new BigDecimal("50"), null, null, null, 0, null);
        assertThat(card.score(reference).pd()).isCloseTo(0.02, within(1e-12));
        Enterprise leveraged = new Enterprise("Lev", null, null, 10.0, null, new BigDecimal("10"),
                new BigDecimal("100"), new BigDecimal("80"), null, null, null, 0, null);
        assertThat(card.score(leveraged).pd()).isGreaterThan(0.02);
        PdScorecard.Result partial = card.score(new Enterprise("P", null, null, null, null, new BigDecimal("10"),
                new BigDecimal("100"), new BigDecimal("50"), null, null, null, null, null));
        assertThat(partial.omitted()).containsExactly("lnYearsInBusiness", "overdueRecords");
        assertThat(card.coefficients()).containsKeys("intercept", "leverage", "returnOnAssets");
        assertThatThrownBy(() -> card.score(Enterprise.named("X"))).hasMessageContaining("--pd");
    }
}
