package io.pledgebench.ui;

import io.pledgebench.assessment.Assessment;
import io.pledgebench.app.AssessmentArchive;
import io.pledgebench.domain.Text;
import io.pledgebench.store.AssessmentRepository;
import io.pledgebench.store.AssessmentSummary;
import io.pledgebench.store.SavedAssessment;
import io.pledgebench.domain.SignOffRole;
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
    private final TaskExecutor tasks;
    private final DialogService dialogs;
    private final I18n i18n;
    private final UiPreferences preferences;
    private final String user;
    private final ObservableList<AssessmentSummary> assessments = FXCollections.observableArrayList();
    private final ObjectProperty<AssessmentSummary> selected = new SimpleObjectProperty<>(this, "selected");
    private final ObjectProperty<Text> message = new SimpleObjectProperty<>(this, "message");

    public HistoryViewModel(ReadOnlyObjectProperty<AssessmentRepository> repository, TaskExecutor tasks,
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

    /**
     * Saves {@code a} for the record through the one save service of the command line and the workbench (the
     * report's document: it reprints the same in either language). When the same inputs and parameters were saved
     * before, the user is asked first; nothing is saved twice without a yes. The lookup and the save run in the
     * background; {@code portfolioId} is the stored portfolio the assessment was computed for.
     */
    public void save(Assessment a, Long portfolioId) {
        save(a, portfolioId, null, null);
    }

    /** Where the parameter set an assessment was made with is recorded (null: not recorded). */
    private ReadOnlyObjectProperty<io.pledgebench.store.ParameterSetRepository> parameterSets;

    void recordParameterSetsIn(ReadOnlyObjectProperty<io.pledgebench.store.ParameterSetRepository> repository) {
        this.parameterSets = repository;
    }

    /**
     * {@link #save(Assessment, Long)}, recording beside it the parameter set {@code used} it was made with (null:
     * none was chosen), for {@code client}, the bank the officer named (委托方; null: not named), which the saved
     * document keeps and every reprint names.
     */
    public void save(Assessment a, Long portfolioId, io.pledgebench.store.ParameterSetRepository.UsedSet used,
                     String client) {
        AssessmentRepository repo = repository.get();
        if (repo == null) {
            throw new IllegalStateException("the database is not open yet");
        }
        AssessmentArchive archive = new AssessmentArchive(repo);
        Task<java.util.Optional<SavedAssessment>> check = new Task<>() {
            @Override
            protected java.util.Optional<SavedAssessment> call() {
                updateTitle(i18n.get("ui.task.saveAssessment", a.inputs().portfolio().name()));
                return archive.sameAs(a);
            }
        };
        check.setOnSucceeded(e -> {
            java.util.Optional<SavedAssessment> earlier = check.getValue();
            if (earlier.isPresent()) {
                SavedAssessment s = earlier.get();
                String when = i18n.date(java.time.LocalDate.ofInstant(s.createdAt(), java.time.ZoneId.systemDefault()));
                if (!dialogs.confirm(i18n.get("ui.history.duplicate.title"),
                        i18n.get("ui.history.duplicate.message", s.id(), when), i18n.get("ui.history.duplicate.action"))) {
                    message.set(Text.of("ui.history.duplicate.kept", s.id()));
                    return;
                }
            }
            store(archive, a, portfolioId, used, client);
        });
        check.setOnFailed(e -> failed("ui.error.saveAssessment", check.getException()));
        tasks.run(check);
    }

    private void store(AssessmentArchive archive, Assessment a, Long portfolioId,
                       io.pledgebench.store.ParameterSetRepository.UsedSet used, String client) {
        io.pledgebench.store.ParameterSetRepository sets = parameterSets == null ? null : parameterSets.get();
        if (used != null && sets == null) {
            throw new IllegalStateException("a parameter set is to be recorded but the database is not open");
        }
        Task<Long> task = new Task<>() {
            @Override
            protected Long call() {
                updateTitle(i18n.get("ui.task.saveAssessment", a.inputs().portfolio().name()));
                long id = archive.save(a, portfolioId, user, Wiring.appVersion(), client,
                        used == null ? null : new io.pledgebench.report.ReportSource.SetUsed(used.name(), used.edited()));
                if (used != null) {
                    sets.recordUse(id, used);
                }
                return id;
            }
        };
        task.setOnSucceeded(e -> {
            message.set(Text.of("ui.history.saved", task.getValue()));
            refresh(task.getValue());
        });
        task.setOnFailed(e -> failed("ui.error.saveAssessment", task.getException()));
        tasks.run(task);
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
                LocalDate date = printDate.get();
                AssessmentArchive archive = new AssessmentArchive(repo);
                UserFile.write(preferences, file, out -> archive.print(s.id(), locale, date, out));
                return file;
            }
        };
        task.setOnSucceeded(e -> message.set(Text.of("ui.history.printed", s.id(), file.toString())));
        task.setOnFailed(e -> failed("ui.loanRisk.saveReport.failed", task.getException()));
        return tasks.run(task);
    }

    /** The name typed at the last sign-off of this session: offered again, never the operating-system login. */
    private String lastSigner = "";

    /**
     * Asks who signs (prefilled with the name last typed, not the operating-system login: on a single-user desk the
     * login is the same person for maker and checker), refuses a checker who is the maker before any comment is
     * typed, then asks for the comment and records the sign-off under the typed name — as {@code signoff --user} does.
     */
    public void signOff(SignOffRole role) {
        AssessmentSummary s = selected.get();
        AssessmentRepository repo = repository.get();
        if (s == null || repo == null) {
            return;
        }
        String roleName = roleName(role);
        String title = i18n.get("ui.history.signOff.title", roleName, s.id());
        dialogs.askText(title, i18n.get("ui.history.signOff.name", roleName), lastSigner).ifPresent(typed -> {
            String name;
            try {
                name = io.pledgebench.domain.PersonName.check(typed);
            } catch (io.pledgebench.domain.RefusedInputException refused) {
                dialogs.showError(i18n.get("ui.error.signOff"), i18n.render(refused.text()), null);
                return;
            }
            lastSigner = name;
            if (role == SignOffRole.CHECKER && s.maker() != null
                    && io.pledgebench.domain.PersonName.comparisonKey(s.maker())
                    .equals(io.pledgebench.domain.PersonName.comparisonKey(name))) {
                // the store would refuse it too; said now, before the checker types a comment for nothing
                dialogs.showError(i18n.get("ui.error.signOff"), i18n.get("ui.history.refused.checkerIsMaker", s.maker()),
                        null);
                return;
            }
            dialogs.askText(title, i18n.get("ui.history.signOff.comment", name), "").ifPresent(comment ->
                    recordSignOff(s.id(), title, role, name, () -> repo.signOff(s.id(), role, name, comment)));
        });
    }

    /**
     * Asks the valuer (评估师) who appraised the patents for the name, the qualification certificate number
     * (资格证书编号), the appraisal firm (评估机构) and a comment, and records the valuer's sign-off of the selected
     * assessment; what is missing or too long is refused with the reason in the user's language, nothing recorded.
     */
    public void signAsValuer() {
        AssessmentSummary s = selected.get();
        AssessmentRepository repo = repository.get();
        if (s == null || repo == null) {
            return;
        }
        String roleName = i18n.get("ui.history.role.valuer");
        String title = i18n.get("ui.history.signOff.title", roleName, s.id());
        List<String> labels = List.of(i18n.get("ui.history.valuer.name"), i18n.get("ui.history.valuer.qualification"),
                i18n.get("ui.history.valuer.firm"), i18n.get("ui.history.valuer.comment"));
        dialogs.askFields(title, i18n.get("ui.history.valuer.lead"), labels).ifPresent(answers -> {
            String name;
            io.pledgebench.domain.Appraiser appraiser;
            try {
                name = io.pledgebench.domain.PersonName.check(answers.get(0));
                appraiser = new io.pledgebench.domain.Appraiser(required(answers.get(1), labels.get(1), 100),
                        required(answers.get(2), labels.get(2), 400));
            } catch (io.pledgebench.domain.RefusedInputException refused) {
                // a name that cannot sign: said in the user's language; nothing recorded
                dialogs.showError(i18n.get("ui.error.signOff"), i18n.render(refused.text()), null);
                return;
            }
            String comment = answers.get(3) == null ? "" : answers.get(3);
            recordSignOff(s.id(), title, SignOffRole.VALUER, name,
                    () -> repo.signOff(s.id(), SignOffRole.VALUER, name, comment, appraiser));
        });
    }

    /**
     * Records a sign-off of assessment {@code id} in the background ({@code record}), then says it was signed and
     * shows the assessment again; a sign-off a rule refused is said in the user's language, with no stack trace
     * behind it.
     */
    private void recordSignOff(long id, String title, SignOffRole role, String signer, Runnable record) {
        Task<Void> task = new Task<>() {
            @Override
            protected Void call() {
                updateTitle(title);
                record.run();
                return null;
            }
        };
        task.setOnSucceeded(e -> {
            // the role as a number the message names in the language shown, also after a switch of language
            message.set(Text.of("ui.history.signedOff", id, role.ordinal(), signer));
            refresh(id);
        });
        task.setOnFailed(e -> {
            if (task.getException() instanceof io.pledgebench.store.SignOffRefusedException r) {
                dialogs.showError(i18n.get("ui.error.signOff"), refusal(r), null);
                refresh(id);
            } else {
                failed("ui.error.signOff", task.getException());
            }
        });
        tasks.run(task);
    }

    /** {@code value} stripped, refused in the user's language when empty or longer than {@code max}. */
    private static String required(String value, String label, int max) {
        String v = value == null ? "" : value.strip();
        if (v.isEmpty()) {
            throw io.pledgebench.domain.RefusedInputException.of("ui.history.valuer.missing", label);
        }
        if (v.length() > max) {
            throw io.pledgebench.domain.RefusedInputException.of("ui.history.valuer.tooLong", label, v.length(), max);
        }
        return v;
    }

    /** Why the rules refused a sign-off, in the user's language. */
    String refusal(io.pledgebench.store.SignOffRefusedException r) {
        java.util.List<Object> a = r.args();
        return switch (r.reason()) {
            case ALREADY_SIGNED -> i18n.get("ui.history.refused.alreadySigned", a.get(0),
                    roleName(SignOffRole.parse((String) a.get(1))), a.get(2),
                    i18n.date(java.time.LocalDate.ofInstant((java.time.Instant) a.get(3), java.time.ZoneId.systemDefault())));
            case NO_MAKER_YET -> i18n.get("ui.history.refused.noMakerYet", a.get(0));
            case SECOND_VALUER_IS_FIRST -> i18n.get("ui.history.refused.secondValuerIsFirst", a.get(0));
            case CHECKER_IS_MAKER -> i18n.get("ui.history.refused.checkerIsMaker", a.get(0));
            case COMMENT_TOO_LONG -> i18n.get("ui.history.refused.commentTooLong", a.get(0));
            case NO_SUCH_ASSESSMENT -> i18n.get("ui.history.refused.noSuchAssessment", a.get(0));
        };
    }

    /** A sign-off role's name in the user's language. */
    private String roleName(SignOffRole role) {
        return i18n.get(switch (role) {
            case MAKER -> "ui.history.role.maker";
            case CHECKER -> "ui.history.role.checker";
            case VALUER -> "ui.history.role.valuer";
            case SECOND_VALUER -> "ui.history.role.valuer2";
        });
    }

    private void failed(String titleKey, Throwable t) {
        dialogs.showError(i18n.get(titleKey), t.getMessage() == null ? t.toString() : t.getMessage(), t);
    }
}
