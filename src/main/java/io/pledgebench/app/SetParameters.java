package io.pledgebench.app;

import io.pledgebench.assessment.AssessmentParameters;
import io.pledgebench.domain.PatentType;
import io.pledgebench.risk.LiquidationValue.LiquidationParameters;
import io.pledgebench.risk.RiskParameters;
import io.pledgebench.valuation.ValuationParameters;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.ToDoubleFunction;

/**
 * The engine parameters a named parameter set holds besides the entries of Loan &amp; risk and the valuation rates:
 * the yearly hazard of losing the right by patent type, the reconciliation weight of each valuation method, the
 * weights of the quality score's three dimensions and of the indicators within each, the remaining economic life by IPC section, the liquidation
 * (recovery) parameters by patent type, and the royalty rates (low, typical, high) by IPC section. Each is
 * stored in a set under its {@link Parameter#name()}, in the engine's units (a rate as a fraction, a life in years);
 * {@link #apply} puts a set's values into the engine's parameters, in this one place. A value a set does not hold
 * (a set saved before these were part of it) is the engine's default, which is the default of the time it was saved:
 * these defaults have not changed since sets were introduced (ADR 0017).
 */
public final class SetParameters {

    private SetParameters() {
    }

    /** The groups, in the order Settings shows them. */
    public enum Group { HAZARD, METHOD_WEIGHT, SCORING_WEIGHT, INDICATOR_WEIGHT, ECONOMIC_LIFE, LIQUIDATION, ROYALTY }

    /** How a value is typed: a percentage (stored as a fraction) or a number of years. */
    public enum Unit { PERCENT, YEARS }

    /**
     * One parameter: its stored name, group, unit, the lowest and highest value accepted (in stored units), what it
     * is about (a patent type code, an IPC section, a method id; empty for the default life), which field of the
     * group it is ({@code fireSale}, {@code disposalCost}, {@code yearsToSell}, {@code discountRate} for liquidation,
     * empty otherwise), and how it is read from the engine's parameters.
     */
    public record Parameter(String name, Group group, Unit unit, double low, double high, String subject,
                            String field, ToDoubleFunction<AssessmentParameters> read) {

        /** Its value in {@code p}. */
        public double of(AssessmentParameters p) {
            return read.applyAsDouble(p);
        }

        /** Its value in the engine's defaults. */
        public double defaultValue() {
            return of(AssessmentParameters.defaults());
        }
    }

    /** The longest remaining economic life a set may give, in years (a patent's legal term is at most 20 years). */
    public static final double MAX_LIFE_YEARS = 30;
    /** The longest time to sell a pledged patent a set may give, in years. */
    public static final double MAX_YEARS_TO_SELL = 10;

    /** The highest royalty rate a set may give (the engine requires one below 100 %). */
    public static final double MAX_ROYALTY = 0.99;

    /** Every parameter, in the order of Settings. */
    public static final List<Parameter> ALL;

    static {
        List<Parameter> all = new ArrayList<>();
        for (PatentType t : PatentType.values()) {
            all.add(new Parameter("HAZARD_" + t.name(), Group.HAZARD, Unit.PERCENT, 0, 1, t.code(), "",
                    p -> p.valuation().hazardPerYear().get(t)));
        }
        for (String method : ValuationParameters.defaults().methodWeights().keySet()) {
            all.add(new Parameter("METHOD_WEIGHT_" + method.toUpperCase(Locale.ROOT).replace('-', '_'),
                    Group.METHOD_WEIGHT, Unit.PERCENT, 0, 1, method, "",
                    p -> p.valuation().methodWeights().getOrDefault(method, 0.0)));
        }
        for (io.pledgebench.scoring.Dimension d : io.pledgebench.scoring.Dimension.values()) {
            all.add(new Parameter("SCORING_WEIGHT_" + d.name(), Group.SCORING_WEIGHT, Unit.PERCENT, 0, 1, d.code(), "",
                    p -> p.scoring().weights().dimensions().get(d)));
        }
        for (io.pledgebench.scoring.Indicator i : io.pledgebench.scoring.Indicator.values()) {
            // within its dimension (field: the dimension's code); a dimension's indicator weights add up to 1
            all.add(new Parameter("INDICATOR_WEIGHT_" + i.name(), Group.INDICATOR_WEIGHT, Unit.PERCENT, 0, 1, i.code(),
                    i.dimension().code(), p -> p.scoring().weights().indicators().get(i)));
        }
        for (char c = 'A'; c <= 'H'; c++) {
            char section = c;
            all.add(new Parameter("ECONOMIC_LIFE_" + c, Group.ECONOMIC_LIFE, Unit.YEARS, 0.5, MAX_LIFE_YEARS,
                    String.valueOf(c), "", p -> p.valuation().economicLifeBySection().get(section)));
        }
        all.add(new Parameter("ECONOMIC_LIFE_DEFAULT", Group.ECONOMIC_LIFE, Unit.YEARS, 0.5, MAX_LIFE_YEARS, "", "",
                p -> p.valuation().defaultEconomicLife()));
        for (PatentType t : PatentType.values()) {
            String at = "LIQUIDATION_" + t.name() + "_";
            all.add(new Parameter(at + "FIRE_SALE", Group.LIQUIDATION, Unit.PERCENT, 0, 1, t.code(), "fireSale",
                    p -> p.risk().liquidation().get(t).fireSaleDiscount()));
            all.add(new Parameter(at + "DISPOSAL_COST", Group.LIQUIDATION, Unit.PERCENT, 0, 1, t.code(),
                    "disposalCost", p -> p.risk().liquidation().get(t).disposalCost()));
            all.add(new Parameter(at + "YEARS_TO_SELL", Group.LIQUIDATION, Unit.YEARS, 0, MAX_YEARS_TO_SELL, t.code(),
                    "yearsToSell", p -> p.risk().liquidation().get(t).yearsToSell()));
            all.add(new Parameter(at + "DISCOUNT_RATE", Group.LIQUIDATION, Unit.PERCENT, 0, 1, t.code(),
                    "discountRate", p -> p.risk().liquidation().get(t).discountRate()));
        }
        for (char c = 'A'; c <= 'H'; c++) {
            char section = c;
            // the engine requires a royalty rate below 1 (RoyaltyRange): at most 99 %
            all.add(new Parameter("ROYALTY_" + c + "_LOW", Group.ROYALTY, Unit.PERCENT, 0, MAX_ROYALTY,
                    String.valueOf(c), "low", p -> p.valuation().royaltyRanges().get(section).low()));
            all.add(new Parameter("ROYALTY_" + c + "_TYPICAL", Group.ROYALTY, Unit.PERCENT, 0, MAX_ROYALTY,
                    String.valueOf(c), "typical", p -> p.valuation().royaltyRanges().get(section).typical()));
            all.add(new Parameter("ROYALTY_" + c + "_HIGH", Group.ROYALTY, Unit.PERCENT, 0, MAX_ROYALTY,
                    String.valueOf(c), "high", p -> p.valuation().royaltyRanges().get(section).high()));
        }
        ALL = Collections.unmodifiableList(all);
    }

    /** The parameter stored under {@code name}, or null. */
    public static Parameter named(String name) {
        return ALL.stream().filter(p -> p.name().equals(name)).findFirst().orElse(null);
    }

    /** The values of every parameter in {@code p}, by name. */
    public static Map<String, Double> of(AssessmentParameters p) {
        Map<String, Double> out = new LinkedHashMap<>();
        ALL.forEach(x -> out.put(x.name(), x.of(p)));
        return out;
    }

    /**
     * The values of a set with every parameter it does not hold at the engine's default, and the names of those
     * filled in (a set saved before they were part of sets), so the screen can say so.
     */
    public static Map<String, Double> complete(Map<String, Double> stored, List<String> filledIn) {
        Map<String, Double> out = new LinkedHashMap<>();
        AssessmentParameters d = AssessmentParameters.defaults();
        for (Parameter x : ALL) {
            Double v = stored.get(x.name());
            if (v == null) {
                filledIn.add(x.name());
                v = x.of(d);
            }
            out.put(x.name(), v);
        }
        return out;
    }

    /**
     * {@code base} with {@code values} (by name; a name not given keeps {@code base}'s value). A group whose values
     * all equal {@code base}'s leaves that part of {@code base} as it was, so a set holding the defaults assesses, and
     * hashes, exactly as no set. Values outside their range are refused ({@link IllegalArgumentException}); Settings
     * refuses them first, in the user's language.
     */
    public static AssessmentParameters apply(AssessmentParameters base, Map<String, Double> values) {
        Map<String, Double> v = new LinkedHashMap<>();
        for (Parameter x : ALL) {
            double given = values.getOrDefault(x.name(), x.of(base));
            if (!(given >= x.low() && given <= x.high())) {
                throw new IllegalArgumentException(x.name() + " must lie in [" + x.low() + ", " + x.high() + "], was "
                        + given);
            }
            v.put(x.name(), given);
        }
        ValuationParameters valuation = base.valuation();
        ValuationParameters.Builder b = null;
        if (differs(base, v, Group.HAZARD)) {
            Map<PatentType, Double> hazard = new EnumMap<>(PatentType.class);
            for (PatentType t : PatentType.values()) {
                hazard.put(t, v.get("HAZARD_" + t.name()));
            }
            b = valuation.toBuilder().hazardPerYear(hazard);
        }
        if (differs(base, v, Group.ECONOMIC_LIFE)) {
            Map<Character, Double> lives = new TreeMap<>();
            for (char c = 'A'; c <= 'H'; c++) {
                lives.put(c, v.get("ECONOMIC_LIFE_" + c));
            }
            b = (b == null ? valuation.toBuilder() : b).economicLifeBySection(lives)
                    .defaultEconomicLife(v.get("ECONOMIC_LIFE_DEFAULT"));
        }
        if (differs(base, v, Group.METHOD_WEIGHT)) {
            Map<String, Double> weights = new LinkedHashMap<>();
            for (Parameter x : ALL) {
                if (x.group() == Group.METHOD_WEIGHT) {
                    weights.put(x.subject(), v.get(x.name()));
                }
            }
            if (weights.values().stream().mapToDouble(Double::doubleValue).sum() <= 0) {
                throw new IllegalArgumentException("at least one valuation method needs a weight above 0");
            }
            b = (b == null ? valuation.toBuilder() : b).methodWeights(weights);
        }
        if (differs(base, v, Group.ROYALTY)) {
            Map<Character, ValuationParameters.RoyaltyRange> royalties = new TreeMap<>();
            for (char c = 'A'; c <= 'H'; c++) {
                double low = v.get("ROYALTY_" + c + "_LOW");
                double typical = v.get("ROYALTY_" + c + "_TYPICAL");
                double high = v.get("ROYALTY_" + c + "_HIGH");
                if (!(low <= typical && typical <= high)) {
                    throw new IllegalArgumentException("royalty rates of IPC section " + c
                            + " must rise from low to typical to high, were " + low + " / " + typical + " / " + high);
                }
                royalties.put(c, new ValuationParameters.RoyaltyRange(low, typical, high));
            }
            b = (b == null ? valuation.toBuilder() : b).royaltyRanges(royalties);
        }
        AssessmentParameters out = b == null ? base : base.withValuation(b.build());
        if (differs(base, v, Group.SCORING_WEIGHT) || differs(base, v, Group.INDICATOR_WEIGHT)) {
            double legal = v.get("SCORING_WEIGHT_LEGAL");
            double technical = v.get("SCORING_WEIGHT_TECHNICAL");
            double economic = v.get("SCORING_WEIGHT_ECONOMIC");
            if (Math.abs(legal + technical + economic - 1) > 1e-9) {
                throw new IllegalArgumentException("the dimension weights of the quality score must add up to 1, were "
                        + (legal + technical + economic));
            }
            Map<io.pledgebench.scoring.Dimension, Double> dimensions = new EnumMap<>(io.pledgebench.scoring.Dimension.class);
            dimensions.put(io.pledgebench.scoring.Dimension.LEGAL, legal);
            dimensions.put(io.pledgebench.scoring.Dimension.TECHNICAL, technical);
            dimensions.put(io.pledgebench.scoring.Dimension.ECONOMIC, economic);
            Map<io.pledgebench.scoring.Indicator, Double> indicators = new EnumMap<>(io.pledgebench.scoring.Indicator.class);
            for (io.pledgebench.scoring.Indicator i : io.pledgebench.scoring.Indicator.values()) {
                indicators.put(i, v.get("INDICATOR_WEIGHT_" + i.name()));
            }
            for (io.pledgebench.scoring.Dimension d : io.pledgebench.scoring.Dimension.values()) {
                double sum = io.pledgebench.scoring.Indicator.of(d).stream().mapToDouble(indicators::get).sum();
                if (Math.abs(sum - 1) > 1e-9) {
                    throw new IllegalArgumentException("the indicator weights of dimension " + d.code()
                            + " must add up to 1, were " + sum);
                }
            }
            // weights other than the financing scenario's (GB/T 42748-2023) are a custom scenario
            out = out.withScoring(out.scoring().withWeights(
                    new io.pledgebench.scoring.ScoringWeights("custom", dimensions, indicators)));
        }
        if (differs(base, v, Group.LIQUIDATION)) {
            Map<PatentType, LiquidationParameters> liq = new EnumMap<>(PatentType.class);
            for (PatentType t : PatentType.values()) {
                String at = "LIQUIDATION_" + t.name() + "_";
                liq.put(t, new LiquidationParameters(v.get(at + "FIRE_SALE"), v.get(at + "DISPOSAL_COST"),
                        v.get(at + "YEARS_TO_SELL"), v.get(at + "DISCOUNT_RATE")));
            }
            RiskParameters risk = out.risk().withLiquidation(liq);
            out = out.withRisk(risk);
        }
        return out;
    }

    private static boolean differs(AssessmentParameters base, Map<String, Double> v, Group group) {
        return ALL.stream().filter(x -> x.group() == group)
                .anyMatch(x -> Math.abs(x.of(base) - v.get(x.name())) >= 1e-12);
    }
}
