package io.pledgebench.cli;

import io.pledgebench.domain.Text;

import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * Whether the workbench can open a window here, decided before JavaFX is started (JavaFX on Linux ends a start
 * without a display with a stack trace, "Unable to open DISPLAY"). Decided from the environment and the system
 * properties it is given, so that a test decides it without a display.
 */
final class GraphicalDisplay {

    private GraphicalDisplay() {
    }

    /**
     * Why no window can be opened, or empty when one can: Windows and macOS always have a display; JavaFX's Monocle
     * platform (the tests' headless one) needs none; elsewhere (Linux, BSD) GTK needs an X11 or Wayland display named
     * by {@code DISPLAY} or {@code WAYLAND_DISPLAY}.
     */
    static Optional<Text> missing(Map<String, String> environment, Properties properties) {
        String os = properties.getProperty("os.name", "");
        if (os.startsWith("Windows") || os.startsWith("Mac")) {
            return Optional.empty();
        }
        if ("Monocle".equalsIgnoreCase(properties.getProperty("glass.platform", ""))) {
            return Optional.empty();
        }
        if (!isBlank(environment.get("DISPLAY")) || !isBlank(environment.get("WAYLAND_DISPLAY"))) {
            return Optional.empty();
        }
        return Optional.of(Text.of("cli.gui.noDisplay.env"));
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
