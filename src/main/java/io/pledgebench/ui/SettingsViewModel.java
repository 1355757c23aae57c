package io.pledgebench.ui;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Settings: the language (applied at once, the views reload) and the database file (used from the next start,
 * because the open database holds a lock and every screen reads from it).
 */
public final class SettingsViewModel {

    public static final List<Locale> LANGUAGES = List.of(I18n.supported(Locale.ENGLISH), I18n.supported(Locale.CHINESE));

    private final I18n i18n;
    private final UiPreferences preferences;
    private final DialogService dialogs;
    private final ObjectProperty<Locale> language = new SimpleObjectProperty<>(this, "language");
    private final ReadOnlyStringWrapper databaseInUse = new ReadOnlyStringWrapper(this, "databaseInUse");
    private final ReadOnlyStringWrapper databaseNextStart = new ReadOnlyStringWrapper(this, "databaseNextStart");

    public SettingsViewModel(I18n i18n, UiPreferences preferences, DialogService dialogs, String databaseInUse) {
        this.i18n = i18n;
        this.preferences = preferences;
        this.dialogs = dialogs;
        this.databaseInUse.set(databaseInUse);
        language.set(i18n.locale());
        language.addListener((o, was, now) -> {
            if (now != null && !now.equals(i18n.locale())) {
                preferences.setLanguage(now);
                i18n.setLocale(now);
            }
        });
        updateNextStart();
    }

    public ObjectProperty<Locale> languageProperty() {
        return language;
    }

    public ReadOnlyStringProperty databaseInUseProperty() {
        return databaseInUse.getReadOnlyProperty();
    }

    /** The database the next start will open: the chosen file, or the default in the user's data folder. */
    public ReadOnlyStringProperty databaseNextStartProperty() {
        return databaseNextStart.getReadOnlyProperty();
    }

    /** Every default parameter of the assessment (valuation, simulation, scoring, eligibility, risk, stress). */
    public java.util.Map<String, Object> defaultParameters() {
        return io.pledgebench.assessment.AssessmentParameters.defaults().toMap();
    }

    public void chooseDatabaseFolder() {
        dialogs.chooseFolder(i18n.get("ui.settings.database.choose"), preferences.database()
                        .map(p -> p.toAbsolutePath().getParent()).orElse(null))
                .ifPresent(folder -> useDatabase(folder.resolve("pledgebench")));
    }

    /** Uses {@code db} from the next start; null means the default location. */
    public void useDatabase(Path db) {
        preferences.setDatabase(db);
        updateNextStart();
    }

    private void updateNextStart() {
        databaseNextStart.set(preferences.database()
                .map(p -> p.toAbsolutePath().toString())
                .orElseGet(() -> io.pledgebench.store.Database.defaultLocation().toAbsolutePath().toString()));
    }
}
