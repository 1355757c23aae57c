package io.pledgebench.ui;

import io.pledgebench.io.PortfolioReader;
import io.pledgebench.store.Database;
import io.pledgebench.store.PortfolioRepository;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.beans.property.SimpleObjectProperty;
import javafx.concurrent.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.prefs.Preferences;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A 100,000-patent import through the Portfolios view model while a heartbeat on the FX thread records the
 * longest gap between two pulses. The gap is printed, not asserted (timings belong to benchmarks); the test
 * proves the reading and saving ran off the FX thread and the FX thread kept pulsing meanwhile.
 */
class ImportResponsivenessTest {

    private static final int PATENTS = 100_000;

    @TempDir
    Path dir;

    @Test
    void aLargeImportRunsOffTheFxThreadWhileTheFxThreadKeepsPulsing() throws Exception {
        Fx.startToolkit();
        Path csv = dir.resolve("large.csv");
        try (BufferedWriter w = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
            w.write("patent_number,title,type,filing_date,grant_date,status,owners\n");
            LocalDate filed = LocalDate.of(2012, 1, 1);
            for (int i = 0; i < PATENTS; i++) {
                LocalDate f = filed.plusDays(i % 3000);
                w.write("US" + (10_000_000 + i) + ",Method " + i + ",invention," + f + "," + f.plusYears(3)
                        + ",valid,Acme Optics Inc.\n");
            }
        }
        AtomicReference<Thread> readerThread = new AtomicReference<>();
        PortfolioReading reader = source -> {
            readerThread.set(Thread.currentThread());
            return PortfolioReader.read(source);
        };
        Preferences node = Preferences.userRoot().node("io/pledgebench/test/" + UUID.randomUUID());
        try (Database db = Database.inMemory("large-" + UUID.randomUUID()); BackgroundTasks tasks = new BackgroundTasks()) {
            SimpleObjectProperty<PortfolioRepository> repo = new SimpleObjectProperty<>(new PortfolioRepository(db));
            PortfoliosViewModel vm = Fx.call(() -> new PortfoliosViewModel(repo, reader, tasks, new ScriptedDialogs(),
                    new I18n(Locale.ENGLISH), new UiPreferences(node), LocalDate::now));
            Fx.await(() -> tasks.running().isEmpty());

            AtomicLong last = new AtomicLong();
            AtomicLong maxGap = new AtomicLong();
            AtomicLong pulses = new AtomicLong();
            AnimationTimer heartbeat = new AnimationTimer() {
                @Override
                public void handle(long now) {
                    long t = System.nanoTime();
                    long prev = last.getAndSet(t);
                    if (prev != 0) {
                        maxGap.accumulateAndGet(t - prev, Math::max);
                    }
                    pulses.incrementAndGet();
                }
            };
            Fx.run(heartbeat::start);
            long start = System.nanoTime();
            Task<PortfoliosViewModel.ImportOutcome> task = Fx.call(() -> vm.importFrom(csv));
            Fx.await(() -> task.isDone() && vm.patents().size() == PATENTS);
            long elapsed = System.nanoTime() - start;
            Fx.run(heartbeat::stop);

            System.out.printf("import of %,d patents through the workbench: %.1f s; FX heartbeat: %,d pulses, "
                            + "longest gap between pulses %.1f ms%n", PATENTS, elapsed / 1e9, pulses.get(),
                    maxGap.get() / 1e6);
            assertThat(Fx.call(task::getValue).kind()).isEqualTo(PortfoliosViewModel.ImportOutcome.Kind.IMPORTED);
            assertThat(readerThread.get()).isNotNull();
            assertThat(readerThread.get().getName()).startsWith("pledgebench-task-");
            assertThat(Fx.call(Platform::isFxApplicationThread)).isTrue();
            assertThat(pulses.get()).as("the FX thread kept pulsing during the import").isGreaterThan(1);
        } finally {
            node.removeNode();
        }
    }
}
