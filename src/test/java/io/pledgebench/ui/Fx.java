package io.pledgebench.ui;

import javafx.application.Platform;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/** Helpers to run code on the FX thread from a test and wait for background tasks to report back. */
final class Fx {

    private Fx() {
    }

    /** Starts the (headless Monocle) toolkit once per JVM. */
    static void startToolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
        Platform.setImplicitExit(false);
    }

    static <T> T call(Callable<T> work) throws Exception {
        return WaitForAsyncUtils.asyncFx(work).get(30, TimeUnit.SECONDS);
    }

    static void run(Runnable work) throws Exception {
        WaitForAsyncUtils.asyncFx(work).get(30, TimeUnit.SECONDS);
    }

    /**
     * Waits until {@code condition} holds for as long as {@code working} shows the workbench at it (a task running,
     * a report rendering): a fixed budget fails a slow but progressing step on a loaded machine (the English report
     * took over 60 s at load 20). Fails when nothing has been working for {@code quiet} and the condition still does
     * not hold, or after 15 minutes in all.
     */
    static void awaitWhile(BooleanSupplier condition, BooleanSupplier working, java.time.Duration quiet)
            throws Exception {
        long start = System.nanoTime();
        long lastWorking = start;
        while (!call(condition::getAsBoolean)) {
            long now = System.nanoTime();
            if (call(working::getAsBoolean)) {
                lastWorking = now;
            }
            if (now - lastWorking > quiet.toNanos()) {
                throw new java.util.concurrent.TimeoutException("condition not met and nothing working for " + quiet);
            }
            if (now - start > TimeUnit.MINUTES.toNanos(15)) {
                throw new java.util.concurrent.TimeoutException("condition not met in 15 minutes of work");
            }
            Thread.sleep(50);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Waits until {@code condition}, evaluated on the FX thread, holds. */
    static void await(BooleanSupplier condition) throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> call(condition::getAsBoolean));
        WaitForAsyncUtils.waitForFxEvents();
    }
}
