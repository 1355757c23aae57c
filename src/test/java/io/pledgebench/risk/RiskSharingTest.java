package io.pledgebench.risk;

import io.pledgebench.domain.Text;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/**
 * Risk sharing of principal loss by ratio and cap (SPEC revision 2, "Risk figures"; issue 12 item 13). Preset ratios
 * from CNIPA, "广东：探索创新 形成多元知识产权质押融资风险补偿基金运作模式", 2025-01-26: Zhongshan fund : bank :
 * insurer : appraiser 54 : 26 : 16 : 4; Zhuhai fund 40 %, bank 60 %; Shenzhen fund : bank 1 : 1.
 */
class RiskSharingTest {

    @Test
    void presetsCarryThePublishedRatiosAndNameTheirSource() {
        RiskSharing.Scheme z = RiskSharing.Scheme.ZHONGSHAN;
        assertThat(z.compensationFund()).isEqualTo(0.54);
        assertThat(z.insurer()).isEqualTo(0.16);
        assertThat(z.appraiser()).isEqualTo(0.04);
        assertThat(z.bank()).isCloseTo(0.26, within(1e-12));
        assertThat(RiskSharing.Scheme.ZHUHAI.bank()).isCloseTo(0.60, within(1e-12));
        assertThat(RiskSharing.Scheme.SHENZHEN.bank()).isCloseTo(0.50, within(1e-12));
        for (RiskSharing.Scheme s : RiskSharing.Scheme.presets()) {
            assertThat(s.source().english()).isNotBlank();
            assertThat(s.source().chinese()).isNotBlank();
        }
        assertThat(z.source().english()).contains("54 : 26 : 16 : 4", "CNIPA", "2025");
        assertThat(RiskSharing.Scheme.preset("zhuhai")).contains(RiskSharing.Scheme.ZHUHAI);
        assertThat(RiskSharing.Scheme.preset("nowhere")).isEmpty();
    }

    @Test
    void principalLossIsSharedByRatioAndTheExcessOverACapFallsBackToTheBank() {
        // loss at default 450,000 (LGD 45 % of 1 m), lifetime PD 10 %:
        // uncapped Zhongshan: fund 243,000, insurer 72,000, appraiser 18,000, bank 117,000 at default
        RiskSharing.SharedLoss s = RiskSharing.share(0.10, 450_000, 1_000_000, RiskSharing.Scheme.ZHONGSHAN);
        assertThat(s.expectedLoss()).isCloseTo(45_000, within(1e-9));
        assertThat(s.compensationFund()).isCloseTo(24_300, within(1e-9));
        assertThat(s.insurer()).isCloseTo(7_200, within(1e-9));
        assertThat(s.appraiser()).isCloseTo(1_800, within(1e-9));
        assertThat(s.bankNet()).isCloseTo(11_700, within(1e-9));
        assertThat(s.aboveCaps()).isZero();

        // fund capped at 20 % of principal (200,000): 43,000 returns to the bank at default
        RiskSharing.Scheme capped = RiskSharing.Scheme.ZHONGSHAN.withCap(RiskSharing.Party.COMPENSATION_FUND,
                RiskSharing.Cap.ofShareOfPrincipal(0.20));
        RiskSharing.SharedLoss c = RiskSharing.share(0.10, 450_000, 1_000_000, capped);
        assertThat(c.compensationFund()).isCloseTo(20_000, within(1e-9));
        assertThat(c.bankNet()).isCloseTo(11_700 + 4_300, within(1e-9));
        assertThat(c.aboveCaps()).isCloseTo(4_300, within(1e-9));
        // an absolute cap below the share cap binds instead
        RiskSharing.Scheme both = RiskSharing.Scheme.ZHONGSHAN.withCap(RiskSharing.Party.COMPENSATION_FUND,
                new RiskSharing.Cap(0.20, 150_000.0));
        assertThat(RiskSharing.share(0.10, 450_000, 1_000_000, both).compensationFund()).isCloseTo(15_000, within(1e-9));
        // whatever the caps, the parts add up to the whole
        assertThat(c.compensationFund() + c.insurer() + c.guarantor() + c.appraiser() + c.bankNet())
                .isCloseTo(c.expectedLoss(), within(1e-9));
    }

    @Test
    void customRatiosMayNotExceedTheWholeLoss() {
        RiskSharing.Scheme s = RiskSharing.Scheme.custom(0.4, 0.3, 0.1);
        assertThat(s.bank()).isCloseTo(0.2, within(1e-12));
        assertThat(RiskSharing.share(1, 10_000, 10_000, s).bankNet()).isCloseTo(2_000, within(1e-9));
        assertThatThrownBy(() -> RiskSharing.Scheme.custom(0.6, 0.3, 0.2)).hasMessageContaining("more than 1");
        assertThatThrownBy(() -> RiskSharing.Scheme.ZHUHAI.withCap(RiskSharing.Party.INSURER, RiskSharing.Cap.ofAmount(1)))
                .hasMessageContaining("no share");
    }

    @Test
    void theBanksNetLifetimeLossFeedsCreditRiskAndTheMinimumRate() {
        RiskParameters p = RiskParameters.defaults().withLgdMethod(RiskParameters.LgdMethod.SUPERVISORY_UNSECURED);
        CreditRiskCalculator.CreditRisk alone = CreditRiskCalculator.assess(0.0186, 0, 1_000_000, 3, 3, null, p);
        CreditRiskCalculator.CreditRisk shared = CreditRiskCalculator.assess(0.0186, 0, 1_000_000, 3, 3, null,
                p.withRiskSharing(RiskSharing.Scheme.ZHUHAI));
        // lifetime EL 24,645.85 of which the bank keeps 60 %: 14,787.51; per year of 3: 4,929.17 → 0.4929 %
        assertThat(shared.lifetimeExpectedLoss()).isCloseTo(alone.lifetimeExpectedLoss(), within(1e-9));
        assertThat(shared.bankNetLifetimeExpectedLoss()).isCloseTo(0.6 * 24_645.8496852, within(1e-6));
        assertThat(shared.bankNetLifetimeExpectedLossRate()).isCloseTo(0.6 * 0.0246458496852, within(1e-12));
        assertThat(shared.bankNetExpectedLossRatePerYear()).isCloseTo(0.6 * 0.0246458496852 / 3, within(1e-12));
        assertThat(shared.minimumRate().expectedLossRate()).isEqualTo(shared.bankNetExpectedLossRatePerYear());
        assertThat(alone.minimumRate().rate() - shared.minimumRate().rate())
                .isCloseTo(0.4 * 0.0246458496852 / 3, within(1e-12));
    }

    @Test
    void theSchemeIsPrintedWithItsSourceAmongTheParameters() {
        RiskParameters p = RiskParameters.defaults().withRiskSharing(RiskSharing.Scheme.ZHONGSHAN);
        @SuppressWarnings("unchecked")
        java.util.Map<String, Object> m = (java.util.Map<String, Object>) p.toMap().get("riskSharing");
        assertThat(m).containsEntry("id", "zhongshan").containsEntry("appraiser", 0.04);
        assertThat((String) m.get("source")).contains("54 : 26 : 16 : 4");
        assertThat(p.sources().get("riskSharing")).isEqualTo(Text.of("risk.sharing.source.zhongshan"));
    }
}
