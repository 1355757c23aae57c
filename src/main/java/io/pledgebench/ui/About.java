package io.pledgebench.ui;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Help → About: the version, and the third-party software and data shipped with the workbench, with licences. */
final class About {

    static final String NOTICES = "/legal/THIRD-PARTY.txt";

    private About() {
    }

    static void show(DialogService dialogs, I18n i18n) {
        dialogs.showText(i18n.get("ui.about.title"), i18n.get("ui.about.message", Wiring.appVersion()), notices());
    }

    /** The notices bundled in the jar; their absence is a packaging error, so it is reported as such. */
    static String notices() {
        try (InputStream in = About.class.getResourceAsStream(NOTICES)) {
            if (in == null) {
                throw new IllegalStateException("the third-party notices " + NOTICES + " are missing from the build");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the third-party notices: " + e.getMessage(), e);
        }
    }
}
