package io.pledgebench.ui;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Cold start of the workbench to its first frame against a blank JavaFX window started the same way (a child JVM
 * each, same class path and flags, alternating, median of several runs), once with the JVM options the installed
 * workbench starts with and once with the JVM's defaults. SPEC target: ≤ 1.5×.
 */
@Tag("benchmark")
class StartupBenchmarkTest {

    private static final int RUNS = 5;
    private static final String[] FORWARDED = {"glass.platform", "monocle.platform", "prism.order", "java.awt.headless",
            "testfx.headless"};

    @TempDir
    Path dir;

    /** Wall times from starting the child, and the child's own CPU time (all its threads) at its first frame. */
    private record Run(long firstFrameMs, long readyMs, long firstFrameCpuMs) {
    }

    /**
     * The JVM options the installed workbench starts with, read from where they are set ({@code installer/build.sh},
     * jpackage's {@code --java-options}): heap, collector, compilers. The class-data archive is left out (the build
     * makes it; it is not here).
     */
    static List<String> launcherOptions() throws java.io.IOException {
        String script = java.nio.file.Files.readString(Path.of("installer", "build.sh"));
        List<String> out = new ArrayList<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("--java-options \"([^\"]+)\"").matcher(script);
        while (m.find()) {
            String o = m.group(1);
            if (o.startsWith("-Xmx") || o.startsWith("-XX:") && !o.startsWith("-XX:SharedArchiveFile")) {
                out.add(o);
            }
        }
        assertThat(out).as("the launcher's options in installer/build.sh").anyMatch(o -> o.startsWith("-Xmx"));
        return out;
    }

    /** Wall time from starting the child process (JVM options {@code jvm}) to its FIRST_FRAME and READY lines. */
    private Run start(List<String> jvm, String... args) throws Exception {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.addAll(jvm);
        for (String p : FORWARDED) {
            String v = System.getProperty(p);
            if (v != null && System.getenv("DISPLAY") == null) {
                cmd.add("-D" + p + "=" + v);
            }
        }
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        cmd.add(StartupProbe.class.getName());
        cmd.addAll(Arrays.asList(args));
        long t0 = System.nanoTime();
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        StringBuilder out = new StringBuilder();
        long firstFrame = -1;
        long firstFrameCpu = -1;
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                long now = (System.nanoTime() - t0) / 1_000_000;
                if (line.startsWith("FIRST_FRAME ")) {
                    firstFrame = now;
                    firstFrameCpu = Long.parseLong(line.substring(line.indexOf(" cpu ") + 5).trim());
                } else if (line.startsWith("READY ")) {
                    p.waitFor(30, TimeUnit.SECONDS);
                    return new Run(firstFrame, now, firstFrameCpu);
                } else {
                    out.append(line).append('\n');
                }
            }
        }
        p.waitFor(30, TimeUnit.SECONDS);
        throw new AssertionError("child JVM ended before its first screen was ready:\n" + out);
    }

    private static long median(long[] v) {
        long[] s = v.clone();
        Arrays.sort(s);
        return s[s.length / 2];
    }

    @Test
    void workbenchColdStartToFirstFrameAgainstABlankWindow() throws Exception {
        // as the installed workbench starts (the launcher's options), then with the JVM's defaults, for both windows
        measure("as the launcher starts it (" + String.join(" ", launcherOptions()) + ")", launcherOptions());
        measure("with the JVM's defaults (-Xmx512m)", List.of("-Xmx512m"));
    }

    private void measure(String how, List<String> jvm) throws Exception {
        start(jvm, "blank");
        double loadBefore = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        long[] blank = new long[RUNS];
        long[] blankCpu = new long[RUNS];
        long[] frame = new long[RUNS];
        long[] frameCpu = new long[RUNS];
        long[] ready = new long[RUNS];
        String tag = Integer.toString(jvm.hashCode(), 36);
        for (int i = 0; i < RUNS; i++) {
            Run bl = start(jvm, "blank");
            blank[i] = bl.firstFrameMs();
            blankCpu[i] = bl.firstFrameCpuMs();
            Run w = start(jvm, "workbench", dir.resolve("db" + tag + i).resolve("pledgebench").toString());
            frame[i] = w.firstFrameMs();
            frameCpu[i] = w.firstFrameCpuMs();
            ready[i] = w.readyMs();
        }
        double loadAfter = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        long b = median(blank);
        long f = median(frame);
        long r = median(ready);
        long bc = median(blankCpu);
        long fc = median(frameCpu);
        // the workbench's first frame is the first that shows its screen area filled (the first screen or its
        // "Opening …"), see StartupProbe; the CPU figures are the children's own (all threads), which other loads on
        // the machine shake less than wall times
        System.out.printf("cold start %s, process start to first frame (median of %d): blank JavaFX window %d ms, "
                        + "workbench %d ms, ratio %.2f (target ≤ 1.5); workbench with its Portfolios screen laid out "
                        + "%d ms, ratio %.2f; CPU to first frame: blank %d ms, workbench %d ms, ratio %.2f; "
                        + "load average %.2f before, %.2f after%n", how, RUNS, b, f, (double) f / b, r, (double) r / b,
                bc, fc, (double) fc / bc, loadBefore, loadAfter);
        assertThat(r).isGreaterThanOrEqualTo(f);
    }
}
