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
 * patent of the {@code lapsedTypes} lost, and the {@code invalidatedTopPatents} most valuable eligible patents lost.
 * The label is a bundle key ({@code assessment.stress.<id>}) for the built-in scenarios, or the user's own name.
 */
public record StressScenario(String id, String name, double marketValueFactor, double pdMultiplier,
                             double discountRateShift, Set<PatentType> lapsedTypes, int invalidatedTopPatents) {

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
    }

    /** The scenarios SPEC requires, in report order. */
    public static List<StressScenario> standard() {
        return List.of(
                new StressScenario("topPatentInvalidated", null, 1, 1, 0, Set.of(), 1),
                new StressScenario("utilityModelsLapse", null, 1, 1, 0, Set.of(PatentType.UTILITY_MODEL), 0),
                new StressScenario("marketValueMinus30", null, 0.7, 1, 0, Set.of(), 0),
                new StressScenario("discountRatePlus3pp", null, 1, 1, 0.03, Set.of(), 0),
                new StressScenario("pdTimes2", null, 1, 2, 0, Set.of(), 0));
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
     * {@code +}) and {@code top} (number of most valuable patents invalidated); unnamed keys keep their neutral value.
     * Example: {@code severe:value=0.6,pd=1.5,lapse=utility_model+design}.
     */
    public static StressScenario parse(String text) {
        int colon = text.indexOf(':');
        if (colon <= 0) {
            throw new IllegalArgumentException("stress scenario '" + text + "' must read NAME:key=value,… (keys value, pd,"
                    + " rate, lapse, top)");
        }
        String name = text.substring(0, colon).trim();
        double value = 1;
        double pd = 1;
        double rate = 0;
        Set<PatentType> lapse = EnumSet.noneOf(PatentType.class);
        int top = 0;
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
                    case "lapse":
                        for (String t : v.split("\\+")) {
                            lapse.add(PatentType.parse(t).orElseThrow(() -> new IllegalArgumentException(
                                    "stress scenario " + name + ": '" + t + "' is not a patent type")));
                        }
                        break;
                    default:
                        throw new IllegalArgumentException("stress scenario " + name + ": unknown key '" + key
                                + "' (keys: value, pd, rate, lapse, top)");
                }
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("stress scenario " + name + ": " + key + " must be a number, was '"
                        + v + "'");
            }
        }
        return new StressScenario("user:" + name, name, value, pd, rate, lapse, top);
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
        return m;
    }
}
