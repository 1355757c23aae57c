package io.pledgebench.ui;

import javafx.collections.ObservableList;
import javafx.concurrent.Task;

import java.util.function.Consumer;

/**
 * Where view models start their background work: {@link BackgroundTasks} in the workbench (worker threads), a
 * current-thread executor in tests (the task runs to its end inside {@link #run}, as JabRef's
 * CurrentThreadTaskExecutor), so a view model's test needs no waiting.
 */
public interface TaskExecutor {

    /** Starts {@code task} (call on the FX thread); its handlers run on the FX thread. */
    <T> Task<T> run(Task<T> task);

    /**
     * Starts {@code task} and reports how it ended, on the FX thread: {@code onResult} with its value,
     * {@code onFailure} with what it threw, {@code onCancelled} when it was cancelled. A current-thread executor
     * reports before this returns.
     */
    default <T> void execute(Task<T> task, Consumer<T> onResult, Consumer<Throwable> onFailure,
                             Runnable onCancelled) {
        task.setOnSucceeded(e -> onResult.accept(task.getValue()));
        task.setOnFailed(e -> onFailure.accept(task.getException()));
        task.setOnCancelled(e -> onCancelled.run());
        run(task);
    }

    /** Tasks started and not yet finished, oldest first (the status bar shows the newest). */
    ObservableList<Task<?>> running();
}
