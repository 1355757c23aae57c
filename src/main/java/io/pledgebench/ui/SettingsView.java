package io.pledgebench.ui;

import javafx.fxml.FXML;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;

import java.util.Locale;

/** Controller of SettingsView.fxml. */
public final class SettingsView {

    private final SettingsViewModel vm;
    private final I18n i18n;

    @FXML private ComboBox<Locale> language;
    @FXML private Label databaseInUse;
    @FXML private Label databaseNextStart;

    SettingsView(SettingsViewModel vm, I18n i18n) {
        this.vm = vm;
        this.i18n = i18n;
    }

    @FXML
    private void initialize() {
        language.getItems().setAll(SettingsViewModel.LANGUAGES);
        language.setCellFactory(l -> new LanguageCell());
        language.setButtonCell(new LanguageCell());
        language.setValue(vm.languageProperty().get());
        // The language change rebuilds this view, so a one-way hand-over is enough.
        language.valueProperty().addListener((o, was, now) -> vm.languageProperty().set(now));
        databaseInUse.textProperty().bind(vm.databaseInUseProperty());
        databaseNextStart.textProperty().bind(vm.databaseNextStartProperty());
    }

    @FXML
    private void chooseDatabase() {
        vm.chooseDatabaseFolder();
    }

    @FXML
    private void defaultDatabase() {
        vm.useDatabase(null);
    }

    /** Each language in its own script, so a reader of either can find theirs. */
    private static final class LanguageCell extends ListCell<Locale> {
        @Override
        protected void updateItem(Locale l, boolean empty) {
            super.updateItem(l, empty);
            setText(empty || l == null ? null : l.getDisplayName(l));
        }
    }
}
