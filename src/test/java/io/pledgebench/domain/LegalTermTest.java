package io.pledgebench.domain;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class LegalTermTest {

    private static LocalDate d(String s) {
        return LocalDate.parse(s);
    }

    @Test
    void cnInventionTwentyYearsFromFiling() {
        assertThat(LegalTerm.statutoryExpiry("CN", PatentType.INVENTION, d("2015-03-10"), d("2018-01-02")))
                .contains(d("2035-03-10"));
    }

    @Test
    void cnUtilityModelTenYears() {
        assertThat(LegalTerm.statutoryExpiry("CN", PatentType.UTILITY_MODEL, d("2019-07-01"), null))
                .contains(d("2029-07-01"));
    }

    /** CN Patent Law as amended 2020, art. 42, in force 2021-06-01: designs filed from then get 15 years. */
    @Test
    void cnDesignTermChangedOn2021June1() {
        assertThat(LegalTerm.statutoryExpiry("CN", PatentType.DESIGN, d("2021-05-31"), null)).contains(d("2031-05-31"));
        assertThat(LegalTerm.statutoryExpiry("CN", PatentType.DESIGN, d("2021-06-01"), null)).contains(d("2036-06-01"));
    }

    /** 35 U.S.C. 154(c): applications pending on 1995-06-08 get the longer of 17 y from grant and 20 y from filing. */
    @Test
    void usPreUraaTakesLongerTerm() {
        // expired under the old law before 1995-06-08: 17 years from grant
        assertThat(LegalTerm.statutoryExpiry("US", PatentType.INVENTION, d("1972-11-14"), d("1974-12-31")))
                .contains(d("1991-12-31"));
        // in force on 1995-06-08: the later of 17 y from grant (2006-03-07) and 20 y from filing (2007-01-10)
        assertThat(LegalTerm.statutoryExpiry("US", PatentType.INVENTION, d("1987-01-10"), d("1989-03-07")))
                .contains(d("2007-01-10"));
        assertThat(LegalTerm.statutoryExpiry("US", PatentType.INVENTION, d("1990-01-10"), d("1994-03-07")))
                .contains(d("2011-03-07"));
        assertThat(LegalTerm.statutoryExpiry("US", PatentType.INVENTION, d("2020-01-15"), d("2023-10-31")))
                .contains(d("2040-01-15"));
    }

    /** 35 U.S.C. 173: 15 years from grant for designs filed on or after 2015-05-13, 14 before. */
    @Test
    void usDesignFromGrant() {
        assertThat(LegalTerm.statutoryExpiry("US", PatentType.DESIGN, d("2009-08-14"), d("2011-05-17")))
                .contains(d("2025-05-17"));
        assertThat(LegalTerm.statutoryExpiry("US", PatentType.DESIGN, d("2016-01-04"), d("2017-02-07")))
                .contains(d("2032-02-07"));
    }

    @Test
    void overrideWins() {
        Patent p = Patent.builder(PatentNumber.parse("US11234567"), PatentType.INVENTION, LegalStatus.VALID)
                .filingDate(d("2020-01-15")).expiryDate(d("2041-03-01")).build();
        assertThat(p.legalExpiry()).contains(d("2041-03-01"));
    }

    @Test
    void remainingYearsIsZeroAfterExpiry() {
        assertThat(LegalTerm.remainingYears(d("2020-01-01"), d("2021-01-01"))).isZero();
        assertThat(LegalTerm.remainingYears(d("2031-01-01"), d("2021-01-01"))).isCloseTo(10.0, org.assertj.core.data.Offset.offset(0.01));
    }
}
