package io.pledgebench.ui;

import io.pledgebench.app.ValuationRates;
import io.pledgebench.app.ValuationRates.Rate;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.util.EnumMap;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.function.Function;

/**
 * The workbench's current valuation rates, typed as percents: one entry per {@link Rate}, shared by the Valuation
 * screen and Loan &amp; risk (and filled by a chosen parameter set), so an edit on either screen is the value both
 * value with. {@link #ratesProperty()} is the entries read as one {@link ValuationRates} (null while one is not a
 * percentage from 0 to 100).
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

    /** The engine's default rates in the entries. */
    public void reset() {
        show(ValuationRates.defaults());
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
