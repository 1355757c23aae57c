package io.pledgebench.report;

import io.pledgebench.domain.Text;
import io.pledgebench.report.charts.BookCharts;
import io.pledgebench.report.pdf.PdfTable;
import io.pledgebench.report.pdf.ReportDocument;
import io.pledgebench.report.pdf.TextStyle;
import io.pledgebench.risk.monitoring.Alert;
import io.pledgebench.risk.monitoring.AlertStatus;
import io.pledgebench.risk.monitoring.BookAnalytics;
import io.pledgebench.risk.monitoring.Severity;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The monitoring report of the loan book on a date (issue 17): the book overview (totals, each loan's revalued
 * figures, coverage distribution, concentration by borrower, industry, IPC section and risk-sharing scheme), then the
 * alerts by severity, each with its reason and the action to take. Printed with the assessment report's PDF layout;
 * the same inputs and print date give the same bytes.
 */
public final class MonitoringReport {

    /** One loan's revalued figures; values null when it was not revalued. */
    public record Loan(String loanId, String borrower, BigDecimal exposure, LocalDate maturity, BigDecimal marketValue,
                       BigDecimal liquidationValue, Double coverage, Double ltv, BigDecimal lifetimeExpectedLoss) {
    }

    /**
     * An alert with the id users type, its status, and its reason and action as rendered once for the whole run in the
     * report's language (the command line prints the same strings; a run of 23,000 alerts renders each sentence once).
     */
    public record AlertLine(String alertId, AlertStatus status, String reason, String action) {
        public AlertLine {
            Objects.requireNonNull(alertId, "alertId");
            Objects.requireNonNull(status, "status");
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(action, "action");
        }

        /** The line of {@code status} with its sentences rendered in {@code locale}. */
        public static AlertLine of(String alertId, AlertStatus status, Locale locale) {
            return new AlertLine(alertId, status, status.alert().reason().render(locale),
                    status.alert().action().render(locale));
        }
    }

    /**
     * @param valueNotes why a loan's collateral counts a European patent for part of its value (states ended; ADR 0015),
     *                   rendered in the report's language; printed under the loans' table
     */
    public record Input(LocalDate asOf, List<Loan> loans, List<AlertLine> alerts, BookAnalytics.Book book,
                        List<String> valueNotes) {
        public Input {
            Objects.requireNonNull(asOf, "asOf");
            Objects.requireNonNull(book, "book");
            loans = List.copyOf(loans);
            alerts = List.copyOf(alerts);
            valueNotes = List.copyOf(valueNotes);
        }

        public Input(LocalDate asOf, List<Loan> loans, List<AlertLine> alerts, BookAnalytics.Book book) {
            this(asOf, loans, alerts, book, List.of());
        }
    }

    /** Width of a chart on the page, in points, as the assessment report draws them. */
    private static final int CHART_W = 440;

    private final Input input;
    private final Locale locale;
    private final LocalDate printDate;
    private ReportDocument doc;

    private MonitoringReport(Input input, Locale locale, LocalDate printDate) {
        this.input = input;
        this.locale = locale;
        this.printDate = printDate;
    }

    public static void write(Input input, Locale locale, LocalDate printDate, java.io.OutputStream out) {
        new MonitoringReport(input, locale, printDate).render(out);
    }

    private String t(String key, Object... args) {
        return Text.of(key, args).render(locale);
    }

    /** The book's amounts are yuan (the loans' currency as booked; amounts print in 万元 or CNY). */
    private static String currency() {
        return "CNY";
    }

    private String money(BigDecimal v) {
        return v == null ? "–" : Text.Amount.of(v).render(locale);
    }

    /** A coverage or loan-to-value ratio as the assessment report prints it ({@link ReportFormat#times}). */
    private String ratio(Double v) {
        return v == null ? "–" : ReportFormat.times(v, locale);
    }

    /** A share as every percentage of the reports ({@link ReportFormat#percent}). */
    private static String percent(double v) {
        return ReportFormat.percent(v);
    }

    private void render(java.io.OutputStream out) {
        ReportDocument.Furniture furniture = new ReportDocument.Furniture(t("book.report.header"),
                t("book.report.asOf", input.asOf().toString()), t("book.report.printed", printDate.toString()),
                (p, n) -> t("book.report.page", p, n));
        ReportDocument.Metadata meta = new ReportDocument.Metadata(t("book.report.title", input.asOf().toString()),
                t("book.report.header"), "PledgeBench", "loan book; monitoring", Text.isChinese(locale) ? "zh-CN" : "en",
                ReportDocument.utc(printDate.atStartOfDay().toInstant(ZoneOffset.UTC)),
                "monitoring/" + input.asOf() + "/" + locale);
        try (ReportDocument document = ReportDocument.create(furniture, meta)) {
            doc = document;
            doc.paragraph(t("book.report.title", input.asOf().toString()), new TextStyle(20f, TextStyle.ACCENT, true,
                    1.3f));
            long open = input.alerts().stream().filter(a -> a.status().status() == AlertStatus.Status.OPEN).count();
            doc.paragraph(t("book.report.summary", input.book().loans(), money(input.book().exposure()), open,
                    input.alerts().size() - open), TextStyle.BODY_BOLD);
            overview();
            alerts();
            doc.save(out);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private void overview() {
        BookAnalytics.Book b = input.book();
        doc.heading(1, t("book.report.overview"));
        doc.chart(BookCharts.amounts(b, currency(), locale), CHART_W, 190);
        doc.table(new PdfTable().withoutHeader().left("", 3).right("", 2)
                .row(t("book.report.loans"), String.valueOf(b.loans()))
                .row(t("book.report.exposure"), money(b.exposure()))
                .row(t("book.report.marketValue"), money(b.marketValue()))
                .row(t("book.report.liquidationValue"), money(b.liquidationValue()))
                .row(t("book.report.coverage"), ratio(b.coverage()))
                .row(t("book.report.lifetimeExpectedLoss"), money(b.lifetimeExpectedLoss()))
                .row(t("book.report.capital"), money(b.capital())));
        doc.heading(2, t("book.report.loanTable"));
        // the amounts, the date and the headers fit their columns; the borrower's name may wrap between words
        PdfTable loans = new PdfTable().left(t("book.report.col.loan"), 1).left(t("book.report.col.borrower"), 3.1f)
                .right(t("book.report.col.exposure"), 2.3f).left(t("book.report.col.maturity"), 2)
                .right(t("book.report.col.marketValue"), 2.3f).right(t("book.report.col.liquidationValue"), 2.1f)
                .right(t("book.report.col.coverage"), 1.7f).right(t("book.report.col.ltv"), 1.4f)
                .right(t("book.report.col.lifetimeExpectedLoss"), 2);
        for (Loan l : input.loans()) {
            loans.row(l.loanId(), l.borrower(), money(l.exposure()), l.maturity().toString(), money(l.marketValue()),
                    money(l.liquidationValue()), ratio(l.coverage()), l.ltv() == null ? "–" : percent(l.ltv()), money(l.lifetimeExpectedLoss()));
        }
        if (loans.isEmpty()) {
            doc.paragraph(t("book.report.noLoans"), TextStyle.NOTE);
        } else {
            doc.table(loans);
        }
        for (String note : input.valueNotes()) {
            doc.paragraph(note, TextStyle.NOTE);
        }
        doc.heading(2, t("book.report.coverageBands"));
        PdfTable bands = new PdfTable().left(t("book.report.col.band"), 3).right(t("book.report.col.count"), 1);
        List<Double> bounds = BookAnalytics.COVERAGE_BANDS;
        List<Integer> counts = b.coverageDistribution().counts();
        for (int i = 0; i < counts.size(); i++) {
            bands.row(BookCharts.band(i, bounds, locale), String.valueOf(counts.get(i)));
        }
        doc.table(bands);
        doc.chart(BookCharts.coverageDistribution(b.coverageDistribution(), locale), CHART_W, 200);
        concentration(t("book.report.byBorrower"), b.byBorrower());
        concentration(t("book.report.byIndustry"), b.byIndustry());
        concentration(t("book.report.byIpc"), b.byIpcSection());
        concentration(t("book.report.byScheme"), BookCharts.named(b.byScheme(),
                id -> BookCharts.schemeName(id, locale)));
    }

    private void concentration(String title, BookAnalytics.Groups g) {
        doc.heading(2, title);
        PdfTable table = new PdfTable().left(t("book.report.col.group"), 4).right(t("book.report.col.exposure"), 2)
                .right(t("book.report.col.share"), 1);
        for (Map.Entry<String, Double> e : g.shares().entrySet()) {
            table.row(e.getKey().isEmpty() ? t("book.report.notGiven") : e.getKey(), money(g.exposure().get(e.getKey())),
                    percent(e.getValue()));
        }
        table.emphasisRow(t("book.report.hhi"), "", ReportFormat.fixed(g.hhi(), 4));
        doc.table(table);
        doc.chart(BookCharts.concentration(title, g, locale), CHART_W, BookCharts.concentrationHeight(g));
    }

    private void alerts() {
        doc.heading(1, t("book.report.alerts"));
        doc.chart(BookCharts.alertsBySeverity(BookCharts.countBySeverity(input.alerts().stream()
                .map(AlertLine::status).toList()), locale), CHART_W, 190);
        if (input.alerts().isEmpty()) {
            doc.paragraph(t("book.report.noAlerts"), TextStyle.BODY);
            return;
        }
        for (Severity s : Severity.values()) {
            List<AlertLine> these = input.alerts().stream().filter(a -> a.status().alert().severity() == s).toList();
            if (these.isEmpty()) {
                continue;
            }
            doc.heading(2, t("book.report.severity", t("book.severity." + s.code()), these.size()));
            // an alert id, a patent number and a date are read whole: their columns fit them on one line
            PdfTable table = new PdfTable().left(t("book.report.col.alert"), 3.0f).left(t("book.report.col.loan"), 1.3f)
                    .left(t("book.report.col.patent"), 3.8f).left(t("book.report.col.type"), 3.0f)
                    .left(t("book.report.col.due"), 2.6f).left(t("book.report.col.status"), 2.3f)
                    .left(t("book.report.col.reasonAction"), 6.3f);
            for (AlertLine a : these) {
                Alert al = a.status().alert();
                String status = t("book.status." + a.status().status().code())
                        + (a.status().reopened() ? " (" + t("book.report.reopened") + ")" : "")
                        + (a.status().acknowledgement() != null && a.status().status() == AlertStatus.Status.ACKNOWLEDGED
                        ? " — " + a.status().acknowledgement().user() : "");
                table.row(a.alertId(), al.loanId(), al.patentNumber() == null ? "–" : al.patentNumber(),
                        t("book.alertType." + al.type().code()), al.dueDate().toString(), status,
                        t("book.report.reasonAction", a.reason(), a.action()));
            }
            doc.table(table);
        }
    }
}
