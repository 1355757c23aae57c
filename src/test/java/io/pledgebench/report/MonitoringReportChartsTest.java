package io.pledgebench.report;

import io.pledgebench.domain.Text;
import io.pledgebench.report.charts.ReportFont;
import io.pledgebench.risk.monitoring.Acknowledgement;
import io.pledgebench.risk.monitoring.Alert;
import io.pledgebench.risk.monitoring.AlertStatus;
import io.pledgebench.risk.monitoring.AlertType;
import io.pledgebench.risk.monitoring.BookAnalytics;
import io.pledgebench.risk.monitoring.LoanFigures;
import io.pledgebench.risk.monitoring.Severity;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 17: the monitoring report draws the book overview as charts (the book's amounts, coverage across loans,
 * concentration by borrower, industry, IPC section and scheme) and the alerts by severity, in both languages; an empty
 * book and a book of one loan read sensibly. The PDFs are written to {@code target/monitoring-report/} for a look.
 */
class MonitoringReportChartsTest {

    private static final LocalDate AS_OF = LocalDate.of(2027, 6, 20);

    @BeforeEach
    void font() {
        Assumptions.assumeTrue(ReportFont.find().isPresent(), "needs " + ReportFont.DEBIAN_PACKAGE);
    }

    private static String write(MonitoringReport.Input input, Locale locale, String name) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        MonitoringReport.write(input, locale, AS_OF, out);
        Path dir = Files.createDirectories(Path.of("target/monitoring-report"));
        Files.write(dir.resolve(name + ".pdf"), out.toByteArray());
        try (PDDocument d = Loader.loadPDF(out.toByteArray())) {
            return new PDFTextStripper().getText(d).replaceAll("\\s+", " ");
        }
    }

    private static MonitoringReport.Input input(List<LoanFigures> figures, List<AlertStatus> alerts) {
        List<MonitoringReport.Loan> loans = new ArrayList<>();
        for (LoanFigures f : figures) {
            loans.add(new MonitoringReport.Loan(f.loanId(), f.borrower(), f.exposure(), AS_OF.plusYears(2),
                    f.marketValue(), f.liquidationValue(), f.coverage(), f.ltv(), f.lifetimeExpectedLoss()));
        }
        List<MonitoringReport.AlertLine> lines = new ArrayList<>();
        for (int i = 0; i < alerts.size(); i++) {
            lines.add(MonitoringReport.AlertLine.of("A00000000" + i, alerts.get(i), java.util.Locale.ENGLISH));
        }
        return new MonitoringReport.Input(AS_OF, loans, lines, BookAnalytics.of(figures));
    }

    private static LoanFigures loan(int i, String borrower, String industry, String scheme, long exposure,
                                    long liquidation, Map<String, Double> ipc) {
        return new LoanFigures("L" + i, borrower, industry, scheme, BigDecimal.valueOf(exposure),
                BigDecimal.valueOf(liquidation * 9), BigDecimal.valueOf(liquidation), BigDecimal.valueOf(exposure / 40),
                BigDecimal.valueOf(exposure / 9), ipc);
    }

    private static AlertStatus alert(String loan, String patent, Severity s, AlertType type, boolean acknowledged) {
        Alert a = new Alert(type, s, loan, patent, AS_OF.minusDays(10), AS_OF.plusDays(20),
                Text.of("monitoring.status.lapsed", patent), Text.of("monitoring.status.lapsed.action"), "c" + patent);
        return acknowledged ? new AlertStatus(a, AlertStatus.Status.ACKNOWLEDGED,
                new Acknowledgement(a.key(), "alice", "asked for replacement collateral", Instant.parse(
                        "2027-06-15T09:00:00Z"), AS_OF.plusDays(20)), false)
                : new AlertStatus(a, AlertStatus.Status.OPEN, null, false);
    }

    @Test
    void anEmptyBookSaysThereIsNothingInEveryChart() throws Exception {
        String en = write(input(List.of(), List.of()), Locale.ENGLISH, "empty-en");
        assertThat(en).contains("Coverage across loans").contains("No loan open on this date was revalued.")
                .contains("No loan is open on this date.").contains("Alerts by severity").contains("No alert on this date.");
        String zh = write(input(List.of(), List.of()), Locale.SIMPLIFIED_CHINESE, "empty-zh");
        assertThat(zh).contains("各笔贷款的覆盖率分布").contains("该日无未结清贷款").contains("按严重程度的预警");
    }

    @Test
    void aBookOfOneLoanDrawsOneBarPerChart() throws Exception {
        LoanFigures one = loan(1, "深圳市芯联智感科技有限公司", "C39", "zhongshan", 1_450_000, 781_529, Map.of("G", 0.7, "H", 0.3));
        List<AlertStatus> alerts = List.of(alert("L1", "CN201510782913.8", Severity.HIGH, AlertType.STATUS_CHANGE, false));
        String en = write(input(List.of(one), alerts), Locale.ENGLISH, "one-en");
        assertThat(en).contains("The book's amounts").contains("Coverage across loans").contains("0.5× – 1×")
                .contains("Concentration by borrower").contains("Herfindahl–Hirschman index 1.000 over 1 groups")
                .contains("Herfindahl–Hirschman index 0.580 over 2 groups").contains("legal status changed");
        String zh = write(input(List.of(one), alerts), Locale.SIMPLIFIED_CHINESE, "one-zh");
        assertThat(zh).contains("台账金额").contains("145.00").contains("按借款人的集中度").contains("法律状态变更").contains("中山").doesNotContain("zhongshan")
                .doesNotContain("status_change");
    }

    @Test
    void aBookOfManyBorrowersShowsTheLargestAndGathersTheRest() throws Exception {
        List<LoanFigures> loans = new ArrayList<>();
        String[] industries = {"C39", "C38", "I65", "C35", ""};
        String[] schemes = {"zhongshan", "none", "guarantee-fund"};
        for (int i = 1; i <= 24; i++) {
            loans.add(loan(i, "Borrower " + (i % 12 + 1) + " Co. Ltd.", industries[i % 5], schemes[i % 3],
                    500_000L + 100_000L * i, 200_000L * (i % 9), Map.of(i % 2 == 0 ? "G" : "H", 1.0)));
        }
        List<AlertStatus> alerts = new ArrayList<>();
        for (int i = 0; i < 9; i++) {
            alerts.add(alert("L" + (i + 1), "CN20151078291" + i + ".8", Severity.values()[i % 3],
                    AlertType.values()[i % AlertType.values().length], i % 4 == 0));
        }
        String en = write(input(loans, alerts), Locale.ENGLISH, "many-en");
        assertThat(en).contains("4 others").contains("Concentration by industry").contains("not given");
        String zh = write(input(loans, alerts), Locale.SIMPLIFIED_CHINESE, "many-zh");
        assertThat(zh).contains("其他 4 个").contains("按行业的集中度").contains("未提供");
    }

    /**
     * Issue 14 item 3: the monitoring report prints its figures as the assessment report does (ADR 0019) — shares and
     * LTV as percentages with two decimals and no space ("100.00%", never "100.0 %"), coverage as a multiple with the
     * reader's sign ("0.54×", "0.54倍"), the coverage bands as thresholds.
     */
    @Test
    void theMonitoringReportPrintsFiguresInTheAssessmentReportsFormats() throws Exception {
        LoanFigures one = loan(1, "深圳市芯联智感科技有限公司", "C39", "zhongshan", 1_450_000, 781_529, Map.of("G", 0.7, "H", 0.3));
        String en = write(input(List.of(one), List.of()), Locale.ENGLISH, "formats-en");
        String zh = write(input(List.of(one), List.of()), Locale.SIMPLIFIED_CHINESE, "formats-zh");
        for (String text : List.of(en, zh)) {
            assertThat(text).doesNotContainPattern("\\d %").contains("100.00%").contains("70.00%").contains("30.00%")
                    .contains(ReportFormat.percent(one.ltv()));
        }
        assertThat(ReportFormat.percent(one.ltv())).matches("\\d+\\.\\d\\d%");
        assertThat(en).contains(ReportFormat.times(one.coverage(), Locale.ENGLISH)).contains("0.5× – 1×")
                .doesNotContain("倍");
        assertThat(zh).contains(ReportFormat.times(one.coverage(), Locale.SIMPLIFIED_CHINESE)).contains("0.5倍 – 1倍").doesNotContain("…")
                .doesNotContainPattern("\\d×");
    }
}
