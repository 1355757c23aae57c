package io.pledgebench.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 17 / SPEC rev. 2 performance targets: {@code monitor} of a book of 10,000 loans and 100,000 pledged patents
 * revalued without Monte Carlo within 30 s, and with 1,000 Monte Carlo paths within 3 minutes, at {@code -Xmx1g} on 2
 * cores, against {@code assess} of one 500-patent portfolio (per patent) in the same run.
 * {@code mvn -B -o -Pbenchmark test -Dtest=BookMonitorBenchmarkTest}; {@code -Dbook.loans=N} scales the book down (10
 * patents per loan, 100 loans per borrower), {@code -Dbook.paths=N} sets the Monte Carlo run's paths (0 leaves it
 * out), {@code -Dbook.heap=-Xmx…} the child JVMs' heap.
 *
 * <p>The book is built through the store in bulk (one saved assessment per borrower, the loans booked in one
 * transaction, each audited); that set-up is timed apart. {@code assess} and {@code monitor} each run as the real
 * command in a child JVM, timed from its start to its exit, with the CPU time the whole process used.
 */
@Tag("benchmark")
class BookMonitorBenchmarkTest {

    private static final LocalDate AS_OF = LocalDate.of(2026, 6, 30);
    private static final LocalDate MONITORED = AS_OF.plusMonths(3);

    @Test
    void monitorABookOfTenThousandLoansWithAndWithoutMonteCarlo() throws Exception {
        int loans = Integer.getInteger("book.loans", 10_000);
        int paths = Integer.getInteger("book.paths", 1_000);
        String heap = System.getProperty("book.heap", "-Xmx1g");
        Path dir = Files.createDirectories(Path.of("target", "benchmark", "book-" + loans));
        Path dbFile = dir.resolve("book");
        clean(dir);
        int patents = loans * SyntheticBook.PATENTS_PER_LOAN;

        // reference: assess of one 500-patent portfolio with 1,000 paths, whole process, per patent
        Path p500 = dir.resolve("p500");
        SyntheticBook.portfolio(p500, 500, 9_000_000, "Reference Co. Ltd.");
        Measured assess = run(dir, heap, List.of("assess", p500.toString(), "--loan", "20000000", "--term-months", "36",
                "--as-of", AS_OF.toString(), "--seed", "1", "--paths", "1000", "--json",
                dir.resolve("assess.json").toString(), "--force"));
        assertThat(assess.exit()).as("assess exit").isZero();

        long s0 = System.nanoTime();
        SyntheticBook.build(dir, dbFile, loans, AS_OF);
        long setup = (System.nanoTime() - s0) / 1_000_000;
        System.out.printf("book of %,d loans / %,d pledged patents built through the store in %,d ms%n", loans, patents,
                setup);

        Measured plain = monitor(dir, dbFile, heap, loans, 0);
        report("without Monte Carlo", plain, loans, patents, assess, 30_000, heap);
        if (paths > 0) {
            Measured simulated = monitor(dir, dbFile, heap, loans, paths);
            report("with " + String.format("%,d", paths) + " Monte Carlo paths", simulated, loans, patents, assess,
                    180_000, heap);
        }
    }

    private static Measured monitor(Path dir, Path dbFile, String heap, int loans, int paths) throws Exception {
        Path json = dir.resolve("monitor-" + paths + ".json");
        Measured m = run(dir, heap, List.of("monitor", "--db", dbFile.toString(), "--as-of", MONITORED.toString(),
                "--paths", String.valueOf(paths), "--json", json.toString(), "--force"));
        assertThat(m.exit()).as("monitor exit (3: alerts open)").isIn(0, 3);
        JsonNode doc = JsonOutput.mapper().readTree(json.toFile());
        assertThat(doc.get("loans")).hasSize(loans);
        for (JsonNode loan : doc.get("loans")) {
            assertThat(loan.get("marketValue").isNull()).as(loan.get("loanId").asText() + " revalued").isFalse();
        }
        return m;
    }

    private static void report(String what, Measured m, int loans, int patents, Measured assess, long targetMs,
                               String heap) {
        double perPatent = (double) m.wallMs() / patents;
        double assessPerPatent = (double) assess.wallMs() / 500;
        System.out.printf("monitor of %,d loans / %,d pledged patents %s: %,d ms wall, %,d ms CPU (%.3f ms wall per"
                        + " patent); assess of 500 patents with 1,000 paths in the same run: %,d ms wall, %,d ms CPU,"
                        + " %.3f ms wall per patent; ratio %.2f; target at 10,000 loans ≤ %,d ms; %s (max heap %,d MB);"
                        + " %d cores; load average %.1f before, %.1f after%n",
                loans, patents, what, m.wallMs(), m.cpuMs(), perPatent, assess.wallMs(), assess.cpuMs(),
                assessPerPatent, perPatent / assessPerPatent, targetMs, heap, m.maxHeapMb(),
                Runtime.getRuntime().availableProcessors(), m.loadBefore(), m.loadAfter());
    }

    /** One child JVM run: exit code, wall and CPU time of the whole process, its max heap, the load around it. */
    record Measured(int exit, long wallMs, long cpuMs, long maxHeapMb, double loadBefore, double loadAfter) {
    }

    private static Measured run(Path dir, String heap, List<String> args) throws Exception {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.add(heap);
        cmd.addAll(List.of("-Djava.awt.headless=true", "-Dpledgebench.home=" + dir.resolve("home"), "-cp",
                System.getProperty("java.class.path"), CpuTimedMain.class.getName()));
        cmd.addAll(args);
        Path err = dir.resolve("child-stderr.txt");
        double before = load();
        long t0 = System.nanoTime();
        Process p = new ProcessBuilder(cmd).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(err.toFile()).start();
        int exit = p.waitFor();
        long wall = (System.nanoTime() - t0) / 1_000_000;
        double after = load();
        long cpu = -1;
        long maxHeap = -1;
        List<String> lines = Files.readAllLines(err, StandardCharsets.UTF_8);
        for (String line : lines) {
            if (line.startsWith(CpuTimedMain.PREFIX)) {
                for (String f : line.substring(CpuTimedMain.PREFIX.length()).trim().split(" ")) {
                    String[] kv = f.split("=");
                    if (kv[0].equals("cpuMs")) {
                        cpu = Long.parseLong(kv[1]);
                    } else if (kv[0].equals("maxHeapMb")) {
                        maxHeap = Long.parseLong(kv[1]);
                    }
                }
            }
        }
        assertThat(cpu).as(args.get(0) + " printed its CPU time; standard error:\n" + String.join("\n",
                lines.subList(Math.max(0, lines.size() - 30), lines.size()))).isNotNegative();
        return new Measured(exit, wall, cpu, maxHeap, before, after);
    }

    private static double load() {
        return java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    /** A fresh database: its file, its audit witness and anything else a previous run left. */
    private static void clean(Path dir) throws IOException {
        try (var old = Files.list(dir)) {
            for (Path f : old.toList()) {
                if (Files.isDirectory(f)) {
                    try (var walk = Files.walk(f)) {
                        walk.sorted(java.util.Comparator.reverseOrder()).forEach(x -> x.toFile().delete());
                    }
                } else {
                    Files.delete(f);
                }
            }
        }
    }

}
