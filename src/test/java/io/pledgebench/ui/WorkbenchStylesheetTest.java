package io.pledgebench.ui;

import javafx.css.CssParser;
import javafx.css.Stylesheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The workbench's stylesheet ships twice: as text ({@code workbench.css}, what is edited) and in JavaFX's binary form
 * beside it ({@code workbench.bss}, made by the build with JavaFX's own converter), which JavaFX reads instead of the
 * text when it finds it next to the stylesheet a scene names, sparing the FX thread the CSS parser before the first
 * frame (ADR 0024). The binary must be exactly what the converter makes of the current text, or the window would
 * show an older style.
 */
class WorkbenchStylesheetTest {

    @TempDir
    Path dir;

    @Test
    void theBinaryStylesheetIsTheConvertersOutputOfTheCurrentText() throws Exception {
        URL css = Workbench.class.getResource("workbench.css");
        URL bss = Workbench.class.getResource("workbench.bss");
        assertThat(css).as("workbench.css on the class path").isNotNull();
        assertThat(bss).as("workbench.bss beside it (made by the build's process-classes phase, see pom.xml)")
                .isNotNull();
        // the text the build converted is the text in the sources
        assertThat(read(css)).isEqualTo(Files.readAllBytes(
                Path.of("src", "main", "resources", "io", "pledgebench", "ui", "workbench.css")));

        Path text = dir.resolve("workbench.css");
        Files.write(text, read(css));
        Path converted = dir.resolve("workbench.bss");
        Stylesheet.convertToBinary(text.toFile(), converted.toFile());
        assertThat(read(bss)).as("workbench.bss is the converter's output of workbench.css")
                .isEqualTo(Files.readAllBytes(converted));

        // and it holds the same rules, declaration for declaration, as the text parsed
        Stylesheet fromText = new CssParser().parse(css);
        Stylesheet fromBinary = Stylesheet.loadBinary(bss);
        assertThat(fromBinary.getRules()).hasSize(fromText.getRules().size()).hasSizeGreaterThan(20);
        for (int i = 0; i < fromText.getRules().size(); i++) {
            var t = fromText.getRules().get(i);
            var b = fromBinary.getRules().get(i);
            assertThat(b.getSelectors()).as("selectors of rule %d", i).isEqualTo(t.getSelectors());
            assertThat(b.getDeclarations()).as("declarations of %s", t.getSelectors())
                    .isNotEmpty().isEqualTo(t.getDeclarations());
        }
    }

    @Test
    void aFileDraggedOverThePortfoliosScreenStillGetsADashedFrame() throws Exception {
        Fx.startToolkit();
        javafx.scene.layout.Border border = Fx.call(() -> {
            javafx.scene.layout.StackPane root = new javafx.scene.layout.StackPane();
            javafx.scene.Scene scene = new javafx.scene.Scene(root, 200, 100);
            Workbench.useTheme();
            scene.getStylesheets().add(Workbench.class.getResource("workbench.css").toExternalForm());
            root.getStylesheets().add(PortfoliosView.DROP_TARGET_CSS);
            root.getStyleClass().add("drop-target");
            root.applyCss();
            return root.getBorder();
        });
        assertThat(border).isNotNull();
        assertThat(border.getStrokes()).singleElement().satisfies(s -> {
            // the constant itself: JavaFX draws its dashes to fit the sides, which no 'segments(…)' reproduces
            assertThat(s.getTopStyle()).isSameAs(javafx.scene.layout.BorderStrokeStyle.DASHED);
            assertThat(s.getWidths().getTop()).isEqualTo(2.0);
            assertThat(s.getTopStroke()).isNotEqualTo(javafx.scene.paint.Color.BLACK);
        });
    }

    private static byte[] read(URL url) throws java.io.IOException {
        try (InputStream in = url.openStream()) {
            return in.readAllBytes();
        }
    }
}
