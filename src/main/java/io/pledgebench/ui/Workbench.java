package io.pledgebench.ui;

import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.fxml.FXMLLoader;
import javafx.geometry.Rectangle2D;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Screen;
import javafx.stage.Stage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.Map;

/**
 * The main window: builds it from FXML in the current language, rebuilds it when the language changes
 * (view models, and so the user's data and selections, survive), remembers its bounds, and opens the
 * database once the first frame has been drawn.
 */
public final class Workbench {

    private static final double DEFAULT_WIDTH = 1280;
    private static final double DEFAULT_HEIGHT = 800;

    private final Wiring wiring;
    private final ObjectProperty<ScreenId> screen =
            new SimpleObjectProperty<>(this, "screen", ScreenId.PORTFOLIOS);
    private final Map<ScreenId, Parent> loaded = new EnumMap<>(ScreenId.class);
    private MainWindowView main;
    private boolean firstFrameShown;
    private Stage stage;

    public Workbench(Wiring wiring) {
        this.wiring = wiring;
    }

    /** Shows the window; the database opens in the background after the first frame. */
    public void show(Stage stage) {
        this.stage = stage;
        wiring.setWindow(stage);
        wiring.setNavigator(this::navigate);
        useTheme();
        Scene scene = new Scene(loadMainWindow(), DEFAULT_WIDTH, DEFAULT_HEIGHT);
        scene.getStylesheets().add(Workbench.class.getResource("workbench.css").toExternalForm());
        stage.setScene(scene);
        stage.setTitle(wiring.i18n().get("ui.app.title"));
        restoreBounds(stage);
        stage.setOnHiding(e -> saveBounds(stage));
        wiring.i18n().localeProperty().addListener((o, was, now) -> reload());
        scene.addPostLayoutPulseListener(new Runnable() {
            @Override
            public void run() {
                scene.removePostLayoutPulseListener(this);
                // The first frame (menus, navigation, status bar) is on screen: only now build the first screen
                // and start the database work, so the window appears as fast as a blank one.
                javafx.application.Platform.runLater(() -> {
                    firstFrameShown = true;
                    main.showCurrentScreen();
                    wiring.openDatabase();
                });
            }
        });
        stage.show();
    }

    /**
     * Makes AtlantaFX's Primer Light the theme unless it already is ({@link App#init()} sets it early, so that the FX
     * thread reads it while the launcher thread still works); JavaFX reads it on the FX thread.
     */
    static void useTheme() {
        String theme = new PrimerLight().getUserAgentStylesheetBSS();
        if (!theme.equals(Application.getUserAgentStylesheet())) {
            Application.setUserAgentStylesheet(theme);
        }
    }

    public ObjectProperty<ScreenId> screenProperty() {
        return screen;
    }

    public void navigate(ScreenId s) {
        screen.set(s);
    }

    /** The view of {@code s} in the current language, loaded once per language. */
    Parent view(ScreenId s) {
        return loaded.computeIfAbsent(s, k -> load(k.fxml()));
    }

    Stage stage() {
        return stage;
    }

    void setMainView(MainWindowView view) {
        main = view;
        if (firstFrameShown) {
            main.showCurrentScreen();
        }
    }

    private Parent loadMainWindow() {
        loaded.clear();
        return new MainWindowView(this, wiring).build();
    }

    private void reload() {
        stage.setTitle(wiring.i18n().get("ui.app.title"));
        stage.getScene().setRoot(loadMainWindow());
    }

    private Parent load(String fxml) {
        FXMLLoader loader = new FXMLLoader(Workbench.class.getResource(fxml), wiring.i18n().bundle());
        loader.setControllerFactory(wiring::controller);
        try {
            Parent root = loader.load();
            Tables.placeholders(root, wiring.i18n().get("ui.table.empty"));
            return root;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load the view " + fxml + ": " + e.getMessage(), e);
        }
    }

    private void restoreBounds(Stage stage) {
        wiring.preferences().windowBounds().ifPresent(b -> {
            // Only restore where a screen still shows the window (a monitor may have been unplugged).
            if (!Screen.getScreensForRectangle(new Rectangle2D(b.x(), b.y(), b.width(), b.height())).isEmpty()) {
                stage.setX(b.x());
                stage.setY(b.y());
            }
            stage.setWidth(b.width());
            stage.setHeight(b.height());
            stage.setMaximized(b.maximized());
        });
    }

    private void saveBounds(Stage stage) {
        if (stage.isMaximized()) {
            wiring.preferences().windowBounds().ifPresentOrElse(
                    b -> wiring.preferences().setWindowBounds(new UiPreferences.WindowBounds(b.x(), b.y(), b.width(),
                            b.height(), true)),
                    () -> wiring.preferences().setWindowBounds(new UiPreferences.WindowBounds(stage.getX(), stage.getY(),
                            DEFAULT_WIDTH, DEFAULT_HEIGHT, true)));
        } else {
            wiring.preferences().setWindowBounds(new UiPreferences.WindowBounds(stage.getX(), stage.getY(),
                    stage.getWidth(), stage.getHeight(), false));
        }
    }
}
