package io.pledgebench.ui;

import io.pledgebench.assessment.Assessment;
import io.pledgebench.assessment.AssessmentInputs;
import io.pledgebench.assessment.AssessmentParameters;
import io.pledgebench.assessment.AssessmentPipeline;
import io.pledgebench.domain.Portfolio;
import io.pledgebench.io.PortfolioReader;
import io.pledgebench.store.AssessmentRepository;
import io.pledgebench.store.Database;
import io.pledgebench.domain.SignOffRole;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.prefs.Preferences;

import static org.assertj.core.api.Assertions.assertThat;

/** The Assessments history: save, list, print as saved, four-eyes sign-off. */
class HistoryViewModelTest {

    private static final LocalDate AS_OF = LocalDate.of(2025, 6, 30);

    @TempDir
    Path dir;
    private Database db;
    private BackgroundTasks tasks;
    private Preferences node;
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private HistoryViewModel vm;

    @BeforeAll
    static void toolkit() throws Exception {
        Fx.startToolkit();
    }

    @BeforeEach
    void setUp() throws Exception {
        db = Database.inMemory("history-" + UUID.randomUUID());
        tasks = new BackgroundTasks();
        node = Preferences.userRoot().node("io/pledgebench/test/" + UUID.randomUUID());
        SimpleObjectProperty<AssessmentRepository> repo = new SimpleObjectProperty<>(new AssessmentRepository(db));
        vm = Fx.call(() -> new HistoryViewModel(repo, tasks, dialogs, new I18n(Locale.ENGLISH), new UiPreferences(node),
                "alice"));
    }

    @AfterEach
    void tearDown() throws Exception {
        tasks.close();
        db.close();
        node.removeNode();
    }

    private static Assessment assessment() {
        Portfolio p = PortfolioReader.read(Path.of("sample-portfolios/cn-tech-sme")).portfolio();
        return AssessmentPipeline.run(new AssessmentInputs(p, p.loan(), AS_OF, 7, 500, null, List.of()),
                AssessmentParameters.defaults());
    }

    @Test
    void aSavedAssessmentIsListedPrintedAndSignedByTwoDifferentPeople() throws Exception {
        Assessment a = assessment();
        Fx.run(() -> vm.save(a, null));
        Fx.await(() -> vm.assessments().size() == 1 && vm.selectedProperty().get() != null);
        assertThat(vm.assessments().get(0).inputHash()).isEqualTo(a.inputHash());
        assertThat(vm.assessments().get(0).author()).isEqualTo("alice");

        Path pdf = dir.resolve("saved.pdf");
        dialogs.chosenPaths.add(pdf);
        Fx.run(() -> vm.printSelected(() -> AS_OF));
        Fx.await(() -> Files.exists(pdf) && tasks.running().isEmpty());
        assertThat(new String(Files.readAllBytes(pdf), 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");

        dialogs.textAnswers.add("alice");
        dialogs.textAnswers.add("collateral checked against the register");
        Fx.run(() -> vm.signOff(SignOffRole.MAKER));
        Fx.await(() -> "alice".equals(vm.assessments().get(0).maker()));

        dialogs.textAnswers.add("Alice");
        dialogs.textAnswers.add("I check my own work");
        Fx.run(() -> vm.signOff(SignOffRole.CHECKER));
        Fx.await(() -> !dialogs.errors.isEmpty());
        assertThat(dialogs.errors.get(0)).contains("The checker must be someone other than the maker (alice)");
        assertThat(dialogs.textAnswers).as("refused before the comment was asked").containsExactly("I check my own work");
        assertThat(vm.assessments().get(0).checker()).isNull();
    }

    /**
     * Cold review of issue 16, item 11: the workbench signed as the operating-system login, so one desk could never
     * reach maker and checker and no loan could be booked from it. The signer types the name (offered: the last one
     * typed, never the login), and the typed name is what the store records, as {@code signoff --user} does.
     */
    @Test
    void aSingleDeskSignsAsMakerAndCheckerUnderTheTypedNames() throws Exception {
        java.util.List<String> offered = new java.util.ArrayList<>();
        ScriptedDialogs recording = new ScriptedDialogs() {
            @Override
            public java.util.Optional<String> askText(String title, String message, String initial) {
                offered.add(initial);
                return super.askText(title, message, initial);
            }
        };
        SimpleObjectProperty<AssessmentRepository> repo = new SimpleObjectProperty<>(new AssessmentRepository(db));
        HistoryViewModel desk = Fx.call(() -> new HistoryViewModel(repo, tasks, recording, new I18n(Locale.ENGLISH),
                new UiPreferences(node), "root"));
        Assessment a = assessment();
        Fx.run(() -> desk.save(a, null));
        Fx.await(() -> desk.assessments().size() == 1 && desk.selectedProperty().get() != null);
        recording.textAnswers.addAll(java.util.List.of("  Wang Fang ", "collateral checked"));
        Fx.run(() -> desk.signOff(SignOffRole.MAKER));
        Fx.await(() -> "Wang Fang".equals(desk.assessments().get(0).maker()));
        assertThat(offered.get(0)).as("never the operating-system login").isEmpty();
        recording.textAnswers.addAll(java.util.List.of("Li Wei", "checked: agreed"));
        Fx.run(() -> desk.signOff(SignOffRole.CHECKER));
        Fx.await(() -> "Li Wei".equals(desk.assessments().get(0).checker()));
        assertThat(offered.get(2)).as("the name typed last").isEqualTo("Wang Fang");
        assertThat(desk.assessments().get(0).status()).isEqualTo(io.pledgebench.store.AssessmentSummary.Status.CHECKED);
        assertThat(recording.errors).isEmpty();
        assertThat(desk.messageProperty().get().key()).isEqualTo("ui.history.signedOff");
        assertThat(new I18n(Locale.CHINA).render(desk.messageProperty().get())).isEqualTo("评估 1 号已由 Li Wei 以复核人身份签批。");
    }

    /**
     * Issue 16 item 6: the list holds grade, requested loan, status and the sign-off comments; a sign-off the rules
     * refuse is said in the user's language with no stack trace behind it.
     */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"en", "zh-CN"})
    void theListShowsGradeAmountStatusAndCommentsAndARefusedSignOffIsSaidInTheUsersLanguage(String language)
            throws Exception {
        SimpleObjectProperty<AssessmentRepository> repo = new SimpleObjectProperty<>(new AssessmentRepository(db));
        HistoryViewModel vm = Fx.call(() -> new HistoryViewModel(repo, tasks, dialogs,
                new I18n(Locale.forLanguageTag(language)), new UiPreferences(node), "alice"));
        Assessment a = assessment();
        Fx.run(() -> vm.save(a, null));
        Fx.await(() -> vm.assessments().size() == 1 && vm.selectedProperty().get() != null);
        var row = vm.assessments().get(0);
        assertThat(row.grade()).isEqualTo(a.results().recommendation().grade());
        assertThat(row.amount()).isEqualTo(a.inputs().loan().amount().doubleValue());
        assertThat(row.currency()).isEqualTo("CNY");
        assertThat(row.status()).isEqualTo(io.pledgebench.store.AssessmentSummary.Status.UNSIGNED);

        dialogs.textAnswers.add("alice");
        dialogs.textAnswers.add("collateral checked against the register");
        Fx.run(() -> vm.signOff(SignOffRole.MAKER));
        Fx.await(() -> "alice".equals(vm.assessments().get(0).maker()));
        assertThat(vm.assessments().get(0).status()).isEqualTo(io.pledgebench.store.AssessmentSummary.Status.MAKER_SIGNED);
        assertThat(vm.assessments().get(0).makerComment()).isEqualTo("collateral checked against the register");

        dialogs.textAnswers.add("alice");
        dialogs.textAnswers.add("I check my own work");
        Fx.run(() -> vm.signOff(SignOffRole.CHECKER));
        Fx.await(() -> !dialogs.errors.isEmpty());
        String expected = language.equals("en")
                ? "The checker must be someone other than the maker (alice): ask a colleague to check it."
                : "复核人不能与经办人（alice）为同一人：请另一位同事复核。";
        assertThat(dialogs.errors.get(0)).endsWith(expected).doesNotContain("IllegalArgument").doesNotContain("Exception");
        assertThat(dialogs.errorDetails.get(0)).as("no stack trace behind the refusal").isNull();
        assertThat(vm.assessments().get(0).checker()).isNull();
    }
}
