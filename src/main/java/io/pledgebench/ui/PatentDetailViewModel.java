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
    public record Detail(Patent patent, LocalDate asOf, LocalDate maturity, EligibilityResult eligibility,
                         QualityScore score, PatentValuation valuation, String currency) {
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
                QualityScore score = new QualityScoreModel(params.scoring()).score(p, asOf, Map.of());
                PatentValuation valuation = new ValuationEngine(params.valuation().toBuilder().currency(pf.currency())
                        .build(), comparableStore == null ? List.of() : comparableStore.list())
                        .forPortfolio(pf.patents(), pf.enterprise()).value(p, pf.enterprise(), asOf);
                return new Detail(p, asOf, maturity, eligibility, score, valuation, pf.currency());
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
