package io.pledgebench.risk;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** SPEC revision 2: collateral.atMaturity and expected recovery = E[min(EAD, LV at default)], worked by hand. */
class SimulatedCollateralTest {

    @Test
    void atMaturityReadsTheSimulatedPoolAgainstTheExposure() {
        double[] lv = {50, 150, 90, 110, 200};
        SimulatedCollateral.AtMaturity a = SimulatedCollateral.atMaturity(lv, 100);
        assertThat(a.mean()).isEqualTo(120.0);
        // type-7 quantiles of 50, 90, 110, 150, 200: P50 = 110; P5 at h = 0.2 → 50 + 0.2·40 = 58
        assertThat(a.p50()).isEqualTo(110.0);
        assertThat(a.p5()).isCloseTo(58.0, within(1e-12));
        // two of five paths (50, 90) leave the exposure of 100 less than covered
        assertThat(a.probabilityCoverageBelowOne()).isEqualTo(0.4);
    }

    @Test
    void recoveryWeighsEachLoanYearByTheChanceOfDefaultInIt() {
        // PD 10 % a year over two years: default in year 1 with 0.1, in year 2 with 0.9·0.1 = 0.09 (of 0.19)
        double[] times = {1, 2};
        double[][] values = {{120, 60}, {80, 20}};
        // E[min(100, LV)] is (100 + 60)/2 = 80 at year 1 and (80 + 20)/2 = 50 at year 2
        double expected = (0.1 * 80 + 0.09 * 50) / 0.19;
        assertThat(SimulatedCollateral.expectedRecovery(0, times, values, 0.1, 100)).isCloseTo(expected, within(1e-12));
        // recovery is capped by the exposure: a pool worth 10× the loan on every path recovers the loan, no more
        double[][] rich = {{1000, 1000}, {1000, 1000}};
        assertThat(SimulatedCollateral.expectedRecovery(0, times, rich, 0.1, 100)).isCloseTo(100.0, within(1e-12));
    }

    @Test
    void aForwardStartingLoanCannotDefaultBeforeItStarts() {
        // exposure from year 0.5: the first period is 0.5 → 1, weight 0.9^0.5 − 0.9
        double[] times = {1, 2};
        double[][] values = {{40}, {10}};
        double w1 = Math.pow(0.9, 0.5) - 0.9;
        double w2 = 0.9 - 0.81;
        assertThat(SimulatedCollateral.expectedRecovery(0.5, times, values, 0.1, 100))
                .isCloseTo((w1 * 40 + w2 * 10) / (w1 + w2), within(1e-12));
    }
}
