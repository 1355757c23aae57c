package io.pledgebench;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Every user-visible string exists in English and Simplified Chinese, and each bundle is non-empty. */
class BundlesTest {

    @Test
    void everyEnglishKeyHasAChineseTranslationAndViceVersa() throws IOException {
        Path dir = Path.of("src/main/resources/i18n");
        try (Stream<Path> files = Files.list(dir)) {
            for (Path en : (Iterable<Path>) files.filter(f -> f.getFileName().toString().endsWith("_en.properties"))::iterator) {
                Path zh = dir.resolve(en.getFileName().toString().replace("_en.properties", "_zh_CN.properties"));
                assertThat(zh).as("Chinese bundle beside %s", en).exists();
                Properties e = load(en);
                Properties z = load(zh);
                assertThat(e).as(en.toString()).isNotEmpty();
                assertThat(new TreeSet<>(z.stringPropertyNames())).as("keys of %s", zh)
                        .isEqualTo(new TreeSet<>(e.stringPropertyNames()));
                for (String k : z.stringPropertyNames()) {
                    assertThat(z.getProperty(k)).as("%s in %s", k, zh).isNotBlank();
                }
            }
        }
    }

    private static Properties load(Path p) throws IOException {
        Properties props = new Properties();
        try (InputStream in = Files.newInputStream(p)) {
            props.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return props;
    }
}
