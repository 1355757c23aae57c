package io.pledgebench.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.pledgebench.assessment.Assessment;
import io.pledgebench.assessment.AssessmentInputs;
import io.pledgebench.assessment.AssessmentParameters;
import io.pledgebench.assessment.AssessmentPipeline;
import io.pledgebench.domain.Enterprise;
import io.pledgebench.domain.LegalStatus;
import io.pledgebench.domain.LoanRequest;
import io.pledgebench.domain.Owner;
import io.pledgebench.domain.Patent;
import io.pledgebench.domain.PatentNumber;
import io.pledgebench.domain.PatentType;
import io.pledgebench.domain.Portfolio;
import io.pledgebench.report.charts.ReportFont;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Report generation for a 500-patent portfolio, timed after the assessment (target ≤ 1 s, issue 7). The
 * reference in the same run is writing the same assessment document as JSON text, the cheapest output of it.
 */
@Tag("benchmark")
class ReportBenchmark {

    private static final int PATENTS = 500;
    private static final int RUNS = 6;
    private static final LocalDate AS_OF = LocalDate.of(2025, 6, 30);
    private static final String PLEDGOR = "深圳市芯联智感科技有限公司";

    static Portfolio portfolio(int n) {
        Random r = new Random(42);
        String[] ipc = {"G01L 9/00", "H01L 29/84", "G06F 3/01", "H04W 4/38", "B81B 7/02", "A61B 5/00", "G08C 17/02"};
        List<Patent> patents = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            PatentType type = i % 5 == 4 ? PatentType.UTILITY_MODEL : i % 11 == 10 ? PatentType.DESIGN : PatentType.INVENTION;
            int year = 2014 + r.nextInt(10);
            String digits = year + (type == PatentType.INVENTION ? "1" : type == PatentType.UTILITY_MODEL ? "2" : "3")
                    + String.format(Locale.ROOT, "%07d", 100000 + i);
            LocalDate filed = LocalDate.of(year, 1 + r.nextInt(12), 1 + r.nextInt(28));
            patents.add(Patent.builder(PatentNumber.parse("CN" + digits + "." + PatentNumber.cnCheckDigit(digits)), type,
                            LegalStatus.VALID)
                    .title("传感器结构与方法 " + i)
                    .filingDate(filed)
                    .grantDate(filed.plusMonths(type == PatentType.INVENTION ? 30 : 10))
                    .owners(List.of(new Owner(PLEDGOR, null)))
                    .annualFeePaidUntil(LocalDate.of(2026, 1 + r.nextInt(12), 1))
                    .ipc(ipc[r.nextInt(ipc.length)])
                    .independentClaims(1 + r.nextInt(3)).totalClaims(5 + r.nextInt(15))
                    .citedBy(r.nextInt(30)).familySize(1 + r.nextInt(5))
                    .productRevenue(BigDecimal.valueOf(200_000 + r.nextInt(5_000_000)))
                    .royaltyRate(0.02 + r.nextDouble() * 0.04)
                    .inUseSince(filed.plusYears(2))
                    .replacementCost(BigDecimal.valueOf(300_000 + r.nextInt(2_000_000)))
                    .pledgeConsent(true)
                    .build());
        }
        Enterprise e = new Enterprise(PLEDGOR, null, "sensors", 12.0, new BigDecimal("480000000"),
                new BigDecimal("96000000"), new BigDecimal("620000000"), new BigDecimal("250000000"),
                new BigDecimal("9000000"), new BigDecimal("40000000"), new BigDecimal("30000000"), 0, null);
        return new Portfolio("benchmark-" + n, e, patents,
                new LoanRequest(new BigDecimal("80000000"), "CNY", 36, null, "expansion"), "CNY", "generated");
    }

    @Test
    void reportOfA500PatentPortfolio() throws IOException {
        Assumptions.assumeTrue(ReportFont.find().isPresent(), "needs " + ReportFont.DEBIAN_PACKAGE);
        Portfolio pf = portfolio(PATENTS);
        long t0 = System.nanoTime();
        Assessment a = AssessmentPipeline.run(new AssessmentInputs(pf, pf.loan(), AS_OF, 1, AssessmentInputs.DEFAULT_PATHS,
                null, List.of()), AssessmentParameters.defaults());
        double assessMs = (System.nanoTime() - t0) / 1e6;

        java.lang.management.ThreadMXBean cpu = java.lang.management.ManagementFactory.getThreadMXBean();
        long[] json = new long[RUNS];
        long[] wall = new long[RUNS];
        long[] cpuTime = new long[RUNS];
        int pages = 0;
        int bytes = 0;
        ObjectMapper mapper = new ObjectMapper();
        for (int i = 0; i < RUNS; i++) {
            long s = System.nanoTime();
            String text = mapper.writeValueAsString(a.toJson(Locale.ENGLISH));
            json[i] = System.nanoTime() - s;
            assertThat(text).isNotEmpty();

            long c = cpu.getCurrentThreadCpuTime();
            s = System.nanoTime();
            JsonNode doc = ReportSource.document(a);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            AssessmentReport.write(ReportInput.unsaved(doc, AS_OF.atStartOfDay(ZoneOffset.UTC).toInstant(), "bench"),
                    Locale.SIMPLIFIED_CHINESE, AS_OF, out);
            wall[i] = System.nanoTime() - s;
            cpuTime[i] = cpu.getCurrentThreadCpuTime() - c;
            bytes = out.size();
            if (i == 0) {
                try (PDDocument d = Loader.loadPDF(out.toByteArray())) {
                    pages = d.getNumberOfPages();
                }
            }
        }
        long firstWall = wall[0];
        long firstCpu = cpuTime[0];
        long[] warmWall = Arrays.copyOfRange(wall, 1, RUNS);
        long[] warmCpu = Arrays.copyOfRange(cpuTime, 1, RUNS);
        Arrays.sort(json);
        Arrays.sort(warmWall);
        Arrays.sort(warmCpu);
        // the report runs on one thread, so its CPU time is what it needs on an idle machine; wall time also
        // counts waiting for the CPU when other work shares the machine
        System.out.printf(Locale.ROOT, "%n[benchmark] report of %d patents (zh-CN), after an assessment of %.0f ms (%d paths):"
                        + " first %.0f ms wall / %.0f ms CPU; warm median of %d: %.0f ms wall / %.0f ms CPU (target <= 1000 ms);"
                        + " %d pages, %.0f KB; reference: the JSON document alone, median %.0f ms wall; load average %.1f on %d cores%n",
                PATENTS, assessMs, AssessmentInputs.DEFAULT_PATHS, firstWall / 1e6, firstCpu / 1e6, RUNS - 1,
                warmWall[warmWall.length / 2] / 1e6, warmCpu[warmCpu.length / 2] / 1e6, pages, bytes / 1024.0,
                json[RUNS / 2] / 1e6, java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                Runtime.getRuntime().availableProcessors());
        assertThat(pages).isGreaterThan(20);
    }
}
