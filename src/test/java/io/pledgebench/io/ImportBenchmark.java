package io.pledgebench.io;

import io.pledgebench.store.Database;
import io.pledgebench.store.PortfolioRepository;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * SPEC performance target: importing a 100,000-patent CSV into H2 takes at most 2× H2's own bulk load
 * {@code CREATE TABLE … AS SELECT * FROM CSVREAD(…)} of the same file, measured in the same run. Each side
 * loads into a fresh H2 file database whose schema is already migrated, timed from opening it to the
 * committed load; after one warm-up of each, the median of three runs is reported. Our side does more
 * work by design: it validates and converts every value and writes typed columns under a primary key, a
 * unique patent number per portfolio and a foreign key, where CSVREAD stores unchecked text in an
 * unindexed table.
 * Run with {@code mvn -B -Pbenchmark verify}.
 */
@Tag("benchmark")
class ImportBenchmark {

    private static final int PATENTS = 100_000;
    private static final int RUNS = 3;
    private static final Path DIR = Path.of("target", "benchmark");

    @Test
    void importOf100kPatentsAgainstH2CsvRead() throws Exception {
        Path csv = DIR.resolve("patents-100k.csv");
        LargePortfolioGenerator.write(csv, PATENTS, 42);

        importIntoFreshDatabase(csv);
        csvReadIntoFreshDatabase(csv);
        long[] ours = new long[RUNS];
        long[] h2 = new long[RUNS];
        long[] oursCpu = new long[RUNS];
        long[] h2Cpu = new long[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long cpu = processCpuNanos();
            ours[i] = importIntoFreshDatabase(csv);
            oursCpu[i] = processCpuNanos() - cpu;
            cpu = processCpuNanos();
            h2[i] = csvReadIntoFreshDatabase(csv);
            h2Cpu[i] = processCpuNanos() - cpu;
        }
        double oursMs = median(ours) / 1e6;
        double h2Ms = median(h2) / 1e6;
        double ratio = oursMs / h2Ms;
        System.out.printf("%nImport benchmark, %,d patents (%s, %.1f MB), median of %d runs after warm-up%n", PATENTS,
                csv, Files.size(csv) / 1e6, RUNS);
        System.out.printf("  pledgebench import (PortfolioReader + PortfolioRepository.insert): %8.0f ms  runs %s%n",
                oursMs, Arrays.toString(Arrays.stream(ours).map(n -> n / 1_000_000).toArray()));
        System.out.printf("  H2 CREATE TABLE AS SELECT * FROM CSVREAD                       : %8.0f ms  runs %s%n",
                h2Ms, Arrays.toString(Arrays.stream(h2).map(n -> n / 1_000_000).toArray()));
        System.out.printf("  ratio %.2f× (target ≤ 2×): %s%n", ratio, ratio <= 2.0 ? "met" : "NOT met");
        // CPU time of the whole process (all threads, H2's background writer included) is less disturbed
        // than elapsed time when other work shares the cores
        System.out.printf("  CPU time: import %.0f ms, CSVREAD %.0f ms, ratio %.2f×; load average %.1f on %d cores%n%n",
                median(oursCpu) / 1e6, median(h2Cpu) / 1e6, median(oursCpu) / median(h2Cpu),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                Runtime.getRuntime().availableProcessors());
    }

    /**
     * SPEC revision 2: {@code import} of the same file as a whole process (JVM start, migration of a fresh database,
     * reading, checking, storing, exit) against H2's CSVREAD run as a whole process too (H2's own Shell tool), both in
     * the same run; target ≤ 2.5×. Prints figures, never fails on time.
     */
    @Test
    void wholeProcessImportAgainstWholeProcessCsvRead() throws Exception {
        Path csv = DIR.resolve("patents-100k.csv");
        LargePortfolioGenerator.write(csv, PATENTS, 42);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String cp = System.getProperty("java.class.path");
        long[] ours = new long[RUNS + 1];
        long[] h2 = new long[RUNS + 1];
        long[] oursCpu = new long[RUNS + 1];
        long[] h2Cpu = new long[RUNS + 1];
        for (int i = 0; i <= RUNS; i++) {
            Path a = freshDatabase("process-import");
            long cpu = childrenCpuMillis();
            ours[i] = run(java, "-cp", cp, "io.pledgebench.Main", "import", csv.toString(), "--db", a.toString());
            oursCpu[i] = childrenCpuMillis() - cpu;
            Path b = freshDatabase("process-csvread");
            cpu = childrenCpuMillis();
            h2[i] = run(java, "-cp", cp, "org.h2.tools.Shell", "-url", "jdbc:h2:file:" + b.toAbsolutePath()
                    + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE", "-user", "pledgebench", "-password", "",
                    "-sql", "CREATE TABLE bulk AS SELECT * FROM CSVREAD('" + csv.toAbsolutePath() + "', NULL, 'charset=UTF-8')");
            h2Cpu[i] = childrenCpuMillis() - cpu;
        }
        long[] oursRuns = Arrays.copyOfRange(ours, 1, ours.length);
        long[] h2Runs = Arrays.copyOfRange(h2, 1, h2.length);
        double ratio = median(oursRuns) / median(h2Runs);
        System.out.printf("%nWhole-process import benchmark, %,d patents, median of %d runs after one warm-up each%n", PATENTS, RUNS);
        System.out.printf("  java -jar … import FILE --db NEW     : %8.0f ms  runs %s%n", median(oursRuns) / 1e6,
                Arrays.toString(Arrays.stream(oursRuns).map(n -> n / 1_000_000).toArray()));
        System.out.printf("  java … org.h2.tools.Shell CSVREAD     : %8.0f ms  runs %s%n", median(h2Runs) / 1e6,
                Arrays.toString(Arrays.stream(h2Runs).map(n -> n / 1_000_000).toArray()));
        System.out.printf("  ratio %.2f× (target ≤ 2.5×): %s; load average %.1f on %d cores%n", ratio,
                ratio <= 2.5 ? "met" : "NOT met", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                Runtime.getRuntime().availableProcessors());
        if (childrenCpuMillis() >= 0) {
            long[] oursCpuRuns = Arrays.copyOfRange(oursCpu, 1, oursCpu.length);
            long[] h2CpuRuns = Arrays.copyOfRange(h2Cpu, 1, h2Cpu.length);
            // CPU time of each whole process (all its threads: compilers, GC, H2), less disturbed than elapsed time
            // when other work shares the cores
            System.out.printf("  CPU time of the processes: import %.0f ms %s, CSVREAD %.0f ms %s, ratio %.2f×%n%n",
                    median(oursCpuRuns), Arrays.toString(oursCpuRuns), median(h2CpuRuns), Arrays.toString(h2CpuRuns),
                    median(oursCpuRuns) / median(h2CpuRuns));
        }
    }

    /**
     * User and system CPU time of this process's finished children, in ms ({@code cutime + cstime} of /proc/self/stat,
     * which Linux adds a child's times to once it has been waited for), or -1 where there is no /proc.
     */
    private static long childrenCpuMillis() {
        try {
            String stat = Files.readString(Path.of("/proc/self/stat"));
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            // fields 16 and 17 of proc(5), in clock ticks of 10 ms (USER_HZ 100 on every Linux this runs on)
            return (Long.parseLong(f[13]) + Long.parseLong(f[14])) * 10;
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    private static long run(String... command) throws Exception {
        long start = System.nanoTime();
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        int code = p.waitFor();
        long elapsed = System.nanoTime() - start;
        assertThat(code).as(output).isZero();
        return elapsed;
    }

    private static long importIntoFreshDatabase(Path csv) throws IOException {
        Path base = freshDatabase("import");
        Database.open(base).close();
        long start = System.nanoTime();
        ImportResult r = PortfolioReader.read(csv);
        try (Database db = Database.open(base)) {
            new PortfolioRepository(db).insert(r.portfolio(), new PortfolioRepository.ImportRecord(csv.toString(),
                    "benchmark", "benchmark", r.rowsRead(), 0));
        }
        long elapsed = System.nanoTime() - start;
        assertThat(r.problems()).isEmpty();
        assertThat(r.portfolio().patents()).hasSize(PATENTS);
        return elapsed;
    }

    /** H2's own loader into a database prepared like ours (same URL options, schema already migrated). */
    private static long csvReadIntoFreshDatabase(Path csv) throws IOException, java.sql.SQLException {
        Path base = freshDatabase("csvread");
        Database.open(base).close();
        long start = System.nanoTime();
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + base.toAbsolutePath()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;WRITE_DELAY=0", "pledgebench", "");
             Statement s = c.createStatement()) {
            s.execute("CREATE TABLE bulk AS SELECT * FROM CSVREAD('" + csv.toAbsolutePath() + "', NULL, 'charset=UTF-8')");
            long elapsed = System.nanoTime() - start;
            try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM bulk")) {
                rs.next();
                assertThat(rs.getInt(1)).isEqualTo(PATENTS);
            }
            return elapsed;
        }
    }

    private static Path freshDatabase(String name) throws IOException {
        Path dir = DIR.resolve("db-" + name);
        if (Files.exists(dir)) {
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
        Files.createDirectories(dir);
        return dir.resolve("bench");
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static double median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
