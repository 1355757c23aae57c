package io.pledgebench.ui;

import io.pledgebench.cli.SyntheticBook;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.ProgressBar;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 17 item 7 on the workbench: while the Loan book screen revalues a large book (default 10,000 loans / 100,000
 * pledged patents, {@code -Dbook.loans=N}), a heartbeat on the FX thread records the longest gap between two pulses,
 * from the click on Monitor until the run's figures are laid out on the screen (target: never over 100 ms). Beside it,
 * as the reference of what the machine's load alone does, a blank JavaFX window in a JVM of its own ({@link
 * BlankPulseProbe}) pulses through the same run; the longest gaps of both come with the CPU time the FX thread had in
 * them (little CPU: the thread waited, for the collector or for a core; much: it worked). The figures are printed with
 * the load average and this JVM's CPU time, never asserted: {@code mvn -B -o -Pbenchmark test
 * -Dtest=LoanBookResponsivenessTest}. The progress bar is checked to move while the run goes on.
 */
@Tag("benchmark")
class LoanBookResponsivenessTest {

    private static final LocalDate AS_OF = LocalDate.of(2026, 6, 30);
    private static final Clock DAY = Clock.fixed(Instant.parse("2026-10-01T09:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;
    private WorkbenchFixture app;

    @AfterEach
    void close() throws Exception {
        if (app != null) {
            app.close();
        }
    }

    @Test
    void theFxThreadKeepsPulsingWhileTheScreenRevaluesALargeBook() throws Exception {
        int loans = Integer.getInteger("book.loans", 10_000);
        Path db = dir.resolve("book");
        Files.createDirectories(dir);
        SyntheticBook.build(dir, db, loans, AS_OF);
        // the book is built in this JVM (for 2,000 loans this thread allocates more than the whole revaluation, much
        // of it promoted while the young generation is small): collected here, before the workbench starts, so the
        // collector's work measured in the run is the workbench's own, not the clean-up of the test's set-up (ADR 0033)
        System.gc();
        app = WorkbenchFixture.start(Locale.ENGLISH, db, DAY);
        LoanBookViewModel vm = Fx.call(() -> app.wiring.loanBook());
        Fx.run(() -> app.workbench.navigate(ScreenId.LOAN_BOOK));
        org.testfx.util.WaitForAsyncUtils.waitFor(5, java.util.concurrent.TimeUnit.MINUTES, () -> Fx.call(() ->
                vm.loans().size() == loans && app.wiring.tasks().running().isEmpty()));
        DatePicker day = app.lookup("#bookAsOf");
        Fx.run(() -> day.setValue(AS_OF.plusMonths(3)));
        Button monitor = app.lookup("#bookMonitor");
        ProgressBar progress = app.lookup("#bookMonitorProgress");

        List<Double> seen = new ArrayList<>();
        PulseGaps heartbeat = new PulseGaps() {
            @Override
            public void handle(long now) {
                super.handle(now);
                double p = progress.getProgress();
                if (progress.isVisible() && p > 0 && p < 1 && (seen.isEmpty() || seen.get(seen.size() - 1) != p)) {
                    seen.add(p);
                }
            }
        };
        // the collector's pauses stop the FX thread too: recorded beside the gaps to tell them apart
        AtomicLong longestPause = new AtomicLong();
        AtomicLong pauses = new AtomicLong();
        AtomicLong pausedMs = new AtomicLong();
        javax.management.NotificationListener gcListener = (n, handback) -> {
            if (com.sun.management.GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(n.getType())) {
                long ms = com.sun.management.GarbageCollectionNotificationInfo.from(
                        (javax.management.openmbean.CompositeData) n.getUserData()).getGcInfo().getDuration();
                longestPause.accumulateAndGet(ms, Math::max);
                pauses.incrementAndGet();
                pausedMs.addAndGet(ms);
            }
        };
        List<java.lang.management.GarbageCollectorMXBean> collectors =
                java.lang.management.ManagementFactory.getGarbageCollectorMXBeans();
        for (var gc : collectors) {
            ((javax.management.NotificationEmitter) gc).addNotificationListener(gcListener, null, null);
        }
        // the reference: a blank JavaFX window in a JVM of its own, pulsing beside the run under the same load
        BlankPulseProbe.Child blank = BlankPulseProbe.Child.spawn();
        String blankGaps;
        long elapsed;
        double loadBefore = load();
        long cpuBefore = cpuMs();
        try {
            blank.startHeartbeat();
            Fx.run(heartbeat::start);
            long start = System.nanoTime();
            Fx.run(monitor::fire);
            // a large book on a loaded machine takes longer than Fx.await's minute
            org.testfx.util.WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.MINUTES, () -> Fx.call(() ->
                    vm.runProperty().get() != null && app.wiring.tasks().running().isEmpty()
                            && vm.loans().size() == loans && vm.loans().get(0).coverage() != null));
            elapsed = System.nanoTime() - start;
            // the figures are in the view model: the heartbeat goes on until the FX thread has laid them out and
            // pulsed ten times more, so the pass that puts them on the screen is measured too
            long shown = Fx.call(heartbeat::pulses);
            org.testfx.util.WaitForAsyncUtils.waitFor(2, java.util.concurrent.TimeUnit.MINUTES, () -> Fx.call(() ->
                    heartbeat.pulses() >= shown + 10));
            Fx.run(heartbeat::stop);
            blankGaps = blank.stop();
        } finally {
            blank.close();
        }
        long cpu = cpuMs() - cpuBefore;
        for (var gc : collectors) {
            ((javax.management.NotificationEmitter) gc).removeNotificationListener(gcListener);
        }
        System.out.printf("Loan book screen monitoring %,d loans / %,d pledged patents: %.1f s, this JVM's CPU %,d ms;"
                        + " FX heartbeat of the workbench: %s (target ≤ 100 ms); reference, a blank JavaFX window in its"
                        + " own JVM pulsing meanwhile: %s; garbage collections meanwhile: %,d taking %,d ms, the longest"
                        + " %,d ms; progress shown at %d distinct steps; max heap %,d MB; %d cores; load average %.1f"
                        + " before, %.1f after%n", loans, loans * SyntheticBook.PATENTS_PER_LOAN, elapsed / 1e9, cpu,
                heartbeat.summary(), blankGaps, pauses.get(), pausedMs.get(), longestPause.get(),
                seen.size(), Runtime.getRuntime().maxMemory() >> 20, Runtime.getRuntime().availableProcessors(),
                loadBefore, load());
        assertThat(Fx.call(() -> vm.runProperty().get().loans())).hasSize(loans);
        assertThat(heartbeat.pulses()).as("the FX thread kept pulsing during the run").isGreaterThan(1);
        assertThat(seen).as("the progress bar moved").isNotEmpty();
    }

    /** CPU time of this JVM so far (all threads), ms. */
    private static long cpuMs() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime() / 1_000_000;
    }

    private static double load() {
        return java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }
}
