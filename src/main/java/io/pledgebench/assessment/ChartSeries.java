package io.pledgebench.assessment;

import io.pledgebench.domain.LegalStatus;
import io.pledgebench.domain.LegalTerm;
import io.pledgebench.risk.CollateralPath;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The series behind the loan charts — coverage over the term (requested and recommended loan), the stress tornado and
 * remaining legal life against the maturity — computed once here for the workbench (from the assessment it just ran)
 * and the report (from the stored document's same figures), so both draw the same bars from the same rules.
 */
public final class ChartSeries {

    /** The legal-life chart shows the patents with the shortest remaining life, this many at most. */
    public static final int LEGAL_LIVES_SHOWN = 40;

    private ChartSeries() {
    }

    /** A checkpoint of the collateral path: its date, loan year, value, expected value and coverage of the loan asked. */
    public record Checkpoint(String date, double loanYear, double value, double expectedValue, double coverage) {
        public Checkpoint {
            Objects.requireNonNull(date, "date");
        }
    }

    /** A coverage row: a checkpoint with the coverage of the recommended loan (NaN when nothing is recommended). */
    public record CoverageRow(String date, double loanYear, double value, double expectedValue, double coverage,
                              double coverageRecommended) {
    }

    /** A stress scenario's lowest coverage. */
    public record Scenario(String id, double coverage) {
        public Scenario {
            Objects.requireNonNull(id, "id");
        }
    }

    /** A bar of the tornado: the scenario, the base case's coverage and the scenario's. */
    public record StressBar(String id, double base, double stressed) {
    }

    /**
     * A patent for the legal-life chart: its number, legal status (null: not recorded, taken as in force) and
     * remaining legal life from the valuation date (null: no expiry known).
     */
    public record PatentLife(String patent, LegalStatus status, Double remainingYears) {
        public PatentLife {
            Objects.requireNonNull(patent, "patent");
        }

        boolean inForce() {
            return status == null || status.inForce();
        }
    }

    /** A bar of the legal-life chart: a right not in force has no life left, whatever its dates say. */
    public record LifeBar(String patent, LegalStatus status, boolean inForce, double remainingYears) {
    }

    /**
     * The bars shown (shortest first), how many patents had a bar to show, and how many applications not yet granted
     * were left out (no right, so no legal life to set against the term).
     */
    public record LegalLifeChart(List<LifeBar> shown, int total, int applications) {
        public LegalLifeChart {
            shown = List.copyOf(shown);
        }
    }

    /**
     * One row per checkpoint date, in path order (a path repeating a date, as a loan ending on a checkpoint does,
     * gives one row); the recommended loan's coverage beside the requested one's.
     */
    public static List<CoverageRow> coverage(List<Checkpoint> path, double recommendedLoan) {
        List<CoverageRow> rows = new ArrayList<>();
        Set<String> dates = new HashSet<>();
        for (Checkpoint c : path) {
            if (dates.add(c.date())) {
                rows.add(new CoverageRow(c.date(), c.loanYear(), c.value(), c.expectedValue(), c.coverage(),
                        recommendedLoan > 0 ? c.expectedValue() / recommendedLoan : Double.NaN));
            }
        }
        return rows;
    }

    /**
     * The base of the tornado: the lowest expected collateral value over the term divided by the amount the stress
     * scenarios were run for (the recommended loan when there is one), so base and scenarios measure the same loan.
     * NaN when the path is empty or the amount is not positive: there is no base to compare with.
     */
    public static double stressBase(List<Checkpoint> path, double stressAmount) {
        double min = Double.POSITIVE_INFINITY;
        for (Checkpoint c : path) {
            min = Math.min(min, c.expectedValue());
        }
        return Double.isFinite(min) && stressAmount > 0 ? min / stressAmount : Double.NaN;
    }

    /** The tornado's bars: each scenario with a finite coverage against a finite base; none without a base. */
    public static List<StressBar> stress(double base, List<Scenario> scenarios) {
        List<StressBar> bars = new ArrayList<>();
        if (!Double.isFinite(base)) {
            return bars;
        }
        for (Scenario s : scenarios) {
            if (Double.isFinite(s.coverage())) {
                bars.add(new StressBar(s.id(), base, s.coverage()));
            }
        }
        return bars;
    }

    /**
     * The legal-life bars, shortest first, at most {@link #LEGAL_LIVES_SHOWN}: a right not in force at zero, a patent
     * in force with a known expiry at its remaining years, one without a known expiry left out (nothing to draw), an
     * application not yet granted left out and counted (it is no right that could lapse before maturity).
     */
    public static LegalLifeChart legalLife(List<PatentLife> patents) {
        List<LifeBar> bars = new ArrayList<>();
        int applications = 0;
        for (PatentLife p : patents) {
            if (p.status() == LegalStatus.APPLICATION) {
                // not granted: no right yet, so none that lapses before maturity; counted apart, never drawn at zero
                applications++;
            } else if (!p.inForce()) {
                bars.add(new LifeBar(p.patent(), p.status(), false, 0));
            } else if (p.remainingYears() != null) {
                bars.add(new LifeBar(p.patent(), p.status(), true, Math.max(0, p.remainingYears())));
            }
        }
        bars.sort(Comparator.comparingDouble(LifeBar::remainingYears));
        return new LegalLifeChart(bars.size() > LEGAL_LIVES_SHOWN ? bars.subList(0, LEGAL_LIVES_SHOWN) : bars, bars.size(),
                applications);
    }

    // ------------------------------------------------------------------ from an assessment just run

    /** The collateral path of {@code a} as checkpoints (the loan year on the one loan timeline). */
    public static List<Checkpoint> checkpoints(Assessment a) {
        AssessmentResults r = a.results();
        List<CollateralPath.YearPoint> path = r.collateral().path();
        var cps = r.timeline().checkpoints();
        List<Checkpoint> out = new ArrayList<>();
        for (int k = 0; k < path.size(); k++) {
            CollateralPath.YearPoint y = path.get(k);
            out.add(new Checkpoint(cps.get(k).date().toString(), cps.get(k).yearsFromStart(), y.value(), y.expectedValue(),
                    y.coverage()));
        }
        return out;
    }

    /** The coverage rows of {@code a}. */
    public static List<CoverageRow> coverage(Assessment a) {
        return coverage(checkpoints(a), a.results().recommendation().recommendedLoan());
    }

    /** The tornado of {@code a}, scenarios by id. */
    public static List<StressBar> stress(Assessment a) {
        List<Scenario> scenarios = new ArrayList<>();
        for (StressResult s : a.results().stress()) {
            scenarios.add(new Scenario(s.scenario().id(), s.coverage()));
        }
        return stress(stressBase(checkpoints(a), a.results().stressAmount()), scenarios);
    }

    /** The legal-life bars of {@code a}, patents by their number with kind code; remaining life from the valuation date. */
    public static LegalLifeChart legalLife(Assessment a) {
        List<PatentLife> lives = new ArrayList<>();
        var asOf = a.results().timeline().valuationDate();
        for (PatentAssessment p : a.results().patents()) {
            lives.add(new PatentLife(p.patent().number().withKind(), p.patent().status(),
                    p.patent().legalExpiry().map(e -> LegalTerm.remainingYears(e, asOf)).orElse(null)));
        }
        return legalLife(lives);
    }
}
