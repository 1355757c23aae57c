package io.pledgebench.ui;

import org.junit.jupiter.api.Test;

import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class UpdateThrottleTest {

    @Test
    void theFirstAndTheLastUpdateAndOnePerIntervalBetweenAreShown() {
        AtomicLong nanos = new AtomicLong(5_000_000_000L);
        UpdateThrottle throttle = new UpdateThrottle(100, nanos::get);
        assertThat(throttle.due(0, 10_000)).as("the first").isTrue();
        nanos.addAndGet(99_000_000);
        assertThat(throttle.due(1, 10_000)).as("99 ms later").isFalse();
        nanos.addAndGet(1_000_000);
        assertThat(throttle.due(2, 10_000)).as("100 ms after the last shown").isTrue();
        assertThat(throttle.due(3, 10_000)).as("at the same moment").isFalse();
        assertThat(throttle.due(10_000, 10_000)).as("the last, however soon").isTrue();
    }

    @Test
    void tenThousandUpdatesInOneSecondShowAboutTen() {
        AtomicLong nanos = new AtomicLong();
        UpdateThrottle throttle = new UpdateThrottle(100, nanos::get);
        int shown = 0;
        for (int done = 0; done <= 10_000; done++) {
            nanos.addAndGet(100_000);
            if (throttle.due(done, 10_000)) {
                shown++;
            }
        }
        // the first, one every 100 ms of the second, the last
        assertThat(shown).isBetween(10, 12);
    }

    @Test
    void anIntervalMustBePositive() {
        assertThatThrownBy(() -> new UpdateThrottle(0, System::nanoTime)).isInstanceOf(IllegalArgumentException.class);
    }
}
