package io.pledgebench.ui;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * Lets a background job's progress reach the FX thread at most every {@code interval} (the first and the last update
 * always): a run reporting every loan of a 10,000-loan book from two threads would otherwise re-lay out the progress
 * bar and its words on every pulse. Safe to call from several threads at once.
 */
final class UpdateThrottle {

    /** Ten updates a second: a bar that moves smoothly to the eye, a tenth of the FX thread's work. */
    static final long DEFAULT_INTERVAL_MS = 100;

    private final long intervalNanos;
    private final LongSupplier nanoTime;
    private final AtomicLong last = new AtomicLong(Long.MIN_VALUE);

    UpdateThrottle() {
        this(DEFAULT_INTERVAL_MS, System::nanoTime);
    }

    UpdateThrottle(long intervalMs, LongSupplier nanoTime) {
        if (intervalMs <= 0) {
            throw new IllegalArgumentException("interval must be positive, was " + intervalMs);
        }
        this.intervalNanos = TimeUnit.MILLISECONDS.toNanos(intervalMs);
        this.nanoTime = nanoTime;
    }

    /**
     * Whether the update {@code done} of {@code total} is to be shown: the first, the last ({@code done >= total}), and
     * any other at least the interval after the last one shown.
     */
    boolean due(long done, long total) {
        long now = nanoTime.getAsLong();
        if (done >= total) {
            last.set(now);
            return true;
        }
        long was = last.get();
        return (was == Long.MIN_VALUE || now - was >= intervalNanos) && last.compareAndSet(was, now);
    }
}
