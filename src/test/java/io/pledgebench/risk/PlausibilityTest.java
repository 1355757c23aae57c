package io.pledgebench.risk;

import io.pledgebench.domain.Enterprise;
import io.pledgebench.domain.Text;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A request above revenue or total assets is flagged (SPEC revision 2, "Plausibility"). Oracle: issue 12 item 14 —
 * a request of 500亿 (5e10) from the sample enterprise of sample-portfolios/cn-tech-sme (revenue 8,650万 = 8.65e7,
 * total assets 12,380万 = 1.238e8) still showed grade B.
 */
class PlausibilityTest {

    static Enterprise sample() {
        return new Enterprise("深圳市芯联智感科技有限公司", null, null, 11.0, new BigDecimal("86500000"),
                new BigDecimal("12400000"), new BigDecimal("123800000"), new BigDecimal("59600000"), null, null,
                null, 0, null);
    }

    @Test
    void fiftyBillionAgainstRevenueOf86_5MillionIsFlaggedAndNotedAsAbsurd() {
        List<Plausibility.Finding> f = Plausibility.check(5e10, sample());
        assertThat(f).extracting(Plausibility.Finding::code).containsExactly(Plausibility.Code.ABOVE_REVENUE,
                Plausibility.Code.ABOVE_TOTAL_ASSETS, Plausibility.Code.ABSURD);
        assertThat(Plausibility.flagged(f)).isTrue();
        // 5e10 / 8.65e7 = 578.03 times revenue; 5e10 / 1.238e8 = 403.88 times total assets
        Text revenue = f.get(0).text();
        assertThat(revenue.english()).isEqualTo("The requested loan 50,000,000,000 exceeds the enterprise's annual"
                + " revenue 86,500,000 (578.03×)");
        assertThat(revenue.chinese()).contains("50,000,000,000", "86,500,000", "578.03倍");
        assertThat(f.get(1).text().english()).contains("123,800,000", "403.88×");
        assertThat(f.get(2).text().english()).contains("is 578.03× the enterprise's annual revenue", "unit");
        assertThat(f.get(2).text().chinese()).contains("是企业年营业收入的578.03倍", "万元");
    }

    @Test
    void aRequestWithinRevenueAndAssetsPasses() {
        assertThat(Plausibility.check(10_000_000, sample())).isEmpty();
        // above revenue but below total assets: flagged once, not absurd
        List<Plausibility.Finding> f = Plausibility.check(100_000_000, sample());
        assertThat(f).extracting(Plausibility.Finding::code).containsExactly(Plausibility.Code.ABOVE_REVENUE);
    }

    @Test
    void missingFiguresAreNotedNotAssumed() {
        List<Plausibility.Finding> f = Plausibility.check(5e10, null);
        assertThat(f).extracting(Plausibility.Finding::code).containsExactly(Plausibility.Code.REVENUE_UNKNOWN,
                Plausibility.Code.TOTAL_ASSETS_UNKNOWN);
        assertThat(Plausibility.flagged(f)).isFalse();
        assertThat(f.get(0).text().chinese()).contains("营业收入");
    }
}
