package io.pledgebench.ui;

import io.pledgebench.domain.Portfolio;
import io.pledgebench.store.ComparableTransactionRepository;
import io.pledgebench.store.StoredPortfolio;
import io.pledgebench.valuation.MonteCarloResult;
import io.pledgebench.assessment.AssessmentParameters;
import io.pledgebench.valuation.MonteCarloSettings;
import io.pledgebench.valuation.MonteCarloSimulator;
import io.pledgebench.valuation.ValuationEngine;
import io.pledgebench.valuation.ValuationParameters;
import javafx.animation.PauseTransition;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableSet;
import javafx.concurrent.Task;
import javafx.util.Duration;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.function.Supplier;

/**
 * The Valuation screen: the engine's parameters and the Monte Carlo settings as the user edits them, a
 * recalculation 250 ms after the last edit (in the background, the previous run cancelled), and the results per
 * patent and for the portfolio. Rates are edited in percent.
 */
public final class ValuationViewModel {

    /** Debounce of recalculation after an edit. */
    public static final Duration DEBOUNCE = Duration.millis(250);

    /** The editable numbers; {@code percent} ones are typed in percent and passed on as decimals. */
    public enum Input {
        RISK_FREE(true), TECHNOLOGY_PREMIUM(true), MARKET_PREMIUM(true), CAPITAL_PREMIUM(true),
        MANAGEMENT_PREMIUM(true), TAX_RATE(true), PROFIT_SHARE(true), REVENUE_GROWTH(true), SHARE_DECAY(true),
        PATHS(false), SEED(false), CORRELATION(false), HORIZON_YEARS(false);

        private final boolean percent;

        Input(boolean percent) {
            this.percent = percent;
        }

        public boolean percent() {
            return percent;
        }

        /** The workbench's shared valuation rate this entry is, or null for an entry of this screen only. */
        public io.pledgebench.app.ValuationRates.Rate rate() {
            return java.util.Arrays.stream(io.pledgebench.app.ValuationRates.Rate.values())
                    .filter(r -> r.name().equals(name())).findFirst().orElse(null);
        }

        public String labelKey() {
            return "ui.valuation.input." + name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    private final ReadOnlyObjectProperty<StoredPortfolio> portfolio;
    /** The workbench's current valuation rates, shared with Loan &amp; risk. */
    private final ValuationRateEntries rates;
    /** Whether the result shown was computed from entries that have changed since (until the new one arrives). */
    private final ReadOnlyBooleanWrapper stale = new ReadOnlyBooleanWrapper(this, "stale");
    private final ReadOnlyObjectProperty<ComparableTransactionRepository> comparables;
    private final TaskExecutor tasks;
    private final I18n i18n;
    private final Map<Input, StringProperty> inputs = new EnumMap<>(Input.class);
    private final ObjectProperty<LocalDate> asOf = new SimpleObjectProperty<>(this, "asOf");
    private final ObservableSet<Input> invalid = FXCollections.observableSet();
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final ReadOnlyObjectWrapper<MonteCarloResult> result = new ReadOnlyObjectWrapper<>(this, "result");
    private final ReadOnlyBooleanWrapper calculating = new ReadOnlyBooleanWrapper(this, "calculating");
    private final ObservableList<ValuedPatent> patents = FXCollections.observableArrayList();
    private final ObjectProperty<ValuedPatent> selected = new SimpleObjectProperty<>(this, "selected");
    private final LatestRequest<MonteCarloResult> latest;

    public ValuationViewModel(ReadOnlyObjectProperty<StoredPortfolio> portfolio,
                              ReadOnlyObjectProperty<ComparableTransactionRepository> comparables, TaskExecutor tasks,
                              I18n i18n, Supplier<LocalDate> today) {
        this(portfolio, comparables, tasks, i18n, today, new ValuationRateEntries(i18n));
    }

    /**
     * @param rates the workbench's current valuation rates, shared with Loan &amp; risk: the eight rate entries here
     *              are its entries, so what is typed here is what the assessment values with
     */
    public ValuationViewModel(ReadOnlyObjectProperty<StoredPortfolio> portfolio,
                              ReadOnlyObjectProperty<ComparableTransactionRepository> comparables, TaskExecutor tasks,
                              I18n i18n, Supplier<LocalDate> today, ValuationRateEntries rates) {
        this.rates = rates;
        this.portfolio = portfolio;
        this.comparables = comparables;
        this.tasks = tasks;
        this.i18n = i18n;
        latest = new LatestRequest<>(tasks, DEBOUNCE, this::recalculate);
        calculating.bind(latest.runningProperty());
        // every entry but the horizon is the workbench's one state, shared with Loan & risk (ADR 0025)
        for (Input in : Input.values()) {
            inputs.put(in, in.rate() != null ? rates.entry(in.rate()) : switch (in) {
                case REVENUE_GROWTH -> rates.revenueGrowth();
                case CORRELATION -> rates.correlation();
                case PATHS -> rates.paths();
                case SEED -> rates.seed();
                default -> new SimpleStringProperty(this, in.name());
            });
        }
        asOf.set(today.get());
        inputs.get(Input.HORIZON_YEARS).set(i18n.editable(horizonOf(portfolio.get())));

        for (StringProperty p : inputs.values()) {
            p.addListener((o, was, now) -> edited());
        }
        for (javafx.beans.value.ObservableValue<?> o : rates.dependencies()) {
            if (!inputs.containsValue(o)) {
                // the switches and a chosen set's values
                o.addListener((x, was, now) -> edited());
            }
        }
        asOf.addListener((o, was, now) -> edited());
        result.addListener((o, was, now) -> stale.set(false));
        portfolio.addListener((o, was, now) -> {
            // another portfolio: the previous one's figures go at once, even if its valuation was cancelled
            latest.cancel();
            result.set(null);
            patents.clear();
            selected.set(null);
            error.set("");
            if (timeline == null) {
                inputs.get(Input.HORIZON_YEARS).set(i18n.editable(horizonOf(now)));
            }
            latest.later();
        });
    }

    /** An entry changed (here, or a shared rate on Loan &amp; risk): the result shown is out of date until recalculated. */
    private void edited() {
        if (result.get() != null) {
            stale.set(true);
        }
        latest.later();
    }

    /** Whether the result shown was computed with entries that have changed since; cleared when the new one arrives. */
    public ReadOnlyBooleanProperty staleProperty() {
        return stale.getReadOnlyProperty();
    }

    private ReadOnlyObjectProperty<io.pledgebench.domain.LoanTimeline> timeline;

    /**
     * Values on the loan's one timeline (Loan &amp; risk): its valuation date and the years from it to maturity as the
     * horizon; without a loan term, {@code valuationDate} and a one-year horizon.
     */
    public void followTimeline(ReadOnlyObjectProperty<io.pledgebench.domain.LoanTimeline> timeline,
                               javafx.beans.value.ObservableValue<LocalDate> valuationDate) {
        this.timeline = timeline;
        Runnable apply = () -> {
            io.pledgebench.domain.LoanTimeline t = timeline.get();
            asOf.set(t != null ? t.valuationDate() : valuationDate.getValue());
            inputs.get(Input.HORIZON_YEARS).set(i18n.editable(t != null ? t.yearsToMaturity() : 1.0));
        };
        timeline.addListener((o, was, now) -> apply.run());
        valuationDate.addListener((o, was, now) -> apply.run());
        apply.run();
    }

    /** The loan timeline the valuation follows (null: none, or not yet entered). */
    public io.pledgebench.domain.LoanTimeline timeline() {
        return timeline == null ? null : timeline.get();
    }

    /** The loan term when the portfolio carries a loan request, else one year. */
    private static double horizonOf(StoredPortfolio sp) {
        return sp != null && sp.portfolio().loan() != null ? sp.portfolio().loan().termYears() : 1.0;
    }

    public StringProperty input(Input in) {
        return inputs.get(in);
    }

    public BooleanProperty midYearProperty() {
        return rates.midYearProperty();
    }

    public BooleanProperty taxAmortisationProperty() {
        return rates.taxAmortisationProperty();
    }

    public BooleanProperty hazardProperty() {
        return rates.hazardProperty();
    }

    public ObjectProperty<LocalDate> asOfProperty() {
        return asOf;
    }

    /** Inputs that are not numbers; the view marks them. */
    public ObservableSet<Input> invalid() {
        return invalid;
    }

    /** Why the last edit could not be calculated (empty when it could). */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<MonteCarloResult> resultProperty() {
        return result.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty calculatingProperty() {
        return calculating.getReadOnlyProperty();
    }

    public ObservableList<ValuedPatent> patents() {
        return patents;
    }

    public ObjectProperty<ValuedPatent> selectedProperty() {
        return selected;
    }

    public ReadOnlyObjectProperty<StoredPortfolio> portfolioProperty() {
        return portfolio;
    }

    /** Recalculates now (the debounce calls this; the view's "Calculate" button too). */
    public void recalculate() {
        latest.cancel();
        StoredPortfolio sp = portfolio.get();
        if (sp == null || sp.portfolio().patents().isEmpty()) {
            result.set(null);
            patents.clear();
            error.set("");
            return;
        }
        Map<Input, Double> v = new EnumMap<>(Input.class);
        invalid.clear();
        for (Input in : Input.values()) {
            OptionalDouble d = i18n.parseNumber(inputs.get(in).get());
            if (d.isEmpty()) {
                invalid.add(in);
            } else {
                v.put(in, in.percent() ? d.getAsDouble() / 100 : d.getAsDouble());
            }
        }
        if (!invalid.isEmpty()) {
            Input first = Input.values()[invalid.stream().mapToInt(Enum::ordinal).min().orElseThrow()];
            error.set(i18n.get("ui.valuation.notANumber", i18n.get(first.labelKey())));
            return;
        }
        ValuationRateEntries.Reading reading = rates.read(r -> Input.valueOf(r.name()).labelKey());
        if (!reading.ok()) {
            invalid.add(Input.valueOf(reading.invalid().name()));
            error.set(reading.problem());
            return;
        }
        ValuationRateEntries.SettingsReading settingsReading = rates.readSettings(n -> Input.valueOf(n).labelKey());
        if (!settingsReading.ok()) {
            invalid.add(Input.valueOf(settingsReading.invalid()));
            error.set(settingsReading.problem());
            return;
        }
        ValuationParameters parameters;
        MonteCarloSettings settings;
        double horizon = v.get(Input.HORIZON_YEARS);
        LocalDate date = asOf.get();
        try {
            if (date == null) {
                throw new UserInputException(i18n.get("ui.valuation.noDate"));
            }
            // the rates, settings and a chosen set's values as the assessment applies them (one place)
            AssessmentParameters assessed = rates.parameters(AssessmentParameters.defaults(), reading.rates(),
                    settingsReading.settings());
            parameters = assessed.valuation().toBuilder().currency(sp.portfolio().currency()).build();
            double paths = v.get(Input.PATHS);
            double seed = v.get(Input.SEED);
            if (paths != Math.rint(paths) || paths > Integer.MAX_VALUE) {
                throw new UserInputException(i18n.get("ui.valuation.notAWholeNumber",
                        i18n.get(Input.PATHS.labelKey()), inputs.get(Input.PATHS).get()));
            }
            if (paths < 1 || paths > AssessmentViewModel.MAX_PATHS) {
                throw new UserInputException(i18n.get("ui.input.pathsRange", i18n.get(Input.PATHS.labelKey()),
                        i18n.integer(1), i18n.integer(AssessmentViewModel.MAX_PATHS), inputs.get(Input.PATHS).get()));
            }
            if (seed != Math.rint(seed)) {
                throw new UserInputException(i18n.get("ui.valuation.notAWholeNumber",
                        i18n.get(Input.SEED.labelKey()), inputs.get(Input.SEED).get()));
            }
            // as the assessment's pipeline sets them
            settings = assessed.monteCarlo().withPaths((int) paths).withSeed((long) seed);
        } catch (IllegalArgumentException e) {
            error.set(i18n.problem(e));
            return;
        }
        error.set("");
        Portfolio p = sp.portfolio();
        ComparableTransactionRepository comparableStore = comparables.get();
        Task<MonteCarloResult> task = new Task<>() {
            @Override
            protected MonteCarloResult call() {
                updateTitle(i18n.get("ui.task.valuation", p.name(), settings.paths()));
                ValuationEngine engine = new ValuationEngine(parameters,
                        comparableStore == null ? List.of() : comparableStore.list());
                return new MonteCarloSimulator(engine).simulate(p.patents(), p.enterprise(), date, horizon, settings,
                        (done, total) -> updateProgress(done, total), this::isCancelled);
            }
        };
        latest.run(task, r -> show(p, r), t -> error.set(i18n.problem(t)));
    }

    private void show(Portfolio p, MonteCarloResult r) {
        String keep = selected.get() == null ? null : selected.get().patent().number().canonical();
        List<ValuedPatent> rows = new ArrayList<>(p.patents().size());
        for (int i = 0; i < p.patents().size(); i++) {
            rows.add(new ValuedPatent(p.patents().get(i), r.valuations().get(i), r.patents().get(i)));
        }
        result.set(r);
        patents.setAll(rows);
        selected.set(rows.stream().filter(x -> x.patent().number().canonical().equals(keep)).findFirst()
                .orElse(rows.stream().max(java.util.Comparator.comparingDouble(x -> x.valuation().value())).orElse(null)));
    }
}
