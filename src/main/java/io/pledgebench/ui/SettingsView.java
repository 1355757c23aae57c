package io.pledgebench.ui;

import javafx.fxml.FXML;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;

import java.util.List;
import java.util.Locale;

/** Controller of SettingsView.fxml. */
public final class SettingsView {

    private final SettingsViewModel vm;
    private final I18n i18n;

    @FXML private ComboBox<Locale> language;
    @FXML private Label databaseInUse;
    @FXML private Label databaseNextStart;
    @FXML private javafx.scene.control.TextField teamDatabase;
    @FXML private javafx.scene.control.TreeView<String> parameters;
    @FXML private ComboBox<io.pledgebench.store.ParameterSetRepository.ParameterSet> setChoice;
    @FXML private javafx.scene.layout.FlowPane setForms;
    @FXML private javafx.scene.control.TextField setName;
    @FXML private Label setError;
    @FXML private Label setMessage;
    @FXML private Label setSaveProblem;
    @FXML private Label setNotice;

    private final ParameterSetsViewModel sets;

    SettingsView(SettingsViewModel vm, ParameterSetsViewModel sets, I18n i18n) {
        this.vm = vm;
        this.sets = sets;
        this.i18n = i18n;
    }

    @FXML
    private void saveParameterSet() {
        sets.save();
    }

    /** The named parameter sets: pick one to edit, or edit the defaults; rates typed as percents. */
    private void buildParameterSets() {
        setChoice.setItems(sets.sets());
        setChoice.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(io.pledgebench.store.ParameterSetRepository.ParameterSet p) {
                return p == null ? "" : p.name();
            }

            @Override
            public io.pledgebench.store.ParameterSetRepository.ParameterSet fromString(String s) {
                return null;
            }
        });
        setChoice.setPromptText(i18n.get("ui.parameterSets.newSet"));
        setChoice.valueProperty().addListener((o, was, now) -> {
            if (now != null) {
                sets.edit(now);
            }
        });
        // the set's values in columns of related parameters, side by side where the window is wide enough
        ParameterForm advance = form("ui.assessment.section.advance");
        ParameterForm sharing = form("ui.assessment.section.sharing");
        ParameterForm valuation = form("ui.valuation.section.discount");
        for (AssessmentViewModel.Input in : ParameterSetsViewModel.PARAMETERS) {
            ParameterForm f = in.name().startsWith("ADVANCE_") ? advance
                    : AssessmentViewModel.Input.VALUATION.contains(in) ? valuation : sharing;
            if (in == AssessmentViewModel.Input.PATHS) {
                f.section(i18n.get("ui.valuation.section.monteCarlo"));
            }
            if (in == AssessmentViewModel.Input.TAX_RATE) {
                f.section(i18n.get("ui.valuation.section.income"));
            }
            f.field(in, i18n.get(in.labelKey(), ""), sets.input(in));
            if (in == AssessmentViewModel.Input.SEED) {
                // the simulation's settings of the Valuation screen a set holds too (ValuationSettings)
                f.field("CORRELATION", "set_correlation",
                        i18n.get(ValuationViewModel.Input.CORRELATION.labelKey()), sets.correlation());
                f.check(i18n.get("ui.valuation.hazard"), sets.hazardProperty()).setId("set-check-hazard");
            }
        }
        valuation.field("REVENUE_GROWTH", "set_revenue_growth",
                i18n.get(ValuationViewModel.Input.REVENUE_GROWTH.labelKey()), sets.growth());
        valuation.check(i18n.get("ui.valuation.midYear"), sets.midYearProperty()).setId("set-check-midyear");
        valuation.check(i18n.get("ui.valuation.tab"), sets.taxAmortisationProperty()).setId("set-check-tab");
        // the engine's parameters a set holds besides the entries, group by group (hazards with the method and quality-score weights)
        ParameterForm more = null;
        io.pledgebench.app.SetParameters.Group group = null;
        for (io.pledgebench.app.SetParameters.Parameter x : io.pledgebench.app.SetParameters.ALL) {
            if (x.group() == io.pledgebench.app.SetParameters.Group.ROYALTY) {
                continue;
            }
            if (x.group() != group) {
                group = x.group();
                if (more == null || group != io.pledgebench.app.SetParameters.Group.METHOD_WEIGHT
                        && group != io.pledgebench.app.SetParameters.Group.SCORING_WEIGHT) {
                    more = form(null);
                }
                more.section(sets.heading(group));
            }
            more.field(x.name(), x.name(), sets.label(x), sets.more(x.name()));
        }
        setForms.getChildren().add(royalties());
        setName.textProperty().bindBidirectional(sets.nameProperty());
        setError.textProperty().bind(sets.errorProperty());
        setError.managedProperty().bind(sets.errorProperty().isNotEmpty());
        setNotice.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> sets.noticeProperty().get() == null ? "" : i18n.render(sets.noticeProperty().get()),
                sets.noticeProperty()));
        setNotice.visibleProperty().bind(sets.noticeProperty().isNotNull());
        setNotice.managedProperty().bind(sets.noticeProperty().isNotNull());
        setSaveProblem.textProperty().bind(sets.saveProblemProperty());
        setSaveProblem.visibleProperty().bind(sets.saveProblemProperty().isNotEmpty());
        setSaveProblem.managedProperty().bind(sets.saveProblemProperty().isNotEmpty());
        setMessage.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> i18n.render(sets.messageProperty().get()), sets.messageProperty()));
    }

    /** The royalty rates by IPC section as a table of fields: one row per section, low, typical and high. */
    private javafx.scene.Node royalties() {
        javafx.scene.layout.GridPane grid = new javafx.scene.layout.GridPane();
        grid.setHgap(8);
        grid.setVgap(6);
        Label heading = new Label(sets.heading(io.pledgebench.app.SetParameters.Group.ROYALTY));
        heading.getStyleClass().add("form-section");
        heading.setWrapText(true);
        grid.add(heading, 0, 0, 4, 1);
        String[] headers = {"ui.setParameter.royalty.section", "ui.setParameter.royalty.low",
                "ui.setParameter.royalty.typical", "ui.setParameter.royalty.high"};
        for (int i = 0; i < headers.length; i++) {
            Label h = new Label(i18n.get(headers[i]));
            // a column header is never cut: the column is at least as wide as it
            h.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            grid.add(h, i, 1);
        }
        java.util.Map<String, javafx.scene.control.TextField> fields = new java.util.HashMap<>();
        int row = 2;
        for (io.pledgebench.app.SetParameters.Parameter x : io.pledgebench.app.SetParameters.ALL) {
            if (x.group() != io.pledgebench.app.SetParameters.Group.ROYALTY) {
                continue;
            }
            int column = switch (x.field()) {
                case "low" -> 1;
                case "typical" -> 2;
                default -> 3;
            };
            if (column == 1) {
                grid.add(new Label(x.subject()), 0, row);
            }
            javafx.scene.control.TextField f = new javafx.scene.control.TextField();
            f.setId("input-" + x.name().toLowerCase(Locale.ROOT));
            f.setPrefColumnCount(5);
            f.setAccessibleText(sets.label(x));
            f.setTooltip(new javafx.scene.control.Tooltip(sets.label(x)));
            f.textProperty().bindBidirectional(sets.more(x.name()));
            fields.put(x.name(), f);
            grid.add(f, column, row);
            if (column == 3) {
                row++;
            }
        }
        Runnable mark = () -> fields.forEach((name, f) -> {
            f.getStyleClass().remove("invalid");
            if (sets.invalidMore().contains(name)) {
                f.getStyleClass().add("invalid");
            }
        });
        sets.invalidMore().addListener((javafx.collections.SetChangeListener<String>) c -> mark.run());
        mark.run();
        grid.setPrefWidth(300);
        grid.setMaxWidth(300);
        return grid;
    }

    /** A column of the set's form, under {@code headingKey} (null: none). */
    private ParameterForm form(String headingKey) {
        ParameterForm f = new ParameterForm();
        f.setPrefWidth(300);
        f.setMaxWidth(300);
        if (headingKey != null) {
            f.section(i18n.get(headingKey));
        }
        f.markInvalid(sets.invalid());
        f.markInvalid(sets.invalidMore());
        f.markInvalid(sets.invalidSettings());
        setForms.getChildren().add(f);
        return f;
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
        javafx.scene.control.TreeItem<String> root = new javafx.scene.control.TreeItem<>();
        addParameters(root, vm.defaultParameters());
        parameters.setRoot(root);
        parameters.setShowRoot(false);
        buildParameterSets();
    }

    @FXML
    private void useTeamDatabase() {
        vm.useTeamDatabase(teamDatabase.getText());
    }

    /** One tree item per parameter; groups (maps) and lists open into their members. */
    private void addParameters(javafx.scene.control.TreeItem<String> parent, Object value) {
        addParameters(parent, value, List.of());
    }

    private void addParameters(javafx.scene.control.TreeItem<String> parent, Object value, List<String> path) {
        if (value instanceof java.util.Map<?, ?> m) {
            for (var e : m.entrySet()) {
                Object v = e.getValue();
                List<String> at = with(path, String.valueOf(e.getKey()));
                if (v instanceof java.util.Map<?, ?> || v instanceof java.util.List<?>) {
                    javafx.scene.control.TreeItem<String> group = new javafx.scene.control.TreeItem<>(i18n.term(String.valueOf(e.getKey())));
                    addParameters(group, v, at);
                    parent.getChildren().add(group);
                } else {
                    parent.getChildren().add(new javafx.scene.control.TreeItem<>(
                            i18n.get("ui.settings.parameter", i18n.term(String.valueOf(e.getKey())), format(v, at))));
                }
            }
        } else if (value instanceof java.util.List<?> l) {
            int i = 1;
            for (Object v : l) {
                if (v instanceof java.util.Map<?, ?> || v instanceof java.util.List<?>) {
                    javafx.scene.control.TreeItem<String> group = new javafx.scene.control.TreeItem<>("#" + i);
                    addParameters(group, v, path);
                    parent.getChildren().add(group);
                } else {
                    parent.getChildren().add(new javafx.scene.control.TreeItem<>(format(v, path)));
                }
                i++;
            }
        }
    }

    private static List<String> with(List<String> path, String key) {
        List<String> out = new java.util.ArrayList<>(path);
        out.add(key);
        return out;
    }

    /** The parameters that are amounts in yuan: shown in the screen's unit, with it (万元 / CNY), never raw yuan. */
    private static final java.util.Set<String> AMOUNTS = java.util.Set.of("fullScoreProductRevenue",
            "fullScoreLicenceRevenue", "roundingUnit");

    private String format(Object v, List<String> path) {
        if (v instanceof Number n && !path.isEmpty() && AMOUNTS.contains(path.get(path.size() - 1))) {
            return i18n.amount(n.doubleValue(), "CNY");
        }
        if (v instanceof Double d && SettingsViewModel.isFraction(path)) {
            // a rate as the officer types it: 0.0995 is 9.95 %, with as many decimals as it has
            return i18n.percent(d, percentDecimals(d));
        }
        if (v instanceof Double d) {
            return i18n.number(d, Math.abs(d) < 1 && d != 0 ? 4 : 2);
        }
        if (v instanceof io.pledgebench.domain.Text t) {
            return i18n.render(t);
        }
        if (v instanceof Boolean b) {
            return i18n.get(b ? "ui.settings.yes" : "ui.settings.no");
        }
        if (v instanceof Number n) {
            return i18n.number(n.doubleValue(), n.doubleValue() == Math.rint(n.doubleValue()) ? 0 : 2);
        }
        return v == null ? "" : i18n.term(String.valueOf(v));
    }

    /** The fewest decimals (up to 4) that show {@code fraction} as a percentage exactly. */
    static int percentDecimals(double fraction) {
        double pct = fraction * 100;
        for (int d = 0; d < 4; d++) {
            double scale = Math.pow(10, d);
            if (Math.abs(Math.rint(pct * scale) / scale - pct) < 1e-9) {
                return d;
            }
        }
        return 4;
    }

    @FXML
    private void chooseDatabase() {
        vm.chooseDatabaseFolder();
    }

    @FXML
    private void createEncryptedDatabase() {
        vm.createEncryptedDatabase();
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
