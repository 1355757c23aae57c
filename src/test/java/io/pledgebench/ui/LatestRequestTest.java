package io.pledgebench.ui;

import io.pledgebench.domain.LegalStatus;
import io.pledgebench.domain.Owner;
import io.pledgebench.domain.Patent;
import io.pledgebench.domain.PatentNumber;
import io.pledgebench.domain.PatentType;
import io.pledgebench.domain.Portfolio;
import io.pledgebench.store.StoredPortfolio;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.concurrent.Task;
import javafx.util.Duration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/** The one "latest request wins" recalculation of the view models, and the executor they start tasks on. */
class LatestRequestTest {

    /** Holds tasks until the test runs them, in the order it chooses. */
    private static final class HeldTasks implements TaskExecutor {
        final List<Task<?>> held = new ArrayList<>();
        private final ObservableList<Task<?>> running = FXCollections.observableArrayList();

        @Override
        public <T> Task<T> run(Task<T> task) {
            held.add(task);
            return task;
        }

        @Override
        public ObservableList<Task<?>> running() {
            return running;
        }
    }

    private static Task<String> returning(String value) {
        return new Task<>() {
            @Override
            protected String call() {
                return value;
            }
        };
    }

    @BeforeAll
    static void toolkit() throws Exception {
        Fx.startToolkit();
    }

    @Test
    void aNewerRequestCancelsTheOlderWhoseResultIsNeverDelivered() throws Exception {
        HeldTasks executor = new HeldTasks();
        List<String> delivered = new ArrayList<>();
        List<Throwable> failures = new ArrayList<>();
        LatestRequest<String> latest = Fx.call(() -> new LatestRequest<>(executor, Duration.millis(250), () -> { }));
        Task<String> older = Fx.call(() -> latest.run(returning("older"), delivered::add, failures::add));
        assertThat(Fx.call(() -> latest.runningProperty().get())).isTrue();
        Task<String> newer = Fx.call(() -> latest.run(returning("newer"), delivered::add, failures::add));
        assertThat(older.isCancelled()).isTrue();
        // the older one finishing late (its worker did not notice the cancellation) changes nothing
        Fx.run(() -> executor.held.get(0).run());
        Fx.await(() -> executor.held.get(0).isDone());
        assertThat(Fx.call(() -> List.copyOf(delivered))).isEmpty();
        assertThat(Fx.call(() -> latest.runningProperty().get())).isTrue();
        Fx.run(() -> executor.held.get(1).run());
        Fx.await(() -> !delivered.isEmpty());
        assertThat(Fx.call(() -> List.copyOf(delivered))).containsExactly("newer");
        assertThat(failures).isEmpty();
        assertThat(Fx.call(() -> latest.runningProperty().get())).isFalse();
        assertThat(Fx.call(newer::getValue)).isEqualTo("newer");
    }

    @Test
    void aFailureOfTheLatestIsDeliveredAndACancelStopsEverything() throws Exception {
        HeldTasks executor = new HeldTasks();
        List<Throwable> failures = new ArrayList<>();
        LatestRequest<String> latest = Fx.call(() -> new LatestRequest<>(executor, Duration.millis(250), () -> { }));
        Fx.call(() -> latest.run(new Task<>() {
            @Override
            protected String call() {
                throw new IllegalArgumentException("refused");
            }
        }, s -> { }, failures::add));
        Fx.run(() -> executor.held.get(0).run());
        Fx.await(() -> !failures.isEmpty());
        assertThat(failures).singleElement().extracting(Throwable::getMessage).isEqualTo("refused");

        Task<String> cancelled = Fx.call(() -> latest.run(returning("x"), s -> { }, failures::add));
        Fx.run(latest::cancel);
        assertThat(cancelled.isCancelled()).isTrue();
        assertThat(Fx.call(() -> latest.runningProperty().get())).isFalse();
        assertThat(failures).hasSize(1);
    }

    @Test
    void requestsInQuickSuccessionRecalculateOnceAfterThePause() throws Exception {
        AtomicInteger recalculations = new AtomicInteger();
        LatestRequest<String> latest = Fx.call(() -> new LatestRequest<>(new HeldTasks(), Duration.millis(150),
                recalculations::incrementAndGet));
        for (int i = 0; i < 5; i++) {
            Fx.run(latest::later);
        }
        Thread.sleep(600);
        Fx.await(() -> true);
        assertThat(recalculations).hasValue(1);
        // a cancel drops a request still waiting for its pause
        Fx.run(latest::later);
        Fx.run(latest::cancel);
        Thread.sleep(400);
        Fx.await(() -> true);
        assertThat(recalculations).hasValue(1);
    }

    @Test
    void onTheCurrentThreadExecutorAViewModelHasItsResultWhenTheCallReturns() throws Exception {
        CurrentThreadTaskExecutor executor = new CurrentThreadTaskExecutor();
        SimpleObjectProperty<StoredPortfolio> portfolio = new SimpleObjectProperty<>();
        Patent sensor = Patent.builder(PatentNumber.parse("CN201710601862.3"), PatentType.INVENTION, LegalStatus.VALID)
                .title("Optical sensor").filingDate(LocalDate.of(2017, 7, 25)).grantDate(LocalDate.of(2020, 3, 6))
                .addOwner(new Owner("Acme", null)).replacementCost(new BigDecimal("800000")).build();
        Portfolio acme = new Portfolio("Acme", null, List.of(sensor), null, "CNY", "acme.csv");
        ValuationViewModel vm = Fx.call(() -> new ValuationViewModel(portfolio, new SimpleObjectProperty<>(), executor,
                new I18n(Locale.ENGLISH), () -> LocalDate.of(2025, 1, 1)));
        String shown = Fx.call(() -> {
            vm.input(ValuationViewModel.Input.PATHS).set("500");
            portfolio.set(new StoredPortfolio(1, Instant.EPOCH, "test", "hash", acme));
            vm.recalculate();
            return "result " + (vm.resultProperty().get() != null) + ", calculating " + vm.calculatingProperty().get()
                    + ", error '" + vm.errorProperty().get() + "'";
        });
        assertThat(shown).as("result there when recalculate() returns").isEqualTo("result true, calculating false, error ''");
        assertThat(executor.started).isEqualTo(1);
        assertThat(Fx.call(() -> vm.patents().get(0).patent().title())).isEqualTo("Optical sensor");
        Fx.run(() -> portfolio.set(null));
    }
}
