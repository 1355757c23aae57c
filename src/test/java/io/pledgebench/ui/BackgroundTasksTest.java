package io.pledgebench.ui;

import javafx.concurrent.Task;
import javafx.concurrent.Worker;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class BackgroundTasksTest {

    @BeforeAll
    static void toolkit() throws Exception {
        Fx.startToolkit();
    }

    /**
     * A debounced recalculation whose timer fires after the window closed (the executor shut down) is cancelled,
     * not thrown as a RejectedExecutionException on the FX thread (seen when one test's timer fired in the next).
     */
    @Test
    void aTaskStartedAfterCloseIsCancelledNotRejected() throws Exception {
        BackgroundTasks tasks = new BackgroundTasks();
        tasks.close();
        Task<String> late = new Task<>() {
            @Override
            protected String call() {
                return "ran";
            }
        };
        Task<String> started = Fx.call(() -> tasks.run(late));
        Fx.await(() -> started.getState() == Worker.State.CANCELLED);
        assertThat(Fx.call(tasks::running)).isEmpty();
    }
}
