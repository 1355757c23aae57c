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

        dialogs.textAnswers.add("collateral checked against the register");
        Fx.run(() -> vm.signOff(SignOffRole.MAKER));
        Fx.await(() -> "alice".equals(vm.assessments().get(0).maker()));

        dialogs.textAnswers.add("I check my own work");
        Fx.run(() -> vm.signOff(SignOffRole.CHECKER));
        Fx.await(() -> !dialogs.errors.isEmpty());
        assertThat(dialogs.errors.get(0)).startsWith("The sign-off was not recorded: ");
        assertThat(vm.assessments().get(0).checker()).isNull();
    }
}
