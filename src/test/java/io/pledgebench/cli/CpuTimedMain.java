package io.pledgebench.cli;

import java.lang.management.ManagementFactory;

/**
 * Runs {@link io.pledgebench.Main} as a benchmark's child JVM does and prints, when that JVM exits (the command ends
 * with {@code System.exit}), the CPU time the whole process used and its maximum heap: on a shared machine the wall
 * time is mostly waiting, the CPU time is the work done.
 */
public final class CpuTimedMain {

    /** The line the benchmarks read back from the child's standard error. */
    static final String PREFIX = "benchmark-process:";

    private CpuTimedMain() {
    }

    public static void main(String[] args) {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            com.sun.management.OperatingSystemMXBean os = (com.sun.management.OperatingSystemMXBean)
                    ManagementFactory.getOperatingSystemMXBean();
            System.err.println(PREFIX + " cpuMs=" + os.getProcessCpuTime() / 1_000_000 + " maxHeapMb="
                    + (Runtime.getRuntime().maxMemory() >> 20));
            System.err.flush();
        }));
        io.pledgebench.Main.main(args);
    }
}
