package io.pledgebench.valuation;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class OptionPricingTest {

    /**
     * Hull, "Options, Futures, and Other Derivatives", 9th ed., Example 15.6 (Black–Scholes–Merton): S = 42, K = 40,
     * r = 10 %, σ = 20 %, T = 0.5 → d1 = 0.7693, d2 = 0.6278, c = 4.76, p = 0.81.
     */
    @Test
    void blackScholesReproducesHullExample() {
        assertThat(BlackScholes.call(42, 40, 0.10, 0.20, 0.5, 0)).isCloseTo(4.76, within(0.005));
        assertThat(BlackScholes.put(42, 40, 0.10, 0.20, 0.5, 0)).isCloseTo(0.81, within(0.005));
    }

    /**
     * Hull, 9th ed., chapter 13 (Figures 13.7 and 13.8): two-step tree, S = 50, K = 52, r = 5 %, u = 1.2, d = 0.8,
     * steps of one year. European put 4.1923; American put 5.0894 (early exercise at the down node, where 52 − 40 = 12
     * exceeds the continuation value 9.4636). Hull rounds p = 0.6282 (exact 0.628172), so the unrounded tree values
     * differ from the printed figures in the fourth decimal; the tolerance covers that rounding only.
     */
    @Test
    void binomialTreeReproducesHullTwoStepPut() {
        assertThat(BinomialTree.price(50, 52, 0.05, 0, 1.2, 0.8, 2, 1.0, BinomialTree.Kind.PUT, BinomialTree.Style.EUROPEAN))
                .isCloseTo(4.1923, within(0.0005));
        assertThat(BinomialTree.price(50, 52, 0.05, 0, 1.2, 0.8, 2, 1.0, BinomialTree.Kind.PUT, BinomialTree.Style.AMERICAN))
                .isCloseTo(5.0894, within(0.0005));
    }

    /** Put–call parity with a yield: c − p = S·e^(−qT) − K·e^(−rT), over a grid of inputs. */
    @Test
    void putCallParityHolds() {
        double[] spots = {10, 42, 100, 250};
        double[] vols = {0.05, 0.2, 0.6};
        double[] years = {0.25, 1, 7.5};
        double[] yields = {0, 0.04, 0.125};
        for (double s : spots) {
            for (double v : vols) {
                for (double t : years) {
                    for (double q : yields) {
                        double c = BlackScholes.call(s, 40, 0.05, v, t, q);
                        double p = BlackScholes.put(s, 40, 0.05, v, t, q);
                        assertThat(c - p).isCloseTo(s * Math.exp(-q * t) - 40 * Math.exp(-0.05 * t), within(1e-9 * s));
                    }
                }
            }
        }
    }

    /** The CRR tree converges to Black–Scholes: the error shrinks as the number of steps grows (order 1/N). */
    @Test
    void crrTreeConvergesToBlackScholes() {
        double bs = BlackScholes.call(42, 40, 0.10, 0.20, 0.5, 0.03);
        double e50 = Math.abs(BinomialTree.crr(42, 40, 0.10, 0.03, 0.20, 0.5, 50, BinomialTree.Kind.CALL,
                BinomialTree.Style.EUROPEAN) - bs);
        double e2000 = Math.abs(BinomialTree.crr(42, 40, 0.10, 0.03, 0.20, 0.5, 2000, BinomialTree.Kind.CALL,
                BinomialTree.Style.EUROPEAN) - bs);
        assertThat(e50).isLessThan(0.02);
        assertThat(e2000).isLessThan(0.001).isLessThan(e50);
    }

    /** Without a yield an American call is never exercised early (Hull §11.5), so it equals the European one. */
    @Test
    void americanCallWithoutYieldEqualsEuropean() {
        double eu = BinomialTree.crr(42, 40, 0.10, 0, 0.2, 0.5, 300, BinomialTree.Kind.CALL, BinomialTree.Style.EUROPEAN);
        double am = BinomialTree.crr(42, 40, 0.10, 0, 0.2, 0.5, 300, BinomialTree.Kind.CALL, BinomialTree.Style.AMERICAN);
        assertThat(am).isCloseTo(eu, within(1e-12));
        double amQ = BinomialTree.crr(42, 40, 0.10, 0.2, 0.2, 0.5, 300, BinomialTree.Kind.CALL, BinomialTree.Style.AMERICAN);
        double euQ = BinomialTree.crr(42, 40, 0.10, 0.2, 0.2, 0.5, 300, BinomialTree.Kind.CALL, BinomialTree.Style.EUROPEAN);
        assertThat(amQ).isGreaterThan(euQ);
    }

    @Test
    void refusesBadInputsNamingTheValue() {
        assertThatThrownBy(() -> BlackScholes.call(42, 40, 0.1, -0.2, 0.5, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("-0.2");
        assertThatThrownBy(() -> BinomialTree.price(50, 52, 0.05, 0, 0.8, 1.2, 2, 1, BinomialTree.Kind.PUT,
                BinomialTree.Style.EUROPEAN)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1.2");
        assertThatThrownBy(() -> BinomialTree.price(50, 52, 0.5, 0, 1.2, 0.8, 2, 1, BinomialTree.Kind.PUT,
                BinomialTree.Style.EUROPEAN)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("risk-neutral");
    }
}
