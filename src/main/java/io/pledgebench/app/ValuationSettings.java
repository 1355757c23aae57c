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

    /** The names of the settings' numbers in a parameter set (revenue growth as a fraction, correlation 0 to 1). */
    public static final java.util.List<String> NUMBERS = java.util.List.of("REVENUE_GROWTH", "CORRELATION");
    /** The names of the settings' yes/no switches in a parameter set. */
    public static final java.util.List<String> SWITCHES = java.util.List.of("MID_YEAR", "TAX_AMORTISATION", "HAZARD");

    /** The settings' numbers by their {@link #NUMBERS} names, as a parameter set holds them. */
    public java.util.Map<String, Double> numbers() {
        java.util.Map<String, Double> out = new java.util.LinkedHashMap<>();
        out.put("REVENUE_GROWTH", revenueGrowth);
        out.put("CORRELATION", correlation);
        return out;
    }

    /** The settings' switches by their {@link #SWITCHES} names, as a parameter set holds them. */
    public java.util.Map<String, Boolean> switches() {
        java.util.Map<String, Boolean> out = new java.util.LinkedHashMap<>();
        out.put("MID_YEAR", midYear);
        out.put("TAX_AMORTISATION", taxAmortisationBenefit);
        out.put("HAZARD", hazard);
        return out;
    }

    /**
     * The settings a parameter set holds ({@code values} by {@link #NUMBERS} name, {@code switches} by {@link
     * #SWITCHES} name; other names are the set's other parameters). A setting a set saved before sets held it lacks is
     * the engine's default, and its name is added to {@code filledIn}; a stored value out of range is refused.
     */
    public static ValuationSettings fromSet(java.util.Map<String, Double> values, java.util.Map<String, Boolean> switches,
                                            java.util.List<String> filledIn) {
        ValuationSettings d = defaults();
        java.util.Map<String, Double> n = d.numbers();
        java.util.Map<String, Boolean> b = d.switches();
        for (String name : NUMBERS) {
            if (values.containsKey(name)) {
                n.put(name, values.get(name));
            } else {
                filledIn.add(name);
            }
        }
        for (String name : SWITCHES) {
            if (switches.containsKey(name)) {
                b.put(name, switches.get(name));
            } else {
                filledIn.add(name);
            }
        }
        return new ValuationSettings(n.get("REVENUE_GROWTH"), b.get("MID_YEAR"), b.get("TAX_AMORTISATION"),
                n.get("CORRELATION"), b.get("HAZARD"));
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
