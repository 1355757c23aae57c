package io.pledgebench.app;

import io.pledgebench.assessment.AssessmentParameters;
import io.pledgebench.valuation.MonteCarloSettings;
import io.pledgebench.valuation.ValuationParameters;

/**
 * The valuation's settings beyond its eight rates ({@link ValuationRates}) that an officer sets on the Valuation
 * screen: the yearly growth of the revenue forecast (a fraction above −1), discounting at mid-year, the tax
 * amortisation benefit, the Monte Carlo market factor correlation (0 to 1) and whether patents may be lost over the
 * horizon. {@link #applyTo} is the one place they enter the assessment's parameters: the Valuation screen and the
 * assessment of Loan &amp; risk both value with it, so the figure on one is the figure on the other (ADR 0025).
 */
public record ValuationSettings(double revenueGrowth, boolean midYear, boolean taxAmortisationBenefit,
                                double correlation, boolean hazard) {

    public ValuationSettings {
        if (!(revenueGrowth > -1) || !Double.isFinite(revenueGrowth)) {
            throw new IllegalArgumentException("revenue growth must exceed −1, was " + revenueGrowth);
        }
        if (!(correlation >= 0 && correlation <= 1)) {
            throw new IllegalArgumentException("market factor correlation must lie in [0, 1], was " + correlation);
        }
    }

    /** The settings of {@code p}. */
    public static ValuationSettings of(AssessmentParameters p) {
        ValuationParameters v = p.valuation();
        MonteCarloSettings mc = p.monteCarlo();
        return new ValuationSettings(v.revenueGrowth(), v.midYear(), v.taxAmortisationBenefit(),
                mc.marketFactorCorrelation(), mc.hazard());
    }

    /** The engine's defaults. */
    public static ValuationSettings defaults() {
        return of(AssessmentParameters.defaults());
    }

    /**
     * {@code base} with these settings. The valuation or Monte Carlo part that already holds them is left as it was
     * (so the defaults keep the default parameters, and existing input hashes, unchanged).
     */
    public AssessmentParameters applyTo(AssessmentParameters base) {
        AssessmentParameters out = base;
        ValuationParameters v = base.valuation();
        if (Math.abs(v.revenueGrowth() - revenueGrowth) >= 1e-12 || v.midYear() != midYear
                || v.taxAmortisationBenefit() != taxAmortisationBenefit) {
            out = out.withValuation(v.toBuilder().revenueGrowth(revenueGrowth).midYear(midYear)
                    .taxAmortisationBenefit(taxAmortisationBenefit).build());
        }
        MonteCarloSettings mc = base.monteCarlo();
        if (Math.abs(mc.marketFactorCorrelation() - correlation) >= 1e-12 || mc.hazard() != hazard) {
            out = out.withMonteCarlo(new MonteCarloSettings(mc.paths(), mc.seed(), mc.threads(),
                    mc.inputDistributions(), correlation, hazard, mc.histogramBins()));
        }
        return out;
    }
}
