package io.pledgebench.ui;

import javafx.animation.AnimationTimer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;

/**
 * A heartbeat on the FX thread: an {@link AnimationTimer} (run once per pulse) that records the gaps between two
 * pulses: the longest, how many were over 100 ms, and the few longest with when they began (ms after the start), to
 * lay beside a profile. Read its figures once it is stopped, or on the FX thread.
 */
class PulseGaps extends AnimationTimer {

    /**
     * A gap between two pulses: when it began (ms after {@link #start()}), how long it lasted and the CPU time the FX
     * thread and the renderer thread had in it (ms; a gap of little CPU is a thread waiting or not scheduled).
     */
    record Gap(double atMs, double ms, double fxCpuMs, double rendererCpuMs) {
    }

    private static final java.lang.management.ThreadMXBean THREADS =
            java.lang.management.ManagementFactory.getThreadMXBean();

    private static final int KEPT = 5;

    private long started;
    private long startedUptimeMs;
    private long last;
    private long lastCpu;
    private long lastRendererCpu;
    private long startCpu;
    private long renderer = -1;
    private long pulses;
    private long over100;
    private long over50;
    private final PriorityQueue<Gap> longest = new PriorityQueue<>(Comparator.comparingDouble(Gap::ms));

    @Override
    public void start() {
        started = System.nanoTime();
        startedUptimeMs = java.lang.management.ManagementFactory.getRuntimeMXBean().getUptime();
        last = 0;
        renderer = Thread.getAllStackTraces().keySet().stream().filter(t -> t.getName().startsWith("QuantumRenderer"))
                .mapToLong(Thread::getId).findFirst().orElse(-1);
        super.start();
    }

    @Override
    public void handle(long now) {
        long t = System.nanoTime();
        long cpu = THREADS.getCurrentThreadCpuTime();
        long rendererCpu = renderer < 0 ? 0 : Math.max(0, THREADS.getThreadCpuTime(renderer));
        if (last == 0) {
            startCpu = cpu;
        } else {
            double ms = (t - last) / 1e6;
            if (ms > 100) {
                over100++;
            }
            if (ms > 50) {
                over50++;
            }
            if (longest.size() < KEPT || ms > longest.peek().ms()) {
                longest.add(new Gap((last - started) / 1e6, ms, (cpu - lastCpu) / 1e6,
                        (rendererCpu - lastRendererCpu) / 1e6));
                if (longest.size() > KEPT) {
                    longest.poll();
                }
            }
        }
        last = t;
        lastCpu = cpu;
        lastRendererCpu = rendererCpu;
        pulses++;
    }

    long pulses() {
        return pulses;
    }

    /** The longest gap between two pulses, ms (0 before two pulses). */
    double longestMs() {
        return longest.stream().mapToDouble(Gap::ms).max().orElse(0);
    }

    /** CPU time of the FX thread from the first pulse to the last, ms. */
    double fxCpuMs() {
        return (lastCpu - startCpu) / 1e6;
    }

    long over100() {
        return over100;
    }

    long over50() {
        return over50;
    }

    /** The few longest gaps, longest first. */
    List<Gap> longest() {
        List<Gap> out = new ArrayList<>(longest);
        out.sort(Comparator.comparingDouble(Gap::ms).reversed());
        return out;
    }

    /** The figures in words: pulses, longest gap, gaps over 100 and 50 ms, FX CPU, the longest gaps. */
    String summary() {
        StringBuilder b = new StringBuilder(String.format(java.util.Locale.ROOT, "%,d pulses, longest gap %.1f ms,"
                + " %,d gaps over 100 ms, %,d over 50 ms, FX thread CPU %,.0f ms, started at JVM uptime %,d ms (to lay"
                + " beside -Xlog's uptime)", pulses, longestMs(), over100, over50, fxCpuMs(), startedUptimeMs));
        List<Gap> l = longest();
        if (!l.isEmpty()) {
            b.append(" (longest, with the CPU the FX thread / renderer had in it:");
            for (Gap g : l) {
                b.append(String.format(java.util.Locale.ROOT, " %.0f ms at %.1f s, CPU %.0f / %.0f ms;", g.ms(),
                        g.atMs() / 1000, g.fxCpuMs(), g.rendererCpuMs()));
            }
            b.setLength(b.length() - 1);
            b.append(')');
        }
        return b.toString();
    }
}
