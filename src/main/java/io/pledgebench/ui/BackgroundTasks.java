package io.pledgebench.ui;

import javafx.application.Platform;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.concurrent.Task;
import javafx.concurrent.Worker;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs long work (database, import, valuation) off the FX thread and lists what is running, for the status bar.
 * Results come back on the FX thread through the task's handlers.
 */
public final class BackgroundTasks implements TaskExecutor, AutoCloseable {

    private final ExecutorService executor;
    private final ObservableList<Task<?>> running = FXCollections.observableArrayList();

    public BackgroundTasks() {
        AtomicInteger n = new AtomicInteger();
        ThreadFactory threads = r -> {
            Thread t = new Thread(r, "pledgebench-task-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
        // Two workers: one long job (import, assessment) must not keep a short one (list, load) waiting.
        executor = Executors.newFixedThreadPool(2, threads);
    }

    /**
     * Starts {@code task}; call on the FX thread. After {@link #close()} (the window is closing) a task is cancelled
     * instead: a debounced recalculation whose timer fires then has nothing to update.
     */
    @Override
    public <T> Task<T> run(Task<T> task) {
        if (!Platform.isFxApplicationThread()) {
            throw new IllegalStateException("tasks are started from the FX thread");
        }
        if (executor.isShutdown()) {
            task.cancel();
            return task;
        }
        running.add(task);
        task.stateProperty().addListener((o, was, state) -> {
            if (state == Worker.State.SUCCEEDED || state == Worker.State.FAILED || state == Worker.State.CANCELLED) {
                running.remove(task);
            }
        });
        executor.execute(task);
        return task;
    }

    /** Tasks started and not yet finished, oldest first. */
    @Override
    public ObservableList<Task<?>> running() {
        return running;
    }

    @Override
    public void close() {
        executor.shutdownNow();
        try {
            executor.awaitTermination(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
