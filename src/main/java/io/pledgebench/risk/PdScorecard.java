package io.pledgebench.risk;

import io.pledgebench.domain.Enterprise;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A transparent logistic PD scorecard on the enterprise's ratios: PD = 1/(1 + e^(−z)),
 * z = intercept + Σ βᵢ·(xᵢ − referenceᵢ). Every variable is centred on a reference firm so that the
 * intercept is the logit of the reference firm's PD and each term reads as "how much this ratio moves the
 * borrower away from the reference".
 *
 * <p>The default coefficients are illustrative, not estimated on a bank's default data. Their signs follow
 * the accounting default models of Altman (1968, Z-score) and Ohlson (1980, O-score): higher leverage raises
 * PD, higher return on assets lowers it; firm age lowers PD (the liability of newness, Stinchcombe 1965);
 * past overdue records raise it, as in the People's Bank of China credit reference practice. Magnitudes are
 * chosen so that the reference firm — liabilities/assets 50 %, EBITDA/assets 10 %, ten years in business,
 * no overdue record — has a PD of 2 %. A bank replaces them with its internal rating model's coefficients.
 *
 * <p>A variable whose inputs the enterprise does not give is left out (its term is zero) and listed in
 * {@link Result#omitted()}; without total assets, total liabilities and EBITDA the scorecard refuses to score.
 */
public record PdScorecard(double intercept, double leverage, double leverageReference, double returnOnAssets,
                          double returnOnAssetsReference, double lnYearsInBusiness, double yearsInBusinessReference,
                          double overdueRecords) {

    public static PdScorecard illustrative() {
        return new PdScorecard(Math.log(0.02 / 0.98), 4.0, 0.5, -8.0, 0.10, -0.4, 10.0, 0.7);
    }

    public PdScorecard {
        for (double v : new double[]{intercept, leverage, leverageReference, returnOnAssets, returnOnAssetsReference,
                lnYearsInBusiness, yearsInBusinessReference, overdueRecords}) {
            Probabilities.finite("scorecard coefficient", v);
        }
        Probabilities.nonNegative("reference years in business", yearsInBusinessReference);
    }

    /**
     * Whether {@code coefficients} (keyed as {@link #coefficients()}) are the built-in example's: every example
     * coefficient present and equal to within 1e-12 relative. A map missing one is not taken as the example.
     */
    public static boolean isIllustrative(Map<String, ? extends Number> coefficients) {
        for (Map.Entry<String, Object> c : illustrative().coefficients().entrySet()) {
            double example = ((Number) c.getValue()).doubleValue();
            Number v = coefficients.get(c.getKey());
            if (v == null || !(Math.abs(v.doubleValue() - example) <= 1e-12 * Math.max(1, Math.abs(example)))) {
                return false;
            }
        }
        return true;
    }

    /** Whether {@code scorecard} has the built-in example's coefficients. */
    public static boolean isIllustrative(PdScorecard scorecard) {
        Map<String, Double> m = new LinkedHashMap<>();
        scorecard.coefficients().forEach((k, v) -> m.put(k, ((Number) v).doubleValue()));
        return isIllustrative(m);
    }

    /** The coefficients, keyed as printed in reports and JSON. */
    public Map<String, Object> coefficients() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("intercept", intercept);
        m.put("leverage", leverage);
        m.put("leverageReference", leverageReference);
        m.put("returnOnAssets", returnOnAssets);
        m.put("returnOnAssetsReference", returnOnAssetsReference);
        m.put("lnYearsInBusiness", lnYearsInBusiness);
        m.put("yearsInBusinessReference", yearsInBusinessReference);
        m.put("overdueRecords", overdueRecords);
        return m;
    }

    /** Whether the enterprise gives the figures the scorecard cannot do without. */
    public static boolean canScore(Enterprise e) {
        return e != null && e.totalAssets() != null && e.totalAssets().signum() > 0 && e.totalLiabilities() != null
                && e.ebitda() != null;
    }

    public Result score(Enterprise e) {
        if (!canScore(e)) {
            throw new IllegalArgumentException("the PD scorecard needs total assets (> 0), total liabilities and EBITDA"
                    + " of the enterprise; give them or an explicit PD (--pd)");
        }
        double assets = e.totalAssets().doubleValue();
        List<Term> terms = new ArrayList<>();
        List<String> omitted = new ArrayList<>();
        double lev = e.totalLiabilities().doubleValue() / assets;
        terms.add(new Term("leverage", lev, leverageReference, leverage, leverage * (lev - leverageReference)));
        double roa = e.ebitda().doubleValue() / assets;
        terms.add(new Term("returnOnAssets", roa, returnOnAssetsReference, returnOnAssets,
                returnOnAssets * (roa - returnOnAssetsReference)));
        if (e.yearsInBusiness() != null) {
            double x = Math.log(1 + e.yearsInBusiness());
            double ref = Math.log(1 + yearsInBusinessReference);
            terms.add(new Term("lnYearsInBusiness", x, ref, lnYearsInBusiness, lnYearsInBusiness * (x - ref)));
        } else {
            omitted.add("lnYearsInBusiness");
        }
        if (e.overdueRecords() != null) {
            terms.add(new Term("overdueRecords", e.overdueRecords(), 0, overdueRecords,
                    overdueRecords * e.overdueRecords()));
        } else {
            omitted.add("overdueRecords");
        }
        double z = intercept;
        for (Term t : terms) {
            z += t.contribution();
        }
        double pd = 1 / (1 + Math.exp(-z));
        return new Result(pd, z, List.copyOf(terms), List.copyOf(omitted));
    }

    /** One variable: its value, the reference it is centred on, its coefficient and its part of the logit. */
    public record Term(String variable, double value, double reference, double coefficient, double contribution) {
    }

    public record Result(double pd, double logit, List<Term> terms, List<String> omitted) {
    }
}
