package io.pledgebench.ui;

import io.pledgebench.app.ValuationRates;
import io.pledgebench.app.ValuationRates.Rate;
import io.pledgebench.app.SetParameters;
import io.pledgebench.app.ValuationSettings;
import io.pledgebench.assessment.AssessmentInputs;
import io.pledgebench.assessment.AssessmentParameters;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.util.EnumMap;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.function.Function;

/**
 * The workbench's current valuation parameters, one object shared by the Valuation screen and Loan &amp; risk (and
 * filled by a chosen parameter set), so an edit on either screen is the value both value with (ADR 0017, ADR 0025):
 * the eight rates typed as percents, one entry per {@link Rate}; the valuation's settings (revenue growth, mid-year
 * discounting, tax amortisation benefit, market factor correlation, hazard switch: {@link ValuationSettings}); the
 * Monte Carlo paths and seed; and a chosen set's values of {@link SetParameters} (hazards, economic lives, method
 * weights, royalties, ...). {@link #parameters} is the one place both screens build the engine's parameters from them.
 * {@link #ratesProperty()} is the entries read as one {@link ValuationRates} (null while one is not a percentage from
 * 0 to 100).
 */
public final class ValuationRateEntries {

    /** The entries read: the rates, or the first entry that is not one with why, in the user's language. */
    public record Reading(ValuationRates rates, Rate invalid, String problem) {
        public boolean ok() {
            return rates != null;
        }
    }

    private final I18n i18n;
    private final Map<Rate, StringProperty> entries = new EnumMap<>(Rate.class);
    private final ReadOnlyObjectWrapper<ValuationRates> rates = new ReadOnlyObjectWrapper<>(this, "rates");
    /** Revenue growth per year, typed in percent. */
    private final StringProperty revenueGrowth = new SimpleStringProperty(this, "revenueGrowth", "");
    /** Market factor correlation, typed as a number from 0 to 1. */
    private final StringProperty correlation = new SimpleStringProperty(this, "correlation", "");
    private final StringProperty paths = new SimpleStringProperty(this, "paths", "");
    private final StringProperty seed = new SimpleStringProperty(this, "seed", "");
    private final BooleanProperty midYear = new SimpleBooleanProperty(this, "midYear");
    private final BooleanProperty taxAmortisation = new SimpleBooleanProperty(this, "taxAmortisation");
    private final BooleanProperty hazard = new SimpleBooleanProperty(this, "hazard");
    /** A chosen set's values of the parameters of {@link SetParameters}, by name (empty: the engine's defaults). */
    private final ObjectProperty<Map<String, Double>> setValues = new SimpleObjectProperty<>(this, "setValues", Map.of());

    /** The settings read: the settings, or the first entry that is not one (its name) with why. */
    public record SettingsReading(ValuationSettings settings, String invalid, String problem) {
        public boolean ok() {
            return settings != null;
        }
    }

    public ValuationRateEntries(I18n i18n) {
        this.i18n = i18n;
        for (Rate r : Rate.values()) {
            StringProperty p = new SimpleStringProperty(this, r.name(), "");
            entries.put(r, p);
        }
        show(ValuationRates.defaults());
        for (StringProperty p : entries.values()) {
            p.addListener((o, was, now) -> rates.set(read(null).rates()));
        }
        rates.set(read(null).rates());
        showSettings(ValuationSettings.defaults());
        paths.set(Integer.toString(AssessmentInputs.DEFAULT_PATHS));
        seed.set("1");
    }

    /** Revenue growth per year, a percent as typed. */
    public StringProperty revenueGrowth() {
        return revenueGrowth;
    }

    /** The Monte Carlo market factor correlation as typed (0 to 1). */
    public StringProperty correlation() {
        return correlation;
    }

    /** The Monte Carlo paths as typed. */
    public StringProperty paths() {
        return paths;
    }

    /** The Monte Carlo seed as typed. */
    public StringProperty seed() {
        return seed;
    }

    public BooleanProperty midYearProperty() {
        return midYear;
    }

    public BooleanProperty taxAmortisationProperty() {
        return taxAmortisation;
    }

    public BooleanProperty hazardProperty() {
        return hazard;
    }

    /** A chosen set's values of {@link SetParameters}, by name; empty: the engine's defaults. */
    public ObjectProperty<Map<String, Double>> setValuesProperty() {
        return setValues;
    }

    /** Puts {@code s} into the settings' entries. */
    public void showSettings(ValuationSettings s) {
        revenueGrowth.set(i18n.editable(s.revenueGrowth() * 100));
        correlation.set(i18n.editable(s.correlation()));
        midYear.set(s.midYear());
        taxAmortisation.set(s.taxAmortisationBenefit());
        hazard.set(s.hazard());
    }

    /**
     * Reads the settings' entries; a problem names the entry (by {@code labelKey} of its name, {@code REVENUE_GROWTH}
     * or {@code CORRELATION}), and what was typed.
     */
    public SettingsReading readSettings(Function<String, String> labelKey) {
        OptionalDouble growth = i18n.parseNumber(revenueGrowth.get());
        if (growth.isEmpty()) {
            return new SettingsReading(null, "REVENUE_GROWTH",
                    i18n.get("ui.valuation.notANumber", i18n.get(labelKey.apply("REVENUE_GROWTH"))));
        }
        if (!(growth.getAsDouble() > -100) || !Double.isFinite(growth.getAsDouble())) {
            return new SettingsReading(null, "REVENUE_GROWTH", i18n.get("ui.valuation.growthRange",
                    i18n.get(labelKey.apply("REVENUE_GROWTH")), revenueGrowth.get()));
        }
        OptionalDouble rho = i18n.parseNumber(correlation.get());
        if (rho.isEmpty()) {
            return new SettingsReading(null, "CORRELATION",
                    i18n.get("ui.valuation.notANumber", i18n.get(labelKey.apply("CORRELATION"))));
        }
        if (!(rho.getAsDouble() >= 0 && rho.getAsDouble() <= 1)) {
            return new SettingsReading(null, "CORRELATION", i18n.get("ui.valuation.correlationRange",
                    i18n.get(labelKey.apply("CORRELATION")), correlation.get()));
        }
        return new SettingsReading(new ValuationSettings(growth.getAsDouble() / 100, midYear.get(),
                taxAmortisation.get(), rho.getAsDouble(), hazard.get()), null, "");
    }

    /**
     * {@code base} with the rates, the settings and the chosen set's values: the one place the Valuation screen and
     * the assessment build the engine's parameters from the workbench's current state.
     */
    public AssessmentParameters parameters(AssessmentParameters base, ValuationRates r, ValuationSettings s) {
        AssessmentParameters withRates = base.withValuation(r.applyTo(base.valuation()));
        return SetParameters.apply(s.applyTo(withRates), setValues.get());
    }

    /** Every entry and switch, so a screen can listen to all it values with. */
    public java.util.List<javafx.beans.value.ObservableValue<?>> dependencies() {
        java.util.List<javafx.beans.value.ObservableValue<?>> all = new java.util.ArrayList<>(entries.values());
        all.addAll(java.util.List.of(revenueGrowth, correlation, paths, seed, midYear, taxAmortisation, hazard,
                setValues));
        return all;
    }

    /** The entry of {@code r}, a percent as typed. */
    public StringProperty entry(Rate r) {
        return entries.get(r);
    }

    /** The entries as one set of rates; null while an entry is not a percentage from 0 to 100. */
    public ReadOnlyObjectProperty<ValuationRates> ratesProperty() {
        return rates.getReadOnlyProperty();
    }

    /** Puts {@code r} into the entries, as percents in the user's language. */
    public void show(ValuationRates r) {
        for (Rate rate : Rate.values()) {
            entries.get(rate).set(i18n.editable(rate.of(r) * 100));
        }
    }

    /** The engine's default rates and settings in the entries, and no set's values. */
    public void reset() {
        show(ValuationRates.defaults());
        showSettings(ValuationSettings.defaults());
        setValues.set(Map.of());
    }

    /**
     * Reads the entries; a problem names the entry (by {@code labelKey}, as the screen asking labels it), the range
     * (0 to 100 %) and what was typed ({@code labelKey} null: no problem is worded).
     */
    public Reading read(Function<Rate, String> labelKey) {
        Map<Rate, Double> v = new EnumMap<>(Rate.class);
        for (Rate r : Rate.values()) {
            String text = entries.get(r).get();
            OptionalDouble d = i18n.parseNumber(text);
            String label = labelKey == null ? "" : i18n.get(labelKey.apply(r), "");
            if (text == null || text.isBlank()) {
                return new Reading(null, r, labelKey == null ? "" : i18n.get("ui.assessment.missing", label));
            }
            if (d.isEmpty()) {
                return new Reading(null, r, labelKey == null ? "" : i18n.get("ui.valuation.notANumber", label));
            }
            double fraction = d.getAsDouble() / 100;
            if (!(fraction >= ValuationRates.LOWEST && fraction <= ValuationRates.HIGHEST)) {
                return new Reading(null, r, labelKey == null ? ""
                        : i18n.get("ui.parameterSets.percentRange", label, text));
            }
            v.put(r, fraction);
        }
        return new Reading(ValuationRates.of(v), null, "");
    }
}
