package io.pledgebench.ui;

import javafx.application.Platform;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;

import static org.assertj.core.api.Assertions.assertThat;

/** Uncaught exceptions, on the FX thread and elsewhere: logged and shown readably, with the details behind them. */
class UnexpectedErrorsTest {

    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private final List<LogRecord> logged = new CopyOnWriteArrayList<>();
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord r) {
            logged.add(r);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };
    private Thread.UncaughtExceptionHandler defaultBefore;
    private Thread.UncaughtExceptionHandler fxBefore;

    @BeforeAll
    static void toolkit() throws Exception {
        Fx.startToolkit();
    }

    @BeforeEach
    void install() throws Exception {
        defaultBefore = Thread.getDefaultUncaughtExceptionHandler();
        fxBefore = Fx.call(() -> Thread.currentThread().getUncaughtExceptionHandler());
        UnexpectedErrors.LOG.addHandler(capture);
        // The deliberate exceptions belong in this test's records, not on the build's console.
        UnexpectedErrors.LOG.setUseParentHandlers(false);
        Fx.run(() -> new UnexpectedErrors(dialogs, new I18n(Locale.ENGLISH)).install());
    }

    @AfterEach
    void restore() throws Exception {
        UnexpectedErrors.LOG.removeHandler(capture);
        UnexpectedErrors.LOG.setUseParentHandlers(true);
        Thread.setDefaultUncaughtExceptionHandler(defaultBefore);
        Fx.run(() -> Thread.currentThread().setUncaughtExceptionHandler(fxBefore));
    }

    @Test
    void anExceptionThrownOnTheFxThreadIsLoggedAndShownWithItsReason() throws Exception {
        IllegalStateException boom = new IllegalStateException("the chart has no data for 2031");
        Platform.runLater(() -> {
            throw boom;
        });
        Fx.await(() -> !dialogs.errors.isEmpty());
        assertThat(dialogs.errors).singleElement().asString()
                .startsWith("Something went wrong: PledgeBench ran into a problem it did not expect: "
                        + "the chart has no data for 2031");
        assertThat(dialogs.errorDetails).containsExactly(boom);
        assertThat(logged).anySatisfy(r -> {
            assertThat(r.getLevel()).isEqualTo(Level.SEVERE);
            assertThat(r.getThrown()).isSameAs(boom);
            assertThat(r.getLoggerName()).isEqualTo("io.pledgebench.ui");
        });
    }

    @Test
    void anExceptionOnAnotherThreadReachesTheUserOnTheFxThreadWithTheRootCause() throws Exception {
        RuntimeException wrapped = new RuntimeException(new java.io.IOException("disk full"));
        Thread worker = new Thread(() -> {
            throw wrapped;
        }, "worker");
        worker.start();
        worker.join();
        Fx.await(() -> !dialogs.errors.isEmpty());
        assertThat(dialogs.errors.get(0)).contains("did not expect: disk full");
        assertThat(dialogs.errorDetails).containsExactly(wrapped);
        assertThat(logged).anySatisfy(r -> assertThat(r.getMessage()).contains("thread worker"));
    }

    @Test
    void anExceptionWithoutAMessageIsNamedByItsType() {
        assertThat(UnexpectedErrors.reason(new NullPointerException())).isEqualTo("NullPointerException");
    }
}
