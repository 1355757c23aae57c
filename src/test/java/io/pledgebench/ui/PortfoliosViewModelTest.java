package io.pledgebench.ui;

import io.pledgebench.domain.LegalStatus;
import io.pledgebench.domain.Owner;
import io.pledgebench.domain.Patent;
import io.pledgebench.domain.PatentNumber;
import io.pledgebench.domain.PatentType;
import io.pledgebench.domain.Portfolio;
import io.pledgebench.io.ImportProblem;
import io.pledgebench.io.ImportResult;
import io.pledgebench.store.Database;
import io.pledgebench.store.PortfolioRepository;
import javafx.beans.property.SimpleObjectProperty;
import javafx.concurrent.Task;
import javafx.concurrent.Worker;
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
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;

import static org.assertj.core.api.Assertions.assertThat;

/** The Portfolios view model with an in-memory database, a scripted reader and scripted dialogs. */
class PortfoliosViewModelTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 1, 1);

    @TempDir
    Path dir;
    private Database db;
    private PortfolioRepository repo;
    private final SimpleObjectProperty<PortfolioRepository> repository = new SimpleObjectProperty<>();
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private BackgroundTasks tasks;
    private Preferences node;
    private ImportResult nextResult;
    private CountDownLatch readerGate;
    private PortfoliosViewModel vm;

    @BeforeAll
    static void toolkit() throws Exception {
        Fx.startToolkit();
    }

    @BeforeEach
    void setUp() throws Exception {
        db = Database.inMemory("vm-" + UUID.randomUUID());
        repo = new PortfolioRepository(db);
        node = Preferences.userRoot().node("io/pledgebench/test/" + UUID.randomUUID());
        tasks = new BackgroundTasks();
        PortfolioReading reader = source -> {
            if (readerGate != null) {
                try {
                    readerGate.await(30, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            return nextResult;
        };
        vm = Fx.call(() -> new PortfoliosViewModel(repository, reader, tasks, dialogs, new I18n(Locale.ENGLISH),
                new UiPreferences(node), () -> TODAY));
        Fx.run(() -> repository.set(repo));
    }

    @AfterEach
    void tearDown() throws Exception {
        tasks.close();
        db.close();
        node.removeNode();
    }

    private static Patent patent(String number, LocalDate filed) {
        return Patent.builder(PatentNumber.parse(number), PatentType.INVENTION, LegalStatus.VALID)
                .title("Patent " + number).filingDate(filed).grantDate(filed.plusYears(2))
                .addOwner(new Owner("Acme Optics Co., Ltd.", null)).build();
    }

    private Path file(String name) throws Exception {
        return Files.writeString(dir.resolve(name), name + UUID.randomUUID());
    }

    private Task<PortfoliosViewModel.ImportOutcome> importNow(Path source) throws Exception {
        Task<PortfoliosViewModel.ImportOutcome> task = Fx.call(() -> vm.importFrom(source));
        Fx.await(() -> task.isDone() && !vm.importingProperty().get());
        return task;
    }

    /**
     * Issue 13: the standard reader keeps from a legal-event file only the events of stored patents, asking the
     * database once; the events of other patents are a notice, and a file naming only those merges nothing.
     */
    @Test
    void legalEventsOfPatentsNotStoredAreANoticeNotKept() throws Exception {
        PortfoliosViewModel standard = Fx.call(() -> new PortfoliosViewModel(repository, PortfolioReading.STANDARD, tasks,
                dialogs, new I18n(Locale.ENGLISH), new UiPreferences(node), () -> TODAY));
        Path events = Path.of("sample-portfolios/epo-ep1000000/legal-events.xml");

        Task<PortfoliosViewModel.ImportOutcome> none = Fx.call(() -> standard.importFrom(events));
        Fx.await(() -> none.isDone() && !standard.importingProperty().get());
        assertThat(none.get().kind()).isEqualTo(PortfoliosViewModel.ImportOutcome.Kind.EVENTS_MERGED);
        assertThat(none.get().merged().events()).isZero();
        assertThat(none.get().notes()).singleElement().satisfies(n -> assertThat(n.describe())
                .contains("50 legal event(s) name patents that are in no stored portfolio and were not merged: EP1000000"));

        ImportResult sample = io.pledgebench.io.PortfolioReader.read(Path.of("sample-portfolios/epo-ep1000000"));
        repo.insert(sample.portfolio(), new PortfolioRepository.ImportRecord("epo", "hash", "test", 1, 0));
        Task<PortfoliosViewModel.ImportOutcome> merged = Fx.call(() -> standard.importFrom(events));
        Fx.await(() -> merged.isDone() && !standard.importingProperty().get());
        assertThat(merged.get().merged().events()).isEqualTo(50);
        assertThat(merged.get().merged().notFound()).isEmpty();
        assertThat(merged.get().notes()).isEmpty();
    }

    @Test
    void aCleanImportIsStoredSelectedAndItsPatentsShownWithRemainingLegalLife() throws Exception {
        nextResult = new ImportResult(new Portfolio("Acme", null, List.of(patent("CN112345678B", LocalDate.of(2019, 1, 1))),
                null, "CNY", "acme.csv"), Map.of(), List.of(), 1);
        importNow(file("acme.csv"));
        Fx.await(() -> vm.patents().size() == 1);
        assertThat(vm.portfolios()).extracting(s -> s.name()).containsExactly("Acme");
        PatentRow row = vm.patents().get(0);
        assertThat(row.expiry()).isEqualTo(LocalDate.of(2039, 1, 1));
        // 2025-01-01 to 2039-01-01 is 5113 days; / 365.25
        assertThat(row.remainingYears()).isCloseTo(5113 / 365.25, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(vm.messageProperty().get().key()).isEqualTo("ui.portfolios.imported");
        assertThat(vm.problems()).isEmpty();
    }

    private static ImportResult withOneBadRow() {
        ImportProblem bad = new ImportProblem("bad.csv", null, 3, "filing_date", "2019-13-45",
                "not a date", "不是日期");
        return new ImportResult(new Portfolio("Bad", null, List.of(patent("CN112345678B", LocalDate.of(2019, 1, 1))),
                null, "CNY", "bad.csv"), Map.of(), List.of(bad), 2);
    }

    @Test
    void aFileWithProblemsIsRefusedWholeAndItsProblemsListed() throws Exception {
        nextResult = withOneBadRow();
        Task<PortfoliosViewModel.ImportOutcome> task = importNow(file("bad.csv"));
        assertThat(Fx.call(task::getValue).kind()).isEqualTo(PortfoliosViewModel.ImportOutcome.Kind.REJECTED);
        assertThat(vm.problems()).singleElement().satisfies(p -> {
            assertThat(p.row()).isEqualTo(3);
            assertThat(p.column()).isEqualTo("filing_date");
            assertThat(p.reason()).isEqualTo("not a date");
        });
        assertThat(repo.list()).isEmpty();
        assertThat(vm.messageProperty().get().key()).isEqualTo("ui.portfolios.rejected");
    }

    @Test
    void keepGoodRowsStoresTheGoodRowsAndStillListsTheProblems() throws Exception {
        nextResult = withOneBadRow();
        Fx.run(() -> vm.keepGoodRowsProperty().set(true));
        Task<PortfoliosViewModel.ImportOutcome> task = importNow(file("bad.csv"));
        assertThat(Fx.call(task::getValue).kind()).isEqualTo(PortfoliosViewModel.ImportOutcome.Kind.IMPORTED);
        assertThat(repo.list()).singleElement().satisfies(s -> assertThat(s.patentCount()).isEqualTo(1));
        assertThat(vm.problems()).hasSize(1);
    }

    @Test
    void theSameFileImportedTwiceIsStoredOnce() throws Exception {
        nextResult = new ImportResult(new Portfolio("Acme", null, List.of(patent("CN112345678B", LocalDate.of(2019, 1, 1))),
                null, "CNY", "acme.csv"), Map.of(), List.of(), 1);
        Path f = file("acme.csv");
        importNow(f);
        Task<PortfoliosViewModel.ImportOutcome> again = importNow(f);
        assertThat(Fx.call(again::getValue).kind()).isEqualTo(PortfoliosViewModel.ImportOutcome.Kind.ALREADY_IMPORTED);
        assertThat(repo.list()).hasSize(1);
    }

    @Test
    void cancellingAnImportLeavesTheDatabaseUnchanged() throws Exception {
        nextResult = new ImportResult(new Portfolio("Acme", null, List.of(patent("CN112345678B", LocalDate.of(2019, 1, 1))),
                null, "CNY", "acme.csv"), Map.of(), List.of(), 1);
        readerGate = new CountDownLatch(1);
        Task<PortfoliosViewModel.ImportOutcome> task = Fx.call(() -> vm.importFrom(file("acme.csv")));
        Fx.await(() -> task.getState() == Worker.State.RUNNING);
        Fx.run(task::cancel);
        readerGate.countDown();
        Fx.await(() -> !vm.importingProperty().get());
        assertThat(Fx.call(task::getState)).isEqualTo(Worker.State.CANCELLED);
        assertThat(vm.messageProperty().get().key()).isEqualTo("ui.portfolios.importCancelled");
        Fx.await(() -> tasks.running().isEmpty());
        assertThat(repo.list()).isEmpty();
    }

    @Test
    void deletingAsksFirstAndKeepsThePortfolioWhenTheUserDeclines() throws Exception {
        nextResult = new ImportResult(new Portfolio("Acme", null, List.of(patent("CN112345678B", LocalDate.of(2019, 1, 1))),
                null, "CNY", "acme.csv"), Map.of(), List.of(), 1);
        importNow(file("acme.csv"));
        Fx.await(() -> vm.selectedProperty().get() != null);
        dialogs.confirmAnswers.push(false);
        Fx.run(vm::deleteSelected);
        assertThat(dialogs.confirmations).singleElement().asString().contains("Acme");
        assertThat(repo.list()).hasSize(1);
        dialogs.confirmAnswers.push(true);
        Fx.run(vm::deleteSelected);
        Fx.await(() -> vm.portfolios().isEmpty() && tasks.running().isEmpty());
        assertThat(repo.list()).isEmpty();
        assertThat(vm.patents()).isEmpty();
    }

    @Test
    void aFailingReaderShowsAReadableErrorWithDetails() throws Exception {
        nextResult = null;
        PortfoliosViewModel failing = Fx.call(() -> new PortfoliosViewModel(repository, s -> {
            throw new IllegalArgumentException("unsupported file type: notes.txt");
        }, tasks, dialogs, new I18n(Locale.ENGLISH), new UiPreferences(node), () -> TODAY));
        Path f = file("notes.txt");
        Fx.call(() -> failing.importFrom(f));
        Fx.await(() -> !dialogs.errors.isEmpty());
        assertThat(dialogs.errors).singleElement().asString().contains("unsupported file type: notes.txt");
        assertThat(dialogs.errorDetails.get(0)).isInstanceOf(IllegalArgumentException.class);
    }

    /**
     * Issue 13 (cold review): a full disk while the workbench imports is said as the store words it, in the screen's
     * language, with what to do, and without a stack trace (the command line's FullDiskTest fills a real disk).
     */
    @Test
    void aFullDiskDuringAnImportIsSaidInTheScreensLanguageWithoutAStackTrace() throws Exception {
        Path source = file("full.csv");
        PortfoliosViewModel chinese = Fx.call(() -> new PortfoliosViewModel(repository, s -> {
            throw io.pledgebench.store.FailedWrites.diskFull(dir.resolve("pb.mv.db"));
        }, tasks, dialogs, new I18n(Locale.SIMPLIFIED_CHINESE), new UiPreferences(node), () -> TODAY));
        Task<PortfoliosViewModel.ImportOutcome> task = Fx.call(() -> chinese.importFrom(source));
        Fx.await(() -> task.isDone() && !chinese.importingProperty().get());
        Fx.await(() -> !dialogs.errors.isEmpty());
        assertThat(dialogs.errors).singleElement().asString()
                .contains("写入数据库 " + dir.resolve("pb.mv.db") + " 时磁盘已满：")
                .contains("无法确认本次命令是否已存入")
                .contains("请在磁盘有空间后关闭 PledgeBench 并重新启动")
                .doesNotContain("Writing to").doesNotContain("No space left");
        assertThat(dialogs.errorDetails).containsExactly((Throwable) null);
    }
}
