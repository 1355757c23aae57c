package io.pledgebench.cli;

import io.pledgebench.assessment.AssessmentInputs;
import io.pledgebench.assessment.LoanRevaluation;
import io.pledgebench.assessment.SavedInputs;
import io.pledgebench.domain.LegalStatus;
import io.pledgebench.domain.LoanRequest;
import io.pledgebench.domain.Patent;
import io.pledgebench.domain.Portfolio;
import io.pledgebench.domain.Text;
import io.pledgebench.risk.monitoring.Alert;
import io.pledgebench.risk.monitoring.AlertStatus;
import io.pledgebench.risk.monitoring.BookAnalytics;
import io.pledgebench.risk.monitoring.LoanFigures;
import io.pledgebench.risk.monitoring.MonitoredLoan;
import io.pledgebench.risk.monitoring.MonitoringPolicy;
import io.pledgebench.risk.monitoring.MonitoringRules;
import io.pledgebench.risk.monitoring.Revaluation;
import io.pledgebench.risk.monitoring.StatusUpdate;
import io.pledgebench.risk.monitoring.StatusUpdates;
import io.pledgebench.store.AssessmentRepository;
import io.pledgebench.store.BookedLoan;
import io.pledgebench.store.Database;
import io.pledgebench.store.LoanBookRepository;
import io.pledgebench.store.SavedAssessment;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * One monitoring run over the loan book on a date: every loan open that day, its pledged patents as then known
 * (the data assessed, with the status updates dated up to that day), its collateral revalued with the engine and
 * the parameters it was assessed with, its alerts and their status given the acknowledgements made, and the book's
 * totals and concentration.
 */
final class BookMonitor {

    /** One loan's outcome: its figures (values null when it could not be revalued) and the revaluation's basis. */
    record LoanResult(BookedLoan loan, MonitoredLoan monitored, Revaluation revaluation, LoanFigures figures,
                      boolean parametersAsAssessed, Text notRevalued) {
    }

    record Run(LocalDate asOf, List<LoanResult> loans, List<AlertStatus> alerts, BookAnalytics.Book book) {

        long open() {
            return alerts.stream().filter(a -> a.status() == AlertStatus.Status.OPEN).count();
        }
    }

    private final MonitoringRules rules;
    private final int paths;

    /** @param paths Monte Carlo paths of the revaluation; 0 revalues without Monte Carlo */
    BookMonitor(MonitoringPolicy policy, int paths) {
        this.rules = new MonitoringRules(Objects.requireNonNull(policy, "policy"));
        if (paths != 0 && paths < 2) {
            throw new IllegalArgumentException("--paths must be 0 (no Monte Carlo) or at least 2, was " + paths);
        }
        this.paths = paths;
    }

    MonitoringRules rules() {
        return rules;
    }

    Run run(Database db, LocalDate asOf) {
        LoanBookRepository book = new LoanBookRepository(db);
        AssessmentRepository assessments = new AssessmentRepository(db);
        Map<String, List<StatusUpdate>> updates = new HashMap<>();
        for (StatusUpdate u : book.statusUpdates()) {
            updates.computeIfAbsent(u.patentNumber(), k -> new ArrayList<>()).add(u);
        }
        Map<Long, SavedInputs> inputs = new HashMap<>();
        List<BookedLoan> open = new ArrayList<>();
        for (BookedLoan loan : book.list()) {
            if (!loan.openOn(asOf)) {
                continue;
            }
            open.add(loan);
            inputs.computeIfAbsent(loan.assessmentId(), id -> {
                SavedAssessment a = assessments.load(id).orElseThrow(() -> new IllegalStateException(
                        "loan " + loan.loanId() + ": its assessment " + id + " is missing from the database"));
                return LoanBookSupport.inputs(a);
            });
        }
        // each loan is revalued on its own (pure engine code), so the loans are spread over the cores; the order of
        // the results is the book's
        List<LoanResult> results = open.parallelStream()
                .map(loan -> monitor(loan, inputs.get(loan.assessmentId()), updates, asOf)).toList();
        List<Alert> alerts = new ArrayList<>();
        for (LoanResult r : results) {
            alerts.addAll(rules.check(r.monitored(), r.revaluation(), asOf));
        }
        List<AlertStatus> statuses = AlertStatus.of(alerts, book.acknowledgements(), asOf);
        List<LoanFigures> figures = results.stream().map(LoanResult::figures).toList();
        return new Run(asOf, results, statuses, BookAnalytics.of(figures));
    }

    private LoanResult monitor(BookedLoan loan, SavedInputs saved, Map<String, List<StatusUpdate>> updates,
                               LocalDate asOf) {
        AssessmentInputs assessed = saved.inputs();
        Set<String> pledgedNumbers = new HashSet<>(loan.patents());
        List<Patent> pledged = new ArrayList<>();
        for (Patent p : assessed.portfolio().patents()) {
            if (pledgedNumbers.contains(p.number().canonical())) {
                pledged.add(StatusUpdates.apply(p, updates.getOrDefault(p.number().canonical(), List.of()), asOf));
            }
        }
        MonitoredLoan monitored = new MonitoredLoan(loan.loanId(), loan.borrower(), loan.industry(),
                loan.riskSharing(), loan.drawdown(), loan.maturity(), loan.amount(), pledged,
                loan.registered() ? loan.registrationNumber() : null, loan.registered() ? loan.registrationDate() : null,
                loan.appraisalDate(), loan.bookedMarketValue(),
                new MonitoredLoan.Triggers(loan.coverageTrigger(), loan.valueDropTrigger()));
        Revaluation revaluation = null;
        Text notRevalued = null;
        Map<String, Double> ipc = Map.of();
        BigDecimal capital = BigDecimal.ZERO;
        if (!asOf.isBefore(loan.maturity())) {
            notRevalued = Text.of("book.monitor.matured", loan.maturity().toString());
        } else {
            // the pledge to this loan is no encumbrance of its own collateral: a patent the register shows as pledged
            // is valued as in force
            List<Patent> valued = pledged.stream().map(p -> p.status() == LegalStatus.PLEDGED
                    ? p.toBuilder().status(LegalStatus.VALID).build() : p).toList();
            Portfolio pf = new Portfolio(assessed.portfolio().name(), assessed.portfolio().enterprise(), valued, null,
                    assessed.portfolio().currency(), null);
            LoanRequest request = new LoanRequest(loan.amount(), loan.currency(), loan.termMonths(), loan.drawdown(),
                    null);
            try {
                AssessmentInputs in = new AssessmentInputs(pf, request, asOf, assessed.seed(),
                        paths == 0 ? AssessmentInputs.DEFAULT_PATHS : paths, assessed.pdOverride(),
                        assessed.comparables(), assessed.acceptedPendingInvalidation());
                LoanRevaluation.Result r = paths == 0 ? LoanRevaluation.deterministic(in, saved.parameters())
                        : LoanRevaluation.simulated(in, saved.parameters());
                revaluation = new Revaluation(money(r.marketValue()), money(r.liquidationValue()),
                        money(r.lifetimeExpectedLoss()));
                ipc = r.ipcSections();
                capital = money(r.capital());
            } catch (IllegalArgumentException e) {
                notRevalued = Text.of("book.monitor.notRevaluedReason", String.valueOf(e.getMessage()));
            }
        }
        LoanFigures figures = new LoanFigures(loan.loanId(), loan.borrower(), loan.industry(), loan.riskSharing(),
                loan.amount(), revaluation == null ? BigDecimal.ZERO : revaluation.marketValue(),
                revaluation == null ? BigDecimal.ZERO : revaluation.liquidationValue(),
                revaluation == null ? BigDecimal.ZERO : revaluation.lifetimeExpectedLoss(), capital, ipc);
        return new LoanResult(loan, monitored, revaluation, figures, saved.parametersAsAssessed(), notRevalued);
    }

    /** An engine figure as money: yuan to the fen. */
    private static BigDecimal money(double v) {
        if (!Double.isFinite(v)) {
            throw new IllegalArgumentException("a revalued figure is not a finite number: " + v);
        }
        return BigDecimal.valueOf(v).setScale(2, RoundingMode.HALF_UP);
    }
}
