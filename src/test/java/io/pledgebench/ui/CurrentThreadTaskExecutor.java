package io.pledgebench.ui;

import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.concurrent.Task;

/**
 * Runs each task to its end on the calling (FX) thread, as JabRef's CurrentThreadTaskExecutor: through
 * {@link #execute} a view model's result is there when the call returns, with no waiting in the test.
 */
final class CurrentThreadTaskExecutor implements TaskExecutor {

    private final ObservableList<Task<?>> running = FXCollections.observableArrayList();
    int started;

    @Override
    public <T> Task<T> run(Task<T> task) {
        started++;
        task.run();
        return task;
    }

    /** Runs {@code task} here and reports its end before returning (a Task's own handlers come a pulse later). */
    @Override
    public <T> void execute(Task<T> task, java.util.function.Consumer<T> onResult,
                            java.util.function.Consumer<Throwable> onFailure, Runnable onCancelled) {
        started++;
        task.run();
        if (task.isCancelled()) {
            onCancelled.run();
            return;
        }
        try {
            onResult.accept(task.get());
        } catch (java.util.concurrent.ExecutionException e) {
            onFailure.accept(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            onFailure.accept(e);
        }
    }

    @Override
    public ObservableList<Task<?>> running() {
        return running;
    }
}
