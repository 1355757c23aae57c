package io.pledgebench.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class CalcRiskCommandsTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return PledgeBenchCommand.execute(new PrintWriter(out), new PrintWriter(err), args);
    }

    private JsonNode json() throws Exception {
        return JsonOutput.mapper().readTree(out.toString());
    }

    @Test
    void irbPrintsTheBaselAnnex5RiskWeight() throws Exception {
        // Basel II (June 2006) Annex 5: corporate, PD 1 %, LGD 45 %, M 2.5 → 92.32 %; SME turnover € 5 m → 72.40 %.
        assertThat(run("calc", "irb", "--pd", "0.01", "--lgd", "0.45", "--maturity", "2.5")).isEqualTo(0);
        JsonNode j = json();
        assertThat(j.get("riskWeight").asDouble()).isCloseTo(0.9232, within(0.0001));
        assertThat(j.get("capitalK").asDouble()).isCloseTo(0.9232 / 12.5, within(0.00001));
        assertThat(j.has("correlation")).isTrue();
        assertThat(j.has("maturityAdjustment")).isTrue();
        out.getBuffer().setLength(0);
        assertThat(run("calc", "irb", "--pd", "0.01", "--lgd", "0.45", "--maturity", "2.5", "--sales-meur", "5")).isEqualTo(0);
        assertThat(json().get("riskWeight").asDouble()).isCloseTo(0.7240, within(0.0001));
    }

    @Test
    void irbRefusesPdOutsideTheOpenUnitInterval() {
        assertThat(run("calc", "irb", "--pd", "1.2", "--lgd", "0.45", "--maturity", "2.5")).isEqualTo(2);
        assertThat(err.toString()).contains("PD").contains("1.2");
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void liquidationValue() throws Exception {
        assertThat(run("calc", "liquidation", "--market-value", "10000000", "--fire-sale-discount", "0.4",
                "--disposal-cost", "0.1", "--years-to-sell", "2", "--discount-rate", "0.08")).isEqualTo(0);
        assertThat(json().get("value").asDouble()).isCloseTo(10_000_000 * 0.6 * 0.9 / (1.08 * 1.08), within(1e-6));
    }

    @Test
    void liquidationRefusesANegativeMarketValue() {
        assertThat(run("calc", "liquidation", "--market-value", "-5", "--fire-sale-discount", "0.4",
                "--disposal-cost", "0.1", "--years-to-sell", "2", "--discount-rate", "0.08")).isEqualTo(2);
        assertThat(err.toString()).contains("market value");
    }

    @Test
    void expectedLoss() throws Exception {
        assertThat(run("calc", "expected-loss", "--pd", "0.02", "--lgd", "0.45", "--ead", "1000000")).isEqualTo(0);
        assertThat(json().get("expectedLoss").asDouble()).isCloseTo(9000, within(1e-9));
        assertThat(run("calc", "expected-loss", "--pd", "0", "--lgd", "0.45", "--ead", "1")).isEqualTo(2);
    }

    @Test
    void hhiAndEffectiveNumber() throws Exception {
        assertThat(run("calc", "hhi", "--values", "30,30,20,20")).isEqualTo(0);
        assertThat(json().get("hhi").asDouble()).isCloseTo(0.26, within(1e-12));
        assertThat(json().get("effectiveNumber").asDouble()).isCloseTo(1 / 0.26, within(1e-9));
        assertThat(run("calc", "hhi", "--values", "1,abc")).isEqualTo(2);
        assertThat(run("calc", "hhi", "--values", "0,0")).isEqualTo(2);
    }
}
