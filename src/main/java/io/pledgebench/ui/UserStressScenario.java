package io.pledgebench.ui;

import io.pledgebench.domain.PatentType;
import io.pledgebench.domain.Text;
import io.pledgebench.risk.StressScenario;
import javafx.beans.Observable;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableSet;

import java.util.EnumSet;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * One stress scenario the credit officer adds in Loan & risk, as typed: the same shocks as the command line's
 * {@code --stress NAME:value=…,pd=…,rate=…,lapse=…,top=…} (market value factor, PD multiplier, discount-rate shift
 * in percentage points, patent types that lapse, most valuable patents invalidated).
 */
public final class UserStressScenario {

    private final StringProperty name = new SimpleStringProperty(this, "name", "");
    private final StringProperty valueFactor = new SimpleStringProperty(this, "valueFactor", "1");
    private final StringProperty pdMultiplier = new SimpleStringProperty(this, "pdMultiplier", "1");
    private final StringProperty rateShift = new SimpleStringProperty(this, "rateShift", "0");
    private final StringProperty topInvalidated = new SimpleStringProperty(this, "topInvalidated", "0");
    private final ObservableSet<PatentType> lapse = FXCollections.observableSet(EnumSet.noneOf(PatentType.class));
    private final ReadOnlyObjectWrapper<Text> problem = new ReadOnlyObjectWrapper<>(this, "problem");

    UserStressScenario(String initialName) {
        name.set(initialName);
    }

    public StringProperty nameProperty() {
        return name;
    }

    /** Market values are multiplied by this (0.7 = a 30 % fall). */
    public StringProperty valueFactorProperty() {
        return valueFactor;
    }

    public StringProperty pdMultiplierProperty() {
        return pdMultiplier;
    }

    /** Added to the discount rates, in percentage points. */
    public StringProperty rateShiftProperty() {
        return rateShift;
    }

    public StringProperty topInvalidatedProperty() {
        return topInvalidated;
    }

    public ObservableSet<PatentType> lapse() {
        return lapse;
    }

    /** Why the last assessment refused this scenario; null when it was accepted. */
    public ReadOnlyObjectProperty<Text> problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** Everything an edit of this scenario changes. */
    Observable[] dependencies() {
        return new Observable[] {name, valueFactor, pdMultiplier, rateShift, topInvalidated, lapse};
    }

    void setProblem(Text t) {
        problem.set(t);
    }

    /** The scenario, or null with {@link #problemProperty()} saying which entry is wrong and why. */
    StressScenario toScenario(I18n i18n, Set<String> namesSoFar) {
        String n = name.get() == null ? "" : name.get().strip();
        if (n.isEmpty()) {
            return refuse(Text.of("ui.stress.invalid.name"));
        }
        if (!namesSoFar.add(n)) {
            return refuse(Text.of("ui.stress.invalid.duplicate", n));
        }
        OptionalDouble value = i18n.parseNumber(valueFactor.get());
        if (value.isEmpty() || !(value.getAsDouble() >= 0)) {
            return refuse(Text.of("ui.stress.invalid.value", n, valueFactor.get()));
        }
        OptionalDouble pd = i18n.parseNumber(pdMultiplier.get());
        if (pd.isEmpty() || !(pd.getAsDouble() > 0)) {
            return refuse(Text.of("ui.stress.invalid.pd", n, pdMultiplier.get()));
        }
        OptionalDouble rate = i18n.parseNumber(rateShift.get());
        if (rate.isEmpty() || !Double.isFinite(rate.getAsDouble()) || Math.abs(rate.getAsDouble()) >= 100) {
            return refuse(Text.of("ui.stress.invalid.rate", n, rateShift.get()));
        }
        OptionalDouble top = i18n.parseNumber(topInvalidated.get());
        if (top.isEmpty() || top.getAsDouble() < 0 || top.getAsDouble() != Math.rint(top.getAsDouble())
                || top.getAsDouble() > Integer.MAX_VALUE) {
            return refuse(Text.of("ui.stress.invalid.top", n, topInvalidated.get()));
        }
        problem.set(null);
        // The same identity as the command line's --stress, so a saved assessment reads the same either way.
        return new StressScenario("user:" + n, n, value.getAsDouble(), pd.getAsDouble(), rate.getAsDouble() / 100,
                lapse, (int) top.getAsDouble());
    }

    private StressScenario refuse(Text why) {
        problem.set(why);
        return null;
    }
}
