package io.pledgebench.risk;

import io.pledgebench.domain.PatentType;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A shock to the assessment's inputs: market values scaled by {@code marketValueFactor}, PD multiplied by
 * {@code pdMultiplier}, the valuation and liquidation discount rates shifted by {@code discountRateShift}, every
 * patent of the {@code lapsedTypes} lost, the {@code invalidatedTopPatents} most valuable patents counted as collateral (that lend) lost, and,
 * when {@code liquidationShareOfMarketValue} is set, every patent's liquidation value replaced by that share of its
 * market value (see {@link RiskParameters#withLiquidationAtShareOfMarketValue(double)}).
 * The label is a bundle key ({@code assessment.stress.<id>}) for the built-in scenarios, or the user's own name.
 */
public record StressScenario(String id, String name, double marketValueFactor, double pdMultiplier,
                             double discountRateShift, Set<PatentType> lapsedTypes, int invalidatedTopPatents,
                             Double liquidationShareOfMarketValue) {

    /** Id of the standard scenario that sells the collateral at 10 % of market value. */
    public static final String DISPOSAL_AT_10_PERCENT_RECOVERY = "disposalAt10PercentRecovery";

    /**
     * The recovery of that scenario: the product's risk disclosure (SPEC) says recoveries on disposal are often
     * below 10 % of appraised value, and SPEC revision 2 requires this scenario to run always.
     */
    public static final double DISCLOSED_RECOVERY = 0.10;

    /** A scenario that keeps the liquidation haircuts of the parameters. */
    public StressScenario(String id, String name, double marketValueFactor, double pdMultiplier,
                          double discountRateShift, Set<PatentType> lapsedTypes, int invalidatedTopPatents) {
        this(id, name, marketValueFactor, pdMultiplier, discountRateShift, lapsedTypes, invalidatedTopPatents, null);
    }

    public StressScenario {
        Objects.requireNonNull(id, "id");
        name = name == null ? id : name;
        Probabilities.nonNegative("market value factor of scenario " + id, marketValueFactor);
        Probabilities.positive("PD multiplier of scenario " + id, pdMultiplier);
        Probabilities.finite("discount-rate shift of scenario " + id, discountRateShift);
        lapsedTypes = lapsedTypes == null || lapsedTypes.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(lapsedTypes));
        if (invalidatedTopPatents < 0) {
            throw new IllegalArgumentException("invalidated top patents of scenario " + id + " must be ≥ 0, was "
                    + invalidatedTopPatents);
        }
        if (liquidationShareOfMarketValue != null) {
            Probabilities.closedUnit("liquidation value share of scenario " + id, liquidationShareOfMarketValue);
        }
    }

    /** The scenarios SPEC requires, in report order. */
    public static List<StressScenario> standard() {
        return List.of(
                new StressScenario("topPatentInvalidated", null, 1, 1, 0, Set.of(), 1),
                new StressScenario("utilityModelsLapse", null, 1, 1, 0, Set.of(PatentType.UTILITY_MODEL), 0),
                new StressScenario("marketValueMinus30", null, 0.7, 1, 0, Set.of(), 0),
                new StressScenario("discountRatePlus3pp", null, 1, 1, 0.03, Set.of(), 0),
                new StressScenario("pdTimes2", null, 1, 2, 0, Set.of(), 0),
                new StressScenario(DISPOSAL_AT_10_PERCENT_RECOVERY, null, 1, 1, 0, Set.of(), 0, DISCLOSED_RECOVERY));
    }

    /**
     * The risk parameters under this scenario: liquidation discount rates shifted by {@link #discountRateShift()},
     * then, when set, liquidation value at {@link #liquidationShareOfMarketValue()} of market value.
     */
    public RiskParameters stressedRiskParameters(RiskParameters p) {
        RiskParameters r = discountRateShift != 0 ? p.withLiquidationRateShift(discountRateShift) : p;
        return liquidationShareOfMarketValue != null
                ? r.withLiquidationAtShareOfMarketValue(liquidationShareOfMarketValue) : r;
    }

    /**
     * The stressed PD, pdMultiplier·PD; a product that reaches 1 is refused, since default would then be certain
     * and the IRB formula undefined.
     */
    public double stressedPd(double pd) {
        double s = pd * pdMultiplier;
        if (!(s > 0 && s < 1)) {
            throw new IllegalArgumentException("scenario " + id + " multiplies PD " + pd + " by " + pdMultiplier
                    + " to " + s + ", outside (0, 1)");
        }
        return s;
    }

    /**
     * A user-defined scenario written {@code NAME:key=value,…} with keys {@code value} (market value factor),
     * {@code pd} (PD multiplier), {@code rate} (discount-rate shift, decimal), {@code lapse} (patent types joined by
     * {@code +}), {@code top} (number of most valuable patents invalidated) and {@code recovery} (liquidation value as
     * a share of market value); unnamed keys keep their neutral value.
     * Example: {@code severe:value=0.6,pd=1.5,lapse=utility_model+design,recovery=0.05}.
     */
    public static StressScenario parse(String text) {
        int colon = text.indexOf(':');
        if (colon <= 0) {
            throw new IllegalArgumentException("stress scenario '" + text + "' must read NAME:key=value,… (keys value, pd,"
                    + " rate, lapse, top, recovery)");
        }
        String name = text.substring(0, colon).trim();
        double value = 1;
        double pd = 1;
        double rate = 0;
        Set<PatentType> lapse = EnumSet.noneOf(PatentType.class);
        int top = 0;
        Double recovery = null;
        for (String part : text.substring(colon + 1).split(",")) {
            if (part.isBlank()) {
                continue;
            }
            int eq = part.indexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException("stress scenario " + name + ": '" + part + "' is not key=value");
            }
            String key = part.substring(0, eq).trim();
            String v = part.substring(eq + 1).trim();
            try {
                switch (key) {
                    case "value": value = Double.parseDouble(v); break;
                    case "pd": pd = Double.parseDouble(v); break;
                    case "rate": rate = Double.parseDouble(v); break;
                    case "top": top = Integer.parseInt(v); break;
                    case "recovery": recovery = Double.parseDouble(v); break;
                    case "lapse":
                        for (String t : v.split("\\+")) {
                            lapse.add(PatentType.parse(t).orElseThrow(() -> new IllegalArgumentException(
                                    "stress scenario " + name + ": '" + t + "' is not a patent type")));
                        }
                        break;
                    default:
                        throw new IllegalArgumentException("stress scenario " + name + ": unknown key '" + key
                                + "' (keys: value, pd, rate, lapse, top, recovery)");
                }
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("stress scenario " + name + ": " + key + " must be a number, was '"
                        + v + "'");
            }
        }
        return new StressScenario("user:" + name, name, value, pd, rate, lapse, top, recovery);
    }

    public Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", id);
        m.put("name", name);
        m.put("marketValueFactor", marketValueFactor);
        m.put("pdMultiplier", pdMultiplier);
        m.put("discountRateShift", discountRateShift);
        m.put("lapsedTypes", lapsedTypes.stream().sorted().map(PatentType::code).toList());
        m.put("invalidatedTopPatents", invalidatedTopPatents);
        m.put("liquidationShareOfMarketValue", liquidationShareOfMarketValue);
        return m;
    }
}
