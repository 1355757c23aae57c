package io.pledgebench.valuation;

/**
 * Tax amortisation benefit: a buyer who may amortise the asset for tax over {@code n} years saves tax worth a
 * share of its value, so the after-tax value is grossed up by TAB = 1/(1 − τ·AF/n), AF = (1−(1+r)^−n)/r the
 * annuity factor (AICPA practice aid "Assets Acquired in a Business Combination to Be Used in Research and
 * Development Activities", 2001; Reilly &amp; Schweihs, "Valuing Intangible Assets", 1999).
 */
public final class TaxAmortisationBenefit {

    private TaxAmortisationBenefit() {
    }

    public static double factor(double taxRate, double life, double discountRate) {
        CashFlowSchedule.requireTaxRate(taxRate);
        CashFlowSchedule.requireRate("discount rate", discountRate);
        if (!(life > 0) || !Double.isFinite(life)) {
            throw new IllegalArgumentException("amortisation life must be positive, was " + life);
        }
        double af = annuityFactor(discountRate, life);
        double saved = taxRate * af / life;
        if (!(saved < 1)) {
            throw new IllegalArgumentException("tax amortisation benefit undefined: τ·AF/n = " + saved
                    + " is not below 1 (tax rate " + taxRate + ", life " + life + ", discount rate " + discountRate + ")");
        }
        return 1.0 / (1.0 - saved);
    }

    /** (1−(1+r)^−n)/r, and n when r = 0. */
    public static double annuityFactor(double r, double n) {
        if (Math.abs(r) < 1e-12) {
            return n;
        }
        return (1.0 - Math.pow(1.0 + r, -n)) / r;
    }
}
