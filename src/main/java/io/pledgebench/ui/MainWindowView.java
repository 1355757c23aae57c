package io.pledgebench.ui;

import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.concurrent.Task;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.MenuBar;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Separator;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
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

/**
 * The main window: menus, navigation, the screen area and the status bar. Built in code rather than FXML because
 * it is the first frame: FXMLLoader's start-up cost would land on the time to the first window.
 */
public final class MainWindowView {

    private final Workbench workbench;
    private final Wiring wiring;
    private final I18n i18n;
    private final Map<ScreenId, ToggleButton> navButtons = new EnumMap<>(ScreenId.class);

    private final Menu viewMenu = new Menu();
    private final MenuItem importFileItem = new MenuItem();
    private final MenuItem importFolderItem = new MenuItem();
    private final VBox nav = new VBox(2);
    private final StackPane content = new StackPane();
    private final Label taskLabel = new Label();
    /** Made when the first task runs: a progress bar's skin and animation are not needed for the first frame. */
    private ProgressBar taskProgress;
    private HBox statusBar;
    private final Button cancelTask = new Button();
    private final Label databaseLabel = new Label();

    MainWindowView(Workbench workbench, Wiring wiring) {
        this.workbench = workbench;
        this.wiring = wiring;
        this.i18n = wiring.i18n();
    }

    /** Builds the window's content in the current language. */
    Parent build() {
        BorderPane root = new BorderPane();
        root.getStyleClass().add("main-window");
        root.setTop(menuBar());
        nav.getStyleClass().add("nav");
        nav.setPrefWidth(205);
        nav.setAccessibleText(i18n.get("ui.nav.label"));
        Label title = new Label(i18n.get("ui.app.name"));
        title.getStyleClass().add("nav-title");
        nav.getChildren().add(title);
        root.setLeft(nav);
        content.getStyleClass().add("content");
        content.setId("screenArea");
        // the first frame says which screen is on its way; the screen replaces this on the next pulse
        Label opening = new Label(i18n.get("ui.screen.opening", i18n.get(workbench.screenProperty().get().titleKey())));
        opening.setId("screenOpening");
        opening.getStyleClass().add("text-muted");
        content.getChildren().add(opening);
        root.setCenter(content);
        root.setBottom(statusBar());
        initialize();
        return root;
    }

    private MenuBar menuBar() {
        Menu file = new Menu(i18n.get("ui.menu.file"));
        importFileItem.setText(i18n.get("ui.menu.importFile"));
        importFileItem.setAccelerator(KeyCombination.keyCombination("Shortcut+O"));
        importFileItem.setOnAction(e -> importFile());
        importFolderItem.setText(i18n.get("ui.menu.importFolder"));
        importFolderItem.setAccelerator(KeyCombination.keyCombination("Shortcut+Shift+O"));
        importFolderItem.setOnAction(e -> importFolder());
        MenuItem report = new MenuItem(i18n.get("ui.menu.report"));
        report.setId("menuReport");
        report.setAccelerator(KeyCombination.keyCombination("Shortcut+P"));
        report.setOnAction(e -> openReport());
        MenuItem exit = new MenuItem(i18n.get("ui.menu.exit"));
        exit.setAccelerator(KeyCombination.keyCombination("Shortcut+Q"));
        exit.setOnAction(e -> exit());
        file.getItems().addAll(importFileItem, importFolderItem, new SeparatorMenuItem(), report, new SeparatorMenuItem(),
                exit);
        viewMenu.setText(i18n.get("ui.menu.view"));
        Menu help = new Menu(i18n.get("ui.menu.help"));
        MenuItem about = new MenuItem(i18n.get("ui.menu.about"));
        about.setId("menuAbout");
        about.setOnAction(e -> about());
        help.getItems().add(about);
        MenuBar bar = new MenuBar(file, viewMenu, help);
        bar.setUseSystemMenuBar(true);
        return bar;
    }

    private HBox statusBar() {
        taskLabel.setId("taskLabel");
        taskLabel.setMinWidth(100);
        taskLabel.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(taskLabel, Priority.ALWAYS);
        cancelTask.setText(i18n.get("ui.status.cancel"));
        cancelTask.setId("taskCancel");
        cancelTask.getStyleClass().add("small");
        databaseLabel.setId("databaseLabel");
        databaseLabel.getStyleClass().add("text-muted");
        HBox bar = new HBox(10, taskLabel, cancelTask, new Separator(Orientation.VERTICAL), databaseLabel);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("status-bar");
        statusBar = bar;
        return bar;
    }

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
            // Ctrl+1 … Ctrl+9, and Ctrl+0 for the tenth screen as a keyboard's digit row runs
            if (digit <= 10) {
                item.setAccelerator(new KeyCodeCombination(KeyCode.getKeyCode(Integer.toString(digit % 10)),
                        KeyCombination.SHORTCUT_DOWN));
            }
            digit++;
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

        // the import items wait for the database (opened after the first frame): the Portfolios view model and
        // the store classes it brings are not loaded before the first frame (showCurrentScreen binds them)
        if (!importFileItem.disableProperty().isBound()) {
            importFileItem.setDisable(true);
            importFolderItem.setDisable(true);
        }

        wiring.tasks().running().addListener((ListChangeListener<Task<?>>) c -> updateStatus());
        wiring.databaseProperty().addListener((o, was, now) -> updateStatus());
        wiring.databaseProblemProperty().addListener((o, was, now) -> updateStatus());
        updateStatus();
        databaseLabel.textProperty().bind(Bindings.createStringBinding(() -> wiring.databaseProperty().get() != null
                        ? wiring.databaseProperty().get().isTeam() ? signedIn(wiring.databaseProperty().get())
                        : i18n.get("ui.status.database", wiring.databaseProperty().get().file())
                        : wiring.databaseProblemProperty().get().isEmpty() ? i18n.get("ui.status.databaseOpening")
                        : wiring.databaseProblemProperty().get(),
                wiring.databaseProperty(), wiring.databaseProblemProperty()));
    }

    /** Shows the current screen; called once the first frame is on screen (and again after a language switch). */
    void showCurrentScreen() {
        if (!importFileItem.disableProperty().isBound()) {
            importFileItem.disableProperty().bind(wiring.portfolios().readyProperty().not());
            importFolderItem.disableProperty().bind(wiring.portfolios().readyProperty().not());
        }
        show(workbench.screenProperty().get());
    }

    private void show(ScreenId s) {
        content.getChildren().setAll(workbench.view(s));
        navButtons.get(s).setSelected(true);
    }

    private void updateStatus() {
        var running = wiring.tasks().running();
        taskLabel.textProperty().unbind();
        if (taskProgress != null) {
            taskProgress.progressProperty().unbind();
        }
        if (running.isEmpty()) {
            // not "Ready" while the database is still to open (the right of the bar says so)
            boolean opening = wiring.databaseProperty().get() == null && wiring.databaseProblemProperty().get().isEmpty();
            taskLabel.setText(opening ? "" : i18n.get("ui.status.ready"));
            if (taskProgress != null) {
                taskProgress.setVisible(false);
            }
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
        if (taskProgress == null) {
            taskProgress = new ProgressBar();
            taskProgress.setPrefWidth(160);
            taskProgress.setAccessibleText(i18n.get("ui.status.progress"));
            statusBar.getChildren().add(1, taskProgress);
        }
        taskProgress.progressProperty().bind(latest.progressProperty());
        taskProgress.setVisible(true);
        cancelTask.setVisible(true);
        cancelTask.setOnAction(e -> latest.cancel());
    }

    private void importFile() {
        workbench.navigate(ScreenId.PORTFOLIOS);
        wiring.portfolios().chooseAndImportFile();
    }

    private void importFolder() {
        workbench.navigate(ScreenId.PORTFOLIOS);
        wiring.portfolios().chooseAndImportFolder();
    }

    /** The Report screen; with the current assessment's report when it shows nothing yet. */
    private void openReport() {
        if (wiring.report().sourceProperty().get() == null) {
            wiring.report().showCurrent();
        }
        workbench.navigate(ScreenId.REPORT);
    }

    private void exit() {
        workbench.stage().close();
        Platform.exit();
    }

    private void about() {
        About.show(wiring.dialogs(), i18n);
    }

    /** "Team database … — signed in as NAME (role)": who the database records as the author of every change. */
    private String signedIn(io.pledgebench.store.Database db) {
        String role = switch (db.teamRole().orElse("owner")) {
            case "officer" -> i18n.get("ui.team.role.officer");
            case "reviewer" -> i18n.get("ui.team.role.reviewer");
            case "admin" -> i18n.get("ui.team.role.admin");
            case "auditor" -> i18n.get("ui.team.role.auditor");
            default -> i18n.get("ui.team.role.owner");
        };
        return i18n.get("ui.status.team", db.describe(), db.login().orElse(""), role);
    }
}
