package io.pledgebench.ui;

import io.pledgebench.domain.PatentType;
import io.pledgebench.domain.Text;
import io.pledgebench.io.ComparableTransactionCsv;
import io.pledgebench.io.ImportProblem;
import io.pledgebench.store.ComparableTransactionRepository;
import io.pledgebench.domain.ComparableTransaction;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;
import javafx.concurrent.Task;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * Comparable transactions for the market approach: the stored table, a form to add or edit one (every field
 * validated with a reason), delete with confirmation, and CSV import with its problem list. Every change makes
 * the valuation and the assessment run again, since they read the table.
 */
public final class ComparablesViewModel {

    /** The form's fields, in the order shown. */
    public enum Field {
        REFERENCE, DESCRIPTION, DATE, PRICE, CURRENCY, PATENT_TYPE, IPC, REMAINING_LIFE, SOURCE;

        public String labelKey() {
            return "ui.comparables." + name().toLowerCase(Locale.ROOT);
        }
    }

    private final ReadOnlyObjectProperty<ComparableTransactionRepository> repository;
    private final TaskExecutor tasks;
    private final DialogService dialogs;
    private final I18n i18n;
    private final UiPreferences preferences;
    private final Runnable changed;
    private final ObservableList<ComparableTransaction> transactions = FXCollections.observableArrayList();
    private final ObjectProperty<ComparableTransaction> selected = new SimpleObjectProperty<>(this, "selected");
    private final Map<Field, StringProperty> form = new EnumMap<>(Field.class);
    private final ObjectProperty<PatentType> patentType = new SimpleObjectProperty<>(this, "patentType",
            PatentType.INVENTION);
    private final ObservableMap<Field, Text> invalid = FXCollections.observableHashMap();
    private final ObservableList<ImportProblem> problems = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<Text> message = new ReadOnlyObjectWrapper<>(this, "message");

    public ComparablesViewModel(ReadOnlyObjectProperty<ComparableTransactionRepository> repository,
                                TaskExecutor tasks, DialogService dialogs, I18n i18n, UiPreferences preferences,
                                Runnable changed) {
        this.repository = repository;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.i18n = i18n;
        this.preferences = preferences;
        this.changed = changed;
        for (Field f : Field.values()) {
            if (f != Field.PATENT_TYPE) {
                form.put(f, new SimpleStringProperty(this, f.name(), ""));
            }
        }
        newTransaction();
        selected.addListener((o, was, now) -> {
            if (now != null) {
                fill(now);
            }
        });
        repository.addListener((o, was, now) -> refresh());
        if (repository.get() != null) {
            refresh();
        }
    }

    public ObservableList<ComparableTransaction> transactions() {
        return transactions;
    }

    public ObjectProperty<ComparableTransaction> selectedProperty() {
        return selected;
    }

    /** The text of a form field (all but the patent type). */
    public StringProperty field(Field f) {
        StringProperty p = form.get(f);
        if (p == null) {
            throw new IllegalArgumentException("the patent type is chosen, not typed: use patentTypeProperty()");
        }
        return p;
    }

    public ObjectProperty<PatentType> patentTypeProperty() {
        return patentType;
    }

    /** The fields the last save refused, each with its reason. */
    public ObservableMap<Field, Text> invalid() {
        return invalid;
    }

    /** Problems of the last CSV import. */
    public ObservableList<ImportProblem> problems() {
        return problems;
    }

    public ReadOnlyObjectProperty<Text> messageProperty() {
        return message.getReadOnlyProperty();
    }

    public BooleanBinding readyProperty() {
        return repository.isNotNull();
    }

    public void refresh() {
        ComparableTransactionRepository repo = repository.get();
        if (repo == null) {
            return;
        }
        Long keep = selected.get() == null ? null : selected.get().id();
        Task<List<ComparableTransaction>> task = new Task<>() {
            @Override
            protected List<ComparableTransaction> call() {
                updateTitle(i18n.get("ui.task.listComparables"));
                return repo.list();
            }
        };
        task.setOnSucceeded(e -> {
            transactions.setAll(task.getValue());
            selected.set(transactions.stream().filter(t -> t.id().equals(keep)).findFirst().orElse(null));
        });
        task.setOnFailed(e -> failed("ui.comparables.error.list", task.getException()));
        tasks.run(task);
    }

    /** Clears the form for a new transaction. */
    public void newTransaction() {
        selected.set(null);
        form.values().forEach(p -> p.set(""));
        form.get(Field.CURRENCY).set("CNY");
        patentType.set(PatentType.INVENTION);
        invalid.clear();
    }

    private void fill(ComparableTransaction t) {
        form.get(Field.REFERENCE).set(t.reference());
        form.get(Field.DESCRIPTION).set(t.description());
        form.get(Field.DATE).set(t.date().toString());
        form.get(Field.PRICE).set(t.price().toPlainString());
        form.get(Field.CURRENCY).set(t.currency());
        form.get(Field.IPC).set(t.ipc() == null ? "" : t.ipc());
        form.get(Field.REMAINING_LIFE).set(t.remainingLife() == null ? "" : i18n.number(t.remainingLife(), 2));
        form.get(Field.SOURCE).set(t.source());
        patentType.set(t.patentType());
        invalid.clear();
    }

    /**
     * Validates the form and stores it: as a new transaction, or over the selected one. Returns the task, or
     * null when the form was refused (see {@link #invalid()}).
     */
    public Task<Long> save() {
        ComparableTransactionRepository repo = repository.get();
        if (repo == null) {
            return null;
        }
        ComparableTransaction t = validate();
        if (t == null) {
            return null;
        }
        ComparableTransaction editing = selected.get();
        ComparableTransaction toStore = editing == null ? t : t.withId(editing.id());
        Task<Long> task = new Task<>() {
            @Override
            protected Long call() {
                updateTitle(i18n.get("ui.task.saveComparable", toStore.reference()));
                if (toStore.id() == null) {
                    return repo.insert(toStore);
                }
                repo.update(toStore);
                return toStore.id();
            }
        };
        task.setOnSucceeded(e -> {
            message.set(Text.of("ui.comparables.saved", toStore.reference()));
            selected.set(toStore.withId(task.getValue()));
            refresh();
            changed.run();
        });
        task.setOnFailed(e -> failed("ui.comparables.error.save", task.getException()));
        return tasks.run(task);
    }

    /** The transaction of the form, or null with the refused fields in {@link #invalid()}. */
    ComparableTransaction validate() {
        invalid.clear();
        String reference = text(Field.REFERENCE);
        if (reference.isEmpty()) {
            invalid.put(Field.REFERENCE, Text.of("ui.comparables.invalid.required"));
        }
        LocalDate date = null;
        try {
            date = LocalDate.parse(text(Field.DATE));
        } catch (DateTimeParseException e) {
            invalid.put(Field.DATE, Text.of("ui.comparables.invalid.date", text(Field.DATE)));
        }
        BigDecimal price = null;
        OptionalDouble p = i18n.parseNumber(text(Field.PRICE));
        if (p.isEmpty() || !(p.getAsDouble() > 0)) {
            invalid.put(Field.PRICE, Text.of("ui.comparables.invalid.price", text(Field.PRICE)));
        } else {
            // The typed digits, not the double: a price is money and must keep its exact value.
            price = new BigDecimal(text(Field.PRICE).replaceAll("[^0-9.\\-]", ""));
        }
        String currency = text(Field.CURRENCY).toUpperCase(Locale.ROOT);
        if (!currency.matches("[A-Z]{3}")) {
            invalid.put(Field.CURRENCY, Text.of("ui.comparables.invalid.currency", text(Field.CURRENCY)));
        }
        String ipc = text(Field.IPC);
        if (!ipc.isEmpty() && !ipc.toUpperCase(Locale.ROOT).matches("[A-H].*")) {
            invalid.put(Field.IPC, Text.of("ui.comparables.invalid.ipc", ipc));
        }
        Double life = null;
        if (!text(Field.REMAINING_LIFE).isEmpty()) {
            OptionalDouble l = i18n.parseNumber(text(Field.REMAINING_LIFE));
            if (l.isEmpty() || !(l.getAsDouble() > 0)) {
                invalid.put(Field.REMAINING_LIFE, Text.of("ui.comparables.invalid.life", text(Field.REMAINING_LIFE)));
            } else {
                life = l.getAsDouble();
            }
        }
        if (text(Field.SOURCE).isEmpty()) {
            invalid.put(Field.SOURCE, Text.of("ui.comparables.invalid.required"));
        }
        if (!invalid.isEmpty()) {
            return null;
        }
        return new ComparableTransaction(null, reference, text(Field.DESCRIPTION), date, price, currency,
                patentType.get(), ipc, life, text(Field.SOURCE));
    }

    private String text(Field f) {
        String s = form.get(f).get();
        return s == null ? "" : s.strip();
    }

    /** Deletes the selected transaction after the user confirmed. */
    public void deleteSelected() {
        ComparableTransaction t = selected.get();
        ComparableTransactionRepository repo = repository.get();
        if (t == null || repo == null || !dialogs.confirm(i18n.get("ui.comparables.delete.title"),
                i18n.get("ui.comparables.delete.message", t.reference()), i18n.get("ui.comparables.delete.action"))) {
            return;
        }
        Task<Void> task = new Task<>() {
            @Override
            protected Void call() {
                updateTitle(i18n.get("ui.comparables.delete.title"));
                repo.delete(t.id());
                return null;
            }
        };
        task.setOnSucceeded(e -> {
            message.set(Text.of("ui.comparables.deleted", t.reference()));
            newTransaction();
            refresh();
            changed.run();
        });
        task.setOnFailed(e -> failed("ui.comparables.error.delete", task.getException()));
        tasks.run(task);
    }

    /** Asks for a CSV file and imports it. */
    public void chooseAndImport() {
        dialogs.chooseFile(i18n.get("ui.comparables.import.title"), preferences.lastFolder().orElse(null), "CSV",
                List.of("*.csv")).ifPresent(this::importCsv);
    }

    /**
     * Reads {@code file}; every problem is listed. Without problems every row is stored; with some, only when the
     * user agrees to store the good rows (all or nothing otherwise, as for portfolios).
     */
    public Task<ComparableTransactionCsv.Result> importCsv(Path file) {
        ComparableTransactionRepository repo = repository.get();
        if (repo == null) {
            return null;
        }
        problems.clear();
        Task<ComparableTransactionCsv.Result> read = new Task<>() {
            @Override
            protected ComparableTransactionCsv.Result call() {
                updateTitle(i18n.get("ui.task.importComparables", file.getFileName()));
                return ComparableTransactionCsv.read(file);
            }
        };
        read.setOnSucceeded(e -> {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                preferences.setLastFolder(parent);
            }
            ComparableTransactionCsv.Result r = read.getValue();
            problems.setAll(r.problems());
            if (r.transactions().isEmpty()) {
                message.set(Text.of("ui.comparables.import.none", file.getFileName().toString(), r.problems().size()));
                return;
            }
            if (!r.problems().isEmpty() && !dialogs.confirm(i18n.get("ui.comparables.import.title"),
                    i18n.get("ui.comparables.import.partial", r.transactions().size(), r.rowsRead(), r.problems().size()),
                    i18n.get("ui.comparables.import.keepGood"))) {
                message.set(Text.of("ui.comparables.import.refused", file.getFileName().toString()));
                return;
            }
            store(repo, r.transactions(), file);
        });
        read.setOnFailed(e -> failed("ui.comparables.error.import", read.getException()));
        return tasks.run(read);
    }

    private void store(ComparableTransactionRepository repo, List<ComparableTransaction> rows, Path file) {
        Task<List<Long>> task = new Task<>() {
            @Override
            protected List<Long> call() {
                updateTitle(i18n.get("ui.task.importComparables", file.getFileName()));
                return repo.insertAll(rows);
            }
        };
        task.setOnSucceeded(e -> {
            message.set(Text.of("ui.comparables.imported", rows.size(), file.getFileName().toString()));
            refresh();
            changed.run();
        });
        task.setOnFailed(e -> failed("ui.comparables.error.import", task.getException()));
        tasks.run(task);
    }

    private void failed(String titleKey, Throwable t) {
        dialogs.showError(i18n.get(titleKey), t.getMessage() == null ? t.toString() : t.getMessage(), t);
    }
}
