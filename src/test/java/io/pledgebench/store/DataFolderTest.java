package io.pledgebench.store;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The data folder follows HOME (review 13b: with {@code HOME=/tmp/rev13b/home} the logs still went to
 * {@code /root/.pledgebench/logs}, because Java's {@code user.home} comes from the password database).
 */
class DataFolderTest {

    private static Properties props(String userHome, String override) {
        Properties p = new Properties();
        p.setProperty("user.home", userHome);
        if (override != null) {
            p.setProperty(DataFolder.PROPERTY, override);
        }
        return p;
    }

    @Test
    void homeFromTheEnvironmentComesBeforeJavasUserHome() {
        Path root = Path.of("/root").toAbsolutePath();
        Path trial = Path.of("/tmp/trial").toAbsolutePath();
        assertThat(DataFolder.location(Map.of("HOME", trial.toString()), props(root.toString(), null)))
                .isEqualTo(trial.resolve(".pledgebench"));
        assertThat(DataFolder.location(Map.of(), props(root.toString(), null))).isEqualTo(root.resolve(".pledgebench"));
    }

    @Test
    void anEmptyOrRelativeHomeIsNotUsedAndTheExplicitPropertyWins() {
        Path root = Path.of("/root").toAbsolutePath();
        assertThat(DataFolder.location(Map.of("HOME", ""), props(root.toString(), null))).isEqualTo(root.resolve(".pledgebench"));
        assertThat(DataFolder.location(Map.of("HOME", "relative/home"), props(root.toString(), null)))
                .isEqualTo(root.resolve(".pledgebench"));
        assertThat(DataFolder.location(Map.of("HOME", "/tmp/trial"), props(root.toString(), "/srv/pb")))
                .isEqualTo(Path.of("/srv/pb"));
    }
}
