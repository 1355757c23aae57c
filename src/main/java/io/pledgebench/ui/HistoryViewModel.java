package io.pledgebench.ui;

import io.pledgebench.assessment.Assessment;
import io.pledgebench.assessment.CanonicalJson;
import io.pledgebench.domain.Text;
import io.pledgebench.report.AssessmentReport;
import io.pledgebench.report.ReportInput;
import io.pledgebench.store.AssessmentRepository;
import io.pledgebench.store.AssessmentSummary;
import io.pledgebench.store.NewAssessment;
import io.pledgebench.store.SavedAssessment;
import io.pledgebench.store.SignOffRole;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.concurrent.Task;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * The Assessments history: saved assessments (immutable, newest first) with their maker/checker sign-offs;
 * saving the current assessment, printing a saved one exactly as it was, and signing off.
 */
public final class HistoryViewModel {

    private final ReadOnlyObjectProperty<AssessmentRepository> repository;
    private final BackgroundTasks tasks;
    private final DialogService dialogs;
    private final I18n i18n;
    private final UiPreferences preferences;
    private final String user;
    private final ObservableList<AssessmentSummary> assessments = FXCollections.observableArrayList();
    private final ObjectProperty<AssessmentSummary> selected = new SimpleObjectProperty<>(this, "selected");
    private final ObjectProperty<Text> message = new SimpleObjectProperty<>(this, "message");

    public HistoryViewModel(ReadOnlyObjectProperty<AssessmentRepository> repository, BackgroundTasks tasks,
                            DialogService dialogs, I18n i18n, UiPreferences preferences, String user) {
        this.repository = repository;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.i18n = i18n;
        this.preferences = preferences;
        this.user = user;
        repository.addListener((o, was, now) -> refresh(null));
        if (repository.get() != null) {
            refresh(null);
        }
    }

    public ObservableList<AssessmentSummary> assessments() {
        return assessments;
    }

    public ObjectProperty<AssessmentSummary> selectedProperty() {
        return selected;
    }

    public ReadOnlyObjectProperty<Text> messageProperty() {
        return message;
    }

    public BooleanBinding readyProperty() {
        return repository.isNotNull();
    }

    public void refresh(Long selectId) {
        AssessmentRepository repo = repository.get();
        if (repo == null) {
            return;
        }
        Long keep = selectId != null ? selectId : selected.get() == null ? null : selected.get().id();
        Task<List<AssessmentSummary>> task = new Task<>() {
            @Override
            protected List<AssessmentSummary> call() {
                updateTitle(i18n.get("ui.task.listAssessments"));
                return repo.list();
            }
        };
        task.setOnSucceeded(e -> {
            assessments.setAll(task.getValue());
            selected.set(assessments.stream().filter(a -> keep != null && a.id() == keep).findFirst().orElse(null));
        });
        task.setOnFailed(e -> failed("ui.error.history", task.getException()));
        tasks.run(task);
    }

    /** Saves {@code a} (inputs, parameters and results, rendered in the current language) for the record. */
    public Task<Long> save(Assessment a, Long portfolioId) {
        AssessmentRepository repo = repository.get();
        if (repo == null) {
            throw new IllegalStateException("the database is not open yet");
        }
        Locale locale = i18n.locale();
        Task<Long> task = new Task<>() {
            @Override
            protected Long call() {
                updateTitle(i18n.get("ui.task.saveAssessment", a.inputs().portfolio().name()));
                String inputs = CanonicalJson.write(Assessment.hashedTree(a.inputs(), a.parameters()));
                String result = CanonicalJson.write(a.toJson(locale));
                return repo.save(new NewAssessment(portfolioId, a.inputs().portfolio().name(), user, a.inputs().asOf(),
                        a.inputHash(), Wiring.appVersion(), inputs, result));
            }
        };
        task.setOnSucceeded(e -> {
            message.set(Text.of("ui.history.saved", task.getValue()));
            refresh(task.getValue());
        });
        task.setOnFailed(e -> failed("ui.error.saveAssessment", task.getException()));
        return tasks.run(task);
    }

    /** Asks where, then prints the selected saved assessment as it was saved. */
    public void printSelected(Supplier<LocalDate> printDate) {
        AssessmentSummary s = selected.get();
        AssessmentRepository repo = repository.get();
        if (s == null || repo == null) {
            return;
        }
        dialogs.chooseSaveFile(i18n.get("ui.loanRisk.saveReport.title"), preferences.lastFolder().orElse(null),
                "assessment-" + s.id() + ".pdf", "PDF", List.of("*.pdf")).ifPresent(file -> print(repo, s, file, printDate));
    }

    Task<Path> print(AssessmentRepository repo, AssessmentSummary s, Path file, Supplier<LocalDate> printDate) {
        Locale locale = i18n.locale();
        Task<Path> task = new Task<>() {
            @Override
            protected Path call() throws Exception {
                updateTitle(i18n.get("ui.task.report", file.getFileName()));
                SavedAssessment saved = repo.load(s.id()).orElseThrow(() ->
                        new IllegalStateException("assessment " + s.id() + " is no longer stored"));
                LocalDate date = printDate.get();
                io.pledgebench.store.Witness chain = repo.chainHead();
                ReportInput input = ReportInput.of(saved).withChain(chain.length(), chain.head());
                UserFile.write(preferences, file, out -> AssessmentReport.write(input, locale, date, out));
                return file;
            }
        };
        task.setOnSucceeded(e -> message.set(Text.of("ui.history.printed", s.id(), file.toString())));
        task.setOnFailed(e -> failed("ui.loanRisk.saveReport.failed", task.getException()));
        return tasks.run(task);
    }

    /** Records the current user's sign-off of the selected assessment in {@code role}, with a comment. */
    public void signOff(SignOffRole role) {
        AssessmentSummary s = selected.get();
        AssessmentRepository repo = repository.get();
        if (s == null || repo == null) {
            return;
        }
        String roleName = i18n.get("ui.history.role." + role.code());
        dialogs.askText(i18n.get("ui.history.signOff.title", roleName, s.id()),
                i18n.get("ui.history.signOff.comment", user), "").ifPresent(comment -> {
                    Task<Void> task = new Task<>() {
                        @Override
                        protected Void call() {
                            updateTitle(i18n.get("ui.history.signOff.title", roleName, s.id()));
                            repo.signOff(s.id(), role, user, comment);
                            return null;
                        }
                    };
                    task.setOnSucceeded(e -> {
                        message.set(Text.of("ui.history.signedOff", s.id(), roleName, user));
                        refresh(s.id());
                    });
                    task.setOnFailed(e -> failed("ui.error.signOff", task.getException()));
                    tasks.run(task);
                });
    }

    private void failed(String titleKey, Throwable t) {
        dialogs.showError(i18n.get(titleKey), t.getMessage() == null ? t.toString() : t.getMessage(), t);
    }
}
