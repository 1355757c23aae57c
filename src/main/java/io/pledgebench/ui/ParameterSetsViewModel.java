package io.pledgebench.ui;

import io.pledgebench.app.SetParameters;
import io.pledgebench.app.ValuationSettings;
import io.pledgebench.domain.Text;
import io.pledgebench.store.ParameterSetRepository;
import io.pledgebench.store.ParameterSetRepository.ParameterSet;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableSet;
import javafx.concurrent.Task;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Named parameter sets: the defaults of Loan &amp; risk (advance rates and risk-sharing shares typed as percents,
 * Monte Carlo paths and seed), of the valuation (discount-rate build-up, tax rate, profit share and its decay) and the
 * engine parameters of {@link SetParameters} (hazards, economic lives, method weights, liquidation) edited and
 * validated in Settings, saved under a name in the database, and chosen for
 * an assessment on Loan &amp; risk. The set a saved assessment was made with is recorded beside it
 * ({@link #used}); the set is not part of the input hash, so the same values hash the same with or without a set.
 */
public final class ParameterSetsViewModel {

    /** The parameters a set holds, in the order of the form. */
    public static final List<AssessmentViewModel.Input> PARAMETERS = List.of(
            AssessmentViewModel.Input.ADVANCE_INVENTION_LOW, AssessmentViewModel.Input.ADVANCE_INVENTION_HIGH,
            AssessmentViewModel.Input.ADVANCE_UTILITY_LOW, AssessmentViewModel.Input.ADVANCE_UTILITY_HIGH,
            AssessmentViewModel.Input.ADVANCE_DESIGN_LOW, AssessmentViewModel.Input.ADVANCE_DESIGN_HIGH,
            AssessmentViewModel.Input.SHARE_FUND, AssessmentViewModel.Input.SHARE_INSURER,
            AssessmentViewModel.Input.SHARE_GUARANTOR, AssessmentViewModel.Input.PATHS, AssessmentViewModel.Input.SEED,
            AssessmentViewModel.Input.RISK_FREE, AssessmentViewModel.Input.TECHNOLOGY_PREMIUM,
            AssessmentViewModel.Input.MARKET_PREMIUM, AssessmentViewModel.Input.CAPITAL_PREMIUM,
            AssessmentViewModel.Input.MANAGEMENT_PREMIUM, AssessmentViewModel.Input.TAX_RATE,
            AssessmentViewModel.Input.PROFIT_SHARE, AssessmentViewModel.Input.SHARE_DECAY);

    private final ReadOnlyObjectProperty<ParameterSetRepository> repository;
    private final TaskExecutor tasks;
    private final DialogService dialogs;
    private final I18n i18n;
    private final AssessmentViewModel assessment;
    private final String user;
    private final ObservableList<ParameterSet> sets = FXCollections.observableArrayList();
    private final Map<AssessmentViewModel.Input, StringProperty> inputs = new EnumMap<>(AssessmentViewModel.Input.class);
    private final StringProperty name = new SimpleStringProperty(this, "name", "");
    private final ObservableSet<AssessmentViewModel.Input> invalid = FXCollections.observableSet();
    /** The entries of the parameters beyond Loan &amp; risk's ({@link SetParameters}), by name, as typed. */
    private final Map<String, StringProperty> more = new LinkedHashMap<>();
    private final ObservableSet<String> invalidMore = FXCollections.observableSet();
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    /** Why the last Save saved nothing, said beside the Save button (the form's error may be scrolled away); "" none. */
    private final ReadOnlyStringWrapper saveProblem = new ReadOnlyStringWrapper(this, "saveProblem", "");
    private final ObjectProperty<Text> message = new SimpleObjectProperty<>(this, "message");
    /** What the form says about the set being edited (an older set's values filled in with the defaults); null: none. */
    private final ObjectProperty<Text> notice = new SimpleObjectProperty<>(this, "notice");
    /**
     * The valuation's settings a set holds ({@link ValuationSettings}), entered and read as on the Valuation screen:
     * entries of their own (the form's), not the workbench's shared ones.
     */
    private final ValuationRateEntries settingsForm;
    /** The settings' entries refused ({@link ValuationSettings#NUMBERS} names); the view marks them. */
    private final ObservableSet<String> invalidSettings = FXCollections.observableSet();
    /** The set chosen for the assessment on Loan & risk (null: the entries as typed). */
    private final ObjectProperty<ParameterSet> chosen = new SimpleObjectProperty<>(this, "chosen");

    public ParameterSetsViewModel(ReadOnlyObjectProperty<ParameterSetRepository> repository, TaskExecutor tasks,
                                  DialogService dialogs, I18n i18n, AssessmentViewModel assessment, String user) {
        this.repository = repository;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.i18n = i18n;
        this.assessment = assessment;
        this.user = user;
        for (AssessmentViewModel.Input in : PARAMETERS) {
            // the form starts from the entries of Loan & risk (the engine's defaults until the officer changes them)
            inputs.put(in, new SimpleStringProperty(this, in.name(), assessment.input(in).get()));
        }
        // the settings start from the workbench's current ones (the Valuation screen's), as typed there
        settingsForm = new ValuationRateEntries(i18n);
        ValuationRateEntries current = assessment.valuationEntries();
        settingsForm.revenueGrowth().set(current.revenueGrowth().get());
        settingsForm.correlation().set(current.correlation().get());
        settingsForm.midYearProperty().set(current.midYearProperty().get());
        settingsForm.taxAmortisationProperty().set(current.taxAmortisationProperty().get());
        settingsForm.hazardProperty().set(current.hazardProperty().get());
        Map<String, Double> defaults = SetParameters.of(io.pledgebench.assessment.AssessmentParameters.defaults());
        for (SetParameters.Parameter x : SetParameters.ALL) {
            more.put(x.name(), new SimpleStringProperty(this, x.name(), shown(x, defaults.get(x.name()))));
        }
        chosen.addListener((o, was, now) -> {
            if (now != null) {
                apply(now);
            } else {
                // Loan & risk does not show the valuation's entries: without a set they are the engine's defaults
                assessment.resetValuationEntries();
                assessment.useSetParameters(Map.of());
            }
        });
        repository.addListener((o, was, now) -> refresh());
        if (repository.get() != null) {
            refresh();
        }
    }

    public ObservableList<ParameterSet> sets() {
        return sets;
    }

    public StringProperty input(AssessmentViewModel.Input in) {
        return inputs.get(in);
    }

    /** The entry of set parameter {@code name} ({@link SetParameters}), as typed (a percentage or years). */
    public StringProperty more(String name) {
        return more.get(name);
    }

    /** The revenue growth per year a set holds, a percent as typed. */
    public StringProperty growth() {
        return settingsForm.revenueGrowth();
    }

    /** The market factor correlation a set holds, as typed (0 to 1). */
    public StringProperty correlation() {
        return settingsForm.correlation();
    }

    public BooleanProperty midYearProperty() {
        return settingsForm.midYearProperty();
    }

    public BooleanProperty taxAmortisationProperty() {
        return settingsForm.taxAmortisationProperty();
    }

    public BooleanProperty hazardProperty() {
        return settingsForm.hazardProperty();
    }

    /** The settings' entries refused (REVENUE_GROWTH, CORRELATION); the view marks them. */
    public ObservableSet<String> invalidSettings() {
        return invalidSettings;
    }

    /** The set parameters whose entries are refused; the view marks them. */
    public ObservableSet<String> invalidMore() {
        return invalidMore;
    }

    /** {@code x}'s label in the user's language, with its unit. */
    public String label(SetParameters.Parameter x) {
        String about = switch (x.group()) {
            case HAZARD, LIQUIDATION -> i18n.type(io.pledgebench.domain.PatentType.parse(x.subject()).orElseThrow());
            case METHOD_WEIGHT -> i18n.render(Text.of("valuation.method." + x.subject()));
            case SCORING_WEIGHT -> i18n.render(Text.of("scoring.dimension." + x.subject()));
            case INDICATOR_WEIGHT -> i18n.render(Text.of("scoring.indicator." + x.subject()));
            case ECONOMIC_LIFE, ROYALTY -> x.subject();
        };
        return switch (x.group()) {
            case HAZARD -> i18n.get("ui.setParameter.hazard", about);
            case ECONOMIC_LIFE -> x.subject().isEmpty() ? i18n.get("ui.setParameter.economicLifeDefault")
                    : i18n.get("ui.setParameter.economicLife", about);
            case METHOD_WEIGHT -> i18n.get("ui.setParameter.methodWeight", about);
            case SCORING_WEIGHT -> i18n.get("ui.setParameter.scoringWeight", about);
            case INDICATOR_WEIGHT -> i18n.get("ui.setParameter.indicatorWeight", about,
                    i18n.render(Text.of("scoring.dimension." + x.field())));
            case ROYALTY -> switch (x.field()) {
                case "low" -> i18n.get("ui.setParameter.royaltyLow", about);
                case "typical" -> i18n.get("ui.setParameter.royaltyTypical", about);
                default -> i18n.get("ui.setParameter.royaltyHigh", about);
            };
            case LIQUIDATION -> switch (x.field()) {
                case "fireSale" -> i18n.get("ui.setParameter.fireSale", about);
                case "disposalCost" -> i18n.get("ui.setParameter.disposalCost", about);
                case "yearsToSell" -> i18n.get("ui.setParameter.yearsToSell", about);
                default -> i18n.get("ui.setParameter.liquidationRate", about);
            };
        };
    }

    /** The heading of {@code group} in Settings. */
    public String heading(SetParameters.Group group) {
        return switch (group) {
            case HAZARD -> i18n.get("ui.setParameter.group.hazard");
            case ECONOMIC_LIFE -> i18n.get("ui.setParameter.group.economicLife");
            case METHOD_WEIGHT -> i18n.get("ui.setParameter.group.methodWeight");
            case SCORING_WEIGHT -> i18n.get("ui.setParameter.group.scoringWeight");
            case INDICATOR_WEIGHT -> i18n.get("ui.setParameter.group.indicatorWeight");
            case LIQUIDATION -> i18n.get("ui.setParameter.group.liquidation");
            case ROYALTY -> i18n.get("ui.setParameter.group.royalty");
        };
    }

    /** {@code value} (stored units) as typed: a fraction as a percentage in the user's language, years as they are. */
    private String shown(SetParameters.Parameter x, double value) {
        return i18n.editable(x.unit() == SetParameters.Unit.PERCENT ? value * 100 : value);
    }

    public StringProperty nameProperty() {
        return name;
    }

    public ObservableSet<AssessmentViewModel.Input> invalid() {
        return invalid;
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** Why the last Save saved nothing (no name, a value refused), for beside the Save button; "" when it saved. */
    public ReadOnlyStringProperty saveProblemProperty() {
        return saveProblem.getReadOnlyProperty();
    }

    /** What the form says about the set being edited, above its fields (null: nothing). */
    public ReadOnlyObjectProperty<Text> noticeProperty() {
        return notice;
    }

    public ReadOnlyObjectProperty<Text> messageProperty() {
        return message;
    }

    public ObjectProperty<ParameterSet> chosenProperty() {
        return chosen;
    }

    /** Reads the stored sets in the background. */
    public void refresh() {
        ParameterSetRepository repo = repository.get();
        if (repo == null) {
            return;
        }
        Task<List<ParameterSet>> task = new Task<>() {
            @Override
            protected List<ParameterSet> call() {
                updateTitle(i18n.get("ui.task.parameterSets"));
                return repo.list();
            }
        };
        tasks.execute(task, list -> {
            String keep = chosen.get() == null ? null : chosen.get().name();
            sets.setAll(list);
            // the chosen set follows its newest version (a set saved again under its name)
            if (keep != null) {
                chosen.set(list.stream().filter(s -> s.name().equals(keep)).findFirst().orElse(null));
            }
        }, t -> dialogs.showError(i18n.get("ui.parameterSets.failed"), i18n.problem(t), t), () -> { });
    }

    /** Fills the form with {@code set}, to edit it or save it under another name. */
    public void edit(ParameterSet set) {
        name.set(set.name());
        for (AssessmentViewModel.Input in : PARAMETERS) {
            Double v = set.values().get(in.name());
            inputs.get(in).set(v == null ? "" : i18n.editable(in.percent() ? v * 100 : v));
        }
        // a set saved before it held these parameters: the engine's defaults of that time stand in, and it says so
        java.util.List<String> filledIn = new java.util.ArrayList<>();
        Map<String, Double> complete = SetParameters.complete(set.values(), filledIn);
        for (SetParameters.Parameter x : SetParameters.ALL) {
            more.get(x.name()).set(shown(x, complete.get(x.name())));
        }
        settingsForm.showSettings(ValuationSettings.fromSet(set.values(), set.switches(), filledIn));
        notice.set(filledIn.isEmpty() || set.values().isEmpty() ? null
                : Text.of("ui.parameterSets.filledIn", set.name(), filledIn.size()));
        validate();
    }

    /**
     * The form's values in the engine's units (a percent as a fraction), or empty with the first problem in
     * {@link #errorProperty()} and every bad field in {@link #invalid()}.
     */
    public Optional<Map<String, Double>> validate() {
        invalid.clear();
        Map<String, Double> values = new LinkedHashMap<>();
        String problem = null;
        for (AssessmentViewModel.Input in : PARAMETERS) {
            String text = inputs.get(in).get();
            String label = i18n.get(in.labelKey(), "");
            OptionalDouble d = i18n.parseNumber(text);
            String p = null;
            if (text == null || text.isBlank()) {
                p = i18n.get("ui.assessment.missing", label);
            } else if (d.isEmpty()) {
                p = i18n.get("ui.valuation.notANumber", label);
            } else if (in.percent() && (d.getAsDouble() < 0 || d.getAsDouble() > 100)) {
                p = i18n.get("ui.parameterSets.percentRange", label, text);
            } else if (!in.percent() && d.getAsDouble() != Math.rint(d.getAsDouble())) {
                p = i18n.get("ui.valuation.notAWholeNumber", label, text);
            } else if (in == AssessmentViewModel.Input.PATHS
                    && (d.getAsDouble() < 1 || d.getAsDouble() > AssessmentViewModel.MAX_PATHS)) {
                p = i18n.get("ui.input.pathsRange", label, i18n.integer(1), i18n.integer(AssessmentViewModel.MAX_PATHS),
                        text);
            }
            if (p != null) {
                invalid.add(in);
                problem = problem == null ? p : problem;
            } else {
                values.put(in.name(), in.percent() ? d.getAsDouble() / 100 : d.getAsDouble());
            }
        }
        invalidMore.clear();
        double weights = 0;
        double dimensions = 0;
        for (SetParameters.Parameter x : SetParameters.ALL) {
            String text = more.get(x.name()).get();
            String label = label(x);
            OptionalDouble d = i18n.parseNumber(text);
            String p = null;
            boolean percent = x.unit() == SetParameters.Unit.PERCENT;
            double stored = d.isEmpty() ? Double.NaN : percent ? d.getAsDouble() / 100 : d.getAsDouble();
            if (text == null || text.isBlank()) {
                p = i18n.get("ui.assessment.missing", label);
            } else if (d.isEmpty()) {
                p = i18n.get("ui.valuation.notANumber", label);
            } else if (!(stored >= x.low() - 1e-12 && stored <= x.high() + 1e-12)) {
                p = percent && x.high() < 1 ? i18n.get("ui.setParameter.percentRange", label,
                        i18n.number(x.low() * 100, 0), i18n.number(x.high() * 100, 0), text)
                        : percent ? i18n.get("ui.parameterSets.percentRange", label, text)
                        : i18n.get("ui.setParameter.yearsRange", label, i18n.number(x.low(), x.low() == Math.rint(x.low())
                        ? 0 : 1), i18n.number(x.high(), 0), text);
            }
            if (p != null) {
                invalidMore.add(x.name());
                problem = problem == null ? p : problem;
            } else {
                values.put(x.name(), stored);
                weights += x.group() == SetParameters.Group.METHOD_WEIGHT ? stored : 0;
                dimensions += x.group() == SetParameters.Group.SCORING_WEIGHT ? stored : 0;
            }
        }
        if (problem == null && !(weights > 0)) {
            SetParameters.ALL.stream().filter(x -> x.group() == SetParameters.Group.METHOD_WEIGHT)
                    .forEach(x -> invalidMore.add(x.name()));
            problem = i18n.get("ui.setParameter.weightsZero");
        }
        if (problem == null) {
            for (char c = 'A'; c <= 'H' && problem == null; c++) {
                String at = "ROYALTY_" + c + "_";
                double low = values.get(at + "LOW");
                double typical = values.get(at + "TYPICAL");
                double high = values.get(at + "HIGH");
                if (!(low <= typical && typical <= high)) {
                    invalidMore.addAll(List.of(at + "LOW", at + "TYPICAL", at + "HIGH"));
                    problem = i18n.get("ui.setParameter.royaltyOrder", String.valueOf(c), i18n.percent(low, 2),
                            i18n.percent(typical, 2), i18n.percent(high, 2));
                }
            }
        }
        if (problem == null && Math.abs(dimensions - 1) > 1e-9) {
            SetParameters.ALL.stream().filter(x -> x.group() == SetParameters.Group.SCORING_WEIGHT)
                    .forEach(x -> invalidMore.add(x.name()));
            problem = i18n.get("ui.setParameter.scoringSum", i18n.percent(dimensions, 1));
        }
        for (io.pledgebench.scoring.Dimension dim : io.pledgebench.scoring.Dimension.values()) {
            if (problem != null) {
                break;
            }
            // the indicators of each dimension share its weight: theirs add up to 100 % (as ScoringWeights requires)
            List<SetParameters.Parameter> of = SetParameters.ALL.stream()
                    .filter(x -> x.group() == SetParameters.Group.INDICATOR_WEIGHT && x.field().equals(dim.code()))
                    .toList();
            double sum = of.stream().mapToDouble(x -> values.get(x.name())).sum();
            if (Math.abs(sum - 1) > 1e-9) {
                of.forEach(x -> invalidMore.add(x.name()));
                problem = i18n.get("ui.setParameter.indicatorSum",
                        i18n.render(Text.of("scoring.dimension." + dim.code())), i18n.percent(sum, 1));
            }
        }
        if (problem == null) {
            problem = lowAboveHigh(values, AssessmentViewModel.Input.ADVANCE_INVENTION_LOW,
                    AssessmentViewModel.Input.ADVANCE_INVENTION_HIGH);
        }
        if (problem == null) {
            problem = lowAboveHigh(values, AssessmentViewModel.Input.ADVANCE_UTILITY_LOW,
                    AssessmentViewModel.Input.ADVANCE_UTILITY_HIGH);
        }
        if (problem == null) {
            problem = lowAboveHigh(values, AssessmentViewModel.Input.ADVANCE_DESIGN_LOW,
                    AssessmentViewModel.Input.ADVANCE_DESIGN_HIGH);
        }
        if (problem == null) {
            double shares = values.get(AssessmentViewModel.Input.SHARE_FUND.name())
                    + values.get(AssessmentViewModel.Input.SHARE_INSURER.name())
                    + values.get(AssessmentViewModel.Input.SHARE_GUARANTOR.name());
            if (shares > 1 + 1e-9) {
                invalid.add(AssessmentViewModel.Input.SHARE_FUND);
                invalid.add(AssessmentViewModel.Input.SHARE_INSURER);
                invalid.add(AssessmentViewModel.Input.SHARE_GUARANTOR);
                problem = i18n.get("ui.parameterSets.sharesAbove100", i18n.percent(shares, 1));
            }
        }
        // the valuation's settings, read as the Valuation screen reads them
        invalidSettings.clear();
        ValuationRateEntries.SettingsReading settings = readSettings();
        if (settings.ok()) {
            values.putAll(settings.settings().numbers());
        } else {
            invalidSettings.add(settings.invalid());
            problem = problem == null ? settings.problem() : problem;
        }
        error.set(problem == null ? "" : problem);
        return problem == null ? Optional.of(values) : Optional.empty();
    }

    private ValuationRateEntries.SettingsReading readSettings() {
        return settingsForm.readSettings(n -> ValuationViewModel.Input.valueOf(n).labelKey());
    }

    private String lowAboveHigh(Map<String, Double> values, AssessmentViewModel.Input low,
                                AssessmentViewModel.Input high) {
        if (values.get(low.name()) > values.get(high.name())) {
            invalid.add(low);
            invalid.add(high);
            return i18n.get("ui.parameterSets.lowAboveHigh", i18n.get(low.labelKey(), ""), i18n.get(high.labelKey(), ""));
        }
        return null;
    }

    /**
     * Saves the form as the set named in {@link #nameProperty()} (a set of that name is replaced only when the officer
     * agrees), in the background. Empty when nothing is saved (invalid values, no name, not replaced).
     */
    public Optional<Task<ParameterSet>> save() {
        ParameterSetRepository repo = repository.get();
        Optional<Map<String, Double>> values = validate();
        saveProblem.set("");
        if (repo == null) {
            return Optional.empty();
        }
        String n = name.get() == null ? "" : name.get().strip();
        if (n.isEmpty() || n.length() > ParameterSetRepository.MAX_NAME_LENGTH) {
            // said where the officer clicked: a success message of an earlier save no longer stands
            message.set(null);
            saveProblem.set(i18n.get("ui.parameterSets.name", ParameterSetRepository.MAX_NAME_LENGTH));
            return Optional.empty();
        }
        if (values.isEmpty()) {
            message.set(null);
            saveProblem.set(i18n.get("ui.parameterSets.notSaved", error.get()));
            return Optional.empty();
        }
        // the version the officer agrees to replace: a set saved by someone else in between is not overwritten
        ParameterSet replaces = sets.stream().filter(s -> s.name().equals(n)).findFirst().orElse(null);
        if (replaces != null && !dialogs.confirm(i18n.get("ui.parameterSets.title"),
                i18n.get("ui.parameterSets.replace", n), i18n.get("ui.parameterSets.replaceAction"))) {
            message.set(Text.of("ui.parameterSets.notReplaced", n));
            return Optional.empty();
        }
        Map<String, Boolean> switches = readSettings().settings().switches();
        Task<ParameterSet> task = new Task<>() {
            @Override
            protected ParameterSet call() {
                updateTitle(i18n.get("ui.task.parameterSets"));
                return repo.save(n, values.get(), switches, user, replaces);
            }
        };
        tasks.execute(task, saved -> {
            message.set(Text.of("ui.parameterSets.saved", saved.name()));
            refresh();
        }, t -> dialogs.showError(i18n.get("ui.parameterSets.failed"), i18n.problem(t), t), () -> { });
        return Optional.of(task);
    }

    /** Puts {@code set}'s values into the entries of Loan &amp; risk (which recalculates). */
    private void apply(ParameterSet set) {
        for (AssessmentViewModel.Input in : PARAMETERS) {
            Double v = set.values().get(in.name());
            if (v != null) {
                assessment.input(in).set(i18n.editable(in.percent() ? v * 100 : v));
            }
        }
        Map<String, Double> beyond = new LinkedHashMap<>();
        set.values().forEach((k, v) -> {
            if (SetParameters.named(k) != null) {
                beyond.put(k, v);
            }
        });
        assessment.useSetParameters(beyond);
        // the valuation's settings: shared with the Valuation screen (an older set's missing ones are the defaults)
        assessment.valuationEntries().showSettings(ValuationSettings.fromSet(set.values(), set.switches(),
                new java.util.ArrayList<>()));
    }

    /**
     * The set the entries of Loan &amp; risk were made from, with their values now and whether any differs from the
     * set's: what a saved assessment records. Empty when no set is chosen.
     */
    public Optional<ParameterSetRepository.UsedSet> used() {
        ParameterSet set = chosen.get();
        if (set == null) {
            return Optional.empty();
        }
        Map<String, Double> now = new LinkedHashMap<>();
        boolean edited = false;
        for (AssessmentViewModel.Input in : PARAMETERS) {
            OptionalDouble d = i18n.parseNumber(assessment.input(in).get());
            if (d.isEmpty()) {
                edited = true;
                continue;
            }
            double v = in.percent() ? d.getAsDouble() / 100 : d.getAsDouble();
            now.put(in.name(), v);
            Double s = set.values().get(in.name());
            edited |= s == null || Math.abs(s - v) > 1e-12;
        }
        // the parameters beyond the entries are the set's (the engine's defaults for those an older set lacks)
        Map<String, Double> setValues = SetParameters.complete(set.values(), new java.util.ArrayList<>());
        for (Map.Entry<String, Double> e : assessment.setParameters().entrySet()) {
            now.put(e.getKey(), e.getValue());
            edited |= Math.abs(setValues.get(e.getKey()) - e.getValue()) > 1e-12;
        }
        // the valuation's settings as assessed now, against the set's (the defaults for those an older set lacks)
        ValuationSettings setSettings = ValuationSettings.fromSet(set.values(), set.switches(), new java.util.ArrayList<>());
        ValuationRateEntries.SettingsReading reading = assessment.valuationEntries()
                .readSettings(n -> ValuationViewModel.Input.valueOf(n).labelKey());
        Map<String, Boolean> switches = Map.of();
        if (reading.ok()) {
            now.putAll(reading.settings().numbers());
            switches = reading.settings().switches();
            ValuationSettings v = reading.settings();
            edited |= Math.abs(v.revenueGrowth() - setSettings.revenueGrowth()) > 1e-12
                    || Math.abs(v.correlation() - setSettings.correlation()) > 1e-12
                    || !v.switches().equals(setSettings.switches());
        } else {
            edited = true;
        }
        return Optional.of(new ParameterSetRepository.UsedSet(set.name(), edited, now, switches));
    }
}
