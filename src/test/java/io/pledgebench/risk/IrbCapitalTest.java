package io.pledgebench.risk;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/**
 * Oracle: Basel Committee on Banking Supervision, "International Convergence of Capital Measurement and Capital
 * Standards — A Revised Framework, Comprehensive Version" (June 2006), Annex 5 "Illustrative IRB Risk Weights",
 * table "Illustrative IRB Risk Weights for UL", corporate exposures, LGD 45 %, maturity 2.5 years, turnover
 * € 50 m (no firm-size adjustment) and € 5 m (full SME adjustment). The table prints percentages to two
 * decimals, so the tolerance is half a hundredth of a percentage point plus rounding of the last digit.
 */
class IrbCapitalTest {

    @ParameterizedTest(name = "PD {0}: corporate RW {1} %, SME (S = 5) RW {2} %")
    @CsvSource({
            "0.0003, 14.44, 11.30",
            "0.0005, 19.65, 15.39",
            "0.0010, 29.65, 23.30",
            "0.0025, 49.47, 39.01",
            "0.0040, 62.72, 49.49",
            "0.0050, 69.61, 54.91",
            "0.0075, 82.78, 65.14",
            "0.0100, 92.32, 72.40",
            "0.0130, 100.95, 78.77",
            "0.0150, 105.59, 82.11",
            "0.0200, 114.86, 88.55",
            "0.0250, 122.16, 93.43",
            "0.0300, 128.44, 97.58",
    })
    void riskWeightsMatchBaselAnnex5(double pd, double corporatePercent, double smePercent) {
        assertThat(IrbCapital.corporate(pd, 0.45, 2.5, 50.0).riskWeight() * 100).isCloseTo(corporatePercent, within(0.011));
        assertThat(IrbCapital.corporate(pd, 0.45, 2.5, null).riskWeight() * 100).isCloseTo(corporatePercent, within(0.011));
        assertThat(IrbCapital.corporate(pd, 0.45, 2.5, 5.0).riskWeight() * 100).isCloseTo(smePercent, within(0.011));
    }

    @Test
    void componentsOfTheOnePercentCaseFollowTheFormula() {
        IrbCapital.IrbResult r = IrbCapital.corporate(0.01, 0.45, 2.5, null);
        double w = (1 - Math.exp(-0.5)) / (1 - Math.exp(-50));
        assertThat(r.correlation()).isCloseTo(0.12 * w + 0.24 * (1 - w), within(1e-15));
        assertThat(r.maturityAdjustment()).isCloseTo(Math.pow(0.11852 - 0.05478 * Math.log(0.01), 2), within(1e-15));
        assertThat(r.riskWeight()).isCloseTo(12.5 * r.capitalK(), within(1e-15));
        assertThat(r.capital(1_000_000)).isCloseTo(r.capitalK() * 1_000_000, within(1e-6));
    }

    @Test
    void turnoverBelowFiveMillionIsTreatedAsFiveMillion() {
        assertThat(IrbCapital.corporate(0.01, 0.45, 2.5, 1.0).riskWeight())
                .isEqualTo(IrbCapital.corporate(0.01, 0.45, 2.5, 5.0).riskWeight());
        assertThat(IrbCapital.firmSizeAdjustment(27.5)).isCloseTo(0.02, within(1e-15));
    }

    @Test
    void longerMaturityNeedsMoreCapital() {
        assertThat(IrbCapital.corporate(0.01, 0.45, 5, null).capitalK())
                .isGreaterThan(IrbCapital.corporate(0.01, 0.45, 1, null).capitalK());
    }

    @Test
    void refusesPdOutsideTheOpenUnitIntervalAndMaturityOutsideBaselBounds() {
        assertThatThrownBy(() -> IrbCapital.corporate(0, 0.45, 2.5, null)).hasMessageContaining("PD");
        assertThatThrownBy(() -> IrbCapital.corporate(1, 0.45, 2.5, null)).hasMessageContaining("was 1.0");
        assertThatThrownBy(() -> IrbCapital.corporate(0.01, 1.2, 2.5, null)).hasMessageContaining("LGD");
        assertThatThrownBy(() -> IrbCapital.corporate(0.01, 0.45, 0.5, null)).hasMessageContaining("para. 320");
        assertThatThrownBy(() -> IrbCapital.corporate(0.01, 0.45, 2.5, -3.0)).hasMessageContaining("turnover");
    }

    @Test
    void effectiveMaturityIsFlooredAtOneAndCappedAtFiveYears() {
        assertThat(IrbCapital.effectiveMaturity(0.5)).isEqualTo(1.0);
        assertThat(IrbCapital.effectiveMaturity(3)).isEqualTo(3.0);
        assertThat(IrbCapital.effectiveMaturity(7)).isEqualTo(5.0);
    }
}
