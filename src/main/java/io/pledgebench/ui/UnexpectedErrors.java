package io.pledgebench.ui;

import javafx.application.Platform;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * What happens to an exception nobody caught, on the FX thread or any other: it is written to the log (the
 * rotating files of {@link io.pledgebench.store.LogFiles}) and the user gets a readable error dialog with the
 * details behind "Copy details", never a bare stack trace or a silently dead button.
 */
public final class UnexpectedErrors implements Thread.UncaughtExceptionHandler {

    static final Logger LOG = Logger.getLogger("io.pledgebench.ui");

    private final DialogService dialogs;
    private final I18n i18n;
    /** One dialog at a time: an error that repeats on every pulse must not pile up windows. */
    private final AtomicBoolean showing = new AtomicBoolean();

    public UnexpectedErrors(DialogService dialogs, I18n i18n) {
        this.dialogs = dialogs;
        this.i18n = i18n;
    }

    /** Handles uncaught exceptions of every thread, the FX application thread included; call on the FX thread. */
    public void install() {
        Thread.setDefaultUncaughtExceptionHandler(this);
        Thread.currentThread().setUncaughtExceptionHandler(this);
    }

    @Override
    public void uncaughtException(Thread thread, Throwable e) {
        LOG.log(Level.SEVERE, "uncaught exception in thread " + thread.getName(), e);
        if (Platform.isFxApplicationThread()) {
            show(e);
        } else {
            Platform.runLater(() -> show(e));
        }
    }

    private void show(Throwable e) {
        if (!showing.compareAndSet(false, true)) {
            return;
        }
        try {
            dialogs.showError(i18n.get("ui.unexpected.title"), i18n.get("ui.unexpected.message", reason(e)), e);
        } catch (RuntimeException dialogFailed) {
            // The dialog itself failed (the toolkit is shutting down, say): the log already has the original.
            LOG.log(Level.SEVERE, "the error dialog could not be shown", dialogFailed);
        } finally {
            showing.set(false);
        }
    }

    /** The innermost message, which usually names the problem; the exception's type when there is none. */
    static String reason(Throwable e) {
        Throwable t = e;
        String message = null;
        while (t != null) {
            if (t.getMessage() != null && !t.getMessage().isBlank()) {
                message = t.getMessage();
            }
            t = t.getCause() == t ? null : t.getCause();
        }
        return message != null ? message : e.getClass().getSimpleName();
    }
}
