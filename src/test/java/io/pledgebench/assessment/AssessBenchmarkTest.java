package io.pledgebench.assessment;

import io.pledgebench.domain.PatentNumber;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * SPEC performance targets: {@code assess} of a 500-patent portfolio from JVM start within 3 s, reported against a JVM
 * of the same class path printing {@code --version} in the same run; a 100,000-patent portfolio assessed within
 * {@code -Xmx512m}. Runs with {@code mvn -B -Pbenchmark test}.
 */
@Tag("benchmark")
class AssessBenchmarkTest {

    static final int PATENTS = 500;
    static final int RUNS = 3;

    @Test
    void assessFiveHundredPatentsFromJvmStart() throws Exception {
        Path dir = Files.createDirectories(Path.of("target", "benchmark", "assess-500"));
        writePortfolio(dir, PATENTS);
        Path json = dir.resolve("assessment.json");
        long version = fastest(List.of(), List.of("--version"));
        long assess = fastest(List.of(), List.of("assess", dir.toString(), "--loan", "20000000", "--term-months", "36",
                "--as-of", "2025-06-30", "--seed", "1", "--json", json.toString(), "--force"));
        System.out.printf("assess %d patents from JVM start: %d ms (best of %d); java --version of the same class path:"
                + " %d ms; ratio %.2f; target ≤ 3000 ms%n", PATENTS, assess, RUNS, version, (double) assess / version);
        assertThat(Files.size(json)).isPositive();
        assertThat(assess).isLessThanOrEqualTo(3000);
    }

    @Test
    void assessOneHundredThousandPatentsWithinHalfAGigabyteOfHeap() throws Exception {
        Path dir = Files.createDirectories(Path.of("target", "benchmark", "assess-100000"));
        writePortfolio(dir, 100_000);
        Path json = dir.resolve("assessment.json");
        long t0 = System.nanoTime();
        Process p = new ProcessBuilder(command(List.of("-Xmx512m"), List.of("assess", dir.toString(), "--loan", "20000000",
                "--term-months", "36", "--as-of", "2025-06-30", "--paths", "1000", "--json", json.toString(), "--force")))
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.INHERIT).start();
        int code = p.waitFor();
        long ms = (System.nanoTime() - t0) / 1_000_000;
        System.out.printf("assess 100,000 patents (1,000 paths) with -Xmx512m: exit %d after %d ms, JSON %d MB%n", code, ms,
                Files.exists(json) ? Files.size(json) >> 20 : 0);
        assertThat(code).isZero();
    }

    private static List<String> command(List<String> jvm, List<String> args) {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.addAll(jvm);
        cmd.addAll(Arrays.asList("-cp", System.getProperty("java.class.path"), "io.pledgebench.Main"));
        cmd.addAll(args);
        return cmd;
    }

    private static long fastest(List<String> jvm, List<String> args) throws IOException, InterruptedException {
        long best = Long.MAX_VALUE;
        for (int i = 0; i < RUNS; i++) {
            List<String> cmd = command(jvm, args);
            long t0 = System.nanoTime();
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start();
            int code = p.waitFor();
            long ms = (System.nanoTime() - t0) / 1_000_000;
            assertThat(code).as(String.join(" ", args)).isZero();
            best = Math.min(best, ms);
        }
        return best;
    }

    /** A synthetic CN portfolio: inventions and utility models with revenues, claims and fees, seeded for repeatability. */
    static void writePortfolio(Path dir, int patents) throws IOException {
        Random r = new Random(42);
        StringBuilder b = new StringBuilder("patent_number,title,type,filing_date,grant_date,status,owners,"
                + "annual_fee_paid_until,ipc,total_claims,independent_claims,cited_by,family_size,product_revenue,"
                + "in_use_since\n");
        String[] ipcs = {"G01L 9/06", "H01L 21/02", "B25J 9/16", "A61B 5/00", "C08K 3/04", "F16H 1/28"};
        for (int i = 0; i < patents; i++) {
            boolean invention = r.nextDouble() < 0.6;
            LocalDate filed = LocalDate.of(2014, 1, 1).plusDays(r.nextInt(3500));
            int year = filed.getYear();
            String digits = String.format("%04d%d%07d", year, invention ? 1 : 2, i + 1);
            String number = digits + "." + PatentNumber.cnCheckDigit(digits);
            b.append(number).append(",Synthetic patent ").append(i).append(',')
                    .append(invention ? "invention" : "utility_model").append(',')
                    .append(filed).append(',').append(filed.plusMonths(invention ? 30 : 10)).append(',')
                    .append("valid,Benchmark Sensors Co. Ltd.,")
                    .append(LocalDate.of(2026, 1, 1).plusDays(r.nextInt(1500))).append(',')
                    .append(ipcs[r.nextInt(ipcs.length)]).append(',')
                    .append(5 + r.nextInt(15)).append(',').append(1 + r.nextInt(3)).append(',')
                    .append(r.nextInt(40)).append(',').append(1 + r.nextInt(6)).append(',')
                    .append(1_000_000 + r.nextInt(30_000_000)).append(',')
                    .append(filed.plusYears(1)).append('\n');
        }
        Files.writeString(dir.resolve("patents.csv"), b, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("enterprise.csv"), "field,value\nname,Benchmark Sensors Co. Ltd.\n"
                + "years_in_business,12\nrevenue,300000000\nebitda,45000000\ntotal_assets,400000000\n"
                + "total_liabilities,180000000\ninterest_expense,6000000\nannual_debt_service,15000000\n"
                + "overdue_records,0\n", StandardCharsets.UTF_8);
    }
}
