package io.pledgebench.ui;

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
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
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
    public enum Input {
        LOAN_AMOUNT(false, true), TERM_MONTHS(false, true), PD(true, false),
        ADVANCE_INVENTION_LOW(true, true), ADVANCE_INVENTION_HIGH(true, true),
        ADVANCE_UTILITY_LOW(true, true), ADVANCE_UTILITY_HIGH(true, true),
        ADVANCE_DESIGN_LOW(true, true), ADVANCE_DESIGN_HIGH(true, true),
        SHARE_FUND(true, true), SHARE_INSURER(true, true), SHARE_GUARANTOR(true, true),
        PATHS(false, true), SEED(false, true);

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

    private final ReadOnlyObjectProperty<StoredPortfolio> portfolio;
    private final ReadOnlyObjectProperty<ComparableTransactionRepository> comparables;
    private final BackgroundTasks tasks;
    private final I18n i18n;
    private final Map<Input, StringProperty> inputs = new EnumMap<>(Input.class);
    private final ObjectProperty<LocalDate> asOf = new SimpleObjectProperty<>(this, "asOf");
    private final ObservableSet<Input> invalid = FXCollections.observableSet();
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final ReadOnlyObjectWrapper<Assessment> assessment = new ReadOnlyObjectWrapper<>(this, "assessment");
    private final ReadOnlyBooleanWrapper calculating = new ReadOnlyBooleanWrapper(this, "calculating");
    private final PauseTransition debounce = new PauseTransition(ValuationViewModel.DEBOUNCE);
    private Task<Assessment> running;
    private final Supplier<LocalDate> today;
    private final javafx.collections.ObservableList<UserStressScenario> userStress =
            FXCollections.observableArrayList(s -> s.dependencies());

    public AssessmentViewModel(ReadOnlyObjectProperty<StoredPortfolio> portfolio,
                               ReadOnlyObjectProperty<ComparableTransactionRepository> comparables, BackgroundTasks tasks,
                               I18n i18n, Supplier<LocalDate> today) {
        this.portfolio = portfolio;
        this.comparables = comparables;
        this.tasks = tasks;
        this.i18n = i18n;
        this.today = today;
        for (Input in : Input.values()) {
            inputs.put(in, new SimpleStringProperty(this, in.name(), ""));
        }
        RiskParameters r = RiskParameters.defaults();
        advance(Input.ADVANCE_INVENTION_LOW, Input.ADVANCE_INVENTION_HIGH, r.advanceRates().ranges().get(PatentType.INVENTION));
        advance(Input.ADVANCE_UTILITY_LOW, Input.ADVANCE_UTILITY_HIGH, r.advanceRates().ranges().get(PatentType.UTILITY_MODEL));
        advance(Input.ADVANCE_DESIGN_LOW, Input.ADVANCE_DESIGN_HIGH, r.advanceRates().ranges().get(PatentType.DESIGN));
        inputs.get(Input.SHARE_FUND).set(i18n.editable(r.riskSharing().compensationFund() * 100));
        inputs.get(Input.SHARE_INSURER).set(i18n.editable(r.riskSharing().insurer() * 100));
        inputs.get(Input.SHARE_GUARANTOR).set(i18n.editable(r.riskSharing().guarantor() * 100));
        inputs.get(Input.PATHS).set(Integer.toString(AssessmentInputs.DEFAULT_PATHS));
        inputs.get(Input.SEED).set("1");
        asOf.set(today.get());
        loanFrom(portfolio.get());
        debounce.setOnFinished(e -> recalculate());
        for (StringProperty p : inputs.values()) {
            p.addListener((o, was, now) -> debounce.playFromStart());
        }
        asOf.addListener((o, was, now) -> debounce.playFromStart());
        userStress.addListener((javafx.collections.ListChangeListener<UserStressScenario>) c -> debounce.playFromStart());
        portfolio.addListener((o, was, now) -> {
            loanFrom(now);
            debounce.playFromStart();
        });
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
        asOf.set(loan != null && loan.valuationDate() != null ? loan.valuationDate() : today.get());
        if (loan != null) {
            BigDecimal shown = "CNY".equals(loan.currency()) ? loan.amount().divide(WAN) : loan.amount();
            inputs.get(Input.LOAN_AMOUNT).set(i18n.editable(shown.doubleValue()));
            inputs.get(Input.TERM_MONTHS).set(Integer.toString(loan.termMonths()));
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

    public ObjectProperty<LocalDate> asOfProperty() {
        return asOf;
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

    /** The unit loan amounts are typed in: 万元 for CNY, else the currency code. */
    public String amountUnit() {
        StoredPortfolio sp = portfolio.get();
        String currency = sp == null ? "CNY" : sp.portfolio().currency();
        return "CNY".equals(currency) ? i18n.get("ui.assessment.unit.wan") : currency;
    }

    /** Runs the assessment now with the current entries (the debounce calls this; so does the Assess button). */
    public void recalculate() {
        debounce.stop();
        if (running != null) {
            running.cancel();
            running = null;
        }
        StoredPortfolio sp = portfolio.get();
        if (sp == null) {
            assessment.set(null);
            error.set("");
            return;
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
        if (!invalid.isEmpty()) {
            Input first = Input.values()[invalid.stream().mapToInt(Enum::ordinal).min().orElseThrow()];
            String text = inputs.get(first).get();
            error.set(text == null || text.isBlank() ? i18n.get("ui.assessment.missing", i18n.get(first.labelKey(), amountUnit()))
                    : i18n.get("ui.valuation.notANumber", i18n.get(first.labelKey(), amountUnit())));
            return;
        }
        Portfolio p = sp.portfolio();
        AssessmentInputs checked;
        AssessmentParameters params;
        try {
            for (Input whole : List.of(Input.TERM_MONTHS, Input.PATHS, Input.SEED)) {
                double x = v.get(whole);
                if (x != Math.rint(x) || Math.abs(x) > Integer.MAX_VALUE) {
                    throw new IllegalArgumentException(i18n.get("ui.valuation.notAWholeNumber",
                            i18n.get(whole.labelKey(), amountUnit()), inputs.get(whole).get()));
                }
            }
            BigDecimal typed = BigDecimal.valueOf(v.get(Input.LOAN_AMOUNT));
            BigDecimal amount = "CNY".equals(p.currency()) ? typed.multiply(WAN) : typed;
            LoanRequest base = p.loan();
            LoanRequest loan = new LoanRequest(amount, p.currency(), v.get(Input.TERM_MONTHS).intValue(),
                    base == null ? null : base.startDate(), base == null ? "" : base.purpose(),
                    base == null ? null : base.valuationDate());
            if (asOf.get() == null) {
                throw new IllegalArgumentException(i18n.get("ui.valuation.noDate"));
            }
            checked = new AssessmentInputs(p, loan, asOf.get(), v.get(Input.SEED).longValue(),
                    v.get(Input.PATHS).intValue(), v.get(Input.PD), List.of());
            params = parameters(v).withExtraStress(userScenarios());
        } catch (IllegalArgumentException e) {
            error.set(e.getMessage());
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
                        comparableStore.list());
                return AssessmentPipeline.run(in, params, (fraction, stage) -> {
                    updateProgress(fraction, 1.0);
                    updateMessage(i18n.render(stage));
                }, this::isCancelled);
            }
        };
        running = task;
        calculating.set(true);
        task.setOnSucceeded(e -> {
            if (running == task) {
                running = null;
                calculating.set(false);
                assessment.set(task.getValue());
            }
        });
        task.setOnFailed(e -> {
            if (running == task) {
                running = null;
                calculating.set(false);
                Throwable t = task.getException();
                if (!(t instanceof CancellationException)) {
                    assessment.set(null);
                    error.set(t.getMessage() == null ? t.toString() : t.getMessage());
                }
            }
        });
        task.setOnCancelled(e -> {
            if (running == task) {
                running = null;
                calculating.set(false);
            }
        });
        tasks.run(task);
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
            throw new IllegalArgumentException(firstProblem);
        }
        return out;
    }

    private AssessmentParameters parameters(Map<Input, Double> v) {
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
                RiskSharing.Scheme.custom(v.get(Input.SHARE_FUND), v.get(Input.SHARE_INSURER), v.get(Input.SHARE_GUARANTOR)),
                r.currencyPerEur(), r.scorecard(), r.grades(), r.gradeLoanFactors(), r.roundingUnit());
        MonteCarloSettings mc = d.monteCarlo().withSeed(v.get(Input.SEED).longValue())
                .withPaths(v.get(Input.PATHS).intValue());
        return new AssessmentParameters(d.valuation(), mc, d.scoring(), d.eligibility(), risk, d.stress());
    }

    /** Coverage the loan's grade requires (the grade's threshold), for the coverage chart's reference line. */
    public double gradeCoverageThreshold(Assessment a) {
        String grade = a.results().recommendation().grade();
        return a.parameters().risk().grades().stream().filter(g -> g.grade().equals(grade))
                .mapToDouble(RiskParameters.GradeThreshold::minimumCoverage).findFirst().orElse(0);
    }

    /** Writes the printable report of the current assessment in the current language, in the background. */
    public Task<Path> saveReport(Path file, Supplier<LocalDate> printDate) {
        Assessment a = assessment.get();
        if (a == null) {
            throw new IllegalStateException("no assessment to print");
        }
        java.util.Locale locale = i18n.locale();
        String author = System.getProperty("user.name", "");
        Task<Path> task = new Task<>() {
            @Override
            protected Path call() throws Exception {
                updateTitle(i18n.get("ui.task.report", file.getFileName()));
                com.fasterxml.jackson.databind.JsonNode doc = new com.fasterxml.jackson.databind.ObjectMapper()
                        .valueToTree(a.toJson(locale));
                ReportInput input = ReportInput.unsaved(doc, Instant.now(), author);
                LocalDate date = printDate.get();
                UserFile.write(file, out -> AssessmentReport.write(input, locale, date, out));
                return file;
            }
        };
        return tasks.run(task);
    }
}
