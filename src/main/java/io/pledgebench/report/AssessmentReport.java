package io.pledgebench.report;

import io.pledgebench.io.OutputFile;
import com.fasterxml.jackson.databind.JsonNode;
import io.pledgebench.assessment.Assessment;
import io.pledgebench.domain.Text;
import io.pledgebench.report.charts.Charts;
import io.pledgebench.report.charts.Compositions;
import io.pledgebench.report.charts.CoveragePoint;
import io.pledgebench.report.charts.LegalLife;
import io.pledgebench.report.charts.MethodValue;
import io.pledgebench.report.charts.Share;
import io.pledgebench.report.charts.StressImpact;
import io.pledgebench.report.charts.ValueDistribution;
import io.pledgebench.report.pdf.PdfTable;
import io.pledgebench.report.pdf.ReportDocument;
import io.pledgebench.report.pdf.SignatureBlock;
import io.pledgebench.report.pdf.TextStyle;
import io.pledgebench.store.SignOff;
import io.pledgebench.store.SignOffRole;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The loan assessment report for the credit committee, printed from an assessment's JSON document: cover,
 * contents, executive summary, portfolio, eligibility, quality, valuation (methods, parameters, cash flows),
 * Monte Carlo distribution, collateral, coverage over the term, credit risk, stress tests, risk sharing,
 * conditions, risk disclosure, parameter appendix and sign-off. Every figure is printed beside the inputs and
 * parameters that produced it. English or Simplified Chinese.
 */
public final class AssessmentReport {

    /** Per-patent valuation detail (methods, parameters, cash flows) is printed for the largest patents. */
    public static final int DETAILED_PATENTS = 25;
    /**
     * Patent tables list every patent up to this many; a larger portfolio's tables list its most valuable patents
     * (the totals and charts still cover all of them) and say where the rest is.
     */
    public static final int LISTED_PATENTS = 1000;
    private static final int CHART_W = 440;

    private final ReportInput input;
    private final JsonNode d;
    private final Locale locale;
    private final LocalDate printDate;
    private final String currency;
    private ReportDocument doc;

    private AssessmentReport(ReportInput input, Locale locale, LocalDate printDate) {
        this.input = input;
        this.d = input.document();
        this.locale = Text.isChinese(locale) ? Text.CHINESE : Text.ENGLISH;
        this.printDate = printDate;
        String c = Doc.str(d, "loan", "currency");
        this.currency = c.isEmpty() ? "CNY" : c;
    }

    /**
     * Writes the report as PDF to {@code out}. {@code printDate} appears on the cover and in the footers only;
     * everything else, including the PDF's ID and dates, comes from {@code input}.
     */
    public static void write(ReportInput input, Locale locale, LocalDate printDate, OutputStream out) {
        new AssessmentReport(input, locale, printDate).render(out);
    }

    /**
     * Writes the report to {@code file}, creating its folder, replacing an existing file atomically (the caller
     * asked before overwriting; the command line guards its outputs with {@link OutputFile} itself).
     */
    public static void write(ReportInput input, Locale locale, LocalDate printDate, Path file) {
        OutputFile.of(file).overwrite(true).write(out -> write(input, locale, printDate, out));
    }

    /**
     * Writes the report of an assessment that is not saved: identified by its input hash, dated by its valuation
     * date, so assessing the same inputs again prints the same report.
     */
    public static void write(Assessment assessment, String author, Locale locale, LocalDate printDate, Path file) {
        OutputFile.of(file).overwrite(true).write(out -> write(assessment, author, locale, printDate, out));
    }

    /** {@link #write(Assessment, String, Locale, LocalDate, Path)} to a stream. */
    public static void write(Assessment assessment, String author, Locale locale, LocalDate printDate, OutputStream out) {
        write(ReportInput.unsaved(ReportSource.document(assessment),
                assessment.inputs().asOf().atStartOfDay(ZoneOffset.UTC).toInstant(), author), locale, printDate, out);
    }

    private String t(String key, Object... args) {
        return Text.of(key, args).render(locale);
    }

    private void render(OutputStream out) {
        String enterprise = enterpriseName();
        ReportDocument.Furniture furniture = new ReportDocument.Furniture(
                t("report.header", enterprise), t("report.header.id", input.assessmentId()),
                t("report.footer.printed", printDate.toString()), (p, n) -> t("report.footer.page", p, n));
        ReportDocument.Metadata meta = new ReportDocument.Metadata(t("report.title") + " — " + enterprise,
                t("report.subject"), input.author(), "IP pledge; " + Doc.str(d, "inputHash"),
                Text.isChinese(locale) ? "zh-CN" : "en",
                ReportDocument.utc(input.createdAt()), input.assessmentId() + "/" + Doc.str(d, "inputHash") + "/" + locale);
        try (ReportDocument document = ReportDocument.create(furniture, meta)) {
            doc = document;
            cover(enterprise);
            doc.tableOfContentsHere(t("report.toc"));
            executiveSummary();
            portfolioOverview();
            eligibility();
            quality();
            valuation();
            distribution();
            collateral();
            coverage();
            creditRisk();
            stress();
            riskSharing();
            conditions();
            disclosure();
            appendix();
            signOff();
            doc.save(out);
        } catch (IOException e) {
            throw new UncheckedIOException("closing the report failed: " + e.getMessage(), e);
        }
    }

    private String enterpriseName() {
        String name = Doc.str(d, "enterprise", "name");
        if (name.isEmpty()) {
            name = Doc.str(d, "pledgor", "name");
        }
        if (name.isEmpty()) {
            name = Doc.str(d, "portfolio");
        }
        return name.isEmpty() ? t("report.unknownPledgor") : name;
    }

    private String money(double v) {
        return ReportFormat.amount(v);
    }

    private String moneyWithCurrency(double v) {
        return ReportFormat.amount(v) + " " + currency;
    }

    // ------------------------------------------------------------------ cover

    private void cover(String enterprise) {
        doc.bareNewPage();
        doc.textAt(t("report.cover.kicker"), ReportDocument.MARGIN_X, 150, TextStyle.BODY.withColor(TextStyle.SUBTLE));
        doc.moveTo(165);
        doc.paragraph(t("report.title"), new TextStyle(24f, TextStyle.ACCENT, true, 1.25f));
        doc.paragraph(enterprise, new TextStyle(16f, TextStyle.INK, false, 1.3f));
        doc.space(18);
        PdfTable facts = new PdfTable().left("", 2).left("", 5).withoutHeader();
        facts.row(t("report.cover.enterprise"), enterprise);
        String credit = Doc.str(d, "enterprise", "creditCode");
        if (!credit.isEmpty()) {
            facts.row(t("report.cover.creditCode"), credit);
        }
        if (Doc.at(d, "pledgor", "inferred").asBoolean(false)) {
            facts.row(t("report.cover.pledgor"), t("report.cover.pledgorInferred", Doc.str(d, "pledgor", "name")));
        }
        facts.row(t("report.cover.loan"), moneyWithCurrency(Doc.num(d, "loan", "amount")));
        String purpose = Doc.str(d, "loan", "purpose");
        if (!purpose.isEmpty()) {
            facts.row(t("report.cover.purpose"), purpose);
        }
        // the one loan timeline: valuation date, start, term and maturity
        String valuationDate = valuationDate();
        facts.row(t("report.cover.asOf"), valuationDate);
        facts.row(t("report.cover.startDate"), Doc.str(d, "loan", "timeline", "startDate"));
        facts.row(t("report.cover.term"), t("report.cover.termValue", Doc.str(d, "loan", "termMonths")));
        facts.row(t("report.cover.maturity"), Doc.str(d, "loan", "timeline", "maturityDate"));
        facts.row(t("report.cover.patents"), String.valueOf(patents().size()));
        facts.row(t("report.cover.assessmentId"), input.assessmentId());
        facts.row(t("report.cover.created"), input.createdAt().atOffset(ZoneOffset.UTC).toLocalDateTime().withNano(0)
                + " UTC" + (input.author().isEmpty() ? "" : " · " + input.author()));
        facts.row(t("report.cover.inputHash"), Doc.str(d, "inputHash"));
        facts.row(t("report.cover.printed"), printDate.toString());
        if (input.hasChain()) {
            facts.row(t("report.cover.chain"), t("report.cover.chainValue", input.chainLength(),
                    input.chainHead().isEmpty() ? "–" : input.chainHead()));
        }
        doc.table(facts);
        doc.space(10);
        if (staleValuation(valuationDate)) {
            doc.paragraph(t("report.cover.staleValuation", valuationDate, printDate.toString()),
                    TextStyle.BODY_BOLD.withColor(WARNING));
            doc.space(6);
        }
        doc.paragraph(t("report.cover.note"), TextStyle.NOTE);
    }

    /** The valuation date of the timeline, or of the run for documents saved before the timeline was recorded. */
    private String valuationDate() {
        String v = Doc.str(d, "loan", "timeline", "valuationDate");
        return v.isEmpty() ? Doc.str(d, "asOf") : v;
    }

    /**
     * An appraisal's conclusion is normally used within one year of its valuation date (资产评估报告使用有效期, usually
     * one year): a report printed later than that says so on its cover.
     */
    private boolean staleValuation(String valuationDate) {
        if (valuationDate.isEmpty()) {
            return false;
        }
        return LocalDate.parse(valuationDate).plusMonths(12).isBefore(printDate);
    }

    private List<JsonNode> patents() {
        return Doc.list(d, "patents");
    }

    private List<JsonNode> listed() {
        List<JsonNode> ps = patents();
        if (ps.size() <= LISTED_PATENTS) {
            return ps;
        }
        List<JsonNode> sorted = new ArrayList<>(ps);
        sorted.sort(Comparator.comparingDouble((JsonNode p) -> -value(p)));
        return sorted.subList(0, LISTED_PATENTS);
    }

    private void listedNote() {
        int n = patents().size();
        if (n > LISTED_PATENTS) {
            doc.paragraph(t("report.listed", LISTED_PATENTS, n), TextStyle.NOTE);
        }
    }

    // ------------------------------------------------------------------ 1 executive summary

    private void executiveSummary() {
        doc.heading(1, t("report.summary"));
        JsonNode r = Doc.at(d, "recommendation");
        doc.paragraph(t("report.summary.lead", Doc.str(r, "grade"), moneyWithCurrency(Doc.num(r, "recommendedLoan")),
                moneyWithCurrency(Doc.num(d, "loan", "amount"))), TextStyle.BODY_BOLD);
        List<String> implausible = new ArrayList<>();
        for (JsonNode f : Doc.list(r, "plausibility")) {
            if (Doc.at(f, "flagged").asBoolean(false)) {
                implausible.add(Doc.text(Doc.at(f, "text"), locale));
            }
        }
        if (!implausible.isEmpty()) {
            doc.paragraph(t("report.summary.implausible"), TextStyle.BODY_BOLD.withColor(WARNING));
            doc.bullets(implausible, TextStyle.BODY.withColor(WARNING));
        }
        if (Doc.has(r, "gradedAmount")) {
            doc.paragraph(Doc.num(r, "maxLoan") > 0
                    ? t("report.summary.graded", Doc.str(r, "grade"), moneyWithCurrency(Doc.num(r, "gradedAmount")))
                    : t("report.summary.gradedNothing", Doc.str(r, "grade"), moneyWithCurrency(Doc.num(r, "gradedAmount"))),
                    TextStyle.BODY);
        }
        // every figure names the loan amount it is computed for: the requested and the recommended loan side by side
        JsonNode req = Doc.at(d, "risk");
        JsonNode rec = Doc.at(d, "risk", "recommended");
        boolean hasRec = rec.isObject();
        double mv = Doc.num(d, "collateral", "marketValue");
        double minEv = minimumExpectedValue();
        PdfTable k = new PdfTable().left(t("report.col.figure"), 3.4f).right(t("report.col.requested"), 1.9f)
                .right(t("report.col.recommended"), 1.9f).left(t("report.col.source"), 3.4f);
        double requested = Doc.num(d, "loan", "amount");
        double recommended = Doc.num(r, "recommendedLoan");
        k.emphasisRow(t("report.kpi.loanAmount"), money(requested), money(recommended), t("report.src.recommendation"));
        k.row(t("report.kpi.ltv"), mv > 0 ? ReportFormat.percent1(requested / mv) : "–",
                mv > 0 && recommended > 0 ? ReportFormat.percent1(recommended / mv) : "–", t("report.src.ltvDefinition"));
        k.row(t("report.kpi.coverage"), ReportFormat.times(minEv / requested),
                recommended > 0 ? ReportFormat.times(minEv / recommended) : "–", t("report.src.coverageDefinition"));
        k.row(t("report.kpi.lgd"), ReportFormat.percent(Doc.num(req, "lgd")), hasRec ? ReportFormat.percent(Doc.num(rec, "lgd")) : "–",
                t("report.src.chapter", 9));
        k.row(t("report.kpi.lifetimePd"), ReportFormat.percent(Doc.num(req, "lifetimePd")),
                hasRec ? ReportFormat.percent(Doc.num(rec, "lifetimePd")) : "–", t("report.src.lifetimePd"));
        k.row(t("report.kpi.lifetimeEl"), money(Doc.num(req, "lifetimeExpectedLoss")),
                hasRec ? money(Doc.num(rec, "lifetimeExpectedLoss")) : "–", t("report.src.lifetimeEl"));
        k.row(t("report.kpi.bankNetEl"), money(Doc.num(req, "bankNetLifetimeExpectedLoss")),
                hasRec ? money(Doc.num(rec, "bankNetLifetimeExpectedLoss")) : "–", t("report.src.chapter", 11));
        k.row(t("report.kpi.capital"), money(Doc.num(req, "capital")), hasRec ? money(Doc.num(rec, "capital")) : "–",
                t("report.src.irb"));
        k.row(t("report.kpi.minimumRate"), ReportFormat.percent(Doc.num(req, "minimumRate", "rate")),
                hasRec ? ReportFormat.percent(Doc.num(rec, "minimumRate", "rate")) : "–", t("report.credit.pricingSum"));
        doc.table(k);
        PdfTable c = new PdfTable().left(t("report.col.figure"), 3.4f).right(t("report.col.value"), 1.9f)
                .left(t("report.col.source"), 5.3f);
        c.row(t("report.kpi.grade"), Doc.str(r, "grade"), t("report.src.recommendation"));
        c.row(t("report.kpi.maxLoan"), money(Doc.num(r, "maxLoan")), limitedBy(r));
        c.row(t("report.kpi.marketValue"), money(mv), t("report.src.chapter", 5));
        c.row(t("report.kpi.liquidationValue"), money(Doc.num(d, "collateral", "liquidationValue")), t("report.src.chapter", 7));
        c.row(t("report.kpi.advanceRate"), ReportFormat.percent1(Doc.num(d, "collateral", "advanceRate")),
                t("report.src.advanceRateDefinition"));
        c.row(t("report.kpi.capacity"), money(Doc.num(d, "collateral", "capacity")), t("report.src.chapter", 7));
        c.row(t("report.kpi.pd"), ReportFormat.percent(Doc.num(d, "risk", "pd")), pdSource());
        if (Doc.has(d, "collateral", "atMaturity", "probabilityCoverageBelowOne")) {
            c.row(t("report.kpi.coverageBelowOne"),
                    ReportFormat.percent1(Doc.num(d, "collateral", "atMaturity", "probabilityCoverageBelowOne")),
                    t("report.src.atMaturity", money(requested), Doc.str(d, "collateral", "atMaturity", "date")));
        }
        doc.table(c);
        List<String> risks = keyRisks();
        if (!risks.isEmpty()) {
            doc.heading(3, t("report.summary.keyRisks"));
            doc.bullets(risks, TextStyle.BODY);
        }
        List<String> reasons = Doc.texts(Doc.at(r, "reasons"), locale);
        if (!reasons.isEmpty()) {
            doc.heading(3, t("report.summary.reasons"));
            doc.bullets(reasons, TextStyle.BODY);
        }
    }

    private static final java.awt.Color WARNING = new java.awt.Color(0xB0, 0x3A, 0x2E);

    /** The lowest expected liquidation value of the eligible collateral over the loan's checkpoints. */
    private double minimumExpectedValue() {
        double min = Double.POSITIVE_INFINITY;
        for (JsonNode y : Doc.list(d, "collateral", "path")) {
            min = Math.min(min, Doc.num(y, "expectedValue"));
        }
        return Double.isFinite(min) ? min : 0;
    }

    private String limitedBy(JsonNode r) {
        String by = Doc.str(r, "limitedBy");
        return by.isEmpty() ? t("report.src.recommendation") : t("report.limitedBy", t("report.limit." + known(by,
                List.of("requested", "collateral", "debtService", "policyCap"))));
    }

    private static String known(String v, List<String> allowed) {
        return allowed.contains(v) ? v : "other";
    }

    private String pdSource() {
        String s = Doc.str(d, "risk", "pdSource");
        if (s.isEmpty()) {
            s = Doc.str(d, "pdSource");
        }
        return s.isEmpty() ? t("report.src.chapter", 9) : t("report.pdSource." + known(s, List.of("officer", "enterprise", "scorecard")));
    }

    /** The risks a committee asks about first, derived from the results. */
    private List<String> keyRisks() {
        List<String> out = new ArrayList<>();
        List<JsonNode> ps = patents();
        long failed = ps.stream().filter(p -> "fail".equals(Doc.str(p, "eligibility", "status"))).count();
        long warned = ps.stream().filter(p -> "warning".equals(Doc.str(p, "eligibility", "status"))).count();
        if (failed > 0) {
            out.add(t("report.risk.ineligible", failed, ps.size()));
        }
        if (warned > 0) {
            out.add(t("report.risk.warnings", warned));
        }
        double hhi = Doc.num(d, "collateral", "hhi");
        if (hhi > 0.25) {
            out.add(t("report.risk.concentration", ReportFormat.fixed(hhi, 3), ReportFormat.fixed(1 / hhi, 1)));
        }
        double mv = Doc.num(d, "collateral", "marketValue");
        double lv = Doc.num(d, "collateral", "liquidationValue");
        if (mv > 0 && lv >= 0) {
            out.add(t("report.risk.liquidation", ReportFormat.percent1(lv / mv)));
        }
        JsonNode worst = null;
        for (JsonNode s : Doc.list(d, "stress")) {
            if (worst == null || Doc.num(s, "coverage") < Doc.num(worst, "coverage")) {
                worst = s;
            }
        }
        if (worst != null) {
            out.add(t("report.risk.stress", scenarioName(worst), ReportFormat.times(Doc.num(worst, "coverage"))));
        }
        return out;
    }

    // ------------------------------------------------------------------ 2 portfolio

    private void portfolioOverview() {
        doc.heading(1, t("report.portfolio"));
        List<JsonNode> ps = patents();
        doc.paragraph(t("report.portfolio.lead", ps.size(), Doc.str(d, "asOf")));
        Map<String, Double> byType = new LinkedHashMap<>();
        Map<String, Double> byField = new LinkedHashMap<>();
        for (JsonNode p : ps) {
            byType.merge(typeLabel(Doc.str(p, "type")), 1.0, Double::sum);
            String ipc = Doc.str(p, "ipc");
            byField.merge(ipc.isEmpty() ? "?" : ipc.substring(0, 1).toUpperCase(Locale.ROOT), 1.0, Double::sum);
        }
        List<Share> types = byType.entrySet().stream().map(e -> new Share(e.getKey(), e.getValue())).toList();
        List<Share> fields = byField.entrySet().stream().sorted(Map.Entry.comparingByKey(
                        Comparator.comparing((String k) -> "?".equals(k) || !"ABCDEFGH".contains(k)).thenComparing(k -> k)))
                .map(e -> new Share(Compositions.sectionLabel("ABCDEFGH".contains(e.getKey()) ? e.getKey() : "?", locale),
                        e.getValue())).toList();
        if (!ps.isEmpty()) {
            doc.chart(Charts.compositionByType(types, locale), CHART_W, 210);
            doc.chart(Charts.compositionByField(fields, locale), CHART_W, 230);
        }
        PdfTable t = new PdfTable().left(t("report.col.patent"), 2.2f).left(t("report.col.title"), 3.6f)
                .left(t("report.col.type"), 1.3f).left(t("report.col.status"), 1.2f).left(t("report.col.filed"), 1.4f)
                .left(t("report.col.expiry"), 1.4f).right(t("report.col.remaining"), 1.1f);
        listedNote();
        for (JsonNode p : listed()) {
            t.row(Doc.str(p, "patentNumber"), Doc.str(p, "title"), typeLabel(Doc.str(p, "type")), statusLabel(Doc.str(p, "status")),
                    Doc.str(p, "filingDate"), Doc.str(p, "expiryDate"),
                    Doc.has(p, "remainingYears") ? ReportFormat.fixed(Doc.num(p, "remainingYears"), 1) : "–");
        }
        doc.table(t);
        // remaining lives count from the valuation date, so the maturity line stands at the years from it to maturity
        double term = Doc.num(d, "loan", "timeline", "yearsToMaturity");
        if (!Double.isFinite(term)) {
            term = Doc.num(d, "loan", "termMonths") / 12.0;
        }
        String maturity = Doc.str(d, "loan", "timeline", "maturityDate");
        List<LegalLife> lives = new ArrayList<>();
        for (JsonNode p : ps) {
            if (Doc.has(p, "remainingYears")) {
                lives.add(new LegalLife(Doc.str(p, "patentNumber"), Math.max(0, Doc.num(p, "remainingYears"))));
            }
        }
        if (!lives.isEmpty() && term > 0) {
            lives.sort(Comparator.comparingDouble(LegalLife::remainingYears));
            List<LegalLife> shown = lives.subList(0, Math.min(40, lives.size()));
            doc.chart(Charts.legalLifeVersusTerm(shown, term, maturity, locale), CHART_W,
                    Math.min(560, 120 + 13 * shown.size()));
            if (shown.size() < lives.size()) {
                doc.paragraph(t("report.portfolio.lifeShown", shown.size(), lives.size()), TextStyle.NOTE);
            }
        }
    }

    private String statusLabel(String code) {
        return switch (code) {
            case "valid", "lapsed", "invalidated", "pending_invalidation", "frozen", "disputed", "pledged", "application" ->
                    t("report.status." + code);
            default -> code;
        };
    }

    private String typeLabel(String code) {
        return switch (code) {
            case "invention", "utility_model", "design" -> t("report.type." + code);
            default -> code;
        };
    }

    // ------------------------------------------------------------------ 3 eligibility

    private void eligibility() {
        doc.heading(1, t("report.eligibility"));
        doc.paragraph(t("report.eligibility.lead"));
        PdfTable t = new PdfTable().left(t("report.col.patent"), 2.2f).left(t("report.col.outcome"), 1.2f)
                .left(t("report.col.reasons"), 7f);
        int pass = 0;
        int warn = 0;
        int fail = 0;
        for (JsonNode p : patents()) {
            switch (Doc.str(p, "eligibility", "status")) {
                case "pass" -> pass++;
                case "warning" -> warn++;
                case "fail" -> fail++;
                default -> { }
            }
        }
        for (JsonNode p : listed()) {
            List<String> reasons = Doc.texts(Doc.at(p, "eligibility", "reasons"), locale);
            t.row(Doc.str(p, "patentNumber"), outcome(Doc.str(p, "eligibility", "status")),
                    reasons.isEmpty() ? t("report.eligibility.none") : String.join("\n", reasons));
        }
        doc.paragraph(t("report.eligibility.counts", pass, warn, fail), TextStyle.BODY_BOLD);
        listedNote();
        doc.table(t);
    }

    private String outcome(String status) {
        return switch (status) {
            case "pass", "warning", "fail" -> t("report.outcome." + status);
            default -> status;
        };
    }

    // ------------------------------------------------------------------ 4 quality

    private void quality() {
        doc.heading(1, t("report.quality"));
        doc.paragraph(t("report.quality.lead"));
        PdfTable t = new PdfTable().left(t("report.col.patent"), 2.4f).right(t("report.col.legal"), 1.2f)
                .right(t("report.col.technical"), 1.2f).right(t("report.col.economic"), 1.2f)
                .right(t("report.col.overall"), 1.2f).right(t("report.col.confidence"), 1.2f);
        listedNote();
        for (JsonNode p : listed()) {
            JsonNode s = Doc.at(p, "score");
            t.row(Doc.str(p, "patentNumber"), score(s, "legal"), score(s, "technical"), score(s, "economic"),
                    ReportFormat.fixed(Doc.num(s, "overall"), 1),
                    Doc.has(s, "confidence") ? ReportFormat.percent1(Doc.num(s, "confidence")) : "–");
        }
        doc.table(t);
    }

    private static String score(JsonNode s, String dim) {
        return ReportFormat.fixed(Doc.num(s, "dimensions", dim, "score"), 1);
    }

    // ------------------------------------------------------------------ 5 valuation

    private void valuation() {
        doc.heading(1, t("report.valuation"));
        doc.paragraph(t("report.valuation.lead"));
        revenueAttribution();
        List<JsonNode> ps = new ArrayList<>(patents());
        ps.sort(Comparator.comparingDouble((JsonNode p) -> -value(p)));
        PdfTable t = new PdfTable().left(t("report.col.patent"), 2.2f).right(t("report.col.value", currency), 1.6f)
                .right("P5", 1.4f).right("P50", 1.4f).right("P95", 1.4f).left(t("report.col.methods"), 3.2f);
        double total = 0;
        Map<String, Double> methodTotals = new LinkedHashMap<>();
        for (int i = 0; i < ps.size(); i++) {
            JsonNode p = ps.get(i);
            JsonNode v = Doc.at(p, "valuation");
            total += value(p);
            List<String> used = new ArrayList<>();
            for (JsonNode m : Doc.list(v, "methods")) {
                if (applied(m)) {
                    used.add(methodName(m) + " " + ReportFormat.percent1(weight(v, m)));
                    methodTotals.merge(methodName(m), Doc.num(m, "value") * weight(v, m), Double::sum);
                }
            }
            if (i >= LISTED_PATENTS) {
                continue;
            }
            t.row(Doc.str(p, "patentNumber"), money(value(p)), money(Doc.num(v, "p5")), money(Doc.num(v, "p50")),
                    money(Doc.num(v, "p95")), used.isEmpty() ? t("report.valuation.notValued") : String.join("; ", used));
        }
        t.emphasisRow(t("report.total"), money(total), "", "", "", "");
        listedNote();
        doc.table(t);
        if (!methodTotals.isEmpty()) {
            List<MethodValue> mv = methodTotals.entrySet().stream().map(e -> new MethodValue(e.getKey(), e.getValue())).toList();
            doc.paragraph(t("report.valuation.methodChart"), TextStyle.NOTE);
            doc.chart(Charts.valueByMethod(mv, null, currency, locale), CHART_W, 90 + 34 * mv.size());
        }
        int detailed = Math.min(DETAILED_PATENTS, ps.size());
        if (detailed < ps.size()) {
            doc.paragraph(t("report.valuation.detailShown", detailed, ps.size()), TextStyle.NOTE);
        }
        for (int i = 0; i < detailed; i++) {
            patentDetail(ps.get(i));
        }
    }

    /**
     * One product's revenue is counted once: the products' revenue, how it is split among their patents and how it
     * reconciles with the company's revenue.
     */
    private void revenueAttribution() {
        JsonNode a = Doc.at(d, "enterprise", "revenueAttribution");
        String summary = Doc.text(Doc.at(a, "summary"), locale);
        List<JsonNode> products = Doc.list(a, "products");
        if (summary.isEmpty() && products.isEmpty()) {
            return;
        }
        doc.heading(2, t("report.valuation.attribution"));
        if (!summary.isEmpty()) {
            doc.paragraph(summary);
        }
        if (!products.isEmpty()) {
            PdfTable t = new PdfTable().left(t("report.col.product"), 3f).right(t("report.col.revenueGiven", currency), 1.8f)
                    .right(t("report.col.revenueAttributed", currency), 1.8f).left(t("report.col.patentsShare"), 4f);
            for (JsonNode p : products) {
                List<String> shares = new ArrayList<>();
                for (JsonNode s : Doc.list(p, "patents")) {
                    shares.add(Doc.str(s, "patentNumber") + " " + ReportFormat.percent1(Doc.num(s, "share")));
                }
                t.row(Doc.str(p, "product"), money(Doc.num(p, "revenueGiven")), money(Doc.num(p, "revenueAttributed")),
                        String.join("; ", shares));
            }
            t.emphasisRow(t("report.total"), money(Doc.num(a, "revenueGiven")), money(Doc.num(a, "totalAttributed")), "");
            doc.table(t);
        }
    }

    private static double value(JsonNode p) {
        double v = Doc.num(p, "valuation", "value");
        return Double.isNaN(v) ? 0 : v;
    }

    private static boolean applied(JsonNode m) {
        return !Doc.has(m, "applied") || Doc.at(m, "applied").asBoolean();
    }

    private static double weight(JsonNode valuation, JsonNode m) {
        double w = Doc.num(m, "weight");
        if (Double.isNaN(w)) {
            w = Doc.num(valuation, "weightsUsed", Doc.str(m, "methodId"));
        }
        return Double.isNaN(w) ? 0 : w;
    }

    private String methodName(JsonNode m) {
        String id = Doc.str(m, "methodId");
        if (id.isEmpty()) {
            id = Doc.str(m, "method");
        }
        try {
            return Text.of("valuation.method." + id).render(locale);
        } catch (RuntimeException e) {
            return id;
        }
    }

    private void patentDetail(JsonNode p) {
        JsonNode v = Doc.at(p, "valuation");
        doc.heading(2, Doc.str(p, "patentNumber") + (Doc.str(p, "title").isEmpty() ? "" : " — " + Doc.str(p, "title")));
        doc.paragraph(t("report.valuation.patentLead", moneyWithCurrency(value(p)), money(Doc.num(v, "mean")),
                money(Doc.num(v, "p5")), money(Doc.num(v, "p95")),
                Doc.has(v, "probabilityLost") ? ReportFormat.percent1(Doc.num(v, "probabilityLost")) : "–"));
        PdfTable methods = new PdfTable().left(t("report.col.method"), 2.6f).right(t("report.col.value", currency), 1.6f)
                .right(t("report.col.weight"), 1f).left(t("report.col.reason"), 5f);
        for (JsonNode m : Doc.list(v, "methods")) {
            List<String> parts = new ArrayList<>();
            parts.add(Doc.text(Doc.at(m, "reason"), locale));
            if (applied(m)) {
                parts.addAll(Doc.texts(Doc.at(m, "explanation"), locale));
            } else if (!parts.contains(Doc.text(Doc.at(m, "skipReason"), locale))) {
                parts.add(Doc.text(Doc.at(m, "skipReason"), locale));
            }
            parts.removeIf(String::isBlank);
            String reason = String.join(" ", parts);
            methods.row(methodName(m), applied(m) ? money(Doc.num(m, "value")) : t("report.valuation.skipped"),
                    applied(m) ? ReportFormat.percent1(weight(v, m)) : "–", reason);
        }
        if (!methods.isEmpty()) {
            doc.table(methods);
        }
        for (JsonNode m : Doc.list(v, "methods")) {
            if (!applied(m)) {
                continue;
            }
            Map<String, String> params = new LinkedHashMap<>();
            Doc.flatten("", Doc.at(m, "parameters"), params);
            Map<String, String> inputs = new LinkedHashMap<>();
            Doc.flatten("", Doc.at(m, "inputs"), inputs);
            List<JsonNode> flows = Doc.list(m, "cashFlows");
            if (params.isEmpty() && inputs.isEmpty() && flows.isEmpty()) {
                continue;
            }
            doc.heading(3, methodName(m));
            if (!params.isEmpty() || !inputs.isEmpty()) {
                List<String> parts = new ArrayList<>();
                params.forEach((k, x) -> parts.add(k + " = " + x));
                inputs.forEach((k, x) -> parts.add(k + " = " + x));
                doc.paragraph(t("report.valuation.parameters") + " " + String.join("; ", parts), TextStyle.SMALL);
            }
            if (!flows.isEmpty()) {
                PdfTable cf = new PdfTable().right(t("report.cf.year"), 0.7f).right(t("report.cf.t"), 0.8f)
                        .right(t("report.cf.base"), 1.6f).right(t("report.cf.share"), 1f).right(t("report.cf.preTax"), 1.4f)
                        .right(t("report.cf.afterTax"), 1.4f).right(t("report.cf.df"), 1f).right(t("report.cf.pv"), 1.4f);
                double pv = 0;
                for (JsonNode r : flows) {
                    pv += Doc.num(r, "presentValue");
                    cf.row(Doc.str(r, "year"), ReportFormat.fixed(Doc.num(r, "periodEnd"), 2), money(Doc.num(r, "base")),
                            ReportFormat.percent(Doc.num(r, "share")), money(Doc.num(r, "preTax")),
                            money(Doc.num(r, "afterTax")), ReportFormat.fixed(Doc.num(r, "discountFactor"), 4),
                            money(Doc.num(r, "presentValue")));
                }
                cf.emphasisRow(t("report.total"), "", "", "", "", "", "", money(pv));
                doc.table(cf);
            }
        }
    }

    // ------------------------------------------------------------------ 6 Monte Carlo

    private void distribution() {
        doc.heading(1, t("report.distribution"));
        JsonNode pd = Doc.at(d, "portfolioDistribution");
        doc.paragraph(t("report.distribution.lead", ReportFormat.number(Doc.num(d, "paths"), 0), Doc.str(d, "seed")));
        Optional<ValueDistribution> dist = histogramDistribution(pd);
        if (dist.isPresent()) {
            doc.chart(Charts.valueDistribution(dist.get(), locale), CHART_W, 260);
        }
        PdfTable t = new PdfTable().left(t("report.col.statistic"), 3).right(t("report.col.value", currency), 2);
        String[][] rows = {{"deterministicValue", "report.stat.deterministic"}, {"mean", "report.stat.mean"},
                {"std", "report.stat.std"}, {"p5", "report.stat.p5"}, {"p50", "report.stat.p50"},
                {"p95", "report.stat.p95"}, {"standardError", "report.stat.se"}};
        for (String[] r : rows) {
            if (Doc.has(pd, r[0])) {
                t.row(t(r[1]), money(Doc.num(pd, r[0])));
            }
        }
        if (!t.isEmpty()) {
            doc.table(t);
        }
    }

    /**
     * The portfolio distribution from its histogram: each bin is represented by its midpoint repeated by its
     * count, which reproduces the stored histogram exactly when the chart uses the same bins.
     */
    private Optional<ValueDistribution> histogramDistribution(JsonNode pd) {
        JsonNode h = Doc.at(pd, "histogram");
        List<JsonNode> counts = Doc.list(h, "counts");
        double min = Doc.num(h, "min");
        double max = Doc.num(h, "max");
        if (counts.isEmpty() || !Double.isFinite(min) || !Double.isFinite(max)) {
            return Optional.empty();
        }
        int n = 0;
        for (JsonNode c : counts) {
            n += c.asInt();
        }
        if (n == 0) {
            return Optional.empty();
        }
        double width = (max - min) / counts.size();
        double[] samples = new double[n];
        int k = 0;
        for (int b = 0; b < counts.size(); b++) {
            double mid = min + (b + 0.5) * width;
            for (int i = 0; i < counts.get(b).asInt(); i++) {
                samples[k++] = mid;
            }
        }
        double p5 = Doc.num(pd, "p5");
        double p50 = Doc.num(pd, "p50");
        double p95 = Doc.num(pd, "p95");
        if (!(p5 <= p50 && p50 <= p95)) {
            return Optional.empty();
        }
        return Optional.of(new ValueDistribution(samples, p5, p50, p95, currency));
    }

    // ------------------------------------------------------------------ 7 collateral

    private void collateral() {
        doc.heading(1, t("report.collateral"));
        JsonNode c = Doc.at(d, "collateral");
        doc.paragraph(t("report.collateral.lead"));
        PdfTable pool = new PdfTable().left(t("report.col.figure"), 4).right(t("report.col.value"), 2);
        pool.row(t("report.kpi.marketValue"), money(Doc.num(c, "marketValue")));
        pool.row(t("report.kpi.liquidationValue"), money(Doc.num(c, "liquidationValue")));
        pool.row(t("report.collateral.advanceRate"), ReportFormat.percent1(Doc.num(c, "advanceRate")));
        if (Doc.has(c, "diversificationHaircut")) {
            pool.row(t("report.collateral.haircut"), ReportFormat.percent1(Doc.num(c, "diversificationHaircut")));
        }
        pool.emphasisRow(t("report.kpi.capacity"), money(Doc.num(c, "capacity")));
        pool.row("HHI", ReportFormat.fixed(Doc.num(c, "hhi"), 3));
        if (Doc.has(c, "effectiveNumber")) {
            pool.row(t("report.collateral.effective"), ReportFormat.fixed(Doc.num(c, "effectiveNumber"), 1));
        }
        doc.table(pool);
        PdfTable items = new PdfTable().left(t("report.col.patent"), 2.2f).left(t("report.col.eligible"), 1f)
                .right(t("report.kpi.marketValue"), 1.7f).right(t("report.kpi.liquidationValue"), 1.7f)
                .right(t("report.collateral.advanceRate"), 1.2f).right(t("report.col.advance"), 1.6f);
        List<Share> shares = new ArrayList<>();
        for (JsonNode p : patents()) {
            JsonNode ic = Doc.at(p, "collateral");
            double mv = Doc.num(ic, "marketValue");
            if (Doc.at(ic, "eligible").asBoolean(true) && mv > 0) {
                shares.add(new Share(Doc.str(p, "patentNumber"), mv));
            }
        }
        for (JsonNode p : listed()) {
            JsonNode ic = Doc.at(p, "collateral");
            if (ic.isMissingNode()) {
                continue;
            }
            boolean eligible = Doc.at(ic, "eligible").asBoolean(true);
            items.row(Doc.str(p, "patentNumber"), eligible ? t("report.yes") : t("report.no"),
                    money(Doc.num(ic, "marketValue")), money(Doc.num(ic, "liquidationValue")),
                    ReportFormat.percent1(Doc.num(ic, "advanceRate")), money(Doc.num(ic, "advanceAmount")));
        }
        listedNote();
        if (!items.isEmpty()) {
            doc.table(items);
        }
        if (!shares.isEmpty()) {
            doc.chart(Charts.concentration(shares, 12, locale), CHART_W, 250);
        }
    }

    // ------------------------------------------------------------------ 8 coverage

    private void coverage() {
        doc.heading(1, t("report.coverage"));
        List<JsonNode> path = Doc.list(d, "collateral", "path");
        doc.paragraph(t("report.coverage.lead", money(Doc.num(d, "loan", "amount"))));
        if (path.isEmpty()) {
            doc.paragraph(t("report.coverage.none"));
            return;
        }
        List<CoveragePoint> points = new ArrayList<>();
        double recommended = Doc.num(d, "recommendation", "recommendedLoan");
        boolean hasRec = recommended > 0;
        PdfTable t = new PdfTable().left(t("report.col.date"), 1.4f).right(t("report.col.loanYear"), 1)
                .right(t("report.col.collateralValue"), 2).right(t("report.col.expectedValue"), 2)
                .right(t("report.col.coverageRequested"), 1.6f).right(t("report.col.coverageRecommended"), 1.6f);
        for (JsonNode y : path) {
            double cov = Doc.num(y, "coverage");
            double ev = Doc.num(y, "expectedValue");
            double covRec = hasRec ? ev / recommended : Double.NaN;
            // the loan year on the one timeline; documents saved before it carry only years from the valuation date
            double year = Doc.has(y, "yearsFromStart") ? Doc.num(y, "yearsFromStart") : Doc.num(y, "year");
            if (Double.isFinite(cov)) {
                points.add(new CoveragePoint(Math.max(0, year), Math.max(0, cov), covRec));
            }
            t.row(Doc.str(y, "date"), ReportFormat.fixed(year, 1), money(Doc.num(y, "value")), money(ev),
                    ReportFormat.times(cov), hasRec ? ReportFormat.times(covRec) : "–");
        }
        if (!points.isEmpty()) {
            double minimum = Doc.num(d, "gradeMinimumCoverage");
            doc.chart(Charts.coverageOverTerm(points, Double.isFinite(minimum) ? minimum : 0, locale), CHART_W, 250);
            if (minimum > 0) {
                doc.paragraph(t("report.coverage.floor", Doc.str(d, "recommendation", "grade"),
                        ReportFormat.times(minimum)), TextStyle.NOTE);
            }
        }
        doc.table(t);
    }

    // ------------------------------------------------------------------ 9 credit risk

    private void creditRisk() {
        doc.heading(1, t("report.credit"));
        JsonNode r = Doc.at(d, "risk");
        doc.paragraph(t("report.credit.lead", pdSource()));
        JsonNode q = Doc.at(r, "recommended");
        boolean hasRec = q.isObject();
        PdfTable t = new PdfTable().left(t("report.col.figure"), 3.2f).right(t("report.col.requested"), 1.7f)
                .right(t("report.col.recommended"), 1.7f).left(t("report.col.source"), 3.6f);
        t.row("EAD", money(Doc.num(r, "ead")), hasRec ? money(Doc.num(q, "ead")) : "–", t("report.credit.eadSource"));
        t.row("PD", ReportFormat.percent(Doc.num(r, "pd")), hasRec ? ReportFormat.percent(Doc.num(q, "pd")) : "–", pdSource());
        t.row("LGD", ReportFormat.percent(Doc.num(r, "lgd")), hasRec ? ReportFormat.percent(Doc.num(q, "lgd")) : "–",
                t("report.credit.lgdSource"));
        t.row(t("report.kpi.el"), money(Doc.num(r, "expectedLoss")), hasRec ? money(Doc.num(q, "expectedLoss")) : "–",
                "EL = PD × LGD × EAD");
        t.row(t("report.kpi.lifetimePd"), ReportFormat.percent(Doc.num(r, "lifetimePd")),
                hasRec ? ReportFormat.percent(Doc.num(q, "lifetimePd")) : "–", t("report.src.lifetimePd"));
        t.emphasisRow(t("report.kpi.lifetimeEl"), money(Doc.num(r, "lifetimeExpectedLoss")),
                hasRec ? money(Doc.num(q, "lifetimeExpectedLoss")) : "–", t("report.src.lifetimeEl"));
        t.row(t("report.kpi.bankNetEl"), money(Doc.num(r, "bankNetLifetimeExpectedLoss")),
                hasRec ? money(Doc.num(q, "bankNetLifetimeExpectedLoss")) : "–", t("report.src.chapter", 11));
        String[][] irb = {{"correlation", "report.credit.correlation"}, {"maturityAdjustment", "report.credit.maturityAdj"},
                {"capitalK", "report.credit.k"}, {"riskWeight", "report.credit.rw"}};
        for (String[] k : irb) {
            JsonNode v = Doc.has(r, k[0]) ? Doc.at(r, k[0]) : Doc.at(r, "irb", k[0]);
            JsonNode w = Doc.at(q, k[0]);
            if (v.isNumber()) {
                boolean pct = k[0].equals("riskWeight");
                t.row(t(k[1]), pct ? ReportFormat.percent1(v.asDouble()) : ReportFormat.fixed(v.asDouble(), 4),
                        w.isNumber() ? (pct ? ReportFormat.percent1(w.asDouble()) : ReportFormat.fixed(w.asDouble(), 4)) : "–",
                        pct ? "RW = 12.5 × K" : t("report.src.irb"));
            }
        }
        t.row(t("report.kpi.capital"), money(Doc.num(r, "capital")), hasRec ? money(Doc.num(q, "capital")) : "–",
                t("report.credit.capitalSource"));
        JsonNode rate = Doc.at(r, "minimumRate");
        JsonNode rateRec = Doc.at(q, "minimumRate");
        for (String part : List.of("fundingRate", "expectedLossRate", "capitalCharge", "operatingCostRate")) {
            if (Doc.has(rate, part)) {
                t.row(t("report.credit.rate." + part), ReportFormat.percent(Doc.num(rate, part)),
                        Doc.has(rateRec, part) ? ReportFormat.percent(Doc.num(rateRec, part)) : "–",
                        t("report.credit.pricingSource"));
            }
        }
        if (Doc.has(rate, "rate")) {
            t.emphasisRow(t("report.credit.pricing"), ReportFormat.percent(Doc.num(rate, "rate")),
                    Doc.has(rateRec, "rate") ? ReportFormat.percent(Doc.num(rateRec, "rate")) : "–",
                    t("report.credit.pricingSum"));
        }
        doc.table(t);
        List<JsonNode> terms = Doc.list(d, "scorecard", "terms");
        if (terms.isEmpty()) {
            terms = Doc.list(r, "scorecard", "terms");
        }
        if (!terms.isEmpty()) {
            doc.heading(3, t("report.credit.scorecard"));
            PdfTable s = new PdfTable().left(t("report.col.variable"), 2.4f).right(t("report.col.value"), 1.4f)
                    .right(t("report.col.reference"), 1.4f).right(t("report.col.coefficient"), 1.4f)
                    .right(t("report.col.contribution"), 1.4f);
            for (JsonNode term : terms) {
                s.row(Doc.str(term, "variable"), ReportFormat.number(Doc.num(term, "value"), 4),
                        ReportFormat.number(Doc.num(term, "reference"), 4), ReportFormat.number(Doc.num(term, "coefficient"), 4),
                        ReportFormat.number(Doc.num(term, "contribution"), 4));
            }
            doc.table(s);
        }
    }

    // ------------------------------------------------------------------ 10 stress

    private void stress() {
        doc.heading(1, t("report.stress"));
        List<JsonNode> scenarios = Doc.list(d, "stress");
        doc.paragraph(t("report.stress.lead"));
        if (scenarios.isEmpty()) {
            doc.paragraph(t("report.stress.none"));
            return;
        }
        PdfTable t = new PdfTable().left(t("report.col.scenario"), 3.2f).right(t("report.kpi.marketValue"), 1.6f)
                .right(t("report.kpi.capacity"), 1.6f).right(t("report.col.coverage"), 1.1f).right(t("report.col.ltv"), 1.1f)
                .right("PD", 1f).right(t("report.kpi.el"), 1.5f);
        // the base row measures what each scenario row measures, for the same loan amount: the lowest coverage over
        // the term, the LTV and the one-year EL of the loan the scenarios were run for
        double requested = Doc.num(d, "loan", "amount");
        double amount = scenarios.isEmpty() || !Doc.has(scenarios.get(0), "loanAmount") ? requested
                : Doc.num(scenarios.get(0), "loanAmount");
        JsonNode baseRisk = amount == requested || !Doc.at(d, "risk", "recommended").isObject() ? Doc.at(d, "risk")
                : Doc.at(d, "risk", "recommended");
        doc.paragraph(t("report.stress.amount", money(amount), t(amount == requested ? "report.stress.amountRequested"
                : "report.stress.amountRecommended")), TextStyle.BODY_BOLD);
        double baseCoverage = minimumExpectedValue() / amount;
        double baseMarket = Doc.num(d, "collateral", "marketValue");
        List<StressImpact> impacts = new ArrayList<>();
        t.emphasisRow(t("report.stress.base"), money(Doc.num(d, "collateral", "marketValue")),
                money(Doc.num(d, "collateral", "capacity")), ReportFormat.times(baseCoverage),
                baseMarket > 0 ? ReportFormat.percent1(amount / baseMarket) : "–",
                ReportFormat.percent(Doc.num(baseRisk, "pd")), money(Doc.num(baseRisk, "expectedLoss")));
        for (JsonNode s : scenarios) {
            t.row(scenarioName(s), money(Doc.num(s, "marketValue")), money(Doc.num(s, "capacity")),
                    ReportFormat.times(Doc.num(s, "coverage")),
                    Doc.has(s, "ltv") ? ReportFormat.percent1(Doc.num(s, "ltv")) : "–",
                    ReportFormat.percent(Doc.num(s, "pd")), money(Doc.num(s, "expectedLoss")));
            double cov = Doc.num(s, "coverage");
            if (Double.isFinite(baseCoverage) && Double.isFinite(cov)) {
                impacts.add(new StressImpact(scenarioName(s), baseCoverage, cov));
            }
        }
        doc.table(t);
        if (!impacts.isEmpty()) {
            doc.chart(Charts.stressTornado(t("report.col.coverage"), impacts,
                    new java.text.DecimalFormat("0.00##", java.text.DecimalFormatSymbols.getInstance(Locale.ROOT)), locale), CHART_W,
                    110 + 30 * impacts.size());
        }
    }

    private String scenarioName(JsonNode s) {
        String name = Doc.text(Doc.at(s, "name"), locale);
        if (!name.isEmpty()) {
            return name;
        }
        JsonNode sc = Doc.at(s, "scenario");
        return sc.isTextual() ? sc.asText() : Doc.str(s, "id");
    }

    // ------------------------------------------------------------------ 11 risk sharing

    private void riskSharing() {
        doc.heading(1, t("report.sharing"));
        JsonNode s = Doc.at(d, "risk", "riskSharing");
        if (!s.isObject()) {
            doc.paragraph(t("report.sharing.none"));
            return;
        }
        JsonNode rec = Doc.at(d, "risk", "recommended");
        JsonNode sRec = Doc.at(rec, "riskSharing");
        boolean hasRec = sRec.isObject();
        doc.paragraph(t("report.sharing.lead"));
        String scheme = Doc.str(d, "parameters", "riskSharing", "id");
        String key = "risk.sharing.source." + scheme;
        String source = !scheme.isEmpty() && Text.bundle("risk", locale).containsKey(key) ? Text.of(key).render(locale)
                : Doc.str(d, "parameters", "riskSharing", "source");
        if (!source.isEmpty()) {
            doc.paragraph(t("report.sharing.scheme", source), TextStyle.NOTE);
        }
        PdfTable t = new PdfTable().left(t("report.col.party"), 3)
                .right(t("report.sharing.atRequested", money(Doc.num(d, "risk", "ead"))), 2)
                .right(hasRec ? t("report.sharing.atRecommended", money(Doc.num(rec, "ead"))) : "", 2);
        t.row(t("report.sharing.total"), money(Doc.num(d, "risk", "lifetimeExpectedLoss")),
                hasRec ? money(Doc.num(rec, "lifetimeExpectedLoss")) : "–");
        String[][] rows = {{"compensationFund", "report.sharing.fund"}, {"insurer", "report.sharing.insurer"},
                {"guarantor", "report.sharing.guarantor"}, {"appraiser", "report.sharing.appraiser"},
                {"aboveCaps", "report.sharing.aboveCaps"}};
        for (String[] r : rows) {
            if (Doc.has(s, r[0])) {
                t.row(t(r[1]), money(Doc.num(s, r[0])), hasRec ? money(Doc.num(sRec, r[0])) : "–");
            }
        }
        t.emphasisRow(t("report.sharing.bank"), money(Doc.num(s, "bankNetExpectedLoss")),
                hasRec ? money(Doc.num(sRec, "bankNetExpectedLoss")) : "–");
        doc.table(t);
    }

    // ------------------------------------------------------------------ 12 conditions

    private void conditions() {
        doc.heading(1, t("report.conditions"));
        List<String> conditions = Doc.texts(Doc.at(d, "recommendation", "conditions"), locale);
        if (conditions.isEmpty()) {
            doc.paragraph(t("report.conditions.none"));
        } else {
            doc.bullets(conditions, TextStyle.BODY);
        }
        List<String> notes = Doc.texts(Doc.at(d, "notes"), locale);
        if (!notes.isEmpty()) {
            doc.heading(3, t("report.conditions.notes"));
            doc.bullets(notes, TextStyle.BODY);
        }
    }

    // ------------------------------------------------------------------ 13 disclosure

    private void disclosure() {
        doc.heading(1, t("report.disclosure"));
        doc.heading(2, t("report.disclosure.limits"));
        doc.bullets(List.of(t("report.disclosure.limit.income"), t("report.disclosure.limit.market"),
                t("report.disclosure.limit.cost"), t("report.disclosure.limit.mc"), t("report.disclosure.limit.liquidation"),
                t("report.disclosure.limit.basel"), t("report.disclosure.limit.scorecard")), TextStyle.BODY);
        doc.heading(2, t("report.disclosure.gaps"));
        List<JsonNode> ps = patents();
        List<String> gaps = new ArrayList<>();
        gap(gaps, ps, "productRevenue", "report.disclosure.gap.revenue");
        gap(gaps, ps, "ipc", "report.disclosure.gap.ipc");
        gap(gaps, ps, "annualFeePaidUntil", "report.disclosure.gap.fee");
        gap(gaps, ps, "citedBy", "report.disclosure.gap.citations");
        long notValued = ps.stream().filter(p -> value(p) <= 0).count();
        if (notValued > 0) {
            gaps.add(t("report.disclosure.gap.notValued", notValued, ps.size()));
        }
        if (!Doc.has(d, "enterprise", "ebitda")) {
            gaps.add(t("report.disclosure.gap.ebitda"));
        }
        if (Doc.at(d, "pledgor", "inferred").asBoolean(false)) {
            gaps.add(t("report.disclosure.gap.pledgor", Doc.str(d, "pledgor", "name")));
        }
        if (gaps.isEmpty()) {
            gaps.add(t("report.disclosure.gap.none"));
        }
        doc.bullets(gaps, TextStyle.BODY);
        doc.heading(2, t("report.disclosure.assumptions"));
        doc.bullets(List.of(t("report.disclosure.assume.asOf", Doc.str(d, "asOf")), t("report.disclosure.assume.data"),
                t("report.disclosure.assume.parameters"), t("report.disclosure.assume.reproducible", Doc.str(d, "inputHash"))),
                TextStyle.BODY);
    }

    private void gap(List<String> gaps, List<JsonNode> ps, String field, String key) {
        boolean present = ps.stream().anyMatch(p -> p.has(field));
        if (!present) {
            return;
        }
        long missing = ps.stream().filter(p -> !Doc.has(p, field) || Doc.str(p, field).isBlank()).count();
        if (missing > 0) {
            gaps.add(t(key, missing, ps.size()));
        }
    }

    // ------------------------------------------------------------------ 14 appendix

    private void appendix() {
        doc.heading(1, t("report.appendix"));
        doc.paragraph(t("report.appendix.lead"));
        Map<String, String> params = new LinkedHashMap<>();
        Doc.flatten("", Doc.at(d, "parameters"), params);
        PdfTable t = new PdfTable().left(t("report.col.parameter"), 5).left(t("report.col.value"), 4);
        params.forEach(t::row);
        if (t.isEmpty()) {
            doc.paragraph(t("report.appendix.none"));
        } else {
            doc.table(t);
        }
    }

    // ------------------------------------------------------------------ 15 sign-off

    private void signOff() {
        doc.heading(1, t("report.signoff"));
        doc.paragraph(t("report.signoff.lead", input.assessmentId(), Doc.str(d, "inputHash")));
        if (!input.auditHash().isEmpty()) {
            doc.paragraph(t("report.signoff.anchor", input.auditHash()), TextStyle.NOTE);
        }
        doc.signatures(List.of(block(SignOffRole.MAKER, "report.signoff.prepared"),
                block(SignOffRole.CHECKER, "report.signoff.reviewed")));
        for (SignOff s : input.signOffs()) {
            if (!s.comment().isBlank()) {
                doc.paragraph(t("report.signoff.comment", s.signedBy(), s.comment()), TextStyle.NOTE);
            }
        }
    }

    private SignatureBlock block(SignOffRole role, String key) {
        Optional<SignOff> s = input.signOff(role);
        String name = s.map(SignOff::signedBy).orElse(role == SignOffRole.MAKER ? input.author() : "");
        String date = s.map(x -> x.signedAt().atOffset(ZoneOffset.UTC).toLocalDate().toString()).orElse("");
        return new SignatureBlock(t(key), name, date, t("report.signoff.name"), t("report.signoff.signature"),
                t("report.signoff.date"));
    }
}
