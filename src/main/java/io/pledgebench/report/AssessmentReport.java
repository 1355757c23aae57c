package io.pledgebench.report;

import io.pledgebench.io.OutputFile;
import com.fasterxml.jackson.databind.JsonNode;
import io.pledgebench.assessment.Assessment;
import io.pledgebench.assessment.ChartSeries;
import io.pledgebench.domain.Text;
import io.pledgebench.valuation.ExplainKey;
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
import io.pledgebench.domain.SignOff;
import io.pledgebench.domain.SignOffRole;
import io.pledgebench.risk.eligibility.InForceRule;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
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
    private final Locale locale;
    private final LocalDate printDate;
    private final String currency;
    private final AssessmentDocument typed;
    private final ReportText rt;
    private ReportDocument doc;

    private AssessmentReport(ReportInput input, Locale locale, LocalDate printDate) {
        this.input = input;
        this.typed = AssessmentDocument.read(input.document());
        this.locale = Text.isChinese(locale) ? Text.CHINESE : Text.ENGLISH;
        this.printDate = printDate;
        this.currency = typed.currency();
        this.rt = new ReportText(this.locale, currency);
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
     * Writes the report of an assessment that is not saved: identified by its input hash, produced now by
     * {@code clock} (the time on the cover, separate from the valuation date; the print date is today by it). It
     * carries no sign-off: the maker and checker sign a saved assessment.
     */
    public static void write(Assessment assessment, Clock clock, Locale locale, Path file) {
        OutputFile.of(file).overwrite(true).write(out -> write(assessment, clock, locale, out));
    }

    /** {@link #write(Assessment, Clock, Locale, Path)} to a stream. */
    public static void write(Assessment assessment, Clock clock, Locale locale, OutputStream out) {
        write(assessment, null, clock, locale, out);
    }

    /** {@link #write(Assessment, Clock, Locale, OutputStream)} for {@code client}, the bank named (null: not named). */
    public static void write(Assessment assessment, String client, Clock clock, Locale locale, OutputStream out) {
        write(ReportInput.unsaved(ReportSource.document(assessment, client), clock.instant(), ""), locale,
                today(clock, locale), out);
    }

    /**
     * The one time zone of an edition (review 14b, E): Beijing time (Asia/Shanghai) for a Chinese reader, UTC
     * otherwise. Cover times, the print date, the sign-off dates and the report date are all read in it, so no date
     * of the report appears to predate the save it follows.
     */
    public static java.time.ZoneId zone(Locale locale) {
        return Text.isChinese(locale) ? java.time.ZoneId.of("Asia/Shanghai") : ZoneOffset.UTC;
    }

    /** Today by {@code clock} in the edition's zone ({@link #zone(Locale)}): the print date of a report. */
    public static LocalDate today(Clock clock, Locale locale) {
        return LocalDate.now(clock.withZone(zone(locale)));
    }

    /**
     * The chapters in the order they are printed: a cross-reference takes its number from here and
     * {@link #chapterHeading} checks that the layout numbered the chapter the same.
     */
    static final List<String> CHAPTERS = List.of("summary", "portfolio", "eligibility", "quality", "valuation",
            "distribution", "appraisal", "collateral", "coverage", "credit", "stress", "sharing", "memo", "conditions", "disclosure",
            "signoff", "appendix", "valuationAnnex", "annex");

    private int chaptersPrinted;
    /** The chapter being printed: a chapter never refers to itself by number. */
    private String currentChapter;

    /** The number the layout gives chapter {@code id}. */
    static int chapter(String id) {
        int i = CHAPTERS.indexOf(id);
        if (i < 0) {
            throw new IllegalArgumentException("no chapter " + id);
        }
        return i + 1;
    }

    private void chapterHeading(String id) {
        chaptersPrinted++;
        if (chapter(id) != chaptersPrinted) {
            throw new IllegalStateException("chapter " + id + " printed as number " + chaptersPrinted + ", referred to as "
                    + chapter(id));
        }
        currentChapter = id;
        doc.heading(1, t("report." + id));
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
                t("report.subject"), input.author(), "IP pledge; " + typed.inputHash(),
                Text.isChinese(locale) ? "zh-CN" : "en",
                ReportDocument.utc(input.createdAt()), input.assessmentId() + "/" + typed.inputHash() + "/" + locale);
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
            appraisal();
            collateral();
            coverage();
            creditRisk();
            stress();
            riskSharing();
            creditMemo();
            conditions();
            disclosure();
            // the body ends with the sign-off (评估报告正文 ends with the signatures); the annexes (附件) follow it
            signOff();
            appendix();
            valuationAnnex();
            if (typed.patents().size() > LISTED_PATENTS) {
                annex();
            }
            doc.save(out);
        } catch (IOException e) {
            throw new UncheckedIOException("closing the report failed: " + e.getMessage(), e);
        }
    }

    private String enterpriseName() {
        String name = typed.parties().name().orElse(typed.portfolio());
        return name.isEmpty() ? t("report.unknownPledgor") : name;
    }

    /** An amount in the reader's unit (万元 in Chinese, the currency in English); the header or sentence names it. */
    private String money(double v) {
        return ReportFormat.money(v, locale);
    }

    private String moneyWithCurrency(double v) {
        return ReportFormat.moneyWithUnit(v, locale, currency);
    }

    /** A column header of amounts: the header with the unit, "市场价值（万元）", "Market value (CNY)". */
    private String amountHeader(String header) {
        return t("report.col.withUnit", header, ReportFormat.moneyUnit(locale, currency));
    }

    // ------------------------------------------------------------------ cover

    private void cover(String enterprise) {
        doc.bareNewPage();
        doc.textAt(t("report.cover.kicker"), ReportDocument.MARGIN_X, 150, TextStyle.BODY.withColor(TextStyle.SUBTLE));
        doc.moveTo(165);
        doc.paragraph(t("report.title"), new TextStyle(24f, TextStyle.ACCENT, true, 1.25f));
        doc.paragraph(enterprise, new TextStyle(16f, TextStyle.INK, false, 1.3f));
        doc.space(12);
        // the conclusion first: what the committee is asked to decide, with the figures it rests on
        AssessmentDocument.Recommendation r = typed.recommendation();
        double recommended = r.recommendedLoan();
        PdfTable verdict = new PdfTable().left("", 2).left("", 5).withoutHeader();
        verdict.emphasisRow(t("report.cover.decision"), decision(r));
        verdict.row(amountHeader(t("report.cover.recommended")), money(recommended));
        verdict.row(t("report.kpi.grade"), r.grade());
        verdict.row(t("report.cover.ltvRecommended"), ltv(recommended));
        doc.table(verdict);
        // an expired conclusion under the headline it invalidates, in both languages (review 14b, I: the cover of a
        // conclusion expired on 2026-06-29 still read "建议发放 61.00万元" with no notice)
        Optional<String> expired = appraisalExpiredBefore();
        if (expired.isPresent()) {
            doc.space(4);
            doc.paragraph(t("report.cover.expired", validUntil().orElseThrow().toString(), valuationDate(), expired.get()),
                    new TextStyle(13f, WARNING, true, 1.3f));
        }
        doc.space(8);
        PdfTable facts = new PdfTable().left("", 2).left("", 5).withoutHeader();
        // the bank the report is made for (委托方), as the officer named it; said plainly when not named
        facts.row(t("report.cover.client"), typed.client().orElse(t("report.cover.clientNotRecorded")));
        facts.row(t("report.cover.enterprise"), enterprise);
        typed.parties().creditCode().ifPresent(credit -> facts.row(t("report.cover.creditCode"), credit));
        if (typed.parties().pledgorInferred()) {
            facts.row(t("report.cover.pledgor"), t("report.cover.pledgorInferred", typed.parties().pledgorName().orElse("")));
        }
        facts.row(t("report.cover.loan"), moneyWithCurrency(typed.loanAmount()));
        typed.loan().purpose().ifPresent(purpose -> facts.row(t("report.cover.purpose"), purpose));
        // the one loan timeline: valuation date, start, term and maturity
        String valuationDate = valuationDate();
        facts.row(t("report.cover.asOf"), valuationDate);
        AssessmentDocument.Timeline timeline = typed.loan().timeline();
        facts.row(t("report.cover.startDate"), timeline.startDate().toString());
        facts.row(t("report.cover.term"), t("report.cover.termValue", Integer.toString(typed.loan().termMonths())));
        facts.row(t("report.cover.maturity"), timeline.maturityDate().toString());
        facts.row(t("report.cover.patents"), String.valueOf(typed.patents().size()));
        facts.row(t("report.cover.assessmentId"), input.assessmentId());
        // when the assessment ran (its saving, or for an unsaved one when this report was produced), not the valuation date
        // in Beijing time for a Chinese reader (UTC+8, no daylight saving), in UTC otherwise; the zone is named
        boolean beijing = Text.isChinese(locale);
        String ran = t(beijing ? "report.cover.timeBeijing" : "report.cover.timeUtc",
                java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT)
                        .format(input.createdAt().atZone(zone(locale))));
        if (input.saved()) {
            facts.row(t("report.cover.created"), ran);
            if (!input.author().isEmpty()) {
                facts.row(t("report.cover.savedBy"), input.author());
            }
        } else {
            facts.row(t("report.cover.produced"), ran);
        }
        facts.row(t("report.cover.inputHash"), typed.inputHash());
        facts.row(t("report.cover.parameterSet"), parameterSet());
        facts.row(t("report.cover.printed"), t(Text.isChinese(locale) ? "report.cover.dateBeijing" : "report.cover.dateUtc",
                printDate.toString()));
        if (input.hasChain()) {
            facts.row(t("report.cover.chain"), t("report.cover.chainValue", input.chainLength(),
                    input.chainHead().isEmpty() ? "–" : input.chainHead()));
        }
        doc.table(facts);
        doc.space(10);
        if (expired.isEmpty() && staleValuation(valuationDate)) {
            doc.paragraph(t("report.cover.staleValuation", valuationDate, printDate.toString()),
                    TextStyle.BODY_BOLD.withColor(WARNING));
            doc.space(6);
        }
        doc.paragraph(t("report.cover.note"), TextStyle.NOTE);
    }

    /**
     * The recommendation in one line for the cover: lend the amount asked, lend less, or lend nothing, with the number
     * of conditions attached (as the conditions chapter lists them).
     */
    private String decision(AssessmentDocument.Recommendation r) {
        double recommended = r.recommendedLoan();
        double requested = typed.loanAmount();
        String verdict = !(recommended > 0) ? t("report.cover.decision.decline")
                : recommended < requested ? t("report.cover.decision.reduced", moneyWithCurrency(recommended), moneyWithCurrency(requested))
                : t("report.cover.decision.approve", moneyWithCurrency(recommended));
        int conditions = conditionList().size();
        return recommended > 0 && conditions > 0 ? verdict + t("report.cover.decision.conditions", conditions, chapter("conditions"))
                : verdict;
    }

    /**
     * The loan-to-value of {@code amount}: the amount over the market value of the eligible collateral (one definition,
     * for the cover and the summary); "–" when there is no collateral value or no amount.
     */
    private String ltv(double amount) {
        double mv = typed.collateral().marketValue();
        return mv > 0 && amount > 0 ? ReportFormat.percent(amount / mv) : "–";
    }

    /**
     * Whether the PD came from the built-in example scorecard (its illustrative coefficients, {@link
     * io.pledgebench.risk.PdScorecard#illustrative()}), not from the officer, the enterprise data or the bank's own
     * coefficients. A document that did not record the coefficients is not taken as using the example.
     */
    private boolean exampleScorecard() {
        if (!typed.risk().pdSource().map("scorecard"::equals).orElse(false)) {
            return false;
        }
        Optional<Map<String, Double>> used = typed.quoted().pdScorecard();
        return used.isPresent() && io.pledgebench.risk.PdScorecard.isIllustrative(used.get());
    }

    /** The valuation date of the timeline, or of the run for documents saved before the timeline was recorded. */
    private String valuationDate() {
        return typed.loan().timeline().valuationDate().toString();
    }

    /** The last day the appraisal's conclusion may be used: one year from the valuation date (empty: no date). */
    private Optional<LocalDate> validUntil() {
        String v = valuationDate();
        return v.isEmpty() ? Optional.empty() : Optional.of(LocalDate.parse(v).plusYears(1).minusDays(1));
    }

    /**
     * What the appraisal expired before, as printed ("the drawdown on 2026-12-01", else "the report date …"), when its
     * validity ends before the loan's drawdown or before the print date (the report's clock, never the system's).
     */
    private Optional<String> appraisalExpiredBefore() {
        Optional<LocalDate> until = validUntil();
        if (until.isEmpty()) {
            return Optional.empty();
        }
        String start = typed.loan().timeline().startDate().toString();
        if (until.get().isBefore(typed.loan().timeline().startDate())) {
            return Optional.of(t("report.appraisal.expiredBefore.drawdown", start));
        }
        if (printDate != null && until.get().isBefore(printDate)) {
            return Optional.of(t("report.appraisal.expiredBefore.printed", printDate.toString()));
        }
        return Optional.empty();
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

    /**
     * The basis of the collateral market value, one sentence for every chapter: of the pledgeable patents only those
     * counted as collateral (the engine's CollateralCalculator.countsAsCollateral: not valued by the cost approach
     * alone) make up the value; empty when every pledgeable patent counts.
     */
    private String collateralBasis() {
        long pledgeable = 0;
        long counted = 0;
        for (AssessmentDocument.PatentEntry p : typed.patents()) {
            if (!p.pledgeable()) {
                continue;
            }
            pledgeable++;
            if (p.collateral().orElseThrow().countsAsCollateral()) {
                counted++;
            }
        }
        if (counted == pledgeable) {
            return "";
        }
        return t("report.collateral.basis", pledgeable, counted, moneyWithCurrency(typed.collateral().marketValue()),
                pledgeable - counted);
    }

    /** Whether the patent was valued by the cost approach alone: every method applied is the cost method. */
    private static boolean costOnly(AssessmentDocument.PatentEntry p) {
        List<AssessmentDocument.MethodEntry> applied = p.valuation().methods().stream()
                .filter(AssessmentDocument.MethodEntry::applied).toList();
        return p.valuation().valued() && !applied.isEmpty()
                && applied.stream().allMatch(m -> io.pledgebench.valuation.CostMethod.ID.equals(m.id()));
    }

    /** Whether there is no collateral: no patent that counts as collateral carries a market value. */
    private boolean noCollateral() {
        return !(typed.collateral().marketValue() > 0);
    }

    /** How many patents can be pledged (the eligibility rules' verdict, as the collateral records it). */
    private long pledgeableCount() {
        return typed.patents().stream().filter(AssessmentDocument.PatentEntry::pledgeable).count();
    }

    private List<AssessmentDocument.PatentEntry> listed() {
        List<AssessmentDocument.PatentEntry> ps = typed.patents();
        if (ps.size() <= LISTED_PATENTS) {
            return ps;
        }
        List<AssessmentDocument.PatentEntry> sorted = new ArrayList<>(ps);
        sorted.sort(Comparator.comparingDouble((AssessmentDocument.PatentEntry p) -> -p.value()));
        return sorted.subList(0, LISTED_PATENTS);
    }

    private void listedNote() {
        int n = typed.patents().size();
        if (n > LISTED_PATENTS) {
            doc.paragraph(t("report.listed", LISTED_PATENTS, n, chapter("annex")), TextStyle.NOTE);
        }
    }

    // ------------------------------------------------------------------ 1 executive summary

    private void executiveSummary() {
        chapterHeading("summary");
        AssessmentDocument.Recommendation r = typed.recommendation();
        double requested = typed.loanAmount();
        double recommended = r.recommendedLoan();
        doc.paragraph(t("report.summary.lead", r.grade(), moneyWithCurrency(recommended), moneyWithCurrency(requested)),
                TextStyle.BODY_BOLD);
        List<String> implausible = new ArrayList<>();
        for (AssessmentDocument.PlausibilityCheck f : r.plausibility()) {
            if (f.flagged()) {
                implausible.add(rt.sentence(f.text()));
            }
        }
        if (!implausible.isEmpty()) {
            doc.paragraph(t("report.summary.implausible"), TextStyle.BODY_BOLD.withColor(WARNING));
            doc.bullets(implausible, TextStyle.BODY.withColor(WARNING));
        }
        if (r.gradedAmount().isPresent()) {
            String graded = moneyWithCurrency(r.gradedAmount().getAsDouble());
            doc.paragraph(r.maxLoan() > 0 ? t("report.summary.graded", r.grade(), graded)
                    : t("report.summary.gradedNothing", r.grade(), graded), TextStyle.BODY);
        }
        // every figure names the loan amount it is computed for: the requested and the recommended loan side by side
        AssessmentDocument.LossFigures req = typed.risk().requested();
        Optional<AssessmentDocument.LossFigures> rec = typed.risk().recommended();
        AssessmentDocument.Collateral collateral = typed.collateral();
        double mv = collateral.marketValue();
        double minEv = minimumExpectedValue();
        PdfTable k = new PdfTable().left(t("report.col.figure"), 3.4f).right(t("report.col.requested"), 1.9f)
                .right(t("report.col.recommended"), 1.9f).left(t("report.col.source"), 3.4f);
        k.emphasisRow(amountHeader(t("report.kpi.loanAmount")), money(requested), money(recommended), t("report.src.recommendation", chapter("memo")));
        k.row(t("report.kpi.ltv"), ltv(requested), ltv(recommended), t("report.src.ltvDefinition") + collateralBasis());
        k.row(t("report.kpi.coverage"), noCollateral() ? t("report.kpi.noCollateral") : ReportFormat.times(minEv / requested, locale),
                noCollateral() ? t("report.kpi.noCollateral") : recommended > 0 ? ReportFormat.times(minEv / recommended, locale) : "–",
                t("report.src.coverageDefinition", chapter("coverage")));
        k.row(t("report.kpi.lgd"), ReportFormat.percent(req.lgd()), rec.map(q -> ReportFormat.percent(q.lgd())).orElse("–"),
                t("report.src.chapter", chapter("credit")));
        k.row(t("report.kpi.lifetimePd"), ReportFormat.percent(req.lifetimePd()),
                rec.map(q -> ReportFormat.percent(q.lifetimePd())).orElse("–"), t("report.src.lifetimePd"));
        k.row(amountHeader(t("report.kpi.lifetimeEl")), money(req.lifetimeExpectedLoss()),
                rec.map(q -> money(q.lifetimeExpectedLoss())).orElse("–"), t("report.src.lifetimeEl"));
        k.row(amountHeader(t("report.kpi.bankNetEl")), money(req.bankNetLifetimeExpectedLoss()),
                rec.map(q -> money(q.bankNetLifetimeExpectedLoss())).orElse("–"), t("report.src.chapter", chapter("sharing")));
        k.row(amountHeader(t("report.kpi.capital")), money(req.capital()), rec.map(q -> money(q.capital())).orElse("–"),
                t("report.src.irb", chapter("credit")));
        k.row(t("report.kpi.minimumRate"), ReportFormat.percent(req.minimumRate().rate()),
                rec.map(q -> ReportFormat.percent(q.minimumRate().rate())).orElse("–"), t("report.credit.pricingSumChapter", chapter("credit")));
        // the probability the simulated pool at maturity covers less than the loan, for each loan amount
        collateral.atMaturity().ifPresent(m -> k.row(t("report.kpi.coverageBelowOne"),
                ReportFormat.percent(m.probabilityCoverageBelowOne()),
                collateral.atMaturityRecommended().map(q -> ReportFormat.percent(q.probabilityCoverageBelowOne()))
                        .orElse(collateral.recommendedRecorded() || recommended <= 0 ? "–" : t("report.value.notRecorded")),
                t("report.src.atMaturityBoth", m.date())));
        doc.table(k);
        PdfTable c = new PdfTable().left(t("report.col.figure"), 3.4f).right(t("report.col.value"), 1.9f)
                .left(t("report.col.source"), 5.3f);
        c.row(t("report.kpi.grade"), r.grade(), t("report.src.recommendation", chapter("memo")));
        c.row(amountHeader(t("report.kpi.maxLoan")), money(r.maxLoan()), limitedBy(r));
        // the pool's market value is in the collateral chapter (the valuation chapter totals every patent assessed)
        c.row(amountHeader(t("report.kpi.marketValue")), money(mv), t("report.src.chapter", chapter("collateral")));
        c.row(amountHeader(t("report.kpi.liquidationValue")), money(collateral.liquidationValue()), t("report.src.chapter", chapter("collateral")));
        c.row(t("report.kpi.advanceRate"), ReportFormat.percent(collateral.advanceRate()),
                t("report.src.advanceRateDefinition"));
        c.row(amountHeader(t("report.kpi.capacity")), money(collateral.capacity()), t("report.src.chapter", chapter("collateral")));
        c.row(t("report.kpi.pd"), ReportFormat.percent(typed.risk().pd()), pdSource());
        doc.table(c);
        double recommendedLoan = r.recommendedLoan();
        if (recommendedLoan > 0) {
            // how much of the recommended loan the pledge would repay if sold at once (the capacity rests on market value)
            doc.paragraph(t("report.summary.liquidationCover", moneyWithCurrency(collateral.liquidationValue()),
                    ReportFormat.percent(collateral.liquidationValue() / recommendedLoan), moneyWithCurrency(recommendedLoan),
                    chapter("collateral")), TextStyle.BODY_BOLD);
        }
        List<String> risks = keyRisks();
        if (!risks.isEmpty()) {
            doc.heading(3, t("report.summary.keyRisks"));
            doc.bullets(risks, TextStyle.BODY);
        }
        List<AssessmentDocument.Sentence> stated = new ArrayList<>(r.reasons());
        if (!(r.recommendedLoan() > 0)) {
            // nothing lent: "0 is 0% of 0, rounded down to a multiple of 1" says nothing the decision above does not
            stated.removeIf(x -> x instanceof AssessmentDocument.Sentence.Keyed keyed
                    && "risk.reason.recommended".equals(keyed.key()));
        }
        if (stated.stream().anyMatch(x -> x instanceof AssessmentDocument.Sentence.Keyed keyed
                && "assessment.note.nothingPledgeable".equals(keyed.key()))) {
            // no collateral is said once (review 14b, D): "0 × 0.00%, less a 0.00% discount" adds nothing to it
            stated.removeIf(x -> x instanceof AssessmentDocument.Sentence.Keyed keyed
                    && ("risk.reason.collateral".equals(keyed.key()) || "risk.reason.collateralCounted".equals(keyed.key())));
        }
        if (noCollateral()) {
            // the grade sentence without "lowest expected coverage 0.00×" (review 14b, D): the same arguments, a
            // sentence that says there is no collateral instead of a coverage of it
            stated.replaceAll(x -> x instanceof AssessmentDocument.Sentence.Keyed keyed
                    && "risk.reason.gradeNothingLendable".equals(keyed.key())
                    ? new AssessmentDocument.Sentence.Keyed("risk.reason.gradeNoCollateral", keyed.args()) : x);
        }
        List<String> reasons = sentences(stated);
        if (!reasons.isEmpty()) {
            doc.heading(3, t("report.summary.reasons"));
            doc.bullets(reasons, TextStyle.BODY);
        }
    }

    /** Sentences in the reader's language, blank ones left out. */
    private List<String> sentences(List<AssessmentDocument.Sentence> list) {
        List<String> out = new ArrayList<>();
        for (AssessmentDocument.Sentence s : list) {
            String text = rt.sentence(s);
            if (!text.isBlank()) {
                out.add(text);
            }
        }
        return out;
    }

    private static final java.awt.Color WARNING = new java.awt.Color(0xB0, 0x3A, 0x2E);

    /** The lowest expected liquidation value of the eligible collateral over the loan's checkpoints. */
    private double minimumExpectedValue() {
        double min = Double.POSITIVE_INFINITY;
        for (double v : typed.collateral().expectedValues()) {
            min = Math.min(min, v);
        }
        return Double.isFinite(min) ? min : 0;
    }

    private String limitedBy(AssessmentDocument.Recommendation r) {
        return r.limitedBy().map(by -> t("report.limitedBy", t("report.limit." + known(by,
                        List.of("requested", "collateral", "debtService", "policyCap")))))
                .orElse(t("report.src.recommendation", chapter("memo")));
    }

    private static String known(String v, List<String> allowed) {
        return allowed.contains(v) ? v : "other";
    }

    private String pdSource() {
        if ("credit".equals(currentChapter)) {
            return typed.risk().pdSource().map(s -> t("report.pdSource." + known(s, List.of("officer", "enterprise", "scorecard")) + ".here"))
                    .orElse("–");
        }
        return typed.risk().pdSource().map(s -> t("report.pdSource." + known(s, List.of("officer", "enterprise", "scorecard")),
                chapter("credit"))).orElse(t("report.src.chapter", chapter("credit")));
    }

    /** The risks a committee asks about first, derived from the results. */
    private List<String> keyRisks() {
        List<String> out = new ArrayList<>();
        appraisalExpiredBefore().ifPresent(before -> out.add(t("report.risk.appraisalExpired",
                validUntil().orElseThrow().toString(), valuationDate(), before)));
        if (exampleScorecard()) {
            out.add(t("report.risk.exampleScorecard", ReportFormat.percent(typed.risk().pd()), chapter("credit")));
        }
        List<AssessmentDocument.PatentEntry> ps = typed.patents();
        long failed = ps.stream().filter(p -> "fail".equals(p.eligibility().status())).count();
        long warned = ps.stream().filter(p -> "warning".equals(status(p))).count();
        if (failed > 0) {
            out.add(t("report.risk.ineligible", failed, ps.size()));
        }
        if (warned > 0) {
            out.add(t("report.risk.warnings", warned, chapter("eligibility")));
        }
        AssessmentDocument.Collateral collateral = typed.collateral();
        double hhi = collateral.hhi();
        if (hhi > 0.25) {
            out.add(t("report.risk.concentration", ReportFormat.fixed(hhi, 3), ReportFormat.fixed(1 / hhi, 1)));
        }
        double mv = collateral.marketValue();
        double lv = collateral.liquidationValue();
        if (mv > 0 && lv >= 0) {
            out.add(t("report.risk.liquidation", ReportFormat.percent(lv / mv)));
        }
        AssessmentDocument.StressEntry worst = null;
        for (AssessmentDocument.StressEntry s : typed.stress()) {
            if (worst == null || s.coverage() < worst.coverage()) {
                worst = s;
            }
        }
        // with no collateral no scenario can lower its coverage: the stress line would only repeat a coverage of zero
        if (worst != null && !noCollateral()) {
            out.add(t("report.risk.stress", scenarioName(worst), ReportFormat.times(worst.coverage(), locale)));
        }
        return out;
    }

    /** A stress scenario's name in the reader's language; its id for a row that kept no name. */
    private String scenarioName(AssessmentDocument.StressEntry s) {
        String name = s.name().map(rt::sentence).orElse("");
        return name.isEmpty() ? s.scenario() : name;
    }

    // ------------------------------------------------------------------ 2 portfolio

    private void portfolioOverview() {
        chapterHeading("portfolio");
        List<AssessmentDocument.PatentEntry> ps = typed.patents();
        doc.paragraph(t("report.portfolio.lead", ps.size(), typed.asOf().toString()));
        Map<String, Double> byType = new LinkedHashMap<>();
        Map<String, Double> byField = new LinkedHashMap<>();
        for (AssessmentDocument.PatentEntry p : ps) {
            byType.merge(typeLabel(p.register().type()), 1.0, Double::sum);
            String ipc = p.register().ipc().orElse("");
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
                .left(t("report.col.type"), 1.3f).left(t("report.col.statusAsOf"), 1.2f).left(t("report.col.filed"), 1.4f)
                .left(t("report.col.expiry"), 1.4f).right(t("report.col.remaining"), 1.1f);
        listedNote();
        for (AssessmentDocument.PatentEntry p : listed()) {
            AssessmentDocument.Register r = p.register();
            t.row(p.number(), p.title(), typeLabel(r.type()), statusLabel(statusAsOf(p)),
                    r.filingDate().map(LocalDate::toString).orElse(""), r.expiryDate().map(LocalDate::toString).orElse(""),
                    r.remainingYears().isPresent() ? ReportFormat.years(r.remainingYears().getAsDouble()) : "–");
        }
        doc.table(t);
        // remaining lives count from the valuation date, so the maturity line stands at the years from it to maturity
        double term = typed.loan().timeline().yearsToMaturity();
        String maturity = typed.loan().timeline().maturityDate().toString();
        List<ChartSeries.PatentLife> patentLives = new ArrayList<>();
        Map<String, String> asOf = new java.util.HashMap<>();
        for (AssessmentDocument.PatentEntry p : ps) {
            String state = statusAsOf(p);
            asOf.put(p.number(), state);
            // a right the eligibility rule found ended (expired, lapsed) is not in force, whatever the register said
            patentLives.add(new ChartSeries.PatentLife(p.number(),
                    "expired".equals(state) ? io.pledgebench.domain.LegalStatus.LAPSED
                            : io.pledgebench.domain.LegalStatus.parse(state).orElse(null),
                    p.register().remainingYears().isPresent() ? p.register().remainingYears().getAsDouble() : null));
        }
        ChartSeries.LegalLifeChart lives = ChartSeries.legalLife(patentLives);
        if (!lives.shown().isEmpty() && term > 0) {
            // a right not in force is drawn at zero, named with its status on the valuation date
            List<LegalLife> shown = LegalLife.of(lives.shown(), b -> b.inForce() ? b.patent()
                    : t("report.portfolio.lifeNotInForce", b.patent(), statusLabel(asOf.getOrDefault(b.patent(), b.status().code()))));
            doc.chart(Charts.legalLifeVersusTerm(shown, term, maturity, locale), CHART_W,
                    Math.min(560, 120 + 13 * shown.size()));
            if (shown.size() < lives.total()) {
                doc.paragraph(t("report.portfolio.lifeShown", shown.size(), lives.total()), TextStyle.NOTE);
            }
        }
        if (lives.applications() > 0 && term > 0) {
            doc.paragraph(t("report.portfolio.lifeApplications", lives.applications()), TextStyle.NOTE);
        }
    }

    /**
     * A patent's legal state on the valuation date: the state the eligibility rule {@link InForceRule} found (a term
     * ended before the valuation date is "expired", a fee unpaid past its grace period "lapsed"), else the status the
     * data recorded. One source with the eligibility verdict: never "valid" beside a patent refused as expired.
     */
    private String statusAsOf(AssessmentDocument.PatentEntry p) {
        for (AssessmentDocument.Eligibility.Check c : p.eligibility().checks()) {
            if (InForceRule.ID.equals(c.rule()) && c.reason().orElse(null) instanceof AssessmentDocument.Sentence.Keyed k) {
                Optional<String> found = InForceRule.stateFound(k.key());
                if (found.isPresent()) {
                    return found.get();
                }
            }
        }
        return p.register().status();
    }

    private String statusLabel(String code) {
        return switch (code) {
            case "valid", "lapsed", "invalidated", "pending_invalidation", "frozen", "disputed", "pledged", "application",
                 "expired" ->
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
        chapterHeading("eligibility");
        doc.paragraph(t("report.eligibility.lead"));
        PdfTable t = new PdfTable().left(t("report.col.patent"), 2.2f).left(t("report.col.outcome"), 1.2f)
                .left(t("report.col.reasons"), 7f);
        int pass = 0;
        int warn = 0;
        int fail = 0;
        int feesDue = 0;
        for (AssessmentDocument.PatentEntry p : typed.patents()) {
            switch (status(p)) {
                case "pass" -> pass++;
                case "warning" -> warn++;
                default -> fail++;
            }
            if (!"fail".equals(status(p)) && feeDueInTerm(p)) {
                feesDue++;
            }
        }
        for (AssessmentDocument.PatentEntry p : listed()) {
            List<String> reasons = sentences(p.eligibility().reasons().stream().filter(r -> !isFeeDue(r)).toList());
            t.row(p.number(), outcome(status(p)),
                    reasons.isEmpty() ? t("report.eligibility.none") : String.join("\n", reasons));
        }
        doc.paragraph(t("report.eligibility.counts", pass, warn, fail), TextStyle.BODY_BOLD);
        if (feesDue > 0) {
            doc.paragraph(t("report.eligibility.feesDue", feesDue, typed.loan().timeline().maturityDate().toString(),
                    chapter("conditions")), TextStyle.BODY);
        }
        listedNote();
        doc.table(t);
    }

    /** The sentence key of an annual fee falling due within the term: one condition of the loan, not a patent's warning. */
    private static final String FEE_DUE = io.pledgebench.risk.eligibility.AnnualFeeDueRule.DUE_IN_TERM;

    private static boolean isFeeDue(AssessmentDocument.Sentence s) {
        return s instanceof AssessmentDocument.Sentence.Keyed k && FEE_DUE.equals(k.key());
    }

    private static boolean feeDueInTerm(AssessmentDocument.PatentEntry p) {
        // a pass since version 5 (among the checks), a warning before (among the reasons)
        return p.eligibility().checks().stream().anyMatch(c -> c.reason().map(AssessmentReport::isFeeDue).orElse(false))
                || p.eligibility().reasons().stream().anyMatch(AssessmentReport::isFeeDue);
    }

    /**
     * A patent's eligibility outcome as the report shows it: the stored verdict. A row stored before version 5 kept a
     * warning whose only cause is an annual fee falling due within the term; it is shown as the pass the engine now
     * gives (ADR 0027), the fee being one condition of the loan, not a warning repeated on each patent. A newer
     * document has no such warning, so its verdicts print as the JSON holds them.
     */
    private static String status(AssessmentDocument.PatentEntry p) {
        AssessmentDocument.Eligibility e = p.eligibility();
        String s = e.status();
        if (!"warning".equals(s) || !feeDueInTerm(p)) {
            return s;
        }
        for (AssessmentDocument.Eligibility.Check c : e.checks()) {
            if ("warning".equals(c.outcome()) && !c.reason().map(AssessmentReport::isFeeDue).orElse(false)) {
                return s;
            }
        }
        return e.checks().isEmpty() ? s : "pass";
    }

    private String outcome(String status) {
        return switch (status) {
            case "pass", "warning", "fail" -> t("report.outcome." + status);
            default -> status;
        };
    }

    // ------------------------------------------------------------------ 4 quality

    private void quality() {
        chapterHeading("quality");
        doc.paragraph(t("report.quality.lead"));
        PdfTable t = new PdfTable().left(t("report.col.patent"), 2.4f).right(t("report.col.legal"), 1.2f)
                .right(t("report.col.technical"), 1.2f).right(t("report.col.economic"), 1.2f)
                .right(t("report.col.overall"), 1.2f).right(t("report.col.confidence"), 1.2f);
        listedNote();
        for (AssessmentDocument.PatentEntry p : listed()) {
            AssessmentDocument.QualityEntry q = p.quality();
            t.row(p.number(), score(q.legal()), score(q.technical()), score(q.economic()),
                    ReportFormat.fixed(q.overall(), 1),
                    q.confidence().isPresent() ? ReportFormat.percent(q.confidence().getAsDouble()) : "–");
        }
        doc.table(t);
    }

    /** A dimension's score; "–" when the data scored none of its indicators. */
    private static String score(java.util.OptionalDouble s) {
        return s.isPresent() ? ReportFormat.fixed(s.getAsDouble(), 1) : "–";
    }

    // ------------------------------------------------------------------ 5 valuation

    private void valuation() {
        chapterHeading("valuation");
        doc.paragraph(t("report.valuation.lead", chapter("distribution")));
        revenueAttribution();
        List<AssessmentDocument.PatentEntry> ps = new ArrayList<>(typed.patents());
        ps.sort(Comparator.comparingDouble((AssessmentDocument.PatentEntry p) -> -p.value()));
        PdfTable t = new PdfTable().left(t("report.col.patent"), 2.2f).right(amountHeader(t("report.col.value")), 1.6f)
                .right(amountHeader("P5"), 1.4f).right(amountHeader("P50"), 1.4f).right(amountHeader("P95"), 1.4f).left(t("report.col.methods"), 3.2f);
        double total = 0;
        Map<String, Double> methodTotals = new LinkedHashMap<>();
        Map<String, Double> methodNegatives = new LinkedHashMap<>();
        for (int i = 0; i < ps.size(); i++) {
            AssessmentDocument.PatentEntry p = ps.get(i);
            AssessmentDocument.ValuationEntry v = p.valuation();
            total += p.value();
            List<String> used = new ArrayList<>();
            for (AssessmentDocument.MethodEntry m : v.methods()) {
                if (m.applied()) {
                    used.add(methodName(m) + " " + ReportFormat.percent(m.weight()));
                    // a negative value counts as zero in the reconciliation: the bars add up to the total
                    double weighted = m.value().getAsDouble() * m.weight();
                    methodTotals.merge(methodName(m), Math.max(0, weighted), Double::sum);
                    methodNegatives.merge(methodName(m), Math.min(0, weighted), Double::sum);
                }
            }
            if (i >= LISTED_PATENTS) {
                continue;
            }
            t.row(p.number(), money(p.value()), money(v.p5()), money(v.p50()),
                    money(v.p95()), used.isEmpty() ? t("report.valuation.notValued") : String.join("; ", used));
        }
        t.emphasisRow(t("report.total"), money(total), "", "", "", "");
        listedNote();
        doc.table(t);
        zeroP5Note(ps);
        if (!methodTotals.isEmpty()) {
            List<MethodValue> mv = methodTotals.entrySet().stream().map(e -> new MethodValue(e.getKey(), e.getValue(),
                    methodNegatives.get(e.getKey()))).toList();
            doc.paragraph(t("report.valuation.methodChart"), TextStyle.NOTE);
            doc.chart(Charts.valueByMethod(mv, null, currency, locale), CHART_W, 90 + 34 * mv.size());
        }
        if (!ps.isEmpty()) {
            doc.paragraph(t("report.valuation.detailInAnnex", chapter("valuationAnnex")), TextStyle.NOTE);
        }
    }

    /**
     * The valuation of each patent (methods, parameters, cash flows) as an annex (附件) after the sign-off, so that the
     * chapters a committee reads come first; the valuation chapter refers to it by its number.
     */
    private void valuationAnnex() {
        chapterHeading("valuationAnnex");
        List<AssessmentDocument.PatentEntry> ps = new ArrayList<>(typed.patents());
        ps.sort(Comparator.comparingDouble((AssessmentDocument.PatentEntry p) -> -p.value()));
        doc.paragraph(t("report.valuationAnnex.lead", chapter("valuation")));
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
        if (typed.attribution().isEmpty()) {
            return;
        }
        AssessmentDocument.Attribution a = typed.attribution().get();
        String summary = a.summary().map(this::asSaved).orElse("");
        List<AssessmentDocument.Attribution.Product> products = a.products();
        if (summary.isEmpty() && products.isEmpty()) {
            return;
        }
        doc.heading(2, t("report.valuation.attribution"));
        if (!summary.isEmpty()) {
            doc.paragraph(summary);
        }
        if (!products.isEmpty()) {
            PdfTable t = new PdfTable().left(t("report.col.product"), 3f).right(t("report.col.revenueGiven", ReportFormat.moneyUnit(locale, currency)), 1.8f)
                    .right(t("report.col.revenueAttributed", ReportFormat.moneyUnit(locale, currency)), 1.8f).left(t("report.col.patentsShare"), 4f);
            for (AssessmentDocument.Attribution.Product p : products) {
                List<String> shares = new ArrayList<>();
                for (AssessmentDocument.Attribution.PatentShare s : p.patents()) {
                    shares.add(s.patentNumber() + " " + ReportFormat.percent(s.share()));
                }
                t.row(p.product().orElse(""), money(p.revenueGiven()), money(p.revenueAttributed()),
                        String.join("; ", shares));
            }
            t.emphasisRow(t("report.total"), money(a.revenueGiven()), money(a.totalAttributed()), "");
            doc.table(t);
        }
    }

    private String methodName(AssessmentDocument.MethodEntry m) {
        return m.name(locale);
    }

    /** A sentence of the document in the reader's language. */
    private String sentence(AssessmentDocument.Sentence s) {
        return rt.sentence(s);
    }

    /** A sentence in the reader's language; one a version-1 workbench row fixed in its language, exactly as saved. */
    private String asSaved(AssessmentDocument.Sentence s) {
        return s instanceof AssessmentDocument.Sentence.Fixed f ? f.text() : sentence(s);
    }

    /**
     * What "P5 0.00" means (review 14b, I): a patent whose probability of being lost within the horizon is 5 % or more
     * is lost, and worth 0, on at least 5 % of the simulated paths, so its 5th percentile is 0 — not a valuation floor.
     */
    private void zeroP5Note(List<AssessmentDocument.PatentEntry> ps) {
        int n = 0;
        double low = Double.POSITIVE_INFINITY;
        double high = 0;
        for (AssessmentDocument.PatentEntry p : ps) {
            AssessmentDocument.ValuationEntry v = p.valuation();
            if (p.value() > 0 && v.p5().isPresent() && v.p5().getAsDouble() == 0 && v.probabilityLost().isPresent()
                    && v.probabilityLost().getAsDouble() >= 0.05) {
                n++;
                low = Math.min(low, v.probabilityLost().getAsDouble());
                high = Math.max(high, v.probabilityLost().getAsDouble());
            }
        }
        if (n > 0) {
            doc.paragraph(t("report.valuation.zeroP5", n, ReportFormat.percent(low), ReportFormat.percent(high)), TextStyle.NOTE);
        }
    }

    private String money(java.util.OptionalDouble v) {
        return v.isPresent() ? money(v.getAsDouble()) : "–";
    }

    private String moneyWithCurrency(java.util.OptionalDouble v) {
        return v.isPresent() ? moneyWithCurrency(v.getAsDouble()) : "–";
    }

    private void patentDetail(AssessmentDocument.PatentEntry p) {
        AssessmentDocument.ValuationEntry v = p.valuation();
        doc.heading(2, p.number() + (p.title().isEmpty() ? "" : " — " + p.title()));
        doc.paragraph(t("report.valuation.patentLead", moneyWithCurrency(p.value()), moneyWithCurrency(v.mean()),
                moneyWithCurrency(v.p5()), moneyWithCurrency(v.p95()),
                v.probabilityLost().isPresent() ? ReportFormat.percent(v.probabilityLost().getAsDouble()) : "–"));
        Optional<Map<String, Double>> configured = typed.configuredMethodWeights();
        PdfTable methods = new PdfTable().left(t("report.col.method"), 2.4f).right(amountHeader(t("report.col.value")), 1.5f)
                .right(t("report.col.configuredWeight"), 1f).right(t("report.col.weightUsed"), 1f)
                .left(t("report.col.reason"), 4.6f);
        for (AssessmentDocument.MethodEntry m : v.methods()) {
            List<String> parts = new ArrayList<>();
            // "used with weight 35.29%" only repeats the weight column, with another number of decimals
            m.reason().filter(r -> !(r instanceof AssessmentDocument.Sentence.Keyed k && "valuation.reason.used".equals(k.key())))
                    .ifPresent(r -> parts.add(sentence(r)));
            if (m.applied()) {
                m.explanation().forEach(e -> parts.add(sentence(e)));
            } else if (m.skipReason().isPresent() && !parts.contains(sentence(m.skipReason().get()))) {
                parts.add(sentence(m.skipReason().get()));
            }
            parts.removeIf(String::isBlank);
            String reason = String.join(" ", parts);
            methods.row(methodName(m), m.applied() ? money(m.value()) : t("report.valuation.skipped"),
                    configured.map(w -> w.containsKey(m.id()) ? ReportFormat.percent(w.get(m.id())) : "–")
                            .orElse(t("report.value.notRecorded")),
                    m.applied() ? ReportFormat.percent(m.weight()) : "–", reason);
        }
        if (!methods.isEmpty()) {
            doc.table(methods);
            doc.paragraph(weightsExplained(p, configured), TextStyle.SMALL);
        }
        for (AssessmentDocument.MethodEntry m : v.methods()) {
            if (!m.applied()) {
                continue;
            }
            List<String> parts = new ArrayList<>();
            for (Map<String, JsonNode> group : List.of(m.parameters(), m.inputs())) {
                group.forEach((name, value) -> {
                    ExplainKey key = ExplainKey.of(name);
                    if (key != ExplainKey.DISCOUNT_RATE_SHIFT || value.asDouble() != 0) {
                        parts.add(t("report.valuation.parameter", paramName(name), explained(key, value)));
                    }
                });
            }
            List<AssessmentDocument.CashFlow> flows = m.cashFlows();
            if (parts.isEmpty() && flows.isEmpty()) {
                continue;
            }
            doc.heading(3, methodName(m));
            if (!parts.isEmpty()) {
                doc.paragraph(t("report.valuation.parameters") + " " + String.join(t("report.valuation.parameterSeparator"),
                        new java.util.LinkedHashSet<>(parts)), TextStyle.SMALL);
            }
            if (flows.stream().anyMatch(r -> !r.contributoryCharges().isEmpty())) {
                doc.paragraph(t("report.cf.chargesLead"), TextStyle.SMALL);
                doc.table(excessEarningsTable(flows));
            } else if (!flows.isEmpty()) {
                if (io.pledgebench.valuation.ExcessEarningsMethod.ID.equals(m.id())) {
                    // an older row whose charges by asset could not be worked out exactly: said, never invented
                    doc.paragraph(t("report.cf.chargesNotRecorded"), TextStyle.SMALL);
                }
                PdfTable cf = new PdfTable().right(t("report.cf.year"), 0.7f).right(t("report.cf.t"), 0.8f)
                        .right(amountHeader(t("report.cf.base")), 1.6f).right(t("report.cf.share"), 1f).right(amountHeader(t("report.cf.preTax")), 1.4f)
                        .right(amountHeader(t("report.cf.afterTax")), 1.4f).right(t("report.cf.df"), 1f)
                        .right(amountHeader(t("report.cf.pv")), 1.4f);
                double pv = 0;
                for (AssessmentDocument.CashFlow r : flows) {
                    pv += r.presentValue();
                    cf.row(String.valueOf(r.year()), ReportFormat.fixed(r.periodEnd(), 2), money(r.base()),
                            ReportFormat.percent(r.share()), money(r.preTax()),
                            money(r.afterTax()), ReportFormat.factor(r.discountFactor()),
                            money(r.presentValue()));
                }
                cf.emphasisRow(t("report.total"), "", "", "", "", "", "", money(pv));
                doc.table(cf);
            }
        }
    }

    /**
     * Why each method has its weight for this patent, from what the valuation recorded: the configured weights of the
     * methods applied (with a positive weight) add up to S, each is divided by S (the weights used, in the table); a
     * method not applied, or applied with no configured weight, carries none (its reason is in the table).
     */
    private String weightsExplained(AssessmentDocument.PatentEntry p, Optional<Map<String, Double>> configured) {
        if (configured.isEmpty()) {
            return t("report.weights.notRecorded");
        }
        Map<String, Double> w = configured.get();
        double sum = 0;
        List<String> parts = new ArrayList<>();
        List<String> used = new ArrayList<>();
        List<String> none = new ArrayList<>();
        for (AssessmentDocument.MethodEntry m : p.valuation().methods()) {
            double c = w.getOrDefault(m.id(), 0.0);
            if (m.applied() && c > 0) {
                sum += c;
                parts.add(t("report.weights.part", methodName(m), ReportFormat.percent(c)));
                used.add(t("report.weights.part", methodName(m), ReportFormat.percent(m.weight())));
            } else {
                none.add(methodName(m));
            }
        }
        String join = t("report.weights.join");
        if (parts.isEmpty()) {
            return t("report.weights.none", p.number());
        }
        String text = t("report.weights.rescaled", p.number(), String.join(join, parts), ReportFormat.percent(sum),
                String.join(join, used), ReportFormat.percent(1));
        return none.isEmpty() ? text : text + t("report.weights.noWeight", String.join(join, none));
    }

    /**
     * The excess-earnings table with its contributory asset charges (贡献资产回报), one column per asset as the valuation
     * recorded them: revenue × margin = operating profit; after tax; less each asset's charge = excess earnings,
     * discounted. The after-tax profit is the excess earnings plus the charges, as the engine computes it.
     */
    private PdfTable excessEarningsTable(List<AssessmentDocument.CashFlow> flows) {
        List<String> assets = new ArrayList<>();
        for (AssessmentDocument.CashFlow r : flows) {
            r.contributoryCharges().keySet().stream().filter(a -> !assets.contains(a)).forEach(assets::add);
        }
        PdfTable cf = new PdfTable().right(t("report.cf.year"), 0.8f).right(t("report.cf.t"), 1f)
                .right(amountHeader(t("report.cf.revenue")), 1.3f).right(t("report.cf.margin"), 1f)
                .right(amountHeader(t("report.cf.operatingProfit")), 1.2f)
                .right(amountHeader(t("report.cf.afterTaxProfit")), 1.3f);
        for (String a : assets) {
            cf.right(amountHeader(t("report.cf.charge", rt.term(a))), 1.3f);
        }
        cf.right(amountHeader(t("report.cf.excess")), 1.2f).right(t("report.cf.df"), 1f)
                .right(amountHeader(t("report.cf.pv")), 1.2f);
        double pv = 0;
        double operating = 0;
        double afterTaxProfit = 0;
        double excess = 0;
        double[] totals = new double[assets.size()];
        for (AssessmentDocument.CashFlow r : flows) {
            pv += r.presentValue();
            operating += r.preTax();
            excess += r.afterTax();
            List<String> cells = new ArrayList<>();
            cells.add(String.valueOf(r.year()));
            cells.add(ReportFormat.fixed(r.periodEnd(), 2));
            cells.add(money(r.base()));
            cells.add(ReportFormat.percent(r.share()));
            cells.add(money(r.preTax()));
            double charges = 0;
            for (double c : r.contributoryCharges().values()) {
                charges += c;
            }
            cells.add(money(r.afterTax() + charges));
            afterTaxProfit += r.afterTax() + charges;
            for (int i = 0; i < assets.size(); i++) {
                Double c = r.contributoryCharges().get(assets.get(i));
                cells.add(c == null ? "–" : money(c));
                totals[i] += c == null ? 0 : c;
            }
            cells.add(money(r.afterTax()));
            cells.add(ReportFormat.factor(r.discountFactor()));
            cells.add(money(r.presentValue()));
            cf.row(cells.toArray(String[]::new));
        }
        // every column that adds up over the years has its total: profit, after-tax profit, each charge, excess earnings
        List<String> total = new ArrayList<>(List.of(t("report.total"), "", "", "", money(operating), money(afterTaxProfit)));
        for (double c : totals) {
            total.add(money(c));
        }
        total.addAll(List.of(money(excess), "", money(pv)));
        cf.emphasisRow(total.toArray(String[]::new));
        return cf;
    }

    /** A method's parameter or input in the report's format for its {@link ExplainKey.Kind}. */
    private String explained(ExplainKey key, JsonNode v) {
        if (v == null || v.isNull()) {
            return "–";
        }
        return switch (key.kind()) {
            case AMOUNT -> ReportFormat.moneyWithUnit(v.asDouble(), locale, currency);
            case RATE -> ReportFormat.percent(v.asDouble());
            case YEARS -> ReportFormat.years(v.asDouble());
            case FACTOR -> ReportFormat.factor(v.asDouble());
            case COUNT -> ReportFormat.number(v.asDouble(), 0);
            case DATE -> v.asText();
            case FLAG -> rt.term(v.asText());
            case CODE -> v.asText().startsWith("ipc:") ? t("report.param.ipcRange", v.asText().substring(4)) : rt.term(v.asText());
            case ROWS -> {
                List<String> rows = new ArrayList<>();
                for (JsonNode row : v) {
                    rows.add(row.path("reference").asText() + " " + explained(ExplainKey.ADJUSTED_PRICE, row.path("adjustedPrice")));
                }
                yield rows.isEmpty() ? "–" : String.join(Text.isChinese(locale) ? "；" : "; ", rows);
            }
        };
    }

    // ------------------------------------------------------------------ 6 Monte Carlo

    private void distribution() {
        chapterHeading("distribution");
        doc.paragraph(t("report.distribution.lead", ReportFormat.number(typed.paths(), 0), Long.toString(typed.seed())));
        Optional<ValueDistribution> dist = typed.distribution().flatMap(this::histogramDistribution);
        if (dist.isPresent() && dist.get().p95() <= dist.get().p5()) {
            // every path gives one value (nothing pledgeable: zero): a histogram of one bar says nothing more
            doc.paragraph(t("report.distribution.single", moneyWithCurrency(dist.get().p50())), TextStyle.BODY_BOLD);
        } else if (dist.isPresent()) {
            doc.chart(Charts.valueDistribution(dist.get(), locale), CHART_W, 260);
        }
        PdfTable t = new PdfTable().left(t("report.col.statistic"), 3).right(amountHeader(t("report.col.value")), 2);
        typed.distribution().ifPresent(pd -> {
            List<Map.Entry<String, java.util.OptionalDouble>> rows = List.of(
                    Map.entry("report.stat.deterministic", pd.deterministicValue()), Map.entry("report.stat.mean", pd.mean()),
                    Map.entry("report.stat.std", pd.std()), Map.entry("report.stat.p5", pd.p5()),
                    Map.entry("report.stat.p50", pd.p50()), Map.entry("report.stat.p95", pd.p95()),
                    Map.entry("report.stat.se", pd.standardError()));
            for (Map.Entry<String, java.util.OptionalDouble> r : rows) {
                if (r.getValue().isPresent()) {
                    t.row(t(r.getKey()), money(r.getValue().getAsDouble()));
                }
            }
        });
        if (!t.isEmpty()) {
            doc.table(t);
        }
    }

    /**
     * The portfolio distribution from its histogram: each bin is represented by its midpoint repeated by its
     * count, which reproduces the stored histogram exactly when the chart uses the same bins.
     */
    private Optional<ValueDistribution> histogramDistribution(AssessmentDocument.Distribution pd) {
        if (pd.histogram().isEmpty() || pd.p5().isEmpty() || pd.p50().isEmpty() || pd.p95().isEmpty()) {
            return Optional.empty();
        }
        AssessmentDocument.Histogram h = pd.histogram().get();
        List<Integer> counts = h.counts();
        double min = h.min();
        double max = h.max();
        if (counts.isEmpty() || !Double.isFinite(min) || !Double.isFinite(max)) {
            return Optional.empty();
        }
        int n = 0;
        for (int c : counts) {
            n += c;
        }
        if (n == 0) {
            return Optional.empty();
        }
        double width = (max - min) / counts.size();
        double[] samples = new double[n];
        int k = 0;
        for (int b = 0; b < counts.size(); b++) {
            double mid = min + (b + 0.5) * width;
            for (int i = 0; i < counts.get(b); i++) {
                samples[k++] = mid;
            }
        }
        double p5 = pd.p5().getAsDouble();
        double p50 = pd.p50().getAsDouble();
        double p95 = pd.p95().getAsDouble();
        if (!(p5 <= p50 && p50 <= p95)) {
            return Optional.empty();
        }
        return Optional.of(new ValueDistribution(samples, p5, p50, p95, currency));
    }

    // ------------------------------------------------------------------ appraisal elements

    /** A value the document does not hold: said plainly, never filled in. */
    private String orGap(String v) {
        return v == null || v.isBlank() ? t("report.notRecorded") : v;
    }

    /**
     * The elements of an asset-appraisal report (资产评估报告) a credit committee looks for, each from the assessment's
     * own data; what the inputs do not give is named as a data gap.
     */
    private void appraisal() {
        chapterHeading("appraisal");
        String pledgor = enterpriseName();
        List<AssessmentDocument.PatentEntry> ps = typed.patents();
        AssessmentDocument.Parties parties = typed.parties();
        String valuationDate = valuationDate();

        doc.heading(2, t("report.appraisal.client"));
        List<String> client = new ArrayList<>();
        // the bank as the officer named it (a document of version 3 or later); never a guess
        client.add(typed.client().map(bank -> t("report.appraisal.client.bankNamed", bank))
                .orElse(t("report.appraisal.client.bank")));
        client.add(parties.pledgorInferred()
                ? t("report.appraisal.client.pledgorInferred", parties.pledgorName().orElse(""))
                : t("report.appraisal.client.pledgor", pledgor, orGap(parties.creditCode().orElse(""))));
        // only a named saver (the team login) is printed, never an operating-system login
        Optional<SignOff> maker = input.signOff(SignOffRole.MAKER);
        Optional<SignOff> checker = input.signOff(SignOffRole.CHECKER);
        if (!input.saved()) {
            client.add(t("report.appraisal.client.unsaved"));
        } else if (!input.author().isEmpty()) {
            client.add(t("report.appraisal.client.savedBy", input.author()));
        } else if (maker.isEmpty()) {
            client.add(t("report.appraisal.client.savedUnnamed"));
        }
        // who prepared and reviewed it as the sign-off records name them (the chapter that holds the records)
        maker.ifPresent(m -> client.add(t("report.appraisal.client.maker", m.signedBy(), chapter("signoff"))));
        checker.ifPresent(c -> client.add(t("report.appraisal.client.checker", c.signedBy(), chapter("signoff"))));
        client.add(t("report.appraisal.client.users"));
        doc.bullets(client, TextStyle.BODY);

        doc.heading(2, t("report.appraisal.purpose"));
        doc.paragraph(t("report.appraisal.purpose.text", pledgor, moneyWithCurrency(typed.loanAmount()),
                Integer.toString(typed.loan().termMonths()), orGap(typed.loan().purpose().orElse(""))));

        doc.heading(2, t("report.appraisal.scope"));
        Map<String, Integer> byType = new LinkedHashMap<>();
        for (AssessmentDocument.PatentEntry p : ps) {
            byType.merge(p.register().type(), 1, Integer::sum);
        }
        List<String> counts = new ArrayList<>();
        for (Map.Entry<String, Integer> e : byType.entrySet()) {
            counts.add(t("report.appraisal.scope.type", typeLabel(e.getKey()), e.getValue()));
        }
        long eligible = pledgeableCount();
        // the eligibility chapter lists every patent with its verdict and reasons (the portfolio chapter does not mark it)
        doc.paragraph(t("report.appraisal.scope.listed", ps.size(), String.join(t("report.listSeparator"), counts),
                eligible, ps.size() - eligible, chapter("eligibility")));

        doc.heading(2, t("report.appraisal.valueType"));
        doc.bullets(List.of(t("report.appraisal.valueType.market"), t("report.appraisal.valueType.liquidation")), TextStyle.BODY);
        Map<String, AssessmentDocument.Quoted.Liquidation> liq = typed.quoted().liquidation();
        if (!liq.isEmpty()) {
            PdfTable lt = new PdfTable().left(t("report.col.type"), 2f).right(t("report.appraisal.col.fireSale"), 1.6f)
                    .right(t("report.appraisal.col.disposalCost"), 1.6f).right(t("report.appraisal.col.yearsToSell"), 1.6f)
                    .right(t("report.appraisal.col.discountRate"), 1.6f);
            liq.forEach((type, x) -> lt.row(typeLabel(type), ReportFormat.percent(x.fireSaleDiscount()),
                    ReportFormat.percent(x.disposalCost()), ReportFormat.years(x.yearsToSell()),
                    ReportFormat.percent(x.discountRate())));
            doc.table(lt);
        } else {
            doc.paragraph(t("report.appraisal.liquidationNotRecorded"), TextStyle.NOTE);
        }

        doc.heading(2, t("report.appraisal.date"));
        if (valuationDate.isEmpty()) {
            doc.paragraph(t("report.appraisal.date.none"));
        } else {
            LocalDate v = LocalDate.parse(valuationDate);
            doc.paragraph(t("report.appraisal.date.text", valuationDate, v.plusYears(1).minusDays(1).toString()));
            if (staleValuation(valuationDate)) {
                doc.paragraph(t("report.cover.staleValuation", valuationDate, printDate.toString()), TextStyle.BODY_BOLD.withColor(WARNING));
            }
        }

        doc.heading(2, t("report.appraisal.basis"));
        List<String> basis = new ArrayList<>();
        basis.add(t("report.appraisal.basis.law"));
        basis.add(t("report.appraisal.basis.basicStandard"));
        basis.add(t("report.appraisal.basis.intangible"));
        basis.add(t("report.appraisal.basis.methods"));
        basis.add(t("report.appraisal.basis.quality"));
        basis.add(t("report.appraisal.basis.registration"));
        basis.add(t("report.appraisal.basis.fees"));
        String basel = typed.quoted().baselFramework().orElse("");
        basis.add(basel.isEmpty() ? t("report.appraisal.basis.baselNotRecorded")
                : t("report.appraisal.basis." + known(basel, List.of("baselII", "baselIII"))));
        basis.add(t("report.appraisal.basis.capitalRules"));
        basis.add(t("report.appraisal.basis.data", typed.inputHash()));
        doc.bullets(basis, TextStyle.BODY);

        doc.heading(2, t("report.appraisal.procedure"));
        doc.bullets(List.of(t(parties.pledgorInferred() ? "report.appraisal.procedure.dataNoEnterprise"
                        : "report.appraisal.procedure.data", ps.size()),
                t("report.appraisal.procedure.eligibility", chapter("eligibility")),
                t("report.appraisal.procedure.quality", chapter("quality")),
                t("report.appraisal.procedure.valuation", chapter("valuation")),
                t("report.appraisal.procedure.simulation",
                        ReportFormat.number(typed.paths(), 0), Long.toString(typed.seed()), chapter("distribution")),
                t("report.appraisal.procedure.collateral", chapter("collateral"))), TextStyle.BODY);

        doc.heading(2, t("report.appraisal.assumptions"));
        Optional<AssessmentDocument.Quoted.ValuationRates> vp = typed.quoted().rates();
        List<String> assume = new ArrayList<>();
        assume.add(t("report.appraisal.assume.use"));
        assume.add(t("report.disclosure.assume.data"));
        assume.add(t("report.disclosure.assume.asOf", orGap(valuationDate)));
        assume.add(vp.isPresent() ? t("report.appraisal.assume.rates", ReportFormat.percent(vp.get().discountRate()),
                ReportFormat.percent(vp.get().taxRate()), ReportFormat.percent(vp.get().revenueGrowth()), chapter("appendix"))
                : t("report.appraisal.assume.ratesNotRecorded"));
        doc.bullets(assume, TextStyle.BODY);

        doc.heading(2, t("report.appraisal.methods"));
        methodChoice();

        doc.heading(2, t("report.appraisal.conclusion"));
        // the total named for what it is (review 14b, F): an appraised value made of market value (income or market
        // approach), value by the cost approach alone, which is not a market value, and applications not yet granted
        double total = 0;
        double market = 0;
        double costOnly = 0;
        double applicationValue = 0;
        for (AssessmentDocument.PatentEntry p : ps) {
            double v = Math.max(0, p.value());
            total += v;
            if ("application".equals(p.register().status())) {
                applicationValue += v;
            } else if (costOnly(p)) {
                costOnly += v;
            } else {
                market += v;
            }
        }
        doc.paragraph(t("report.appraisal.conclusion.split", orGap(valuationDate), ps.size(), moneyWithCurrency(total),
                moneyWithCurrency(market), moneyWithCurrency(costOnly), moneyWithCurrency(applicationValue), eligible,
                moneyWithCurrency(typed.collateral().marketValue()), moneyWithCurrency(typed.collateral().liquidationValue()))
                + collateralBasis(), TextStyle.BODY_BOLD);
        Optional<AssessmentDocument.Distribution> pd = typed.distribution().filter(x -> x.p5().isPresent());
        // a pool worth nothing on every path has no range to state: the conclusion above says so once
        if (pd.isPresent() && pd.get().p95().getAsDouble() > 0) {
            doc.paragraph(t("report.appraisal.conclusion.range", moneyWithCurrency(pd.get().p5()), moneyWithCurrency(pd.get().p95()),
                    chapter("distribution")));
        }

        doc.heading(2, t("report.appraisal.special"));
        List<String> special = new ArrayList<>();
        for (String[] rule : new String[][]{{"alreadyPledged", "report.appraisal.special.pledged"},
                {"ownership", "report.appraisal.special.ownership"}, {"pendingInvalidation", "report.appraisal.special.invalidation"},
                {"encumbrance", "report.appraisal.special.encumbrance"}}) {
            List<String> hits = new ArrayList<>();
            for (AssessmentDocument.PatentEntry p : ps) {
                for (AssessmentDocument.Eligibility.Check c : p.eligibility().checks()) {
                    if (rule[0].equals(c.rule()) && !"pass".equals(c.outcome())) {
                        hits.add(p.number() + t("report.colon") + c.reason().map(this::sentence).orElse(""));
                    }
                }
            }
            special.add(hits.isEmpty() ? t(rule[1] + ".none") : t(rule[1], hits.size()));
            special.addAll(hits);
        }
        if (ps.stream().allMatch(p -> p.eligibility().checks().isEmpty())) {
            special.add(t("report.appraisal.special.checksNotRecorded"));
        }
        special.addAll(coOwnership(ps));
        // open licences (专利开放许可): the licence rate the valuation read for the patent, as it recorded it
        List<String> open = new ArrayList<>();
        for (AssessmentDocument.PatentEntry p : ps) {
            p.valuation().methods().stream().map(m -> m.inputs().get(ExplainKey.OPEN_LICENCE_ROYALTY.name()))
                    .filter(v -> v != null && v.isNumber()).findFirst()
                    .ifPresent(v -> open.add(t("report.appraisal.special.openLicence.item", p.number(),
                            ReportFormat.percent(v.asDouble()))));
        }
        special.add(open.isEmpty() ? t("report.appraisal.special.openLicence.none")
                : t("report.appraisal.special.openLicence", open.size()));
        special.addAll(open);
        // applications not yet granted: no right to register a pledge on, valued at cost only
        List<String> applications = ps.stream().filter(p -> "application".equals(p.register().status()))
                .map(AssessmentDocument.PatentEntry::number).toList();
        if (!applications.isEmpty()) {
            special.add(t("report.appraisal.special.application", applications.size(),
                    String.join(t("report.listSeparator"), applications), chapter("eligibility")));
        }
        special.addAll(statesShares(ps));
        List<String> gaps = dataGaps();
        special.add(t("report.appraisal.special.gaps", chapter("disclosure")));
        special.addAll(gaps);
        doc.bullets(special, TextStyle.BODY);

        doc.heading(2, t("report.appraisal.limits"));
        doc.bullets(List.of(t("report.appraisal.limit.purpose"),
                valuationDate.isEmpty() ? t("report.appraisal.date.none")
                        : t("report.appraisal.limit.validity", LocalDate.parse(valuationDate).plusYears(1).minusDays(1).toString()),
                valuersLimit(), t("report.appraisal.limit.inputs")), TextStyle.BODY);
    }

    /**
     * The co-owned patents (review 14b, A): each with every holder's share and whether the co-owners' consent to the
     * pledge is recorded, under a heading saying that a pledge of a co-owned patent needs every co-owner's consent
     * (专利法 art. 14; 专利权质押登记办法) and that the value is that of the whole right. Said plainly when the document
     * does not record the holders (an older row without a linked portfolio), never left out.
     */
    private List<String> coOwnership(List<AssessmentDocument.PatentEntry> ps) {
        List<String> lines = new ArrayList<>();
        long notRecorded = ps.stream().filter(p -> p.ownership().isEmpty()).count();
        if (notRecorded == ps.size()) {
            lines.add(t("report.appraisal.special.coOwned.notRecorded"));
            return lines;
        }
        for (AssessmentDocument.PatentEntry p : ps) {
            Optional<AssessmentDocument.Ownership> o = p.ownership().filter(AssessmentDocument.Ownership::coOwned);
            if (o.isEmpty()) {
                continue;
            }
            List<String> holders = new ArrayList<>();
            for (AssessmentDocument.Holder h : o.get().owners()) {
                holders.add(t("report.appraisal.special.coOwned.holder", h.name(), h.share().isPresent()
                        ? ReportFormat.percent(h.share().getAsDouble()) : t("report.appraisal.special.coOwned.shareNotRecorded")));
            }
            // only a recorded consent counts, as the eligibility rule reads it (OwnershipRule): no and blank are not consent
            String consent = o.get().pledgeConsent().orElse(false) ? "report.appraisal.special.coOwned.consent"
                    : "report.appraisal.special.coOwned.consentNotRecorded";
            lines.add(p.number() + t("report.colon") + String.join(t("report.listSeparator"), holders) + t("report.semicolon")
                    + t(consent) + t("report.semicolon") + t(p.pledgeable() ? "report.appraisal.special.coOwned.pledgeable"
                    : "report.appraisal.special.coOwned.notPledgeable", chapter("eligibility")));
        }
        lines.add(0, lines.isEmpty() ? t("report.appraisal.special.coOwned.none")
                : t("report.appraisal.special.coOwned", lines.size()));
        if (notRecorded > 0) {
            lines.add(t("report.appraisal.special.coOwned.partlyNotRecorded", notRecorded));
        }
        return lines;
    }

    /**
     * The European patents ended in some of their states, which the collateral counts at the share of states where
     * they live (document version 5, ADR 0026): a heading line, then one line per patent; nothing when there is none
     * (or the row is older and counted every patent whole), so such a row prints as before.
     */
    private List<String> statesShares(List<AssessmentDocument.PatentEntry> ps) {
        List<String> lines = new ArrayList<>();
        for (AssessmentDocument.PatentEntry p : ps) {
            p.collateral().flatMap(AssessmentDocument.PatentCollateral::statesShare).ifPresent(s -> lines.add(
                    p.number() + t("report.colon") + t("report.appraisal.special.statesShare.patent",
                            ReportFormat.percent(s.kept()), s.counted() - s.alive(), s.counted(),
                            s.designated() ? 1 : 0, String.join(", ", s.ended()), moneyWithCurrency(p.value()),
                            moneyWithCurrency(p.collateral().get().marketValue()))));
        }
        if (!lines.isEmpty()) {
            lines.add(0, t("report.appraisal.special.statesShare", lines.size(), chapter("distribution")));
        }
        return lines;
    }

    /** Why each method was used or not, and with what weight: from the configured weights and each patent's result. */
    private void methodChoice() {
        Map<String, AssessmentDocument.MethodEntry> first = new LinkedHashMap<>();
        Map<String, int[]> used = new LinkedHashMap<>();
        Map<String, double[]> range = new LinkedHashMap<>();
        Map<String, Map<String, Integer>> why = new LinkedHashMap<>();
        for (AssessmentDocument.PatentEntry p : typed.patents()) {
            for (AssessmentDocument.MethodEntry m : p.valuation().methods()) {
                String id = m.id();
                first.putIfAbsent(id, m);
                int[] u = used.computeIfAbsent(id, k -> new int[2]);
                if (m.applied()) {
                    u[0]++;
                    double w = m.weight();
                    double[] r = range.computeIfAbsent(id, k -> new double[]{w, w});
                    r[0] = Math.min(r[0], w);
                    r[1] = Math.max(r[1], w);
                } else {
                    u[1]++;
                    String s = m.skipReason().or(m::reason).map(this::sentence).orElse(t("report.notRecorded"));
                    why.computeIfAbsent(id, k -> new LinkedHashMap<>()).merge(s, 1, Integer::sum);
                }
            }
        }
        if (first.isEmpty()) {
            doc.paragraph(t("report.appraisal.methods.none"));
            return;
        }
        doc.paragraph(t("report.appraisal.methods.lead"));
        PdfTable mt = new PdfTable().left(t("report.col.method"), 2.6f).right(t("report.appraisal.col.configured"), 1.4f)
                .right(t("report.appraisal.col.applied"), 1.3f).right(t("report.appraisal.col.skipped"), 1.3f)
                .right(t("report.appraisal.col.weightUsed"), 1.8f);
        Optional<Map<String, Double>> weights = typed.configuredMethodWeights();
        for (Map.Entry<String, AssessmentDocument.MethodEntry> e : first.entrySet()) {
            String id = e.getKey();
            int[] u = used.get(id);
            double[] r = range.get(id);
            Double configured = weights.map(w -> w.get(id)).orElse(null);
            mt.row(methodName(e.getValue()), configured == null ? t("report.notRecorded") : ReportFormat.percent(configured),
                    String.valueOf(u[0]), String.valueOf(u[1]), r == null ? "–" : r[0] == r[1] ? ReportFormat.percent(r[0])
                            : ReportFormat.percent(r[0]) + " – " + ReportFormat.percent(r[1]));
        }
        doc.table(mt);
        List<String> reasons = new ArrayList<>();
        for (Map.Entry<String, AssessmentDocument.MethodEntry> e : first.entrySet()) {
            Map<String, Integer> w = why.get(e.getKey());
            if (w == null) {
                continue;
            }
            for (Map.Entry<String, Integer> r : w.entrySet()) {
                reasons.add(t("report.appraisal.methods.skip", methodName(e.getValue()), r.getValue(), r.getKey()));
            }
        }
        if (!reasons.isEmpty()) {
            doc.heading(3, t("report.appraisal.methods.why"));
            doc.bullets(reasons, TextStyle.BODY);
        }
    }

    // ------------------------------------------------------------------ 7 collateral

    private void collateral() {
        chapterHeading("collateral");
        AssessmentDocument.Collateral c = typed.collateral();
        doc.paragraph(t("report.collateral.lead") + collateralBasis());
        PdfTable pool = new PdfTable().left(t("report.col.figure"), 4).right(t("report.col.value"), 2);
        pool.row(amountHeader(t("report.kpi.marketValue")), money(c.marketValue()));
        pool.row(amountHeader(t("report.kpi.liquidationValue")), money(c.liquidationValue()));
        pool.row(t("report.collateral.advanceRate"), ReportFormat.percent(c.advanceRate()));
        if (c.diversificationHaircut().isPresent()) {
            pool.row(t("report.collateral.haircut"), ReportFormat.percent(c.diversificationHaircut().getAsDouble()));
        }
        pool.emphasisRow(amountHeader(t("report.kpi.capacity")), money(c.capacity()));
        long pledgeable = pledgeableCount();
        if (pledgeable > 0) {
            pool.row(t("report.collateral.hhi"), ReportFormat.fixed(c.hhi(), 3));
            if (c.effectiveNumber().isPresent()) {
                pool.row(t("report.collateral.effective"), ReportFormat.fixed(c.effectiveNumber().getAsDouble(), 1));
            }
        }
        doc.table(pool);
        if (pledgeable == 0) {
            // an HHI of "0.000" would read as perfect diversification: there is no pool to be concentrated
            doc.paragraph(t("report.collateral.noneEligible", typed.patents().size(), chapter("eligibility")), TextStyle.BODY_BOLD);
        }
        PdfTable items = new PdfTable().left(t("report.col.patent"), 2.2f).left(t("report.col.eligible"), 1f)
                .right(amountHeader(t("report.kpi.marketValue")), 1.7f).right(amountHeader(t("report.kpi.liquidationValue")), 1.7f)
                .right(t("report.collateral.advanceRate"), 1.2f).right(amountHeader(t("report.col.advance")), 1.6f);
        List<Share> shares = new ArrayList<>();
        for (AssessmentDocument.PatentEntry p : typed.patents()) {
            // the set the engine's HHI and effective number in the table above are computed on
            p.collateral().filter(ic -> ic.countsAsCollateral() && ic.marketValue() > 0)
                    .ifPresent(ic -> shares.add(new Share(p.number(), ic.marketValue())));
        }
        for (AssessmentDocument.PatentEntry p : listed()) {
            if (p.collateral().isEmpty()) {
                continue;
            }
            AssessmentDocument.PatentCollateral ic = p.collateral().get();
            items.row(p.number(), ic.eligible() ? t("report.yes") : t("report.no"),
                    money(ic.marketValue()), money(ic.liquidationValue()),
                    ReportFormat.percent(ic.advanceRate()), money(ic.advanceAmount()));
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
        chapterHeading("coverage");
        doc.paragraph(t("report.coverage.lead", moneyWithCurrency(typed.loanAmount())) + " "
                + t("report.exposure.fullAmount", chapter("memo")));
        if (typed.collateral().path().isEmpty()) {
            doc.paragraph(t("report.coverage.none"));
            return;
        }
        if (noCollateral()) {
            // a chart and a table of zeros say less than this sentence (review 14b, D)
            doc.paragraph(t("report.coverage.noCollateral", chapter("eligibility")), TextStyle.BODY_BOLD);
            return;
        }
        double recommended = typed.recommendation().recommendedLoan();
        boolean hasRec = recommended > 0;
        PdfTable t = new PdfTable().left(t("report.col.date"), 1.4f).right(t("report.col.loanYear"), 1)
                .right(amountHeader(t("report.col.collateralValue")), 2).right(amountHeader(t("report.col.expectedValue")), 2)
                .right(t("report.col.coverageRequested"), 1.6f).right(t("report.col.coverageRecommended"), 1.6f);
        // one row per checkpoint date; the loan year with as many decimals as tell the rows apart (never "3.0" twice)
        List<ChartSeries.CoverageRow> rows = ChartSeries.coverage(checkpoints(), recommended);
        int yearDigits = 1;
        for (int digits = 1; digits <= 3; digits++) {
            java.util.Set<String> labels = new java.util.HashSet<>();
            for (ChartSeries.CoverageRow y : rows) {
                labels.add(ReportFormat.fixed(y.loanYear(), digits));
            }
            yearDigits = digits;
            if (labels.size() == rows.size()) {
                break;
            }
        }
        for (ChartSeries.CoverageRow y : rows) {
            t.row(y.date(), ReportFormat.fixed(y.loanYear(), yearDigits), money(y.value()), money(y.expectedValue()),
                    ReportFormat.times(y.coverage(), locale), hasRec ? ReportFormat.times(y.coverageRecommended(), locale) : "–");
        }
        List<CoveragePoint> points = CoveragePoint.withDrawdown(CoveragePoint.of(rows),
                typed.collateral().liquidationValue(), typed.loanAmount(), recommended);
        if (!points.isEmpty()) {
            double minimum = typed.gradeMinimumCoverage().orElse(0);
            doc.chart(Charts.coverageOverTerm(points, minimum, locale), CHART_W, 250);
            if (points.get(0).year() == 0) {
                doc.paragraph(t("report.coverage.drawdown", valuationDate()), TextStyle.NOTE);
            }
            if (minimum > 0) {
                doc.paragraph(t("report.coverage.floor", typed.recommendation().grade(),
                        ReportFormat.threshold(minimum, locale)), TextStyle.NOTE);
            }
        }
        doc.table(t);
        maturityMeans(rows).ifPresent(m -> doc.paragraph(m, TextStyle.NOTE));
    }

    /**
     * The two figures of the collateral at maturity side by side, named (review 14b, I: 29.05 in the report beside 29.03
     * in the JSON): the expected liquidation value of the last checkpoint, computed from each patent's survival
     * probability, which the report quotes, and the mean of the simulated paths at that date, which the probability of
     * coverage below one is counted on. Empty when the document records no simulated mean.
     */
    private Optional<String> maturityMeans(List<ChartSeries.CoverageRow> rows) {
        Optional<AssessmentDocument.AtMaturity> at = typed.collateral().atMaturity();
        if (rows.isEmpty() || at.isEmpty() || at.get().mean().isEmpty()) {
            return Optional.empty();
        }
        ChartSeries.CoverageRow last = rows.get(rows.size() - 1);
        double mean = at.get().mean().getAsDouble();
        return Optional.of(t("report.coverage.maturityMeans", last.date(), moneyWithCurrency(last.expectedValue()),
                chapter("distribution"), typed.paths(), moneyWithCurrency(mean)));
    }

    /**
     * The document's collateral path as the chart series take it: the loan year on the one timeline (documents saved
     * before it carry only years from the valuation date).
     */
    private List<ChartSeries.Checkpoint> checkpoints() {
        List<ChartSeries.Checkpoint> out = new ArrayList<>();
        for (AssessmentDocument.Checkpoint y : typed.collateral().path()) {
            out.add(new ChartSeries.Checkpoint(y.date(), y.loanYear(), y.value(), y.expectedValue(), y.coverage()));
        }
        return out;
    }

    // ------------------------------------------------------------------ 9 credit risk

    private void creditRisk() {
        chapterHeading("credit");
        String lgdSource = lgdSource();
        doc.paragraph(typed.quoted().lgdMethod().isPresent() ? t("report.credit.leadLgd", pdSource(), lgdSource)
                : t("report.credit.lead", pdSource()));
        AssessmentDocument.LossFigures r = typed.risk().requested();
        Optional<AssessmentDocument.LossFigures> q = typed.risk().recommended();
        PdfTable t = new PdfTable().left(t("report.col.figure"), 3.2f).right(t("report.col.requested"), 1.7f)
                .right(t("report.col.recommended"), 1.7f).left(t("report.col.source"), 3.6f);
        t.row(amountHeader("EAD"), money(r.ead()), q.map(x -> money(x.ead())).orElse("–"), t("report.credit.eadSource"));
        t.row("PD", ReportFormat.percent(r.pd()), q.map(x -> ReportFormat.percent(x.pd())).orElse("–"), pdSource());
        t.row("LGD", ReportFormat.percent(r.lgd()), q.map(x -> ReportFormat.percent(x.lgd())).orElse("–"),
                lgdSource);
        t.row(amountHeader(t("report.kpi.el")), money(r.expectedLoss()), q.map(x -> money(x.expectedLoss())).orElse("–"),
                "EL = PD × LGD × EAD");
        t.row(t("report.kpi.lifetimePd"), ReportFormat.percent(r.lifetimePd()),
                q.map(x -> ReportFormat.percent(x.lifetimePd())).orElse("–"), t("report.src.lifetimePd"));
        t.emphasisRow(amountHeader(t("report.kpi.lifetimeEl")), money(r.lifetimeExpectedLoss()),
                q.map(x -> money(x.lifetimeExpectedLoss())).orElse("–"), t("report.src.lifetimeEl"));
        t.row(amountHeader(t("report.kpi.bankNetEl")), money(r.bankNetLifetimeExpectedLoss()),
                q.map(x -> money(x.bankNetLifetimeExpectedLoss())).orElse("–"), t("report.src.chapter", chapter("sharing")));
        irbRow(t, "report.credit.correlation", false, r, q, AssessmentDocument.Irb::correlation);
        irbRow(t, "report.credit.maturityAdj", false, r, q, AssessmentDocument.Irb::maturityAdjustment);
        irbRow(t, "report.credit.k", false, r, q, AssessmentDocument.Irb::capitalK);
        irbRow(t, "report.credit.rw", true, r, q, AssessmentDocument.Irb::riskWeight);
        t.row(amountHeader(t("report.kpi.capital")), money(r.capital()), q.map(x -> money(x.capital())).orElse("–"),
                capitalSource(r));
        rateRow(t, "fundingRate", r, q, AssessmentDocument.MinimumRate::fundingRate);
        // the lifetime loss spread over the term, not PD × LGD: the row says which (review 14b, H)
        rateRow(t, "expectedLossRatePerYear", r, q, AssessmentDocument.MinimumRate::expectedLossRate);
        rateRow(t, "capitalCharge", r, q, AssessmentDocument.MinimumRate::capitalCharge);
        rateRow(t, "operatingCostRate", r, q, AssessmentDocument.MinimumRate::operatingCostRate);
        t.emphasisRow(t("report.credit.pricing"), ReportFormat.percent(r.minimumRate().rate()),
                q.map(x -> ReportFormat.percent(x.minimumRate().rate())).orElse("–"), t("report.credit.pricingSum"));
        doc.table(t);
        List<AssessmentDocument.ScorecardTerm> terms = typed.risk().scorecard();
        if (!terms.isEmpty()) {
            doc.heading(3, t("report.credit.scorecard"));
            PdfTable s = new PdfTable().left(t("report.col.variable"), 2.4f).right(t("report.col.value"), 1.4f)
                    .right(t("report.col.reference"), 1.4f).right(t("report.col.coefficient"), 1.4f)
                    .right(t("report.col.contribution"), 1.4f);
            for (AssessmentDocument.ScorecardTerm term : terms) {
                s.row(rt.term(term.variable()), ReportFormat.number(term.value(), 4),
                        ReportFormat.number(term.reference(), 4), ReportFormat.number(term.coefficient(), 4),
                        ReportFormat.number(term.contribution(), 4));
            }
            doc.table(s);
        }
    }

    /**
     * Which LGD the figures use (committee review 14, item 11): the same LGD feeds EL and K, the model's from the
     * expected recovery or the framework's supervisory unsecured value, as the document's parameters say; the older
     * sentence naming both when a row did not record the method.
     */
    private String lgdSource() {
        Optional<String> method = typed.quoted().lgdMethod();
        if (method.isEmpty()) {
            return t("report.credit.lgdSource");
        }
        java.util.OptionalDouble supervisory = typed.quoted().supervisoryLgd();
        String value = supervisory.isPresent() ? ReportFormat.percent(supervisory.getAsDouble()) : t("report.notRecorded");
        return io.pledgebench.risk.RiskParameters.LgdMethod.RECOVERY.code().equals(method.get())
                ? t("report.credit.lgdSource.recovery", value) : t("report.credit.lgdSource.supervisory", value);
    }

    /**
     * How capital was computed, from the figures' own record: the SME firm-size adjustment is named only when a
     * turnover in € m below the Basel bound fed it; otherwise the sentence says why none was made.
     */
    private String capitalSource(AssessmentDocument.LossFigures r) {
        java.util.OptionalDouble sales = r.irb().salesMeur();
        if (sales.isEmpty()) {
            return t("report.credit.capitalSource.noSme");
        }
        String shown = ReportFormat.number(sales.getAsDouble(), 1);
        return sales.getAsDouble() < io.pledgebench.risk.IrbCapital.SME_UPPER_SALES_MEUR
                ? t("report.credit.capitalSource.sme", shown) : t("report.credit.capitalSource.large", shown);
    }

    /** An IRB figure of the requested and the recommended loan; no row when the document has none. */
    private void irbRow(PdfTable t, String key, boolean percent, AssessmentDocument.LossFigures r,
                        Optional<AssessmentDocument.LossFigures> q,
                        java.util.function.Function<AssessmentDocument.Irb, java.util.OptionalDouble> figure) {
        java.util.OptionalDouble v = figure.apply(r.irb());
        if (v.isEmpty()) {
            return;
        }
        java.util.function.DoubleFunction<String> shown = x -> percent ? ReportFormat.percent(x) : ReportFormat.factor(x);
        java.util.OptionalDouble w = q.map(x -> figure.apply(x.irb())).orElse(java.util.OptionalDouble.empty());
        t.row(t(key), shown.apply(v.getAsDouble()), w.isPresent() ? shown.apply(w.getAsDouble()) : "–",
                percent ? "RW = 12.5 × K" : "credit".equals(currentChapter) ? t("report.src.irbHere") : t("report.src.irb", chapter("credit")));
    }

    /** A part of the minimum rate of the requested and the recommended loan; no row when the document has none. */
    private void rateRow(PdfTable t, String part, AssessmentDocument.LossFigures r, Optional<AssessmentDocument.LossFigures> q,
                         java.util.function.Function<AssessmentDocument.MinimumRate, java.util.OptionalDouble> figure) {
        java.util.OptionalDouble v = figure.apply(r.minimumRate());
        if (v.isEmpty()) {
            return;
        }
        java.util.OptionalDouble w = q.map(x -> figure.apply(x.minimumRate())).orElse(java.util.OptionalDouble.empty());
        t.row(t("report.credit.rate." + part), ReportFormat.percent(v.getAsDouble()),
                w.isPresent() ? ReportFormat.percent(w.getAsDouble()) : "–",
                "expectedLossRatePerYear".equals(part) ? t("report.credit.rate.expectedLossRatePerYear.source")
                        : t("report.credit.pricingSource"));
    }

    // ------------------------------------------------------------------ 10 stress

    private void stress() {
        chapterHeading("stress");
        List<AssessmentDocument.StressEntry> scenarios = typed.stress();
        doc.paragraph(t("report.stress.lead"));
        if (scenarios.isEmpty()) {
            doc.paragraph(t("report.stress.none"));
            return;
        }
        PdfTable t = new PdfTable().left(t("report.col.scenario"), 3.2f).right(amountHeader(t("report.kpi.marketValue")), 1.6f)
                .right(amountHeader(t("report.kpi.capacity")), 1.6f).right(t("report.col.coverage"), 1.1f).right(t("report.col.ltv"), 1.1f)
                .right("PD", 1f).right(amountHeader(t("report.kpi.el")), 1.5f);
        // the base row measures what each scenario row measures, for the same loan amount: the lowest coverage over
        // the term, the LTV and the one-year EL of the loan the scenarios were run for
        double requested = typed.loanAmount();
        double amount = scenarios.get(0).loanAmount().orElse(requested);
        AssessmentDocument.LossFigures baseRisk = amount == requested ? typed.risk().requested()
                : typed.risk().recommended().orElse(typed.risk().requested());
        doc.paragraph(t("report.stress.amount", moneyWithCurrency(amount), t(amount == requested ? "report.stress.amountRequested"
                : "report.stress.amountRecommended")), TextStyle.BODY_BOLD);
        double baseCoverage = ChartSeries.stressBase(checkpoints(), amount);
        double baseMarket = typed.collateral().marketValue();
        List<ChartSeries.Scenario> series = new ArrayList<>();
        Map<String, String> names = new LinkedHashMap<>();
        t.emphasisRow(t("report.stress.base"), money(typed.collateral().marketValue()),
                money(typed.collateral().capacity()), ReportFormat.times(baseCoverage, locale),
                baseMarket > 0 ? ReportFormat.percent(amount / baseMarket) : "–",
                ReportFormat.percent(baseRisk.pd()), money(baseRisk.expectedLoss()));
        for (AssessmentDocument.StressEntry s : scenarios) {
            t.row(scenarioName(s), money(s.marketValue()), money(s.capacity()),
                    ReportFormat.times(s.coverage(), locale),
                    s.ltv().isPresent() ? ReportFormat.percent(s.ltv().getAsDouble()) : "–",
                    ReportFormat.percent(s.pd()), money(s.expectedLoss()));
            String id = s.scenario();
            series.add(new ChartSeries.Scenario(id, s.coverage()));
            names.put(id, scenarioName(s));
        }
        doc.table(t);
        recoveryStressNote(scenarios, baseCoverage);
        List<StressImpact> impacts = StressImpact.of(ChartSeries.stress(baseCoverage, series), names::get);
        if (!impacts.isEmpty() && impacts.stream().allMatch(i -> Math.abs(i.change()) < 0.005)) {
            // a tornado without bars says less than this sentence
            doc.paragraph(t("report.stress.noChange"), TextStyle.BODY);
        } else if (!impacts.isEmpty()) {
            doc.chart(Charts.stressTornado(t("report.col.coverage"), impacts,
                    Charts.times(locale), locale), CHART_W,
                    130 + 36 * impacts.size());
        }
    }

    /**
     * Why the disposal-at-10 %-recovery scenario can equal the base case (review 14b, I): the scenario never improves on
     * the base (RiskParameters.withLiquidationAtShareOfMarketValue keeps a type whose liquidation value is already at
     * or below the share), so when the base case already recovers at most 10 % of market value for every type, the
     * scenario changes nothing; the sentence says so with each type's base recovery, instead of a row that looks like
     * a stress that was not run.
     */
    private void recoveryStressNote(List<AssessmentDocument.StressEntry> scenarios, double baseCoverage) {
        Map<String, AssessmentDocument.Quoted.Liquidation> liq = typed.quoted().liquidation();
        for (AssessmentDocument.StressEntry s : scenarios) {
            if (!io.pledgebench.risk.StressScenario.DISPOSAL_AT_10_PERCENT_RECOVERY.equals(s.scenario()) || liq.isEmpty()
                    || !ReportFormat.times(s.coverage(), locale).equals(ReportFormat.times(baseCoverage, locale))
                    || !money(s.capacity()).equals(money(typed.collateral().capacity()))) {
                continue;
            }
            double share = io.pledgebench.risk.StressScenario.DISCLOSED_RECOVERY;
            List<String> types = new ArrayList<>();
            boolean allBelow = true;
            for (Map.Entry<String, AssessmentDocument.Quoted.Liquidation> e : liq.entrySet()) {
                AssessmentDocument.Quoted.Liquidation x = e.getValue();
                double recovery = io.pledgebench.risk.LiquidationValue.of(1.0, x.fireSaleDiscount(), x.disposalCost(),
                        x.yearsToSell(), x.discountRate());
                allBelow &= recovery <= share;
                types.add(t("report.stress.recoveryType", typeLabel(e.getKey()), ReportFormat.percent(recovery)));
            }
            doc.paragraph(t(allBelow ? "report.stress.recoveryNoChange" : "report.stress.recoveryNoChangePool",
                    ReportFormat.percent(share), String.join(t("report.listSeparator"), types)), TextStyle.BODY);
        }
    }

    // ------------------------------------------------------------------ 11 risk sharing

    private void riskSharing() {
        chapterHeading("sharing");
        if (pledgeableCount() == 0) {
            // nothing is pledged, so no loss on a pledge is shared: the bank bears the whole expected loss
            doc.paragraph(t("report.sharing.noneEligible", chapter("eligibility"),
                    moneyWithCurrency(typed.risk().requested().lifetimeExpectedLoss()), moneyWithCurrency(typed.loanAmount())),
                    TextStyle.BODY_BOLD);
            return;
        }
        AssessmentDocument.LossFigures req = typed.risk().requested();
        if (req.sharing().isEmpty()) {
            doc.paragraph(t("report.sharing.none"));
            return;
        }
        AssessmentDocument.SharedLoss s = req.sharing().get();
        Optional<AssessmentDocument.LossFigures> rec = typed.risk().recommended().filter(r -> r.sharing().isPresent());
        boolean hasRec = rec.isPresent();
        doc.paragraph(t("report.sharing.lead"));
        String scheme = typed.riskSharingScheme().orElse("");
        String key = "risk.sharing.source." + scheme;
        String source = !scheme.isEmpty() && Text.bundle("risk", locale).containsKey(key) ? Text.of(key).render(locale)
                : typed.riskSharingSource().orElse("");
        if (!source.isEmpty()) {
            doc.paragraph(t("report.sharing.scheme", source), TextStyle.NOTE);
        }
        PdfTable t = new PdfTable().left(amountHeader(t("report.col.party")), 3)
                .right(t("report.sharing.atRequested", moneyWithCurrency(req.ead())), 2);
        if (hasRec) {
            // a column without a heading reads as a gap: only a recommended loan gets its column
            t.right(t("report.sharing.atRecommended", moneyWithCurrency(rec.get().ead())), 2);
        }
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[]{t("report.sharing.total"), money(req.lifetimeExpectedLoss()),
                hasRec ? money(rec.get().lifetimeExpectedLoss()) : ""});
        Optional<AssessmentDocument.SharedLoss> sRec = rec.flatMap(AssessmentDocument.LossFigures::sharing);
        List<Map.Entry<String, java.util.function.Function<AssessmentDocument.SharedLoss, java.util.OptionalDouble>>> parties = List.of(
                Map.entry("report.sharing.fund", AssessmentDocument.SharedLoss::compensationFund),
                Map.entry("report.sharing.insurer", AssessmentDocument.SharedLoss::insurer),
                Map.entry("report.sharing.guarantor", AssessmentDocument.SharedLoss::guarantor),
                Map.entry("report.sharing.appraiser", AssessmentDocument.SharedLoss::appraiser),
                Map.entry("report.sharing.aboveCaps", AssessmentDocument.SharedLoss::aboveCaps));
        for (Map.Entry<String, java.util.function.Function<AssessmentDocument.SharedLoss, java.util.OptionalDouble>> r : parties) {
            if (r.getValue().apply(s).isPresent()) {
                rows.add(new String[]{t(r.getKey()), money(r.getValue().apply(s)),
                        hasRec ? money(r.getValue().apply(sRec.get())) : ""});
            }
        }
        for (String[] r : rows) {
            if (hasRec) {
                t.row(r[0], r[1], r[2]);
            } else {
                t.row(r[0], r[1]);
            }
        }
        if (hasRec) {
            t.emphasisRow(t("report.sharing.bank"), money(s.bankNetExpectedLoss()), money(sRec.get().bankNetExpectedLoss()));
        } else {
            t.emphasisRow(t("report.sharing.bank"), money(s.bankNetExpectedLoss()));
        }
        doc.table(t);
    }

    // ------------------------------------------------------------------ credit proposal

    private String ratioOrGap(double num, double den, boolean times) {
        if (!Double.isFinite(num) || !Double.isFinite(den) || den == 0) {
            return "–";
        }
        return times ? ReportFormat.times(num / den, locale) : ReportFormat.percent(num / den);
    }

    /**
     * The elements of a credit memo (授信调查/审查报告) built from the enterprise data, the recommendation and the risk
     * figures: borrower and ratios, repayment sources and debt service, proposed terms, covenants, monitoring,
     * disposal and approval lines. What the inputs lack is said to be missing.
     */
    private void creditMemo() {
        chapterHeading("memo");
        AssessmentDocument.Borrower e = typed.borrower();
        AssessmentDocument.Recommendation r = typed.recommendation();
        double recommended = r.recommendedLoan();

        doc.heading(2, t("report.memo.borrower"));
        String gap = t("report.gapShort");
        doc.paragraph(t("report.memo.borrower.text", enterpriseName(), typed.parties().creditCode().orElse(gap), e.industry().orElse(gap),
                e.yearsInBusiness().isPresent() ? ReportFormat.years(e.yearsInBusiness().getAsDouble()) : gap,
                e.overdueRecords().isPresent() ? Long.toString(e.overdueRecords().getAsLong()) : gap));
        boolean anyFinancials = e.financials().stream().anyMatch(java.util.OptionalDouble::isPresent);
        boolean allFinancials = e.financials().stream().allMatch(java.util.OptionalDouble::isPresent);
        // a figure the data do not give is NaN here: each ratio of it prints as "–" (ratioOrGap)
        double revenue = e.revenue().orElse(Double.NaN);
        double ebitda = e.ebitda().orElse(Double.NaN);
        double assets = e.totalAssets().orElse(Double.NaN);
        double liabilities = e.totalLiabilities().orElse(Double.NaN);
        double interest = e.interestExpense().orElse(Double.NaN);
        double existing = e.annualDebtService().orElse(Double.NaN);
        PdfTable f = new PdfTable().left(t("report.col.figure"), 3.2f).right(t("report.col.value"), 2f)
                .left(t("report.memo.col.definition"), 4.4f);
        f.row(amountHeader(t("report.memo.revenue")), money(e.revenue()), t("report.memo.def.input"));
        f.row(amountHeader("EBITDA"), money(e.ebitda()), t("report.memo.def.input"));
        f.row(amountHeader(t("report.memo.totalAssets")), money(e.totalAssets()), t("report.memo.def.input"));
        f.row(amountHeader(t("report.memo.totalLiabilities")), money(e.totalLiabilities()), t("report.memo.def.input"));
        f.row(amountHeader(t("report.memo.interest")), money(e.interestExpense()), t("report.memo.def.input"));
        f.row(amountHeader(t("report.memo.rd")), money(e.rdExpense()), t("report.memo.def.input"));
        f.row(amountHeader(t("report.memo.debtService")), money(e.annualDebtService()), t("report.memo.def.input"));
        f.row(t("report.memo.leverage"), ratioOrGap(liabilities, assets, false), t("report.memo.def.leverage"));
        f.row(t("report.memo.roa"), ratioOrGap(ebitda, assets, false), t("report.memo.def.roa"));
        f.row(t("report.memo.margin"), ratioOrGap(ebitda, revenue, false), t("report.memo.def.margin"));
        f.row(t("report.memo.rdIntensity"), ratioOrGap(e.rdExpense().orElse(Double.NaN), revenue, false), t("report.memo.def.rdIntensity"));
        f.row(t("report.memo.interestCover"), ratioOrGap(ebitda, interest, true), t("report.memo.def.interestCover"));
        f.row(t("report.memo.dscrNow"), ratioOrGap(ebitda, existing, true), t("report.memo.def.dscrNow"));
        if (anyFinancials) {
            doc.table(f);
            if (!allFinancials) {
                doc.paragraph(t("report.memo.borrower.dash"), TextStyle.NOTE);
            }
        } else {
            doc.paragraph(t("report.memo.borrower.noFinancials"), TextStyle.BODY_BOLD.withColor(WARNING));
        }
        doc.paragraph(t("report.memo.borrower.pd", ReportFormat.percent(typed.risk().pd()), pdSource()), TextStyle.NOTE);

        // one rate (review 14b, I): the rate the engine tested the debt-service capacity at, the risk-based minimum
        // of the amount assessed, is the rate of the schedule and the terms; the proposed loan's own minimum is at most it
        double rate = typed.loanRate();
        java.util.OptionalDouble proposedMinimum = typed.risk().recommended().isPresent()
                ? java.util.OptionalDouble.of(typed.risk().recommended().get().minimumRate().rate())
                : java.util.OptionalDouble.empty();
        double termMonths = typed.loan().termMonths();

        doc.heading(2, t("report.memo.repayment"));
        doc.bullets(List.of(Double.isFinite(ebitda) ? t("report.memo.repayment.first", moneyWithCurrency(ebitda))
                        : t("report.memo.repayment.firstMissing"),
                t("report.memo.repayment.second", moneyWithCurrency(typed.collateral().liquidationValue()), chapter("collateral"))),
                TextStyle.BODY);
        // not recorded: NaN, which the table and covenants below say as not recorded
        double minDscr = typed.quoted().minimumDebtServiceCoverage().orElse(Double.NaN);
        if (!Double.isFinite(ebitda)) {
            doc.paragraph(t("report.memo.repayment.noEbitda"), TextStyle.BODY_BOLD.withColor(WARNING));
        } else if (!(recommended > 0) || !(termMonths > 0) || !Double.isFinite(rate)) {
            doc.paragraph(t("report.memo.repayment.noLoan"));
        } else {
            String existingNote;
            double existingService;
            if (Double.isFinite(existing)) {
                existingService = existing;
                existingNote = t("report.memo.repayment.existing", moneyWithCurrency(existing));
            } else if (Double.isFinite(interest)) {
                existingService = interest;
                existingNote = t("report.memo.repayment.existingFromInterest", moneyWithCurrency(interest));
            } else {
                existingService = 0;
                existingNote = t("report.memo.repayment.existingMissing");
            }
            doc.paragraph(t("report.memo.repayment.lead", moneyWithCurrency(recommended), ReportFormat.percent(rate),
                    Integer.toString(typed.loan().termMonths()), moneyWithCurrency(ebitda)) + " " + existingNote);
            PdfTable s = new PdfTable().left(t("report.memo.col.year"), 1.4f).right(amountHeader(t("report.memo.col.opening")), 1.9f)
                    .right(amountHeader(t("report.memo.col.principal")), 1.9f).right(amountHeader(t("report.memo.col.interest")), 1.7f)
                    .right(amountHeader(t("report.memo.col.totalService")), 2f).right(t("report.memo.col.dscr"), 1.3f);
            double balance = recommended;
            int months = (int) Math.round(termMonths);
            int years = (months + 11) / 12;
            for (int y = 1; y <= years; y++) {
                int m = Math.min(12, months - 12 * (y - 1));
                double principal = recommended * m / months;
                double interestDue = balance * rate * m / 12.0;
                double total = existingService + principal + interestDue;
                s.row(t("report.memo.yearN", y), money(balance), money(principal), money(interestDue), money(total),
                        ReportFormat.times(ebitda / total, locale));
                balance -= principal;
            }
            doc.table(s);
            doc.paragraph(t("report.memo.repayment.note", Double.isFinite(minDscr) ? ReportFormat.times(minDscr, locale) : t("report.notRecorded")),
                    TextStyle.NOTE);
            // which exposure each risk figure uses (ADR 0027): the full amount, not this schedule's balance
            doc.paragraph(t("report.memo.repayment.exposure", chapter("coverage"), chapter("credit"),
                    typed.loan().timeline().maturityDate().toString()), TextStyle.BODY);
        }

        doc.heading(2, t("report.memo.terms"));
        PdfTable terms = new PdfTable().left(t("report.col.figure"), 3f).left(t("report.col.value"), 6.6f);
        terms.emphasisRow(amountHeader(t("report.memo.amount")), recommended > 0 ? money(recommended) : t("report.memo.amountNone"));
        terms.row(amountHeader(t("report.memo.requested")), money(typed.loanAmount()));
        terms.row(t("report.memo.rate"), !Double.isFinite(rate) ? t("report.notRecorded") : recommended > 0
                ? proposedMinimum.isPresent() && proposedMinimum.getAsDouble() <= rate
                        ? t("report.memo.rateOne", ReportFormat.percent(rate), ReportFormat.percent(proposedMinimum.getAsDouble()), chapter("credit"))
                        : t("report.memo.rateValue", ReportFormat.percent(rate), chapter("credit"))
                : t("report.memo.rateRequested", ReportFormat.percent(rate), chapter("credit")));
        AssessmentDocument.Timeline timeline = typed.loan().timeline();
        terms.row(t("report.memo.term"), t("report.memo.termValue", Integer.toString(typed.loan().termMonths()),
                timeline.startDate().toString(), timeline.maturityDate().toString()));
        terms.row(t("report.memo.repaymentType"), t("report.memo.repaymentTypeValue"));
        long pledgeable = pledgeableCount();
        terms.row(t("report.memo.security"), pledgeable > 0 ? t("report.memo.securityValue", pledgeable, chapter("collateral"))
                : t("report.memo.securityNone", chapter("eligibility")));
        terms.row(t("report.kpi.grade"), r.grade());
        doc.table(terms);

        if (!(recommended > 0)) {
            // nothing is lent: covenants, monitoring and disposal would be set only for a loan the committee grants
            // the reason once, under the first heading; the other two refer to it (review 14b, D)
            boolean first = true;
            for (String h : List.of("report.memo.covenants", "report.memo.monitoring", "report.memo.disposal")) {
                doc.heading(2, t(h));
                doc.paragraph(first ? t("report.memo.noLoanPlan", chapter("conditions")) : t("report.memo.noLoanPlanAbove"));
                first = false;
            }
            approvalLines();
            return;
        }
        doc.heading(2, t("report.memo.covenants"));
        // the engine's conditions are printed once, in their own chapter; the memo names them and adds the covenants
        int engineConditions = conditionList().size();
        List<String> cov = new ArrayList<>();
        if (Double.isFinite(minDscr) && Double.isFinite(ebitda)) {
            cov.add(t("report.memo.covenant.dscr", ReportFormat.times(minDscr, locale)));
        }
        java.util.OptionalDouble minCov = typed.gradeMinimumCoverage();
        if (minCov.isEmpty()) {
            cov.add(t("report.memo.covenant.coverageNotRecorded"));
        } else if (minCov.getAsDouble() > 0) {
            cov.add(t("report.memo.covenant.coverage", ReportFormat.threshold(minCov.getAsDouble(), locale), r.grade()));
        }
        cov.add(t("report.memo.covenant.noFurtherPledge"));
        doc.paragraph(engineConditions > 0 ? t("report.memo.covenants.lead", engineConditions, chapter("conditions"))
                : t("report.memo.covenants.leadNone", chapter("conditions")));
        doc.bullets(cov, TextStyle.BODY);

        doc.heading(2, t("report.memo.monitoring"));
        long feeDue = typed.patents().stream().filter(AssessmentDocument.PatentEntry::pledgeable)
                .filter(AssessmentReport::feeDueInTerm).count();
        String valuationDate = valuationDate();
        List<String> mon = new ArrayList<>();
        mon.add(t("report.memo.monitor.fees", feeDue));
        mon.add(t("report.memo.monitor.status"));
        mon.add(valuationDate.isEmpty() ? t("report.appraisal.date.none")
                : appraisalExpiredBefore().isPresent() ? t("report.memo.monitor.revalueOverdue", validUntil().orElseThrow().toString())
                : t("report.memo.monitor.revalue", LocalDate.parse(valuationDate).plusYears(1).minusDays(1).toString()));
        List<String> checkpoints = new ArrayList<>();
        for (LocalDate c : timeline.checkpoints()) {
            checkpoints.add(c.toString());
        }
        mon.add(t("report.memo.monitor.coverage", minCov.isPresent() ? ReportFormat.threshold(minCov.getAsDouble(), locale) : t("report.notRecorded"),
                checkpoints.isEmpty() ? t("report.notRecorded") : String.join(t("report.listSeparator"), checkpoints), chapter("coverage")));
        mon.add(t("report.memo.monitor.registration"));
        mon.add(Double.isFinite(ebitda) ? t("report.memo.monitor.financials") : t("report.memo.monitor.financialsMissing"));
        doc.bullets(mon, TextStyle.BODY);

        doc.heading(2, t("report.memo.disposal"));
        List<String> disp = new ArrayList<>();
        disp.add(t("report.memo.disposal.steps"));
        Map<String, AssessmentDocument.Quoted.Liquidation> liq = typed.quoted().liquidation();
        if (!liq.isEmpty()) {
            liq.forEach((type, x) -> disp.add(t("report.memo.disposal.type", typeLabel(type),
                    ReportFormat.years(x.yearsToSell()), ReportFormat.percent(x.disposalCost()),
                    ReportFormat.percent(x.fireSaleDiscount()))));
        } else {
            disp.add(t("report.appraisal.liquidationNotRecorded"));
        }
        // the expected liquidation value at maturity as chapter 9 shows it in its last row (one source per figure)
        List<ChartSeries.CoverageRow> coverageRows = ChartSeries.coverage(checkpoints(), recommended);
        disp.add(t("report.memo.disposal.recovery", moneyWithCurrency(typed.collateral().liquidationValue()),
                coverageRows.isEmpty() ? t("report.notRecorded") : moneyWithCurrency(coverageRows.get(coverageRows.size() - 1).expectedValue()),
                coverageRows.isEmpty() ? timeline.maturityDate().toString() : coverageRows.get(coverageRows.size() - 1).date(),
                chapter("coverage")));
        maturityMeans(coverageRows).ifPresent(disp::add);
        disp.add(t("report.memo.disposal.sharing", chapter("sharing")));
        doc.bullets(disp, TextStyle.BODY);

        approvalLines();
    }

    private void approvalLines() {
        // the heading, its line and the signature blocks stay on one page
        doc.ensureSpace(190);
        doc.heading(2, t("report.memo.approval"));
        doc.paragraph(t("report.memo.approval.lead", chapter("signoff")));
        doc.signatures(List.of(new SignatureBlock(t("report.memo.approval.committee"), "", "", t("report.memo.approval.opinion"),
                        t("report.signoff.signature"), t("report.signoff.date")),
                new SignatureBlock(t("report.memo.approval.approver"), "", "", t("report.signoff.name"),
                        t("report.signoff.signature"), t("report.signoff.date"))));
    }

    // ------------------------------------------------------------------ 12 conditions

    /**
     * The conditions of the loan: the document's one list (the engine's; an older row's completed by its upgrade),
     * which the cover counts, the memo names and chapter "conditions" lists, as the JSON holds it.
     */
    private List<String> conditionList() {
        return typed.recommendation().conditions().stream()
                // a condition names the office by its code (a version-1 workbench row fixed it in its language): named here
                .map(c -> c instanceof AssessmentDocument.Sentence.Keyed ? rt.offices(sentence(c)) : sentence(c))
                .filter(c -> !c.isBlank()).toList();
    }

    private void conditions() {
        chapterHeading("conditions");
        List<String> conditions = conditionList();
        if (appraisalExpiredBefore().isPresent() && !validUntil().orElseThrow().isBefore(typed.loan().timeline().startDate())) {
            // printed after the conclusion's year of validity: a notice of this print, not a condition of the assessment
            doc.paragraph(t("report.conditions.reappraisePrinted", validUntil().orElseThrow().toString(),
                    printDate.toString()), TextStyle.BODY_BOLD.withColor(WARNING));
        }
        if (conditions.isEmpty()) {
            doc.paragraph(t("report.conditions.none"));
        } else {
            doc.bullets(conditions, TextStyle.BODY);
        }
        List<String> notes = typed.notes().stream()
                .map(this::asSaved)
                .filter(n -> !n.isBlank()).toList();
        if (!notes.isEmpty()) {
            doc.heading(3, t("report.conditions.notes"));
            doc.bullets(notes, TextStyle.BODY);
        }
    }

    // ------------------------------------------------------------------ 13 disclosure

    private void disclosure() {
        chapterHeading("disclosure");
        doc.heading(2, t("report.disclosure.limits"));
        doc.bullets(List.of(t("report.disclosure.limit.income"), t("report.disclosure.limit.market"),
                t("report.disclosure.limit.cost"), t("report.disclosure.limit.mc"), t("report.disclosure.limit.liquidation"),
                t("report.disclosure.limit.basel"), t("report.disclosure.limit.scorecard")), TextStyle.BODY);
        doc.heading(2, t("report.disclosure.gaps"));
        doc.bullets(dataGaps(), TextStyle.BODY);
        doc.heading(2, t("report.disclosure.assumptions"));
        doc.bullets(List.of(t("report.disclosure.assume.asOf", typed.asOf().toString()), t("report.disclosure.assume.data"),
                t("report.disclosure.assume.parameters"), t("report.disclosure.assume.reproducible", typed.inputHash())),
                TextStyle.BODY);
    }

    /** The inputs the assessment lacked, or one line saying none was found. */
    private List<String> dataGaps() {
        List<AssessmentDocument.PatentEntry> ps = typed.patents();
        List<String> gaps = new ArrayList<>();
        gap(gaps, ps, AssessmentDocument.DataInput.PRODUCT_REVENUE, "report.disclosure.gap.revenue");
        gap(gaps, ps, AssessmentDocument.DataInput.IPC, "report.disclosure.gap.ipc");
        gap(gaps, ps, AssessmentDocument.DataInput.ANNUAL_FEE_PAID_UNTIL, "report.disclosure.gap.fee");
        gap(gaps, ps, AssessmentDocument.DataInput.CITED_BY, "report.disclosure.gap.citations");
        long notValued = ps.stream().filter(p -> p.value() <= 0).count();
        if (notValued > 0) {
            gaps.add(t("report.disclosure.gap.notValued", notValued, ps.size()));
        }
        AssessmentDocument.Parties parties = typed.parties();
        if (!parties.ebitdaGiven()) {
            gaps.add(t("report.disclosure.gap.ebitda"));
        }
        if (parties.pledgorInferred()) {
            gaps.add(t("report.disclosure.gap.pledgor", parties.pledgorName().orElse("")));
        }
        if (gaps.isEmpty()) {
            gaps.add(t("report.disclosure.gap.none"));
        }
        return gaps;
    }

    /** A gap line for {@code input} when the document records it and some patents lack it. */
    private void gap(List<String> gaps, List<AssessmentDocument.PatentEntry> ps, AssessmentDocument.DataInput input,
                     String key) {
        boolean recorded = ps.stream().anyMatch(p -> p.inputs().get(input) != AssessmentDocument.Presence.NOT_RECORDED);
        if (!recorded) {
            return;
        }
        long missing = ps.stream().filter(p -> p.inputs().get(input) != AssessmentDocument.Presence.GIVEN).count();
        if (missing > 0) {
            gaps.add(t(key, missing, ps.size()));
        }
    }

    // ------------------------------------------------------------------ 14 appendix

    private void appendix() {
        chapterHeading("appendix");
        doc.paragraph(t("report.appendix.lead") + " " + t("report.appendix.set", parameterSet()));
        List<AssessmentDocument.Parameters.Group> groups = typed.parameters().groups();
        if (groups.isEmpty()) {
            doc.paragraph(t("report.appendix.none"));
            return;
        }
        for (AssessmentDocument.Parameters.Group group : groups) {
            List<String[]> rows = new ArrayList<>();
            for (AssessmentDocument.Parameters.Row r : group.rows()) {
                rows.add(appendixRow(group.name(), r));
            }
            if (rows.isEmpty()) {
                continue;
            }
            doc.heading(3, rt.term(group.name()));
            boolean sourced = rows.stream().anyMatch(r -> !r[2].isEmpty());
            PdfTable t = sourced
                    ? new PdfTable().left(t("report.col.parameter"), 3.6f).left(t("report.col.value"), 1.8f)
                            .left(t("report.col.source"), 4.4f)
                    : new PdfTable().left(t("report.col.parameter"), 5.4f).left(t("report.col.value"), 4.4f);
            for (String[] r : rows) {
                if (sourced) {
                    t.row(r[0], r[1], r[2]);
                } else {
                    t.row(r[0], r[1]);
                }
            }
            doc.table(t);
        }
    }

    /**
     * The parameter set the assessment was made with, as its document records it (never today's settings): the set's
     * name, the engine's defaults, the values entered for it, or that the document does not record it.
     */
    private String parameterSet() {
        if (typed.parameterSet().isEmpty()) {
            return t("report.parameterSet.notRecorded");
        }
        AssessmentDocument.ParameterSet set = typed.parameterSet().get();
        if (set.name().isPresent()) {
            return set.edited() ? t("report.parameterSet.edited", set.name().get()) : set.name().get();
        }
        return set.engineDefaults().map(d -> d ? t("report.parameterSet.defaults") : t("report.parameterSet.entered"))
                .orElse(t("report.parameterSet.noSet"));
    }

    /** One parameter's row: its human name, its value in the report's units and the source of a default. */
    private String[] appendixRow(String group, AssessmentDocument.Parameters.Row r) {
        List<String> names = new ArrayList<>();
        // the kind of a value is decided by the parameter names on its path; a list item's label takes no part in it
        List<String> keys = new ArrayList<>();
        for (AssessmentDocument.Parameters.Step step : r.path()) {
            names.add(switch (step.kind()) {
                case NAME -> paramName(step.text());
                case GRADE -> t("report.appendix.grade", step.text());
                case SCENARIO -> {
                    String key = "assessment.stress." + step.text();
                    yield Text.bundle("assessment", locale).containsKey(key) ? Text.of(key).render(locale) : rt.term(step.text());
                }
                case ITEM -> rt.term(step.text());
            });
            keys.add(step.kind() == AssessmentDocument.Parameters.Step.Kind.NAME ? step.text() : "\u0000");
        }
        return new String[] {names.isEmpty() ? rt.term(group) : String.join(" · ", names),
                paramValue(keys.isEmpty() ? group : paramKind(keys), r.value()), r.source().map(this::sourceText).orElse("")};
    }

    /** The key whose kind decides a value's format: the last segment, or its parent for maps keyed by type or section. */
    private static String paramKind(List<String> path) {
        String last = path.get(path.size() - 1);
        if (path.size() >= 2) {
            String parent = path.get(path.size() - 2);
            if (RATE_GROUPS.contains(parent) || path.contains("weights") || path.contains("riskSharing")
                    || path.contains("ranges") && path.contains("advanceRates")) {
                return "rate";
            }
            if (List.of("remainingLife", "economicLifeBySection", "fullScoreRemainingYears").contains(parent)) {
                return "years";
            }
            if ("statusScores".equals(parent)) {
                return "score";
            }
        }
        return last;
    }

    private static final java.util.Set<String> RATE_GROUPS = java.util.Set.of("hazardPerYear", "methodWeights",
            "royaltyRanges", "riskSharing", "dimensions", "indicators");

    private static final java.util.Set<String> AMOUNTS = java.util.Set.of("productRevenue", "attributedRevenue",
            "enterpriseRevenue", "enterpriseEbitda", "enterpriseTotalAssets", "replacementCost", "replacementCostIndexed",
            "officialFees", "uncappedValue", "incomeCap", "licenceRevenue", "companyRevenue", "price", "adjustedPrice",
            "spot", "strike", "underlyingValue", "americanTreeValue", "policyMaximumLoan", "roundingUnit",
            "fullScoreLicenceRevenue", "fullScoreProductRevenue", "revenueGiven", "revenueAttributed");

    private static final java.util.Set<String> PLAIN = java.util.Set.of("intercept", "leverage", "returnOnAssets",
            "lnYearsInBusiness", "overdueRecords", "seed", "marketFactorCorrelation", "paths", "histogramBins", "minComparables", "comparables",
            "minimumScore", "treeSteps", "invalidatedTopPatents", "currencyPerEur", "yearsInBusinessReference",
            "leverageReference", "graceMonths", "policyMaximumTermMonths", "score", "openLicenceScore",
            "fullScoreCitations", "fullScoreClaims", "fullScoreFamilySize", "fullScoreIndependentClaims");

    /** Multipliers and factors: printed as every factor of the report ({@link ReportFormat#factor}, four decimals). */
    private static final java.util.Set<String> FACTORS = java.util.Set.of("pdMultiplier", "marketValueFactor",
            "technologyAdjustment", "marketAdjustment", "timeAdjustment", "remainingLifeAdjustment", "costIndex",
            "tabFactor", "scaleFactor", "revenueScaleFactor", "assetsPerRevenue");

    private static final java.util.Set<String> YEARS = java.util.Set.of("years", "incomePeriod", "usedYears",
            "remainingYears", "yearsToSell", "defaultEconomicLife", "minimumYears", "remainingEconomicLife",
            "remainingLegalLife");

    private static final java.util.Set<String> TIMES = java.util.Set.of("minimumCoverage", "minimumDebtServiceCoverage");

    /**
     * The source of a default in the reader's language: the parameters keep each source in English, so the sentence is
     * looked up among the risk bundle's sources and rendered from there.
     */
    private String sourceText(String english) {
        if (english.isEmpty()) {
            return english;
        }
        if (!Text.isChinese(locale)) {
            // a stored source keeps the spacing it was written with ("45 %"); the report prints every percentage as "45%"
            return english.replaceAll("(\\d) %", "$1%");
        }
        java.util.ResourceBundle en = Text.bundle("risk", Text.ENGLISH);
        for (String key : en.keySet()) {
            if (key.startsWith("risk.source.") || key.startsWith("risk.sharing.source.")) {
                try {
                    if (Text.of(key).english().equals(english)) {
                        return Text.of(key).render(locale);
                    }
                } catch (IllegalArgumentException e) {
                    // a source with arguments is never stored without them
                }
            }
        }
        return english;
    }

    /** The human name of a parameter or input key, in the reader's language. */
    private String paramName(String key) {
        int colon = key.indexOf(':');
        if (colon > 0) {
            return rt.term(key.substring(0, colon)) + (Text.isChinese(locale) ? "（" + rt.term(key.substring(colon + 1)) + "）"
                    : " (" + rt.term(key.substring(colon + 1)) + ")");
        }
        return rt.term(key);
    }

    /** A parameter's value in the report's formats: amounts in the report's unit, rates as percentages, codes named. */
    private String paramValue(String key, JsonNode v) {
        String kind = key.indexOf(':') > 0 ? "rate" : key;
        if (v == null || v.isMissingNode() || v.isNull()) {
            return "–";
        }
        if (v.isBoolean()) {
            return rt.term(v.asText());
        }
        if (v.isArray()) {
            List<String> parts = new ArrayList<>();
            v.forEach(x -> parts.add(paramValue(kind, x)));
            if (parts.isEmpty()) {
                return "–";
            }
            return String.join(parts.size() == 2 ? " – " : Text.isChinese(locale) ? "、" : ", ", parts);
        }
        if (v.isTextual()) {
            String s = v.asText();
            if (s.startsWith("ipc:")) {
                return t("report.param.ipcRange", s.substring(4));
            }
            if ("asOf".equals(kind) || "filingDate".equals(kind) || "date".equals(kind)) {
                return s;
            }
            return rt.term(s);
        }
        if (!v.isNumber()) {
            return v.asText();
        }
        double x = v.asDouble();
        if (TIMES.contains(kind)) {
            // a policy threshold at its own precision (0.125倍, 0.1875倍), as the covenant and chapter 9 print it
            return ReportFormat.threshold(x, locale);
        }
        if (AMOUNTS.contains(kind)) {
            return ReportFormat.moneyWithUnit(x, locale, currency);
        }
        if (YEARS.contains(kind)) {
            return ReportFormat.years(x);
        }
        if (FACTORS.contains(kind)) {
            return ReportFormat.factor(x);
        }
        if (PLAIN.contains(kind) || kind.endsWith("Reference") || kind.endsWith("Count")) {
            return ReportFormat.number(x, 4);
        }
        if (v.isIntegralNumber() && Math.abs(x) > 1) {
            return ReportFormat.number(x, 0);
        }
        return ReportFormat.percent(x);
    }

    // ------------------------------------------------------------------ 15 sign-off

    private void signOff() {
        chapterHeading("signoff");
        doc.paragraph(t("report.signoff.lead", input.assessmentId(), typed.inputHash()));
        if (!input.saved()) {
            doc.paragraph(t("report.signoff.unsaved"), TextStyle.BODY_BOLD);
        } else if (input.signOffs().isEmpty()) {
            doc.paragraph(t("report.signoff.unsigned"), TextStyle.BODY);
        } else {
            doc.paragraph(t("report.signoff.recorded"), TextStyle.NOTE);
        }
        if (!input.auditHash().isEmpty()) {
            doc.paragraph(t("report.signoff.anchor", input.auditHash()), TextStyle.NOTE);
        }
        doc.signatures(List.of(block(SignOffRole.MAKER, "report.signoff.prepared"),
                block(SignOffRole.CHECKER, "report.signoff.reviewed")));
        // each comment under the lines of the role that made it (review 14b, I): the maker's and checker's with the
        // approval lines, never under the valuers' seal, which covers the appraisal only
        signOffComments(java.util.EnumSet.of(SignOffRole.MAKER, SignOffRole.CHECKER));
        appraisers();
        signOffComments(java.util.EnumSet.complementOf(java.util.EnumSet.of(SignOffRole.MAKER, SignOffRole.CHECKER)));
    }

    /** The comments of the sign-offs in {@code roles}, in the order they were recorded. */
    private void signOffComments(java.util.Set<SignOffRole> roles) {
        for (SignOff s : input.signOffs()) {
            if (roles.contains(s.role()) && !s.comment().isBlank()) {
                doc.paragraph(t("report.signoff.comment", s.signedBy(), s.comment()), TextStyle.NOTE);
            }
        }
    }

    /** The appraisal professionals who signed, first valuer first (at most two: the store refuses a third). */
    private List<SignOff> valuers() {
        List<SignOff> out = new ArrayList<>();
        input.signOff(SignOffRole.VALUER).ifPresent(out::add);
        input.signOff(SignOffRole.SECOND_VALUER).ifPresent(out::add);
        return out;
    }

    /** The limitation on use naming who signed as appraiser, or that no appraiser signed. */
    private String valuersLimit() {
        List<SignOff> v = valuers();
        if (v.isEmpty()) {
            return t("report.appraisal.limit.notSigned");
        }
        if (v.size() == 1) {
            SignOff one = v.get(0);
            return t("report.appraisal.limit.valuerSigned", one.signedBy(), one.appraiser().qualificationNo(),
                    one.appraiser().firm(), chapter("signoff"));
        }
        return t("report.appraisal.limit.valuersSigned", String.join(t("report.listSeparator"),
                v.stream().map(SignOff::signedBy).toList()), chapter("signoff"));
    }

    /**
     * The appraisers' block (资产评估法 art. 26): two appraisal professionals with their qualification numbers, the
     * appraisal firm and the place of its seal, the report date. Who signed is what each valuer recorded; a report with
     * fewer than two says so plainly, never a silent blank; nothing is filled in that a valuer did not record.
     */
    private void appraisers() {
        List<SignOff> v = valuers();
        doc.ensureSpace(260);
        doc.heading(2, t("report.signoff.appraisal"));
        doc.paragraph(t("report.signoff.appraisal.lead"), TextStyle.NOTE);
        if (v.size() < 2) {
            doc.paragraph(t("report.signoff.appraisal.missing", v.size()), TextStyle.BODY_BOLD.withColor(WARNING));
        }
        if (!v.isEmpty()) {
            PdfTable t = new PdfTable().left(t("report.signoff.appraiser"), 2f).left(t("report.signoff.col.qualification"), 2f)
                    .left(t("report.signoff.col.firm"), 3.6f).left(t("report.signoff.col.signed"), 1.4f);
            for (SignOff s : v) {
                t.row(s.signedBy(), s.appraiser().qualificationNo(), s.appraiser().firm(), signedDate(s));
            }
            doc.table(t);
            doc.paragraph(t("report.signoff.appraisersRecorded"), TextStyle.NOTE);
        }
        // two signature places, each named only by the sign-off recorded in it, on one page with the firm's seal
        doc.ensureSpace(250);
        List<SignatureBlock> blocks = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            Optional<SignOff> s = i < v.size() ? Optional.of(v.get(i)) : Optional.empty();
            blocks.add(new SignatureBlock(t("report.signoff.appraiserN", i + 1), s.map(SignOff::signedBy).orElse(""),
                    s.map(this::signedDate).orElse(""), t("report.signoff.name"), t("report.signoff.signature"),
                    t("report.signoff.date")));
        }
        doc.signatures(blocks);
        // the firm as the valuers recorded it (each firm once), with the place of its seal and the report date
        String firms = String.join(t("report.listSeparator"), new java.util.LinkedHashSet<>(
                v.stream().map(s -> s.appraiser().firm()).toList()));
        String reportDate = v.size() >= 2 ? signedDate(v.get(1)) : "";
        doc.signatures(List.of(new SignatureBlock(t("report.signoff.firm"), firms, reportDate, t("report.signoff.firmName"),
                t("report.signoff.seal"), t("report.signoff.reportDate"))));
        doc.paragraph(v.size() >= 2 ? t("report.signoff.reportDateValue", reportDate) : t("report.signoff.reportDateNone"),
                TextStyle.BODY);
    }

    private String signedDate(SignOff s) {
        return s.signedAt().atZone(zone(locale)).toLocalDate().toString();
    }

    // ------------------------------------------------------------------ 16 annex

    /**
     * Every patent of a portfolio whose chapters list only the most valuable ones: lists are never cut, the full list
     * follows the sign-off as an annex that the chapters refer to by its number.
     */
    private void annex() {
        chapterHeading("annex");
        doc.paragraph(t("report.annex.lead", typed.patents().size()));
        PdfTable t = new PdfTable().left(t("report.col.patent"), 2.2f).left(t("report.col.type"), 1.3f)
                .left(t("report.col.statusAsOf"), 1.2f).left(t("report.col.outcome"), 1.2f)
                .right(t("report.col.remaining"), 1.1f).right(amountHeader(t("report.col.value")), 1.6f)
                .right(amountHeader(t("report.kpi.liquidationValue")), 1.6f);
        for (AssessmentDocument.PatentEntry p : typed.patents()) {
            AssessmentDocument.Register r = p.register();
            t.row(p.number(), typeLabel(r.type()), statusLabel(statusAsOf(p)),
                    outcome(status(p)), r.remainingYears().isPresent() ? ReportFormat.years(r.remainingYears().getAsDouble()) : "–",
                    money(p.value()), p.collateral().isPresent()
                            ? money(p.collateral().get().liquidationValue()) : "–");
        }
        doc.table(t);
    }

    private SignatureBlock block(SignOffRole role, String key) {
        Optional<SignOff> s = input.signOff(role);
        // only the sign-off records name a person: an unsigned block has blank lines to sign on paper
        String name = s.map(SignOff::signedBy).orElse("");
        String date = s.map(this::signedDate).orElse("");
        return new SignatureBlock(t(key), name, date, t("report.signoff.name"), t("report.signoff.signature"),
                t("report.signoff.date"));
    }
}
