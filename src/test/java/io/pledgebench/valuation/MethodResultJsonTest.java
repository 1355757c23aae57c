package io.pledgebench.valuation;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Parameters and inputs of every method serialise with a plain Jackson mapper (reports and stored assessments). */
class MethodResultJsonTest {

    @Test
    void parametersAndInputsAreJsonReady() throws Exception {
        ValuationParameters par = ValuationParameters.defaults().toBuilder().realOptionInvestmentRatio(0.5).build();
        PatentValuation v = new ValuationEngine(par, ValuationFixtures.comparables())
                .value(ValuationFixtures.invention().build(), ValuationFixtures.enterprise(), ValuationFixtures.AS_OF);
        ObjectMapper plain = new ObjectMapper();
        for (MethodResult m : v.methods()) {
            assertThat(m.applied()).as(m.methodId()).isTrue();
            assertThat(plain.writeValueAsString(m.parameters())).isNotEmpty();
            assertThat(plain.writeValueAsString(m.inputs())).isNotEmpty();
        }
        assertThat(plain.writeValueAsString(v.method(MarketComparablesMethod.ID).orElseThrow().inputs()))
                .contains("\"reference\":\"T1\"").contains("\"date\":\"2022-01-01\"");
        assertThat(plain.writeValueAsString(par.asMap())).contains("\"riskFreeRate\":0.025");
    }
}
