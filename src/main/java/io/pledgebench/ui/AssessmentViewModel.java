package io.pledgebench.ui;

import io.pledgebench.app.ValuationRates;
import io.pledgebench.assessment.Assessment;
import io.pledgebench.assessment.AssessmentInputs;
import io.pledgebench.assessment.AssessmentParameters;
import io.pledgebench.assessment.AssessmentPipeline;
import io.pledgebench.domain.LoanRequest;
import io.pledgebench.domain.PatentType;
import io.pledgebench.domain.Portfolio;
import io.pledgebench.report.AssessmentReport;
import io.pledgebench.report.ReportInput;
import io.pledgebench.risk.AdvanceRatePolicy;
import io.pledgebench.risk.RiskParameters;
import io.pledgebench.risk.RiskSharing;
import io.pledgebench.store.ComparableTransactionRepository;
import io.pledgebench.store.StoredPortfolio;
import io.pledgebench.valuation.MonteCarloSettings;
import javafx.animation.PauseTransition;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableSet;
import javafx.concurrent.Task;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.function.Supplier;

/**
 * The Loan & risk and Borrowing capacity screens: the loan request, the PD source, advance rates, risk sharing
 * and simulation settings as edited, the assessment pipeline run in the background 250 ms after the last edit,
 * and its result (recommendation, grade, collateral, credit risk, stress). CNY amounts are typed in 万元, other
 * currencies in units; rates and shares in percent.
 */
public final class AssessmentViewModel {

    /** The editable numbers; {@code percent} ones are typed in percent. */
    /** The most Monte Carlo paths the engine runs (its {@code MonteCarloSimulator.MAX_PATHS}). */
    static final int MAX_PATHS = 1_000_000;

    public enum Input {
        LOAN_AMOUNT(false, true), TERM_MONTHS(false, true), PD(true, false),
        ADVANCE_INVENTION_LOW(true, true), ADVANCE_INVENTION_HIGH(true, true),
        ADVANCE_UTILITY_LOW(true, true), ADVANCE_UTILITY_HIGH(true, true),
        ADVANCE_DESIGN_LOW(true, true), ADVANCE_DESIGN_HIGH(true, true),
        SHARE_FUND(true, true), SHARE_INSURER(true, true), SHARE_GUARANTOR(true, true),
        PATHS(false, true), SEED(false, true),
        // the valuation's discount-rate build-up and income attribution, as on the Valuation screen
        RISK_FREE(true, true), TECHNOLOGY_PREMIUM(true, true), MARKET_PREMIUM(true, true), CAPITAL_PREMIUM(true, true),
        MANAGEMENT_PREMIUM(true, true), TAX_RATE(true, true), PROFIT_SHARE(true, true), SHARE_DECAY(true, true);

        /** The valuation parameters among the entries, each a percentage from 0 to 100. */
        public static final List<Input> VALUATION = List.of(RISK_FREE, TECHNOLOGY_PREMIUM, MARKET_PREMIUM,
                CAPITAL_PREMIUM, MANAGEMENT_PREMIUM, TAX_RATE, PROFIT_SHARE, SHARE_DECAY);

        private final boolean percent;
        private final boolean required;

        Input(boolean percent, boolean required) {
            this.percent = percent;
            this.required = required;
        }

        public boolean percent() {
            return percent;
        }

        public String labelKey() {
            return "ui.assessment.input." + name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    private static final BigDecimal WAN = BigDecimal.valueOf(10_000);
    /** The longest bank name the report document keeps ({@code ReportSource} refuses a longer one). */
    static final int MAX_CLIENT = 200;

    private final ReadOnlyObjectProperty<StoredPortfolio> portfolio;
    /** The workbench's current valuation rates (the {@link Input#VALUATION} entries), shared with Valuation. */
    private final ValuationRateEntries rates;
    private final ReadOnlyObjectProperty<ComparableTransactionRepository> comparables;
    private final TaskExecutor tasks;
    private final I18n i18n;
    private final Map<Input, StringProperty> inputs = new EnumMap<>(Input.class);
    private final ObjectProperty<LocalDate> asOf = new SimpleObjectProperty<>(this, "asOf");
    /**
     * The bank the assessment is made for (委托方 / report user), as the officer names it: printed in the report and
     * kept with a saved assessment, but no input of the assessment (not in its hash, so it never makes it stale).
     */
    private final StringProperty client = new SimpleStringProperty(this, "client", "");
    private final javafx.beans.binding.StringBinding clientError;
    private final ObjectProperty<LocalDate> startDate = new SimpleObjectProperty<>(this, "startDate");
    private final javafx.beans.property.BooleanProperty asOfUnreadable =
            new javafx.beans.property.SimpleBooleanProperty(this, "asOfUnreadable");
    private final javafx.beans.property.BooleanProperty startUnreadable =
            new javafx.beans.property.SimpleBooleanProperty(this, "startUnreadable");
    private final ObservableSet<String> acceptedPendingInvalidation = FXCollections.observableSet(new java.util.TreeSet<>());
    private final ReadOnlyObjectWrapper<StoredPortfolio> resultPortfolio = new ReadOnlyObjectWrapper<>(this, "resultPortfolio");
    private final ReadOnlyBooleanWrapper stale = new ReadOnlyBooleanWrapper(this, "stale");
    private final ReadOnlyObjectWrapper<Assessment> current = new ReadOnlyObjectWrapper<>(this, "current");
    private final ReadOnlyObjectWrapper<io.pledgebench.domain.LoanTimeline> timeline =
            new ReadOnlyObjectWrapper<>(this, "timeline");
    private final javafx.beans.binding.BooleanBinding canSave;
    /** Counts edits: a result is current only when no edit came after the inputs it was computed from. */
    private long generation;
    private final ObservableSet<Input> invalid = FXCollections.observableSet();
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final ReadOnlyObjectWrapper<Assessment> assessment = new ReadOnlyObjectWrapper<>(this, "assessment");
    private final ReadOnlyBooleanWrapper calculating = new ReadOnlyBooleanWrapper(this, "calculating");
    private final LatestRequest<Assessment> latest;
    private final Supplier<LocalDate> today;
    private final javafx.collections.ObservableList<UserStressScenario> userStress =
            FXCollections.observableArrayList(s -> s.dependencies());

    public AssessmentViewModel(ReadOnlyObjectProperty<StoredPortfolio> portfolio,
                               ReadOnlyObjectProperty<ComparableTransactionRepository> comparables, TaskExecutor tasks,
                               I18n i18n, Supplier<LocalDate> today) {
        this(portfolio, comparables, tasks, i18n, today, new ValuationRateEntries(i18n));
    }

    /**
     * @param rates the workbench's current valuation rates, shared with the Valuation screen: their entries are this
     *              screen's {@link Input#VALUATION} entries, so an edit there makes this result stale and is assessed
     */
    public AssessmentViewModel(ReadOnlyObjectProperty<StoredPortfolio> portfolio,
                               ReadOnlyObjectProperty<ComparableTransactionRepository> comparables, TaskExecutor tasks,
                               I18n i18n, Supplier<LocalDate> today, ValuationRateEntries rates) {
        this.rates = rates;
        this.portfolio = portfolio;
        this.comparables = comparables;
        this.tasks = tasks;
        this.i18n = i18n;
        this.today = today;
        for (Input in : Input.values()) {
            // the valuation rates, paths and seed are the workbench's one state, shared with the Valuation screen
            inputs.put(in, Input.VALUATION.contains(in) ? rates.entry(ValuationRates.Rate.valueOf(in.name()))
                    : in == Input.PATHS ? rates.paths() : in == Input.SEED ? rates.seed()
                    : new SimpleStringProperty(this, in.name(), ""));
        }
        RiskParameters r = RiskParameters.defaults();
        advance(Input.ADVANCE_INVENTION_LOW, Input.ADVANCE_INVENTION_HIGH, r.advanceRates().ranges().get(PatentType.INVENTION));
        advance(Input.ADVANCE_UTILITY_LOW, Input.ADVANCE_UTILITY_HIGH, r.advanceRates().ranges().get(PatentType.UTILITY_MODEL));
        advance(Input.ADVANCE_DESIGN_LOW, Input.ADVANCE_DESIGN_HIGH, r.advanceRates().ranges().get(PatentType.DESIGN));
        inputs.get(Input.SHARE_FUND).set(i18n.editable(r.riskSharing().compensationFund() * 100));
        inputs.get(Input.SHARE_INSURER).set(i18n.editable(r.riskSharing().insurer() * 100));
        inputs.get(Input.SHARE_GUARANTOR).set(i18n.editable(r.riskSharing().guarantor() * 100));
        asOf.set(today.get());
        loanFrom(portfolio.get());
        updateTimeline();
        latest = new LatestRequest<>(tasks, ValuationViewModel.DEBOUNCE, this::recalculate);
        calculating.bind(latest.runningProperty());
        i18n.localeProperty().addListener((o, was, now) -> languageChanged(was, now));
        for (StringProperty p : inputs.values()) {
            p.addListener((o, was, now) -> edited());
        }
        // the valuation's settings, edited on the Valuation screen, and a chosen set's values are assessed with too
        for (javafx.beans.value.ObservableValue<?> o : rates.dependencies()) {
            if (!inputs.containsValue(o)) {
                o.addListener((x, was, now) -> edited());
            }
        }
        asOf.addListener((o, was, now) -> edited());
        startDate.addListener((o, was, now) -> edited());
        asOfUnreadable.addListener((o, was, now) -> edited());
        startUnreadable.addListener((o, was, now) -> edited());
        acceptedPendingInvalidation.addListener((javafx.collections.SetChangeListener<String>) c -> edited());
        userStress.addListener((javafx.collections.ListChangeListener<UserStressScenario>) c -> edited());
        portfolio.addListener((o, was, now) -> {
            // another borrower: nothing of the previous one's result or request stays on screen
            latest.cancel();
            loanFrom(now);
            assessment.set(null);
            resultPortfolio.set(null);
            stale.set(false);
            error.set("");
            invalid.clear();
            generation++;
            latest.later();
        });
        assessment.addListener((o, was, now) -> current.set(stale.get() ? null : now));
        stale.addListener((o, was, now) -> current.set(now ? null : assessment.get()));
        clientError = javafx.beans.binding.Bindings.createStringBinding(() -> {
            String c = client.get() == null ? "" : client.get().strip();
            return c.length() > MAX_CLIENT ? i18n.get("ui.assessment.client.tooLong", MAX_CLIENT, c.length()) : "";
        }, client, i18n.localeProperty());
        canSave = assessment.isNotNull().and(stale.not()).and(calculating.not()).and(error.isEmpty())
                .and(javafx.beans.binding.Bindings.isEmpty(invalid)).and(clientError.isEmpty());
    }

    /** An entry changed: the result shown (if any) no longer matches the entries until it is recalculated. */
    private void edited() {
        generation++;
        if (assessment.get() != null) {
            stale.set(true);
        }
        updateTimeline();
        latest.later();
    }

    /** The loan timeline of the entries as they stand (null while term or dates are not readable). */
    private void updateTimeline() {
        io.pledgebench.domain.LoanTimeline t = null;
        java.util.OptionalDouble term = i18n.parseNumber(inputs.get(Input.TERM_MONTHS).get());
        LocalDate valued = asOf.get();
        if (term.isPresent() && term.getAsDouble() == Math.rint(term.getAsDouble()) && valued != null
                && !asOfUnreadable.get() && !startUnreadable.get()) {
            try {
                t = new io.pledgebench.domain.LoanTimeline(valued, startDate.get() != null ? startDate.get() : valued,
                        (int) term.getAsDouble());
            } catch (IllegalArgumentException e) {
                t = null;
            }
        }
        if (!java.util.Objects.equals(t, timeline.get())) {
            timeline.set(t);
        }
    }

    private void advance(Input low, Input high, AdvanceRatePolicy.Range range) {
        inputs.get(low).set(i18n.editable(range.low() * 100));
        inputs.get(high).set(i18n.editable(range.high() * 100));
    }

    /**
     * The loan request of the portfolio, when it has one; the officer's last entry otherwise. The valuation date is
     * the portfolio's own (the date of its data, 评估基准日) when it names one, else today.
     */
    private void loanFrom(StoredPortfolio sp) {
        if (sp == null) {
            return;
        }
        LoanRequest loan = sp.portfolio().loan();
        asOf.set(io.pledgebench.app.AssessmentRequests.valuationDate(loan, null, today.get()));
        acceptedPendingInvalidation.clear();
        if (loan != null) {
            BigDecimal shown = loan.amount().divide(typedUnit(loan.currency()));
            inputs.get(Input.LOAN_AMOUNT).set(i18n.editable(shown.doubleValue()));
            inputs.get(Input.TERM_MONTHS).set(Integer.toString(loan.termMonths()));
            startDate.set(loan.startDate());
        } else {
            // a portfolio without a loan request never inherits the previous borrower's
            inputs.get(Input.LOAN_AMOUNT).set("");
            inputs.get(Input.TERM_MONTHS).set("");
            startDate.set(null);
        }
        Double pd = sp.portfolio().enterprise() == null ? null : sp.portfolio().enterprise().pd();
        inputs.get(Input.PD).set(pd == null ? "" : i18n.editable(pd * 100));
    }

    public StringProperty input(Input in) {
        return inputs.get(in);
    }

    /** The officer's own stress scenarios, run besides the standard ones. */
    public javafx.collections.ObservableList<UserStressScenario> userStress() {
        return userStress;
    }

    /** Adds a neutral scenario (no shock until edited) with a fresh name. */
    public UserStressScenario addStress() {
        java.util.Set<String> names = new java.util.HashSet<>();
        userStress.forEach(s -> names.add(s.nameProperty().get()));
        int n = userStress.size() + 1;
        while (names.contains(i18n.get("ui.stress.defaultName", n))) {
            n++;
        }
        UserStressScenario s = new UserStressScenario(i18n.get("ui.stress.defaultName", n));
        userStress.add(s);
        return s;
    }

    public void removeStress(UserStressScenario s) {
        userStress.remove(s);
    }

    /** The bank the assessment is made for (委托方), as typed; blank: not named. */
    public StringProperty clientProperty() {
        return client;
    }

    /** The named parameter set chosen on Loan &amp; risk (null: none chosen, or the sets are not open yet). */
    private java.util.function.Supplier<io.pledgebench.report.ReportSource.SetUsed> parameterSet = () -> null;

    /** Where the named parameter set chosen for the assessment is read (the parameter sets of Settings). */
    void parameterSetFrom(java.util.function.Supplier<io.pledgebench.report.ReportSource.SetUsed> set) {
        this.parameterSet = java.util.Objects.requireNonNull(set, "set");
    }

    /** The named parameter set chosen for the assessment, as its report names it (null: none chosen). */
    public io.pledgebench.report.ReportSource.SetUsed parameterSet() {
        return parameterSet.get();
    }

    /** The bank as saved and printed: trimmed, null when not named. */
    public String client() {
        String c = client.get();
        return c == null || c.isBlank() ? null : c.strip();
    }

    /** Why the bank's name cannot be kept, in the user's language; empty when it can. */
    public javafx.beans.binding.StringBinding clientErrorProperty() {
        return clientError;
    }

    public ObjectProperty<LocalDate> asOfProperty() {
        return asOf;
    }

    /** The loan's start (drawdown) date; null: the valuation date. */
    public ObjectProperty<LocalDate> startDateProperty() {
        return startDate;
    }

    /** Whether the valuation date's field holds text that is not a date (the view tells). */
    public javafx.beans.property.BooleanProperty asOfUnreadableProperty() {
        return asOfUnreadable;
    }

    /** Whether the start date's field holds text that is not a date (the view tells). */
    public javafx.beans.property.BooleanProperty startUnreadableProperty() {
        return startUnreadable;
    }

    /** Canonical numbers of the patents under pending invalidation whose pledge the parties accept. */
    public ObservableSet<String> acceptedPendingInvalidation() {
        return acceptedPendingInvalidation;
    }

    /** The portfolio's patents under a pending invalidation request: those the officer may accept. */
    public List<io.pledgebench.domain.Patent> pendingInvalidation() {
        StoredPortfolio sp = portfolio.get();
        return sp == null ? List.of() : sp.portfolio().patents().stream()
                .filter(io.pledgebench.app.AssessmentRequests::pendingInvalidation).toList();
    }

    /** The stored portfolio the shown result was computed for (null without a result). */
    public ReadOnlyObjectProperty<StoredPortfolio> resultPortfolioProperty() {
        return resultPortfolio.getReadOnlyProperty();
    }

    /** The result while it matches the entries; null while there is none or it is out of date (for the report). */
    public ReadOnlyObjectProperty<Assessment> currentResultProperty() {
        return current.getReadOnlyProperty();
    }

    /** Whether the shown result was computed from entries that have changed since. */
    public ReadOnlyBooleanProperty staleProperty() {
        return stale.getReadOnlyProperty();
    }

    /** The one loan timeline of the entries (valuation date, start, term, maturity) that every screen uses. */
    public ReadOnlyObjectProperty<io.pledgebench.domain.LoanTimeline> timelineProperty() {
        return timeline.getReadOnlyProperty();
    }

    /** Whether the shown result may be saved: there is one, it is current, and the entries are valid. */
    public javafx.beans.binding.BooleanBinding canSaveProperty() {
        return canSave;
    }

    public ObservableSet<Input> invalid() {
        return invalid;
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Assessment> assessmentProperty() {
        return assessment.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty calculatingProperty() {
        return calculating.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<StoredPortfolio> portfolioProperty() {
        return portfolio;
    }

    /**
     * The unit loan amounts are typed in, one per language as every amount on screen: 万元 for CNY in Chinese, the
     * currency code (CNY) otherwise.
     */
    public String amountUnit() {
        StoredPortfolio sp = portfolio.get();
        String currency = sp == null ? "CNY" : sp.portfolio().currency();
        return "CNY".equals(currency) && i18n.chinese() ? i18n.get("ui.assessment.unit.wan") : currency;
    }

    /** Yuan per typed unit: 10,000 for CNY typed in 万元 (Chinese), else 1. */
    private BigDecimal typedUnit(String currency) {
        return "CNY".equals(currency) && i18n.chinese() ? WAN : BigDecimal.ONE;
    }

    /** The typed amount follows a change of language: 1500 (万元) becomes 15000000 (CNY) and back. */
    private void languageChanged(java.util.Locale was, java.util.Locale now) {
        StoredPortfolio sp = portfolio.get();
        if (was == null || now == null || io.pledgebench.domain.Text.isChinese(was) == io.pledgebench.domain.Text.isChinese(now)
                || sp != null && !"CNY".equals(sp.portfolio().currency())) {
            return;
        }
        StringProperty amount = inputs.get(Input.LOAN_AMOUNT);
        OptionalDouble typed = i18n.parseNumber(amount.get());
        if (typed.isPresent()) {
            BigDecimal v = BigDecimal.valueOf(typed.getAsDouble());
            amount.set(i18n.editable((io.pledgebench.domain.Text.isChinese(now) ? v.divide(WAN) : v.multiply(WAN)).doubleValue()));
        }
    }

    /** Runs the assessment now with the current entries (the debounce calls this; so does the Assess button). */
    public void recalculate() {
        latest.cancel();
        StoredPortfolio sp = portfolio.get();
        if (sp == null) {
            assessment.set(null);
            resultPortfolio.set(null);
            stale.set(false);
            error.set("");
            return;
        }
        long launched = generation;
        if (assessment.get() != null && resultPortfolio.get() != sp) {
            stale.set(true);
        }
        Map<Input, Double> v = new EnumMap<>(Input.class);
        invalid.clear();
        for (Input in : Input.values()) {
            String text = inputs.get(in).get();
            if (!in.required && (text == null || text.isBlank())) {
                continue;
            }
            OptionalDouble d = i18n.parseNumber(text);
            if (d.isEmpty()) {
                invalid.add(in);
            } else {
                v.put(in, in.percent() ? d.getAsDouble() / 100 : d.getAsDouble());
            }
        }
        // the loan's amount and term are refused here, in the screen's language, before the engine sees them
        for (Input positive : List.of(Input.LOAN_AMOUNT, Input.TERM_MONTHS)) {
            if (invalid.isEmpty() && v.containsKey(positive) && !(v.get(positive) > 0)) {
                invalid.add(positive);
                error.set(i18n.get("ui.assessment.notPositive", i18n.get(positive.labelKey(), amountUnit()),
                        inputs.get(positive).get()));
                return;
            }
        }
        if (!invalid.isEmpty()) {
            Input first = Input.values()[invalid.stream().mapToInt(Enum::ordinal).min().orElseThrow()];
            String text = inputs.get(first).get();
            error.set(text == null || text.isBlank() ? i18n.get("ui.assessment.missing", i18n.get(first.labelKey(), amountUnit()))
                    : i18n.get("ui.valuation.notANumber", i18n.get(first.labelKey(), amountUnit())));
            return;
        }
        ValuationRateEntries.Reading reading = rates.read(r -> Input.valueOf(r.name()).labelKey());
        if (!reading.ok()) {
            invalid.add(Input.valueOf(reading.invalid().name()));
            error.set(reading.problem());
            return;
        }
        ValuationRateEntries.SettingsReading settingsReading =
                rates.readSettings(name -> ValuationViewModel.Input.valueOf(name).labelKey());
        if (!settingsReading.ok()) {
            error.set(settingsReading.problem());
            return;
        }
        if (asOfUnreadable.get() || startUnreadable.get()) {
            error.set(i18n.get("ui.date.unreadable", i18n.get(asOfUnreadable.get() ? "ui.valuation.asOf"
                    : "ui.assessment.startDate")));
            return;
        }
        Portfolio p = sp.portfolio();
        AssessmentInputs checked;
        AssessmentParameters params;
        try {
            for (Input whole : List.of(Input.TERM_MONTHS, Input.PATHS, Input.SEED)) {
                double x = v.get(whole);
                if (x != Math.rint(x) || Math.abs(x) > Integer.MAX_VALUE) {
                    throw new UserInputException(i18n.get("ui.valuation.notAWholeNumber",
                            i18n.get(whole.labelKey(), amountUnit()), inputs.get(whole).get()));
                }
            }
            double paths = v.get(Input.PATHS);
            if (paths < 1 || paths > MAX_PATHS) {
                throw new UserInputException(i18n.get("ui.input.pathsRange", i18n.get(Input.PATHS.labelKey(), amountUnit()),
                        i18n.integer(1), i18n.integer(MAX_PATHS), inputs.get(Input.PATHS).get()));
            }
            Double typedPd = v.get(Input.PD);
            if (typedPd != null && !(typedPd > 0 && typedPd < 1)) {
                throw new UserInputException(i18n.get("ui.assessment.pdRange", i18n.get(Input.PD.labelKey(), amountUnit()),
                        inputs.get(Input.PD).get()));
            }
            io.pledgebench.domain.Enterprise borrower = p.enterprise();
            if (typedPd == null && (borrower == null || borrower.pd() == null
                    && !io.pledgebench.risk.PdScorecard.canScore(borrower))) {
                // the engine would ask for --pd, a command-line flag: the screen asks for its own field
                throw new UserInputException(i18n.get(borrower == null ? "ui.assessment.pdNeeded.noEnterprise"
                        : "ui.assessment.pdNeeded.noRatios", i18n.get(Input.PD.labelKey(), amountUnit())));
            }
            BigDecimal typed = BigDecimal.valueOf(v.get(Input.LOAN_AMOUNT));
            BigDecimal amount = typed.multiply(typedUnit(p.currency()));
            // the form states the whole request: an empty start is the valuation date, as on the command line
            LoanRequest loan = io.pledgebench.app.AssessmentRequests.loan(p, amount, v.get(Input.TERM_MONTHS).intValue(),
                    startDate.get(), true);
            if (asOf.get() == null) {
                throw new UserInputException(i18n.get("ui.valuation.noDate"));
            }
            // the enterprise's own PD, shown as entered, is the enterprise's (as on the command line without --pd),
            // not an officer's
            Double pd = v.get(Input.PD);
            Double enterprisePd = p.enterprise() == null ? null : p.enterprise().pd();
            if (pd != null && enterprisePd != null && i18n.editable(pd * 100).equals(i18n.editable(enterprisePd * 100))) {
                pd = null;
            }
            checked = new AssessmentInputs(p, loan, asOf.get(), v.get(Input.SEED).longValue(),
                    v.get(Input.PATHS).intValue(), pd, List.of(), Set.copyOf(acceptedPendingInvalidation));
            params = parameters(v, reading.rates(), settingsReading.settings()).withExtraStress(userScenarios());
        } catch (IllegalArgumentException e) {
            error.set(i18n.problem(e));
            return;
        }
        error.set("");
        ComparableTransactionRepository comparableStore = comparables.get();
        Task<Assessment> task = new Task<>() {
            @Override
            protected Assessment call() {
                updateTitle(i18n.get("ui.task.assessment", p.name()));
                AssessmentInputs in = comparableStore == null ? checked : new AssessmentInputs(checked.portfolio(),
                        checked.loan(), checked.asOf(), checked.seed(), checked.paths(), checked.pdOverride(),
                        comparableStore.list(), checked.acceptedPendingInvalidation());
                return AssessmentPipeline.run(in, params, (fraction, stage) -> {
                    updateProgress(fraction, 1.0);
                    updateMessage(i18n.render(stage));
                }, this::isCancelled);
            }
        };
        latest.run(task, result -> {
            resultPortfolio.set(sp);
            assessment.set(result);
            // an edit made while it ran makes it out of date at once (the debounce runs it again)
            stale.set(launched != generation);
        }, t -> {
            assessment.set(null);
            resultPortfolio.set(null);
            stale.set(false);
            error.set(i18n.problem(t));
        });
    }

    /** The officer's scenarios; the first refused one stops the assessment with its reason. */
    private List<io.pledgebench.risk.StressScenario> userScenarios() {
        List<io.pledgebench.risk.StressScenario> out = new java.util.ArrayList<>();
        java.util.Set<String> names = new java.util.HashSet<>();
        String firstProblem = null;
        for (UserStressScenario s : userStress) {
            io.pledgebench.risk.StressScenario scenario = s.toScenario(i18n, names);
            if (scenario == null) {
                firstProblem = firstProblem != null ? firstProblem : i18n.render(s.problemProperty().get());
            } else {
                out.add(scenario);
            }
        }
        if (firstProblem != null) {
            throw new UserInputException(firstProblem);
        }
        return out;
    }

    private AssessmentParameters parameters(Map<Input, Double> v, ValuationRates valuationRates,
                                            io.pledgebench.app.ValuationSettings settings) {
        AssessmentParameters d = AssessmentParameters.defaults();
        RiskParameters r = d.risk();
        Map<PatentType, AdvanceRatePolicy.Range> ranges = new EnumMap<>(PatentType.class);
        ranges.put(PatentType.INVENTION, new AdvanceRatePolicy.Range(v.get(Input.ADVANCE_INVENTION_LOW),
                v.get(Input.ADVANCE_INVENTION_HIGH)));
        ranges.put(PatentType.UTILITY_MODEL, new AdvanceRatePolicy.Range(v.get(Input.ADVANCE_UTILITY_LOW),
                v.get(Input.ADVANCE_UTILITY_HIGH)));
        ranges.put(PatentType.DESIGN, new AdvanceRatePolicy.Range(v.get(Input.ADVANCE_DESIGN_LOW),
                v.get(Input.ADVANCE_DESIGN_HIGH)));
        RiskParameters risk = new RiskParameters(r.liquidation(),
                new AdvanceRatePolicy(ranges, r.advanceRates().minimumScore(), r.advanceRates().costOnlyAdvanceRateFactor()),
                r.maximumDiversificationHaircut(),
                r.lgdMethod(), r.lgdFloor(), r.baselFramework(), r.minimumDebtServiceCoverage(), r.policyMaximumLoan(),
                r.policyMaximumTermMonths(), r.fundingRate(), r.hurdleRate(), r.operatingCostRate(),
                sharing(v.get(Input.SHARE_FUND), v.get(Input.SHARE_INSURER), v.get(Input.SHARE_GUARANTOR)),
                r.currencyPerEur(), r.scorecard(), r.grades(), r.gradeLoanFactors(), r.roundingUnit());
        MonteCarloSettings mc = d.monteCarlo().withSeed(v.get(Input.SEED).longValue())
                .withPaths(v.get(Input.PATHS).intValue());
        return rates.parameters(new AssessmentParameters(d.valuation(), mc, d.scoring(), d.eligibility(), risk,
                d.stress()), valuationRates, settings);
    }

    /**
     * Assesses with {@code values} of the parameters a set holds beyond the entries ({@link
     * io.pledgebench.app.SetParameters}: hazards, economic lives, method weights, liquidation), by name; empty: the
     * engine's defaults. A change makes the shown result stale and recalculates.
     */
    public void useSetParameters(Map<String, Double> values) {
        Map<String, Double> now = Map.copyOf(values);
        if (!now.equals(rates.setValuesProperty().get())) {
            // shared with the Valuation screen: both recalculate with them
            rates.setValuesProperty().set(now);
        }
    }

    /** The values of the parameters a set holds beyond the entries, as assessed now, by name (defaults filled in). */
    public Map<String, Double> setParameters() {
        Map<String, Double> out = io.pledgebench.app.SetParameters.of(AssessmentParameters.defaults());
        out.putAll(rates.setValuesProperty().get());
        return out;
    }

    /** The workbench's current valuation rates and settings, shared with the Valuation screen. */
    public ValuationRateEntries valuationEntries() {
        return rates;
    }

    /** Sets the valuation rates (not shown on Loan &amp; risk, filled by a parameter set) to the engine's defaults. */
    public void resetValuationEntries() {
        rates.reset();
    }

    /** No shares is the command line's default scheme (no sharing), so the same entries give the same parameters. */
    private static RiskSharing.Scheme sharing(double fund, double insurer, double guarantor) {
        return fund == 0 && insurer == 0 && guarantor == 0 ? RiskSharing.Scheme.NONE
                : RiskSharing.Scheme.custom(fund, insurer, guarantor);
    }

    /**
     * Each patent's remaining legal life at the valuation date, shortest first, for the chart against the loan term:
     * a lapsed or invalidated right has none, whatever its dates say.
     */
    public List<io.pledgebench.report.charts.LegalLife> legalLives(Assessment a) {
        // the report's series (assessment.ChartSeries): a lapsed or invalidated right drawn at zero with its status
        return io.pledgebench.report.charts.LegalLife.of(io.pledgebench.assessment.ChartSeries.legalLife(a).shown(),
                b -> b.inForce() ? b.patent() : i18n.get("ui.loanRisk.notInForce", b.patent(), i18n.status(b.status())));
    }

    /**
     * The coverage of the loan over its term, for the chart: at each checkpoint of the loan timeline, the requested
     * loan's coverage and the recommended loan's (expected collateral value over the recommended amount; none when
     * nothing is recommended).
     */
    public List<io.pledgebench.report.charts.CoveragePoint> coverageOverTerm(Assessment a) {
        return io.pledgebench.report.charts.CoveragePoint.withDrawdown(
                io.pledgebench.report.charts.CoveragePoint.of(io.pledgebench.assessment.ChartSeries.coverage(a)),
                a.results().collateral().liquidationValue(), a.inputs().loan().amount().doubleValue(),
                a.results().recommendation().recommendedLoan());
    }

    /** Coverage the loan's grade requires (the grade's threshold), for the coverage chart's reference line. */
    public double gradeCoverageThreshold(Assessment a) {
        String grade = a.results().recommendation().grade();
        return a.parameters().risk().grades().stream().filter(g -> g.grade().equals(grade))
                .mapToDouble(RiskParameters.GradeThreshold::minimumCoverage).findFirst().orElse(0);
    }

    /**
     * Writes the printable report of the current assessment in the current language, in the background, dated by
     * {@code printDateIn} in that language (the workbench's clock in the edition's zone: a Chinese edition saved at
     * 07:00 Beijing time is dated that day, not the UTC day before; review 14b, E).
     */
    public Task<Path> saveReport(Path file, java.util.function.Function<java.util.Locale, LocalDate> printDateIn) {
        Assessment a = assessment.get();
        if (a == null) {
            throw new IllegalStateException("no assessment to print");
        }
        java.util.Locale locale = i18n.locale();
        String author = System.getProperty("user.name", "");
        String bank = client();
        io.pledgebench.report.ReportSource.SetUsed set = parameterSet();
        Task<Path> task = new Task<>() {
            @Override
            protected Path call() throws Exception {
                updateTitle(i18n.get("ui.task.report", file.getFileName()));
                // the one report document (issue 14): the assess --json tree lacks what the report prints
                // dated by the valuation date, as the Report screen and the command line date an unsaved assessment,
                // so the same inputs give the same report whatever the day it is saved
                ReportInput input = ReportInput.unsaved(io.pledgebench.report.ReportSource.document(a, bank, set),
                        a.inputs().asOf().atStartOfDay(java.time.ZoneOffset.UTC).toInstant(), author);
                LocalDate date = printDateIn.apply(locale);
                UserFile.write(file, out -> AssessmentReport.write(input, locale, date, out));
                return file;
            }
        };
        return tasks.run(task);
    }
}
