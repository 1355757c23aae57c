package io.pledgebench.cli;

import io.pledgebench.app.BookMonitor;
import io.pledgebench.assessment.Assessment;
import io.pledgebench.assessment.AssessmentInputs;
import io.pledgebench.assessment.AssessmentParameters;
import io.pledgebench.assessment.AssessmentPipeline;
import io.pledgebench.assessment.CanonicalJson;
import io.pledgebench.domain.LoanRequest;
import io.pledgebench.domain.PatentNumber;
import io.pledgebench.domain.Portfolio;
import io.pledgebench.io.PortfolioReader;
import io.pledgebench.risk.monitoring.MonitoringPolicy;
import io.pledgebench.store.AssessmentRepository;
import io.pledgebench.store.Database;
import io.pledgebench.store.LoanBookRepository;
import io.pledgebench.store.NewAssessment;
import io.pledgebench.store.NewBookedLoan;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 17 / SPEC rev. 2 performance target: {@code monitor} of a book of 10,000 loans and 100,000 pledged patents
 * revalued without Monte Carlo within 30 s, against {@code assess} of one 500-patent portfolio (per patent) in the same
 * run. Runs in the test JVM at {@code -Xmx1g} (the benchmark profile's heap) with {@code mvn -B -Pbenchmark test
 * -Dtest=BookMonitorBenchmarkTest}; {@code -Dbook.loans=N} scales it down (10 patents per loan, 100 loans per
 * borrower); {@code -Dbook.paths=1000} times the Monte Carlo variant. The set-up (saving the assessments and booking the loans) is timed apart and not part of the figure.
 */
@Tag("benchmark")
class BookMonitorBenchmarkTest {

    private static final LocalDate AS_OF = LocalDate.of(2026, 6, 30);
    private static final int PATENTS_PER_LOAN = 10;
    private static final int LOANS_PER_BORROWER = 100;

    @Test
    void monitorABookOfTenThousandLoansWithoutMonteCarlo() throws IOException {
        int loans = Integer.getInteger("book.loans", 10_000);
        Path dir = Files.createDirectories(Path.of("target", "benchmark", "book-" + loans));
        Path dbFile = dir.resolve("book");
        // a fresh database: its file, its audit witness and anything else a previous run left
        try (var old = Files.list(dir)) {
            for (Path f : old.filter(f -> f.getFileName().toString().startsWith("book")).toList()) {
                if (Files.isDirectory(f)) {
                    try (var walk = Files.walk(f)) {
                        walk.sorted(java.util.Comparator.reverseOrder()).forEach(x -> x.toFile().delete());
                    }
                } else {
                    Files.delete(f);
                }
            }
        }
        int borrowers = Math.max(1, loans / LOANS_PER_BORROWER);
        AssessmentParameters params = AssessmentParameters.defaults();

        // reference: assess of one 500-patent portfolio (deterministic parts and 1,000 paths), per patent
        Portfolio five = portfolio(dir.resolve("p500"), 500, 9_000_000, "Reference Co. Ltd.");
        AssessmentInputs ref = new AssessmentInputs(five, new LoanRequest(new BigDecimal("20000000"), "CNY", 36, null,
                null), AS_OF, 1, 1000, null, List.of());
        AssessmentPipeline.run(ref, params);
        long r0 = System.nanoTime();
        AssessmentPipeline.run(ref, params);
        double assessPerPatent = (System.nanoTime() - r0) / 1e6 / 500;

        long s0 = System.nanoTime();
        try (Database db = Database.open(dbFile)) {
            AssessmentRepository assessments = new AssessmentRepository(db);
            LoanBookRepository book = new LoanBookRepository(db);
            int serial = 0;
            for (int b = 0; b < borrowers; b++) {
                int n = LOANS_PER_BORROWER * PATENTS_PER_LOAN;
                Portfolio pf = portfolio(dir.resolve("b" + b), n, serial, "Borrower " + b + " Co. Ltd.");
                serial += n;
                AssessmentInputs in = new AssessmentInputs(pf, new LoanRequest(new BigDecimal("20000000"), "CNY", 36,
                        null, null), AS_OF, 1, 1000, null, List.of());
                var tree = Assessment.hashedTree(in, params);
                long id = assessments.save(new NewAssessment(null, pf.name(), "bench", AS_OF, CanonicalJson.sha256(tree),
                        "bench", CanonicalJson.write(tree), "{}"));
                for (int l = 0; l < LOANS_PER_BORROWER && b * LOANS_PER_BORROWER + l < loans; l++) {
                    List<String> pledged = new ArrayList<>();
                    for (int k = 0; k < PATENTS_PER_LOAN; k++) {
                        pledged.add(pf.patents().get(l * PATENTS_PER_LOAN + k).number().canonical());
                    }
                    book.book(new NewBookedLoan(id, pf.name(), null, "C39" + (b % 7), null, "CNY",
                            new BigDecimal("2000000"), null, AS_OF.minusMonths(1), 36, b % 3 == 0 ? "zhongshan" : "none",
                            0.1, 0.3, AS_OF.minusMonths(2), new BigDecimal("10000000"), new BigDecimal("1000000"),
                            "Y" + b + "-" + l, AS_OF.minusDays(20), pledged), "bench");
                }
            }
            long setup = (System.nanoTime() - s0) / 1_000_000;
            // -Dbook.paths=1000: the Monte Carlo variant (target 3 minutes at 10,000 loans)
            int paths = Integer.getInteger("book.paths", 0);
            BookMonitor monitor = new BookMonitor(MonitoringPolicy.defaults(), paths);
            com.sun.management.OperatingSystemMXBean os = (com.sun.management.OperatingSystemMXBean)
                    java.lang.management.ManagementFactory.getOperatingSystemMXBean();
            long c0 = os.getProcessCpuTime();
            long m0 = System.nanoTime();
            BookMonitor.Run run = monitor.run(db, AS_OF.plusMonths(3));
            long ms = (System.nanoTime() - m0) / 1_000_000;
            // the CPU the run used, whatever else the machine runs: on a shared machine the wall time is mostly waiting
            long cpuMs = (os.getProcessCpuTime() - c0) / 1_000_000;
            int patents = loans * PATENTS_PER_LOAN;
            System.out.printf("monitor of %,d loans / %,d pledged patents with %,d Monte Carlo paths: %,d ms (%.3f ms per"
                            + " patent; %,d alerts); assess of 500 patents with 1,000 paths in the same run: %.3f ms per"
                            + " patent; ratio %.2f; target at 10,000 loans ≤ %s; set-up %,d ms; max heap %,d MB;"
                            + " CPU time of the run %,d ms on %d cores (load average %.1f)%n",
                    loans, patents, paths, ms, (double) ms / patents, run.alerts().size(), assessPerPatent,
                    ((double) ms / patents) / assessPerPatent, paths == 0 ? "30,000 ms" : "180,000 ms", setup, Runtime.getRuntime().maxMemory() >> 20, cpuMs,
                    Runtime.getRuntime().availableProcessors(), os.getSystemLoadAverage());
            assertThat(run.loans()).hasSize(loans);
            assertThat(run.loans()).allSatisfy(r -> assertThat(r.revaluation()).isNotNull());
        }
    }

    /** A synthetic portfolio of {@code n} CN patents with revenue, as the assess benchmark writes them. */
    private static Portfolio portfolio(Path dir, int n, int firstSerial, String owner) throws IOException {
        Files.createDirectories(dir);
        Random r = new Random(42 + firstSerial);
        StringBuilder b = new StringBuilder("patent_number,title,type,filing_date,grant_date,status,owners,"
                + "annual_fee_paid_until,ipc,total_claims,independent_claims,cited_by,family_size,product_revenue,"
                + "in_use_since\n");
        String[] ipcs = {"G01L 9/06", "H01L 21/02", "B25J 9/16", "A61B 5/00", "C08K 3/04", "F16H 1/28"};
        for (int i = 0; i < n; i++) {
            boolean invention = r.nextDouble() < 0.6;
            LocalDate filed = LocalDate.of(2014, 1, 1).plusDays(r.nextInt(3500));
            String digits = String.format("%04d%d%07d", filed.getYear(), invention ? 1 : 2, firstSerial + i + 1);
            b.append(digits).append('.').append(PatentNumber.cnCheckDigit(digits)).append(",Synthetic patent ")
                    .append(firstSerial + i).append(',').append(invention ? "invention" : "utility_model").append(',')
                    .append(filed).append(',').append(filed.plusMonths(invention ? 30 : 10)).append(",valid,")
                    .append(owner).append(',').append(LocalDate.of(2027, 1, 1).plusDays(r.nextInt(300))).append(',')
                    .append(ipcs[r.nextInt(ipcs.length)]).append(',').append(5 + r.nextInt(15)).append(',')
                    .append(1 + r.nextInt(3)).append(',').append(r.nextInt(40)).append(',').append(1 + r.nextInt(6))
                    .append(',').append(1_000_000 + r.nextInt(30_000_000)).append(',').append(filed.plusYears(1))
                    .append('\n');
        }
        Files.writeString(dir.resolve("patents.csv"), b, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("enterprise.csv"), "field,value\nname," + owner + "\n"
                + "years_in_business,12\nrevenue,300000000\nebitda,45000000\ntotal_assets,400000000\n"
                + "total_liabilities,180000000\ninterest_expense,6000000\nannual_debt_service,15000000\n"
                + "overdue_records,0\n", StandardCharsets.UTF_8);
        return PortfolioReader.read(dir).portfolio();
    }
}
