package io.pledgebench.valuation;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class DiscountedCashFlowTest {

    /**
     * TAB = 1/(1 − τ·AF/n), AF = (1 − (1+r)^−n)/r, the formula of the AICPA practice aid "Assets Acquired in a Business
     * Combination to Be Used in R&amp;D Activities" (2001) for the 15-year US tax life (IRC §197). By hand with τ = 40 %,
     * r = 16 %, n = 15: 1.16^15 = 9.26552, AF = (1 − 1/9.26552)/0.16 = 5.57546, τ·AF/n = 0.148679,
     * TAB = 1/0.851321 = 1.174644.
     */
    @Test
    void tabFactorMatchesTheHandComputation() {
        assertThat(TaxAmortisationBenefit.annuityFactor(0.16, 15)).isCloseTo(5.57546, within(0.00001));
        assertThat(TaxAmortisationBenefit.factor(0.40, 15, 0.16)).isCloseTo(1.174644, within(0.000005));
        assertThat(TaxAmortisationBenefit.factor(0.25, 10, 0.0)).isCloseTo(1 / 0.75, within(1e-12));
    }

    /**
     * Relief from royalty by hand: revenues 1000, 1100, 1200; ρ = 5 %, τ = 25 %, r = 10 %:
     * 37.5/1.1 + 41.25/1.21 + 45/1.331 = 34.0909 + 34.0909 + 33.8092 = 101.9910.
     */
    @Test
    void reliefFromRoyaltyByHand() {
        double v = ReliefFromRoyaltyMethod.presentValue(new double[] {1000, 1100, 1200}, 0.05, 0.25, 0.10, false, false);
        assertThat(v).isCloseTo(101.9910, within(0.0001));
        double mid = ReliefFromRoyaltyMethod.presentValue(new double[] {1000, 1100, 1200}, 0.05, 0.25, 0.10, true, false);
        assertThat(mid).isCloseTo(v * Math.sqrt(1.1), within(1e-9));
    }

    /**
     * Income split, annuity check: 5 years of income 1000 with a 25 % share, τ = 25 %, r = 12 %:
     * 187.5 × AF(12 %, 5) = 187.5 × 3.604776 = 675.8956.
     */
    @Test
    void incomeSplitEqualsAnnuityForLevelIncome() {
        double v = IncomeSplitMethod.presentValue(new double[] {1000, 1000, 1000, 1000, 1000}, 0.25, 0.25, 0.12);
        assertThat(v).isCloseTo(675.8956, within(0.0001));
    }

    /** Cost approach: RC 1,000,000 used 4 years with 6 remaining → 600,000 (remaining share 60 %). */
    @Test
    void costApproachApportionsByRemainingLife() {
        assertThat(CostMethod.value(1_000_000, 4, 6)).isEqualTo(600_000.0);
        assertThatThrownBy(() -> CostMethod.value(1000, 0, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CostMethod.value(-1, 1, 1)).hasMessageContaining("-1");
    }

    @Test
    void valueFallsWithTheDiscountRateAndRisesWithTheRoyaltyRate() {
        double[] revenues = {500, 800, 900, 900, 700, 400};
        double previous = Double.POSITIVE_INFINITY;
        for (double r = -0.5; r <= 1.0; r += 0.05) {
            double v = ReliefFromRoyaltyMethod.presentValue(revenues, 0.04, 0.25, r, false, false);
            assertThat(v).isLessThan(previous);
            previous = v;
        }
        previous = -1;
        for (double rho = 0.0; rho < 0.3; rho += 0.01) {
            double v = ReliefFromRoyaltyMethod.presentValue(revenues, rho, 0.25, 0.1, false, false);
            assertThat(v).isGreaterThan(previous);
            previous = v;
        }
    }

    @Test
    void refusesRatesAtOrBelowMinusOneAndEmptySeries() {
        assertThatThrownBy(() -> IncomeSplitMethod.presentValue(new double[] {1}, 0.2, 0.25, -1.0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("-1.0");
        assertThatThrownBy(() -> IncomeSplitMethod.presentValue(new double[0], 0.2, 0.25, 0.1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("empty");
        assertThatThrownBy(() -> TaxAmortisationBenefit.factor(1.2, 10, 0.1)).hasMessageContaining("1.2");
    }
}
