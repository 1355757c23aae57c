package io.pledgebench.domain;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Issue 15, item 4: a name cannot pass for another person through invisible or look-alike characters. */
class PersonNameTest {

    @Test
    void plainNamesPassStrippedInEveryScript() {
        assertThat(PersonName.check("  Alice Zhang ")).isEqualTo("Alice Zhang");
        assertThat(PersonName.check("张伟")).isEqualTo("张伟");
        assertThat(PersonName.check("José Müller")).isEqualTo("José Müller");
    }

    @Test
    void controlZeroWidthAndBidiCharactersAreRefusedNamingTheCharacter() {
        for (String cp : new String[] {"200B", "200C", "200D", "2060", "FEFF", "202E", "2066", "000A", "000D", "0085",
                "2028", "00AD", "3164", "FE0F"}) {
            String name = "alice" + Character.toString(Integer.parseInt(cp, 16)) + "x";
            assertThatThrownBy(() -> PersonName.check(name)).as(cp).isInstanceOf(RefusedInputException.class)
                    .hasMessageContaining("U+" + cp);
        }
    }

    @Test
    void namesThatChangeUnderNfkcAreRefusedWithThePlainForm() {
        assertThatThrownBy(() -> PersonName.check("ａｌｉｃｅ")).hasMessageContaining("'alice'");
        assertThatThrownBy(() -> PersonName.check("ﬁona")).hasMessageContaining("'fiona'");
        assertThatThrownBy(() -> PersonName.check("Bob\u3000Li")).hasMessageContaining("'Bob Li'");
    }

    @Test
    void comparisonIgnoresCaseWidthAndInvisibleCharactersOfStoredNames() {
        assertThat(PersonName.comparisonKey("alice\u200b")).isEqualTo(PersonName.comparisonKey("ALICE"));
        assertThat(PersonName.comparisonKey("ａｌｉｃｅ")).isEqualTo(PersonName.comparisonKey("Alice"));
        assertThat(PersonName.comparisonKey("alice")).isNotEqualTo(PersonName.comparisonKey("alicia"));
        // Unicode Default_Ignorable_Code_Point beyond the format characters: Khmer inherent vowels (an attacker's probe)
        assertThat(PersonName.comparisonKey("alice\u17b4")).isEqualTo(PersonName.comparisonKey("alice"));
        assertThat(PersonName.comparisonKey("alice\u17b5")).isEqualTo(PersonName.comparisonKey("alice"));
        assertThatThrownBy(() -> PersonName.check("alice\u17b4")).hasMessageContaining("17B4");
    }

    @Test
    void refusalsAreInBothLanguages() {
        RefusedInputException e = org.junit.jupiter.api.Assertions.assertThrows(RefusedInputException.class,
                () -> PersonName.check("a\u200bb"));
        assertThat(e.text().chinese()).contains("U+200B").contains("不可见");
    }
}
