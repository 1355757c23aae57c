package io.pledgebench.ui;

import io.pledgebench.assessment.AssessmentParameters;
import io.pledgebench.domain.Patent;
import io.pledgebench.domain.Portfolio;
import io.pledgebench.risk.eligibility.EligibilityContext;
import io.pledgebench.risk.eligibility.EligibilityResult;
import io.pledgebench.scoring.QualityScore;
import io.pledgebench.scoring.QualityScoreModel;
import io.pledgebench.store.ComparableTransactionRepository;
import io.pledgebench.store.StoredPortfolio;
import io.pledgebench.valuation.PatentValuation;
import io.pledgebench.valuation.ValuationEngine;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.concurrent.Task;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Patent detail: the selected patent's data, its eligibility checks with reasons, its quality score by dimension
 * and indicator, and its value by method, with the default parameters (Loan &amp; risk applies the edited ones to
 * the whole portfolio). Eligibility is judged against the portfolio's loan maturity, or today without a loan.
 */
public final class PatentDetailViewModel {

    /** Everything shown about one patent. */
    /**
     * Everything shown about one patent; {@code verdict} is the current assessment's verdict on it (null while no
     * assessment of this portfolio holds it), and {@code eligibility} then carries the assessment's status and checks.
     */
    public record Detail(Patent patent, LocalDate asOf, LocalDate maturity, EligibilityResult eligibility,
                         QualityScore score, PatentValuation valuation, String currency, CollateralVerdict verdict) {
    }

    private final ReadOnlyObjectProperty<StoredPortfolio> portfolio;
    private final ReadOnlyObjectProperty<ComparableTransactionRepository> comparables;
    private final ReadOnlyObjectProperty<PatentRow> patent;
    private final TaskExecutor tasks;
    private final I18n i18n;
    private final Supplier<LocalDate> today;
    private final ReadOnlyObjectWrapper<Detail> detail = new ReadOnlyObjectWrapper<>(this, "detail");
    private final javafx.beans.property.ReadOnlyStringWrapper error =
            new javafx.beans.property.ReadOnlyStringWrapper(this, "error", "");
    private final LatestRequest<Detail> latest;

    public PatentDetailViewModel(ReadOnlyObjectProperty<StoredPortfolio> portfolio, ReadOnlyObjectProperty<PatentRow> patent,
                                 ReadOnlyObjectProperty<ComparableTransactionRepository> comparables,
                                 TaskExecutor tasks, I18n i18n, Supplier<LocalDate> today) {
        this.portfolio = portfolio;
        this.comparables = comparables;
        this.patent = patent;
        this.tasks = tasks;
        // the detail of the patent last chosen wins; it runs at once (never after a pause)
        this.latest = new LatestRequest<>(tasks, javafx.util.Duration.ZERO, () -> { });
        this.i18n = i18n;
        this.today = today;
        patent.addListener((o, was, now) -> update());
        update();
    }

    private ReadOnlyObjectProperty<io.pledgebench.assessment.Assessment> assessment;

    /**
     * Reads the patent's eligibility and collateral verdict from the assessment result every other screen shows
     * (Loan &amp; risk, Borrowing capacity), so that one patent has one verdict: the portfolio rules (a patent's share
     * of the pool) are only known there.
     */
    public void followAssessment(ReadOnlyObjectProperty<io.pledgebench.assessment.Assessment> assessment) {
        this.assessment = assessment;
        assessment.addListener((o, was, now) -> update());
        update();
    }

    /** The assessment's finding on {@code p} of portfolio {@code pf}, or null when the current result has none. */
    static io.pledgebench.assessment.PatentAssessment assessed(io.pledgebench.assessment.Assessment a, Portfolio pf,
                                                               Patent p) {
        if (a == null || !a.inputs().portfolio().name().equals(pf.name())) {
            return null;
        }
        String number = p.number().canonical();
        return a.results().patents().stream().filter(x -> x.patent().number().canonical().equals(number))
                .findFirst().orElse(null);
    }

    /**
     * The eligibility shown: the assessment's status, its checks in place of the same rules' own (a large portfolio's
     * result keeps only the checks that did not pass), and the rules it did not record as judged here.
     */
    static EligibilityResult merged(EligibilityResult own, EligibilityResult assessed) {
        Map<String, io.pledgebench.risk.eligibility.EligibilityCheck> byRule = new java.util.LinkedHashMap<>();
        for (var c : own.checks()) {
            byRule.put(c.rule(), c);
        }
        for (var c : assessed.checks()) {
            byRule.put(c.rule(), c);
        }
        return new EligibilityResult(own.patentNumber(), assessed.status(), List.copyOf(byRule.values()));
    }

    private ReadOnlyObjectProperty<io.pledgebench.domain.LoanTimeline> timeline;
    private javafx.collections.ObservableSet<String> accepted;

    /**
     * Judges eligibility on the loan's one timeline (Loan &amp; risk): at its valuation date against its maturity,
     * with the pending invalidations the officer recorded as accepted.
     */
    public void followTimeline(ReadOnlyObjectProperty<io.pledgebench.domain.LoanTimeline> timeline,
                               javafx.collections.ObservableSet<String> accepted) {
        this.timeline = timeline;
        this.accepted = accepted;
        timeline.addListener((o, was, now) -> update());
        accepted.addListener((javafx.collections.SetChangeListener<String>) c -> update());
        update();
    }

    public ReadOnlyObjectProperty<Detail> detailProperty() {
        return detail.getReadOnlyProperty();
    }

    /** Why the selected patent could not be judged (empty when it could). */
    public javafx.beans.property.ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    private void update() {
        latest.cancel();
        PatentRow row = patent.get();
        StoredPortfolio sp = portfolio.get();
        if (row == null || sp == null) {
            detail.set(null);
            return;
        }
        Portfolio pf = sp.portfolio();
        Patent p = row.patent();
        io.pledgebench.domain.LoanTimeline loanTimeline = timeline == null ? null : timeline.get();
        LocalDate asOf = loanTimeline != null ? loanTimeline.valuationDate()
                : io.pledgebench.app.AssessmentRequests.valuationDate(pf.loan(), null, today.get());
        java.util.Set<String> acceptedNow = accepted == null ? java.util.Set.of() : java.util.Set.copyOf(accepted);
        ComparableTransactionRepository comparableStore = comparables.get();
        io.pledgebench.assessment.PatentAssessment found = assessed(assessment == null ? null : assessment.get(), pf, p);
        Task<Detail> task = new Task<>() {
            @Override
            protected Detail call() {
                updateTitle(i18n.get("ui.task.patentDetail", p.number().withKind()));
                AssessmentParameters params = AssessmentParameters.defaults();
                // the loan's maturity from its one timeline; without a loan term, the valuation date itself
                EligibilityContext context = loanTimeline != null
                        ? EligibilityContext.of(pf.pledgor().name(), loanTimeline, acceptedNow)
                        : new EligibilityContext(pf.pledgor().name(), asOf, asOf, Map.of(), acceptedNow, false);
                LocalDate maturity = context.maturity();
                EligibilityResult eligibility = params.eligibility().evaluate(p, context);
                if (found != null) {
                    eligibility = merged(eligibility, found.eligibility());
                }
                QualityScore score = new QualityScoreModel(params.scoring()).score(p, asOf, Map.of());
                PatentValuation valuation = new ValuationEngine(params.valuation().toBuilder().currency(pf.currency())
                        .build(), comparableStore == null ? List.of() : comparableStore.list())
                        .forPortfolio(pf.patents(), pf.enterprise()).value(p, pf.enterprise(), asOf);
                return new Detail(p, asOf, maturity, eligibility, score, valuation, pf.currency(),
                        found == null ? null : CollateralVerdict.of(found));
            }
        };
        latest.run(task, d -> {
            error.set("");
            detail.set(d);
        }, t -> {
            detail.set(null);
            error.set(i18n.problem(t));
        });
    }
}
