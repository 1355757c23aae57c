package io.pledgebench.ui;

import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import org.junit.jupiter.api.Test;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** Help → About shows the version and the bundled third-party notices. */
class AboutTest {

    @Test
    void helpAboutShowsTheVersionAndTheThirdPartyNotices() throws Exception {
        try (WorkbenchFixture app = WorkbenchFixture.start(Locale.ENGLISH)) {
            MenuBar bar = app.lookup(".menu-bar");
            MenuItem about = Fx.call(() -> bar.getMenus().stream().flatMap(m -> m.getItems().stream())
                    .filter(i -> "menuAbout".equals(i.getId())).findFirst().orElseThrow());
            Fx.run(about::fire);
            assertThat(app.dialogs.informations).singleElement().asString()
                    .startsWith("PledgeBench " + Wiring.appVersion() + "\n");
            assertThat(app.dialogs.texts).singleElement().asString()
                    .startsWith("PledgeBench — third-party software and data shipped with it")
                    .contains("org.openjfx:javafx-base").contains("com.h2database:h2 2.3.232 — MPL-2.0 or EPL-1.0");
        }
    }
}
