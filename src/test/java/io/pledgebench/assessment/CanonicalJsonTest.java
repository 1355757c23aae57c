package io.pledgebench.assessment;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CanonicalJsonTest {

    @Test
    void keysAreSortedWhateverTheMapAndValuesAreWrittenExactly() {
        Map<String, Object> a = new LinkedHashMap<>();
        a.put("b", 1.5);
        a.put("a", List.of("x\"y\n", true));
        a.put("c", null);
        a.put("d", new BigDecimal("1E+3"));
        Map<String, Object> b = new HashMap<>(a);
        assertThat(CanonicalJson.write(a)).isEqualTo("{\"a\":[\"x\\\"y\\n\",true],\"b\":1.5,\"c\":null,\"d\":1000}")
                .isEqualTo(CanonicalJson.write(b));
        assertThatThrownBy(() -> CanonicalJson.write(Map.of("x", Double.NaN))).hasMessageContaining("NaN");
    }

    @Test
    void theStreamedHashIsTheHashOfTheWholeText() throws Exception {
        List<Object> big = new ArrayList<>();
        for (int i = 0; i < 5000; i++) {
            big.add(Map.of("n", i, "t", "专利 " + i + " \uD83D\uDE00 é"));
        }
        Map<String, Object> tree = Map.of("patents", big);
        byte[] expected = MessageDigest.getInstance("SHA-256")
                .digest(CanonicalJson.write(tree).getBytes(StandardCharsets.UTF_8));
        assertThat(CanonicalJson.sha256(tree)).isEqualTo(HexFormat.of().formatHex(expected));
    }
}
