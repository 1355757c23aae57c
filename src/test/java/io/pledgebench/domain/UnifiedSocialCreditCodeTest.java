package io.pledgebench.domain;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class UnifiedSocialCreditCodeTest {

    /** Codes of listed companies as published on their business licences (GB 32100-2015 check character). */
    @ParameterizedTest
    @ValueSource(strings = {"914403001922038216", "9144030071526726XG", "91330100716105852F"})
    void acceptsPublishedCodes(String code) {
        assertThat(UnifiedSocialCreditCode.problem(code)).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"914403001922038217", "91440300192203821", "9144030019220382I6"})
    void rejectsWrongCodesWithReason(String code) {
        assertThat(UnifiedSocialCreditCode.problem(code)).isNotNull().contains(code);
    }
}
