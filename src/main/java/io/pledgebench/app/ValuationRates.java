package io.pledgebench.app;

import io.pledgebench.valuation.ValuationParameters;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * The eight valuation rates an officer sets for an assessment (the discount rate's build-up, the income tax rate, the
 * patent's profit share and its yearly decay), as fractions, and the one place they are applied to the engine's
 * {@link ValuationParameters}: the Valuation screen and the assessment of Loan &amp; risk both value with
 * {@link #applyTo}, so an edit on one is the value the other uses.
 */
public record ValuationRates(double riskFree, double technologyPremium, double marketPremium, double capitalPremium,
                             double managementPremium, double taxRate, double profitShare, double shareDecay) {

    /** The rates by name; the names are those a parameter set stores them under. */
    public enum Rate {
        RISK_FREE, TECHNOLOGY_PREMIUM, MARKET_PREMIUM, CAPITAL_PREMIUM, MANAGEMENT_PREMIUM, TAX_RATE, PROFIT_SHARE,
        SHARE_DECAY;

        /** This rate in {@code p}, as a fraction. */
        public double of(ValuationParameters p) {
            return of(ValuationRates.of(p));
        }

        /** This rate in {@code r}, as a fraction. */
        public double of(ValuationRates r) {
            return switch (this) {
                case RISK_FREE -> r.riskFree();
                case TECHNOLOGY_PREMIUM -> r.technologyPremium();
                case MARKET_PREMIUM -> r.marketPremium();
                case CAPITAL_PREMIUM -> r.capitalPremium();
                case MANAGEMENT_PREMIUM -> r.managementPremium();
                case TAX_RATE -> r.taxRate();
                case PROFIT_SHARE -> r.profitShare();
                case SHARE_DECAY -> r.shareDecay();
            };
        }
    }

    /** The lowest and highest value of every rate, as fractions (0 % to 100 %). */
    public static final double LOWEST = 0;
    public static final double HIGHEST = 1;

    public ValuationRates {
        for (Rate r : Rate.values()) {
            double v = switch (r) {
                case RISK_FREE -> riskFree;
                case TECHNOLOGY_PREMIUM -> technologyPremium;
                case MARKET_PREMIUM -> marketPremium;
                case CAPITAL_PREMIUM -> capitalPremium;
                case MANAGEMENT_PREMIUM -> managementPremium;
                case TAX_RATE -> taxRate;
                case PROFIT_SHARE -> profitShare;
                case SHARE_DECAY -> shareDecay;
            };
            if (!(v >= LOWEST && v <= HIGHEST)) {
                throw new IllegalArgumentException(r + " must lie in [0, 1], was " + v);
            }
        }
    }

    /** The rates of {@code p}. */
    public static ValuationRates of(ValuationParameters p) {
        return new ValuationRates(p.riskFreeRate(), p.technologyRiskPremium(), p.marketRiskPremium(),
                p.capitalRiskPremium(), p.managementRiskPremium(), p.taxRate(), p.profitShare(), p.shareDecay());
    }

    /** The engine's default rates. */
    public static ValuationRates defaults() {
        return of(ValuationParameters.defaults());
    }

    /** The rates from their values by rate; every rate must be given. */
    public static ValuationRates of(Map<Rate, Double> values) {
        Map<Rate, Double> v = new EnumMap<>(Rate.class);
        for (Rate r : Rate.values()) {
            v.put(r, Objects.requireNonNull(values.get(r), () -> "rate " + r + " missing"));
        }
        return new ValuationRates(v.get(Rate.RISK_FREE), v.get(Rate.TECHNOLOGY_PREMIUM), v.get(Rate.MARKET_PREMIUM),
                v.get(Rate.CAPITAL_PREMIUM), v.get(Rate.MANAGEMENT_PREMIUM), v.get(Rate.TAX_RATE),
                v.get(Rate.PROFIT_SHARE), v.get(Rate.SHARE_DECAY));
    }

    /** The rates by rate, in the order of {@link Rate}. */
    public Map<Rate, Double> asMap() {
        Map<Rate, Double> m = new EnumMap<>(Rate.class);
        for (Rate r : Rate.values()) {
            m.put(r, r.of(this));
        }
        return m;
    }

    /**
     * {@code base} valuing with these rates. When {@code base} already holds them, {@code base} itself, unchanged (so
     * entries equal to the engine's defaults keep its parameters, and existing input hashes, as they were).
     */
    public ValuationParameters applyTo(ValuationParameters base) {
        if (sameAs(of(base))) {
            return base;
        }
        return base.toBuilder()
                .riskFreeRate(riskFree)
                .technologyRiskPremium(technologyPremium)
                .marketRiskPremium(marketPremium)
                .capitalRiskPremium(capitalPremium)
                .managementRiskPremium(managementPremium)
                .taxRate(taxRate)
                .profitShare(profitShare)
                .shareDecay(shareDecay)
                .build();
    }

    /** Whether every rate equals {@code other}'s within 1e-12 (typed percents do not round-trip exactly). */
    public boolean sameAs(ValuationRates other) {
        for (Rate r : Rate.values()) {
            if (Math.abs(r.of(this) - r.of(other)) >= 1e-12) {
                return false;
            }
        }
        return true;
    }
}
