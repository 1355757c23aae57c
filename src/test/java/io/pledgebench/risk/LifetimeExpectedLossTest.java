package io.pledgebench.risk;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/**
 * Lifetime PD and EL beside the one-year figures (SPEC revision 2, "Risk figures":
 * {@code risk.lifetimePd = 1 − (1 − PD)^(termMonths/12)}, {@code risk.lifetimeExpectedLoss = lifetimePd · LGD · EAD}).
 */
class LifetimeExpectedLossTest {

    @Test
    void lifetimePdOverThirtySixMonthsIsHandComputed() {
        // PD 1.86 % a year over 36 months: 0.9814² = 0.96314596, × 0.9814 = 0.945231445144,
        // 1 − 0.945231445144 = 0.054768554856 — 5.48 %, almost three times the one-year PD.
        assertThat(ExpectedLoss.lifetimePd(0.0186, 36 / 12.0)).isCloseTo(0.054768554856, within(1e-12));
        // one year: the one-year PD itself; half a year: 1 − √0.98 = 0.0100505063
        assertThat(ExpectedLoss.lifetimePd(0.02, 1)).isCloseTo(0.02, within(1e-15));
        assertThat(ExpectedLoss.lifetimePd(0.02, 0.5)).isCloseTo(1 - Math.sqrt(0.98), within(1e-15));
        assertThatThrownBy(() -> ExpectedLoss.lifetimePd(0.02, 0)).hasMessageContaining("remaining term");
    }

    @Test
    void creditRiskCarriesOneYearAndLifetimeFiguresWithTheirOwnHorizon() {
        RiskParameters p = RiskParameters.defaults().withLgdMethod(RiskParameters.LgdMethod.SUPERVISORY_UNSECURED);
        // EAD 1,000,000, LGD 45 %: one-year EL = 0.0186 × 0.45 × 1 m = 8,370;
        // lifetime EL = 0.054768554856 × 0.45 × 1 m = 24,645.85
        CreditRiskCalculator.CreditRisk r = CreditRiskCalculator.assess(0.0186, 0, 1_000_000, 3, 3, null, p);
        assertThat(r.expectedLoss()).isCloseTo(8_370, within(1e-6));
        assertThat(r.lifetimePd()).isCloseTo(0.054768554856, within(1e-12));
        assertThat(r.lifetimeExpectedLoss()).isCloseTo(24_645.8496852, within(1e-6));
        assertThat(r.lifetimeExpectedLossRate()).isCloseTo(0.0246458496852, within(1e-12));
        // no risk sharing: the bank keeps the whole lifetime EL, priced per year of the remaining term
        assertThat(r.bankNetLifetimeExpectedLoss()).isCloseTo(r.lifetimeExpectedLoss(), within(1e-9));
        assertThat(r.minimumRate().expectedLossRate()).isCloseTo(0.0246458496852 / 3, within(1e-12));

        // the remaining term is its own argument: an existing loan with one year left keeps Basel M = 3
        CreditRiskCalculator.CreditRisk reassessed = CreditRiskCalculator.assess(0.0186, 0, 1_000_000, 3, 1, null, p);
        assertThat(reassessed.lifetimePd()).isCloseTo(0.0186, within(1e-15));
        assertThat(reassessed.irb().maturity()).isEqualTo(3.0);
        assertThat(reassessed.irb().capitalK()).isEqualTo(r.irb().capitalK());
    }
}
