package io.pledgebench.ui;

import io.pledgebench.domain.PatentType;
import io.pledgebench.domain.Text;
import io.pledgebench.store.ComparableTransactionRepository;
import io.pledgebench.store.Database;
import io.pledgebench.domain.ComparableTransaction;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.prefs.Preferences;

import static io.pledgebench.ui.ComparablesViewModel.Field.*;
import static org.assertj.core.api.Assertions.assertThat;

/** The comparables editor: validated add and edit, delete on confirmation, CSV import with its problems. */
class ComparablesViewModelTest {

    @TempDir
    Path dir;
    private Database db;
    private ComparableTransactionRepository repo;
    private BackgroundTasks tasks;
    private Preferences node;
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private final AtomicInteger changes = new AtomicInteger();
    private ComparablesViewModel vm;

    @BeforeAll
    static void toolkit() throws Exception {
        Fx.startToolkit();
    }

    @BeforeEach
    void setUp() throws Exception {
        db = Database.inMemory("comparables-" + UUID.randomUUID());
        repo = new ComparableTransactionRepository(db);
        tasks = new BackgroundTasks();
        node = Preferences.userRoot().node("io/pledgebench/test/" + UUID.randomUUID());
        SimpleObjectProperty<ComparableTransactionRepository> repository = new SimpleObjectProperty<>(repo);
        vm = Fx.call(() -> new ComparablesViewModel(repository, tasks, dialogs, new I18n(Locale.ENGLISH),
                new UiPreferences(node), changes::incrementAndGet));
        Fx.await(() -> tasks.running().isEmpty());
    }

    @AfterEach
    void tearDown() throws Exception {
        tasks.close();
        db.close();
        node.removeNode();
    }

    private void type(ComparablesViewModel.Field f, String text) throws Exception {
        Fx.run(() -> vm.field(f).set(text));
    }

    @Test
    void aValidFormIsStoredThenEditedAndEachChangeRevaluesThePortfolio() throws Exception {
        type(REFERENCE, "CN-2024-017");
        type(DESCRIPTION, "MEMS pressure sensor patent family, exclusive licence");
        type(DATE, "2024-06-30");
        type(PRICE, "1,250,000.50");
        type(IPC, "g01l 9/00");
        type(REMAINING_LIFE, "12.5");
        type(SOURCE, "CNIPA licence register");
        Fx.run(() -> vm.patentTypeProperty().set(PatentType.INVENTION));
        Fx.run(vm::save);
        Fx.await(() -> vm.transactions().size() == 1 && tasks.running().isEmpty());

        ComparableTransaction stored = repo.list().get(0);
        assertThat(stored.price()).isEqualByComparingTo(new BigDecimal("1250000.50"));
        assertThat(stored.date()).isEqualTo(LocalDate.of(2024, 6, 30));
        assertThat(stored.currency()).isEqualTo("CNY");
        assertThat(stored.ipc()).isEqualTo("G01L 9/00");
        assertThat(stored.remainingLife()).isEqualTo(12.5);
        assertThat(changes.get()).isEqualTo(1);
        assertThat(vm.selectedProperty().get().id()).isEqualTo(stored.id());

        type(PRICE, "1300000");
        Fx.run(() -> vm.patentTypeProperty().set(PatentType.UTILITY_MODEL));
        Fx.run(vm::save);
        Fx.await(() -> tasks.running().isEmpty() && changes.get() == 2);
        Fx.await(() -> tasks.running().isEmpty());
        assertThat(repo.list()).singleElement().satisfies(t -> {
            assertThat(t.id()).isEqualTo(stored.id());
            assertThat(t.price()).isEqualByComparingTo("1300000");
            assertThat(t.patentType()).isEqualTo(PatentType.UTILITY_MODEL);
        });
        assertThat(vm.messageProperty().get()).isEqualTo(Text.of("ui.comparables.saved", "CN-2024-017"));
    }

    @Test
    void everyBadFieldIsRefusedWithItsReasonAndNothingIsStored() throws Exception {
        type(DATE, "30/06/2024");
        type(PRICE, "-5");
        type(CURRENCY, "yuan");
        type(IPC, "Z99");
        type(REMAINING_LIFE, "0");
        Object task = Fx.call(vm::save);
        assertThat(task).isNull();
        assertThat(vm.invalid()).containsOnlyKeys(REFERENCE, DATE, PRICE, CURRENCY, IPC, REMAINING_LIFE, SOURCE);
        assertThat(vm.invalid().get(PRICE)).isEqualTo(Text.of("ui.comparables.invalid.price", "-5"));
        assertThat(vm.invalid().get(DATE)).isEqualTo(Text.of("ui.comparables.invalid.date", "30/06/2024"));
        assertThat(repo.list()).isEmpty();
        assertThat(changes.get()).isZero();
    }

    @Test
    void deleteHappensOnlyAfterConfirmation() throws Exception {
        long id = repo.insert(new ComparableTransaction(null, "US-1", "", LocalDate.of(2023, 1, 5),
                new BigDecimal("800000"), "USD", PatentType.INVENTION, "H04L", 9.0, "USPTO assignment"));
        Fx.run(vm::refresh);
        Fx.await(() -> vm.transactions().size() == 1);
        Fx.run(() -> vm.selectedProperty().set(vm.transactions().get(0)));
        assertThat(vm.field(REFERENCE).get()).isEqualTo("US-1");

        dialogs.confirmAnswers.add(false);
        Fx.run(vm::deleteSelected);
        Fx.await(() -> tasks.running().isEmpty());
        assertThat(repo.list()).hasSize(1);

        dialogs.confirmAnswers.add(true);
        Fx.run(vm::deleteSelected);
        Fx.await(() -> vm.transactions().isEmpty() && tasks.running().isEmpty());
        assertThat(repo.list()).isEmpty();
        assertThat(dialogs.confirmations.get(1)).contains("US-1");
        assertThat(vm.selectedProperty().get()).isNull();
        assertThat(vm.field(REFERENCE).get()).isEmpty();
        assertThat(changes.get()).isEqualTo(1);
        assertThat(id).isPositive();
    }

    @Test
    void aCsvWithABadRowListsTheProblemAndImportsTheGoodRowsOnlyWhenTheUserAgrees() throws Exception {
        Path csv = dir.resolve("comparables.csv");
        Files.writeString(csv, """
                reference,description,date,price,currency,patent_type,ipc,remaining_life,source
                C-1,Sensor licence,2024-03-01,900000,CNY,invention,G01L,10,CNIPA
                C-2,Broken,2024-13-45,500000,CNY,invention,G01L,8,CNIPA
                C-3,Display design,2023-11-20,120000,CNY,design,,,court judgment
                """);
        dialogs.confirmAnswers.add(false);
        Fx.run(() -> vm.importCsv(csv));
        Fx.await(() -> !vm.problems().isEmpty() && tasks.running().isEmpty());
        assertThat(vm.problems()).singleElement().satisfies(p -> {
            assertThat(p.row()).isEqualTo(3);
            assertThat(p.column()).isEqualTo("date");
        });
        assertThat(dialogs.confirmations.get(0)).startsWith("2 of 3 rows are valid; 1 problem is listed.");
        assertThat(repo.list()).isEmpty();

        dialogs.confirmAnswers.add(true);
        Fx.run(() -> vm.importCsv(csv));
        Fx.await(() -> vm.transactions().size() == 2 && tasks.running().isEmpty());
        assertThat(repo.list()).extracting(ComparableTransaction::reference).containsExactly("C-3", "C-1");
        assertThat(vm.messageProperty().get()).isEqualTo(Text.of("ui.comparables.imported", 2, "comparables.csv"));
        assertThat(changes.get()).isEqualTo(1);
    }
}
