package io.pledgebench.domain;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PatentNumberTest {

    /**
     * Worked examples of the CNIPA check digit (weights 2…9, 2…5, mod 11, 10 = X) as published with the
     * numbering rules: 201710601862.3, 97101765.4 and 95115608.X (9·2+5·3+1·4+1·5+5·6+6·7+0·8+8·9 = 186,
     * 186 mod 11 = 10 → X).
     */
    @ParameterizedTest
    @CsvSource({"201710601862,3", "97101765,4", "95115608,X"})
    void cnCheckDigitMatchesPublishedExamples(String digits, char check) {
        assertThat(PatentNumber.cnCheckDigit(digits)).isEqualTo(check);
    }

    @ParameterizedTest
    @CsvSource({
            "'ZL 2017 1 0601862.3', CN201710601862.3",
            "ZL201710601862.3, CN201710601862.3",
            "CN201710601862.3, CN201710601862.3",
            "201710601862.3, CN201710601862.3",
            "'ZL95115608.x', CN95115608.X",
            "'US 11,234,567 B2', US11234567",
            "US-11557320-B1, US11557320",
            "USD645062, USD645062",
            "USRE28436, USRE28436",
            "USPP03823, USPP03823",
            "US06103599, US6103599",
            "EP1000000B1, EP1000000",
            "'EP 1 000 000 B1', EP1000000",
            "EP99203729.6, EP99203729.6",
            "CN112345678B, CN112345678",
            "ＣＮ２０１７１０６０１８６２．３, CN201710601862.3"
    })
    void normalisesTheUsualForms(String raw, String canonical) {
        assertThat(PatentNumber.parse(raw).canonical()).isEqualTo(canonical);
    }

    @Test
    void keepsKindCodeApart() {
        PatentNumber n = PatentNumber.parse("US 11,234,567 B2");
        assertThat(n.kind()).isEqualTo("B2");
        assertThat(n.withKind()).isEqualTo("US11234567B2");
    }

    @Test
    void rejectsWrongCheckDigitNamingTheExpectedOne() {
        assertThatThrownBy(() -> PatentNumber.parse("ZL201710601862.4"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("check digit 4").hasMessageContaining("give 3");
    }

    @Test
    void rejectsMissingCheckDigit() {
        assertThatThrownBy(() -> PatentNumber.parse("ZL201710601862"))
                .hasMessageContaining("lacks its check digit (expected .3)");
    }

    @Test
    void rejectsNumberWithoutOffice() {
        assertThatThrownBy(() -> PatentNumber.parse("11234567")).hasMessageContaining("no office code");
        assertThat(PatentNumber.parse("11234567", "US").canonical()).isEqualTo("US11234567");
    }

    @Test
    void impliesTypeFromCnApplicationTypeDigit() {
        assertThat(PatentNumber.parse("201710601862.3").impliedType()).contains(PatentType.INVENTION);
        String um = "202120123456";
        assertThat(PatentNumber.parse(um + "." + PatentNumber.cnCheckDigit(um)).impliedType())
                .contains(PatentType.UTILITY_MODEL);
        assertThat(PatentNumber.parse("USD645062").impliedType()).contains(PatentType.DESIGN);
    }
}
