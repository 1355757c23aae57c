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
    private final TaskExecutor tasks;
    private final ObjectProperty<Locale> language = new SimpleObjectProperty<>(this, "language");
    private final ReadOnlyStringWrapper databaseInUse = new ReadOnlyStringWrapper(this, "databaseInUse");
    private final ReadOnlyStringWrapper databaseNextStart = new ReadOnlyStringWrapper(this, "databaseNextStart");

    /** Shortest password accepted for a new encrypted database; the file key is derived from it alone. */
    static final int MINIMUM_PASSWORD_LENGTH = 8;

    public SettingsViewModel(I18n i18n, UiPreferences preferences, DialogService dialogs, TaskExecutor tasks,
                             String databaseInUse) {
        this.i18n = i18n;
        this.tasks = tasks;
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
    /**
     * The default parameters as a tree of maps and lists; the sources the engine prints in English (the liquidation
     * sources, the risk-sharing scheme's) are given as texts, so the tree shows them in the screen's language.
     */
    @SuppressWarnings("unchecked")
    public java.util.Map<String, Object> defaultParameters() {
        io.pledgebench.assessment.AssessmentParameters defaults = io.pledgebench.assessment.AssessmentParameters.defaults();
        java.util.Map<String, Object> m = defaults.toMap();
        if (m.get("risk") instanceof java.util.Map<?, ?> risk) {
            java.util.Map<String, Object> r = new java.util.LinkedHashMap<>((java.util.Map<String, Object>) risk);
            if (r.containsKey("sources")) {
                r.put("sources", new java.util.LinkedHashMap<String, Object>(defaults.risk().sources()));
            }
            if (r.get("riskSharing") instanceof java.util.Map<?, ?> sharing) {
                java.util.Map<String, Object> sh = new java.util.LinkedHashMap<>((java.util.Map<String, Object>) sharing);
                if (sh.containsKey("source")) {
                    sh.put("source", defaults.risk().riskSharing().source());
                }
                r.put("riskSharing", sh);
            }
            m = new java.util.LinkedHashMap<>(m);
            m.put("risk", r);
        }
        return m;
    }

    /** Parameters of the tree held as fractions (shown as percentages), by their own name wherever they are. */
    private static final java.util.Set<String> FRACTIONS = java.util.Set.of("riskFreeRate", "technologyRiskPremium",
            "marketRiskPremium", "capitalRiskPremium", "managementRiskPremium", "discountRateShift", "discountRate",
            "taxRate", "salesShare", "profitShare", "shareDecay", "revenueGrowth", "costIndexRate", "priceIndexRate",
            "realOptionVolatility", "shareOfTotalAssets", "requiredReturn", "fireSaleDiscount", "disposalCost",
            "maximumDiversificationHaircut", "lgdFloor", "supervisoryLgd", "fundingRate", "hurdleRate",
            "operatingCostRate", "irbPdFloor", "maximumExpectedLossRate", "compensationFund", "insurer", "guarantor",
            "bank", "shareOfPrincipal", "liquidationShareOfMarketValue");
    /** Groups of the tree whose every number is a fraction (royalty rates, hazards, weights, advance-rate ranges). */
    private static final java.util.Set<String> FRACTION_GROUPS = java.util.Set.of("royaltyRanges", "hazardPerYear",
            "methodWeights", "ranges", "dimensions", "indicators");

    /**
     * Whether the number at {@code path} (the names from the tree's top to the number) is a fraction, which Settings
     * shows as a percentage in the user's language (0.0995 as 9.95 %), as it is typed on every screen.
     */
    public static boolean isFraction(List<String> path) {
        if (path.isEmpty()) {
            return false;
        }
        if (FRACTIONS.contains(path.get(path.size() - 1))) {
            return true;
        }
        return path.stream().anyMatch(FRACTION_GROUPS::contains);
    }

    public void chooseDatabaseFolder() {
        dialogs.chooseFolder(i18n.get("ui.settings.database.choose"), preferences.database()
                        .map(p -> p.toAbsolutePath().getParent()).orElse(null))
                .ifPresent(folder -> useDatabase(folder.resolve("pledgebench")));
    }

    /**
     * Uses {@code db} from the next start; null means the default location. A path that is no plain file path (it
     * holds {@code ;} or {@code =}, which H2 would read as settings) is refused with the reason and not saved.
     */
    public void useDatabase(Path db) {
        try {
            preferences.setDatabase(db);
        } catch (io.pledgebench.domain.RefusedInputException e) {
            dialogs.showError(i18n.get("ui.error.database"), e.text().render(i18n.locale()), e);
            return;
        }
        updateNextStart();
    }

    /**
     * Creates a new AES-encrypted database in a folder the user chooses, with a password typed twice, and uses it
     * from the next start (which asks for the password). An existing database is never touched. Returns the
     * creating task, or null when nothing was created.
     */
    public javafx.concurrent.Task<Path> createEncryptedDatabase() {
        String title = i18n.get("ui.settings.encrypted.title");
        java.util.Optional<Path> folder = dialogs.chooseFolder(title, preferences.database()
                .map(p -> p.toAbsolutePath().getParent()).orElse(null));
        if (folder.isEmpty()) {
            return null;
        }
        Path base = folder.get().resolve("pledgebench");
        if (java.nio.file.Files.exists(Path.of(base.toAbsolutePath() + ".mv.db"))) {
            dialogs.showInformation(title, i18n.get("ui.settings.encrypted.exists", folder.get()));
            return null;
        }
        char[] password = dialogs.askPassword(title, i18n.get("ui.settings.encrypted.password",
                MINIMUM_PASSWORD_LENGTH)).orElse(null);
        if (password == null) {
            return null;
        }
        char[] repeated = password.length < MINIMUM_PASSWORD_LENGTH ? null
                : dialogs.askPassword(title, i18n.get("ui.settings.encrypted.repeat")).orElse(null);
        boolean same = repeated != null && java.util.Arrays.equals(password, repeated);
        if (repeated != null) {
            java.util.Arrays.fill(repeated, '\0');
        }
        if (!same) {
            java.util.Arrays.fill(password, '\0');
            if (password.length < MINIMUM_PASSWORD_LENGTH) {
                dialogs.showInformation(title, i18n.get("ui.settings.encrypted.short", MINIMUM_PASSWORD_LENGTH));
            } else if (repeated != null) {
                dialogs.showInformation(title, i18n.get("ui.settings.encrypted.mismatch"));
            }
            return null;
        }
        javafx.concurrent.Task<Path> task = new javafx.concurrent.Task<>() {
            @Override
            protected Path call() {
                updateTitle(title);
                try {
                    io.pledgebench.store.Database.open(base, password).close();
                    return base;
                } finally {
                    java.util.Arrays.fill(password, '\0');
                }
            }
        };
        task.setOnSucceeded(e -> {
            useDatabase(base);
            dialogs.showInformation(title, i18n.get("ui.settings.encrypted.created", base.toAbsolutePath()));
        });
        task.setOnFailed(e -> dialogs.showError(i18n.get("ui.settings.encrypted.failed"),
                task.getException().getMessage(), task.getException()));
        return tasks.run(task);
    }

    /**
     * Uses the team database at {@code address} from the next start; the password is asked for then. An address that
     * is not one, or holds a password, is refused with the reason and not saved.
     */
    public void useTeamDatabase(String address) {
        try {
            preferences.setTeamDatabase(address);
        } catch (io.pledgebench.domain.RefusedInputException e) {
            dialogs.showError(i18n.get("ui.error.database"), e.text().render(i18n.locale()), e);
            return;
        }
        updateNextStart();
    }

    private void updateNextStart() {
        if (preferences.teamDatabase().isPresent()) {
            databaseNextStart.set(preferences.teamDatabase().get().display());
            return;
        }
        databaseNextStart.set(preferences.database()
                .map(p -> p.toAbsolutePath().toString())
                .orElseGet(() -> io.pledgebench.store.Database.defaultLocation().toAbsolutePath().toString()));
    }
}
