package io.pledgebench.io;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.pledgebench.domain.Owner;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The owners column is written with Jackson's streaming generator; stored rows are sealed by their text, so it must be
 * exactly what the object mapper wrote for a list of {@code {name, share}} maps before.
 */
class OwnersJsonTest {

    @Test
    void theStoredTextIsWhatTheObjectMapperWrites() throws Exception {
        List<List<Owner>> cases = List.of(
                List.of(new Owner("Example Sensors Ltd", null)),
                List.of(new Owner("深圳市示例科技有限公司", 0.5), new Owner("清华大学", 0.5)),
                List.of(new Owner("A \"quoted\" \\ back\tslash\u0001\u001f/€", 1.0 / 3), new Owner("B", 2.0 / 3)),
                List.of(new Owner("Tiny", 1e-5), new Owner("Rest", 1 - 1e-5)),
                List.of(new Owner("Emoji 😀 and \u2028 separator", 1.0)),
                List.of());
        ObjectMapper mapper = new ObjectMapper();
        for (List<Owner> owners : cases) {
            List<Map<String, Object>> maps = new ArrayList<>();
            for (Owner o : owners) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("name", o.name());
                if (o.share() != null) {
                    m.put("share", o.share());
                }
                maps.add(m);
            }
            assertThat(StorageLimits.ownersJson(owners)).isEqualTo(mapper.writeValueAsString(maps));
        }
    }
}
