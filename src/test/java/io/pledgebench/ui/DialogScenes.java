package io.pledgebench.ui;

import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.stage.Window;

import java.nio.file.Files;
import java.nio.file.Path;

/** Test helpers for the workbench's own dialogs (a window of their own): find one, look into it, shoot it. */
final class DialogScenes {

    private DialogScenes() {
    }

    /** The scene of the window, among those showing, that holds {@code selector}, once there is one. */
    static Scene showing(String selector) throws Exception {
        Fx.await(() -> Window.getWindows().stream().anyMatch(w -> w.getScene() != null
                && w.getScene().lookup(selector) != null));
        return Fx.call(() -> Window.getWindows().stream().map(Window::getScene)
                .filter(s -> s != null && s.lookup(selector) != null).findFirst().orElseThrow());
    }

    /** The node of {@code scene} that matches {@code selector}, once it is laid out. */
    @SuppressWarnings("unchecked")
    static <T extends Node> T in(Scene scene, String selector) throws Exception {
        Fx.await(() -> scene.lookup(selector) != null);
        return (T) Fx.call(() -> scene.lookup(selector));
    }

    /** {@code scene} as {@code target/screenshots/NAME.png}. */
    static void screenshot(Scene scene, String name) throws Exception {
        Path out = Path.of("target/screenshots").resolve(name + ".png");
        Files.createDirectories(out.getParent());
        var image = Fx.call(() -> scene.snapshot(null));
        javax.imageio.ImageIO.write(javafx.embed.swing.SwingFXUtils.fromFXImage(image, null), "png", out.toFile());
    }
}
