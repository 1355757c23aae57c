package io.pledgebench.ui;

import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.concurrent.Task;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

import java.util.EnumMap;
import java.util.Map;

/** Controller of MainWindow.fxml: menus, navigation, the screen area and the status bar. */
public final class MainWindowView {

    private final Workbench workbench;
    private final Wiring wiring;
    private final I18n i18n;
    private final Map<ScreenId, ToggleButton> navButtons = new EnumMap<>(ScreenId.class);

    @FXML private Menu viewMenu;
    @FXML private MenuItem importFileItem;
    @FXML private MenuItem importFolderItem;
    @FXML private VBox nav;
    @FXML private StackPane content;
    @FXML private Label taskLabel;
    @FXML private ProgressBar taskProgress;
    @FXML private Button cancelTask;
    @FXML private Label databaseLabel;

    MainWindowView(Workbench workbench, Wiring wiring) {
        this.workbench = workbench;
        this.wiring = wiring;
        this.i18n = wiring.i18n();
    }

    @FXML
    private void initialize() {
        ToggleGroup group = new ToggleGroup();
        int digit = 1;
        for (ScreenId s : ScreenId.values()) {
            ToggleButton b = new ToggleButton(i18n.get(s.titleKey()));
            b.setToggleGroup(group);
            b.setMaxWidth(Double.MAX_VALUE);
            b.getStyleClass().add("nav-button");
            b.setId("nav-" + s.name().toLowerCase(java.util.Locale.ROOT));
            b.setOnAction(e -> workbench.navigate(s));
            navButtons.put(s, b);
            nav.getChildren().add(b);
            MenuItem item = new MenuItem(i18n.get(s.titleKey()));
            item.setAccelerator(new KeyCodeCombination(KeyCode.getKeyCode(Integer.toString(digit++)),
                    KeyCombination.SHORTCUT_DOWN));
            item.setOnAction(e -> workbench.navigate(s));
            viewMenu.getItems().add(item);
        }
        // A toggle in a navigation bar may not be switched off by clicking it again.
        group.selectedToggleProperty().addListener((o, was, now) -> {
            if (now == null && was != null) {
                group.selectToggle(was);
            }
        });
        workbench.screenProperty().addListener((o, was, now) -> show(now));
        navButtons.get(workbench.screenProperty().get()).setSelected(true);
        workbench.setMainView(this);

        importFileItem.disableProperty().bind(wiring.portfolios().readyProperty().not());
        importFolderItem.disableProperty().bind(wiring.portfolios().readyProperty().not());

        wiring.tasks().running().addListener((ListChangeListener<Task<?>>) c -> updateStatus());
        updateStatus();
        databaseLabel.textProperty().bind(Bindings.createStringBinding(() -> wiring.databaseProperty().get() == null
                        ? i18n.get("ui.status.databaseOpening")
                        : i18n.get("ui.status.database", wiring.databaseProperty().get().file()),
                wiring.databaseProperty()));
    }

    void showCurrentScreen() {
        show(workbench.screenProperty().get());
    }

    private void show(ScreenId s) {
        content.getChildren().setAll(workbench.view(s));
        navButtons.get(s).setSelected(true);
    }

    private void updateStatus() {
        var running = wiring.tasks().running();
        taskLabel.textProperty().unbind();
        taskProgress.progressProperty().unbind();
        if (running.isEmpty()) {
            taskLabel.setText(i18n.get("ui.status.ready"));
            taskProgress.setVisible(false);
            cancelTask.setVisible(false);
            cancelTask.setOnAction(null);
            return;
        }
        Task<?> latest = running.get(running.size() - 1);
        int others = running.size() - 1;
        taskLabel.textProperty().bind(Bindings.createStringBinding(() -> {
            String m = latest.getMessage();
            String s = m == null || m.isBlank() ? latest.getTitle() : latest.getTitle() + " — " + m;
            return others == 0 ? s : i18n.get("ui.status.andMore", s, others);
        }, latest.titleProperty(), latest.messageProperty()));
        taskProgress.progressProperty().bind(latest.progressProperty());
        taskProgress.setVisible(true);
        cancelTask.setVisible(true);
        cancelTask.setOnAction(e -> latest.cancel());
    }

    @FXML
    private void importFile() {
        workbench.navigate(ScreenId.PORTFOLIOS);
        wiring.portfolios().chooseAndImportFile();
    }

    @FXML
    private void importFolder() {
        workbench.navigate(ScreenId.PORTFOLIOS);
        wiring.portfolios().chooseAndImportFolder();
    }

    @FXML
    private void exit() {
        workbench.stage().close();
        Platform.exit();
    }

    @FXML
    private void about() {
        String version = MainWindowView.class.getPackage().getImplementationVersion();
        wiring.dialogs().showInformation(i18n.get("ui.about.title"),
                i18n.get("ui.about.message", version == null ? "dev" : version));
    }
}
