package io.pledgebench.risk;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/**
 * Basel II or Basel III floors, selectable (SPEC revision 2: "Basel III (PD floor 0.05 %, unsecured LGD 40 %) is
 * selectable"). Sources: Basel II, June 2006, para. 285 (corporate PD floor 0.03 %) and para. 287 (F-IRB senior
 * unsecured LGD 45 %); Basel III: Finalising post-crisis reforms, December 2017, Basel Framework CRE32.3 (0.05 %)
 * and CRE32.4 (40 % for non-financial corporates).
 */
class BaselFrameworkTest {

    @Test
    void theFrameworksCarryTheirFloors() {
        assertThat(RiskParameters.BaselFramework.BASEL_II.corporatePdFloor()).isEqualTo(0.0003);
        assertThat(RiskParameters.BaselFramework.BASEL_II.seniorUnsecuredLgd()).isEqualTo(0.45);
        assertThat(RiskParameters.BaselFramework.BASEL_III.corporatePdFloor()).isEqualTo(0.0005);
        assertThat(RiskParameters.BaselFramework.BASEL_III.seniorUnsecuredLgd()).isEqualTo(0.40);
        assertThat(RiskParameters.defaults().baselFramework()).isEqualTo(RiskParameters.BaselFramework.BASEL_II);
        assertThat(RiskParameters.BaselFramework.parse("baselIII")).isEqualTo(RiskParameters.BaselFramework.BASEL_III);
        assertThatThrownBy(() -> RiskParameters.BaselFramework.parse("basel4")).hasMessageContaining("baselII");
        assertThat(RiskParameters.BaselFramework.BASEL_III.source().english()).contains("CRE32.3", "0.05 %");
        assertThat(RiskParameters.BaselFramework.BASEL_II.source().english()).contains("para. 285", "para. 287");
    }

    @Test
    void basel3RaisesThePdFloorOfCapitalAndLowersTheSupervisoryLgd() {
        RiskParameters b2 = RiskParameters.defaults().withLgdMethod(RiskParameters.LgdMethod.SUPERVISORY_UNSECURED);
        RiskParameters b3 = b2.withBaselFramework(RiskParameters.BaselFramework.BASEL_III);
        // PD 0.04 %: above the Basel II floor, below the Basel III floor
        CreditRiskCalculator.CreditRisk r2 = CreditRiskCalculator.assess(0.0004, 0, 1_000_000, 2.5, 2.5, null, b2);
        CreditRiskCalculator.CreditRisk r3 = CreditRiskCalculator.assess(0.0004, 0, 1_000_000, 2.5, 2.5, null, b3);
        assertThat(r2.irb().pd()).isEqualTo(0.0004);
        assertThat(r3.irb().pd()).isEqualTo(0.0005);
        assertThat(r2.lgd()).isEqualTo(0.45);
        assertThat(r3.lgd()).isEqualTo(0.40);
        assertThat(r3.irb().capitalK()).isCloseTo(IrbCapital.corporate(0.0005, 0.40, 2.5, null).capitalK(),
                within(1e-15));
        // EL uses the PD as given; only capital is floored
        assertThat(r3.expectedLoss()).isCloseTo(0.0004 * 0.40 * 1_000_000, within(1e-9));
        assertThat(b3.toMap()).containsEntry("baselFramework", "baselIII").containsEntry("irbPdFloor", 0.0005)
                .containsEntry("supervisoryLgd", 0.40);
    }
}
