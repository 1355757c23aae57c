package io.pledgebench.ui;

import javafx.animation.PauseTransition;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.concurrent.Task;
import javafx.util.Duration;

import java.util.concurrent.CancellationException;
import java.util.function.Consumer;

/**
 * One recalculation of a view model where the latest request wins: {@link #later()} asks for it after a pause
 * (each edit restarts the pause, so typing a number calculates once), {@link #run} starts it now and cancels the
 * one running, whose result and failure are then never delivered. {@link #runningProperty()} is true while the
 * latest one runs. Replaces the {@code running == task} guard each view model kept.
 */
final class LatestRequest<T> {

    private final TaskExecutor executor;
    private final PauseTransition pause;
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private Task<T> current;

    /** {@code recalculate} is what {@link #later()} calls once the pause of {@code delay} is over. */
    LatestRequest(TaskExecutor executor, Duration delay, Runnable recalculate) {
        this.executor = executor;
        this.pause = new PauseTransition(delay);
        pause.setOnFinished(e -> recalculate.run());
    }

    /** Asks for a recalculation after the pause; a later request restarts it. */
    void later() {
        pause.playFromStart();
    }

    /** Drops what was asked: the pause stops, the running calculation is cancelled and delivers nothing. */
    void cancel() {
        pause.stop();
        if (current != null) {
            Task<T> t = current;
            current = null;
            running.set(false);
            t.cancel();
        }
    }

    /**
     * Starts {@code task} now instead of any earlier one. {@code onResult} and {@code onFailure} (a failure other
     * than a cancellation) run on the FX thread, only while it is still the latest.
     */
    Task<T> run(Task<T> task, Consumer<T> onResult, Consumer<Throwable> onFailure) {
        cancel();
        current = task;
        running.set(true);
        executor.execute(task, value -> {
            if (current == task) {
                current = null;
                running.set(false);
                onResult.accept(value);
            }
        }, failure -> {
            if (current == task) {
                current = null;
                running.set(false);
                if (!(failure instanceof CancellationException)) {
                    onFailure.accept(failure);
                }
            }
        }, () -> {
            if (current == task) {
                current = null;
                running.set(false);
            }
        });
        return task;
    }

    ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }
}
