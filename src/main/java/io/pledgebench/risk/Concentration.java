package io.pledgebench.risk;

import java.util.ArrayList;
import java.util.List;

/**
 * Concentration of collateral value: the Herfindahl–Hirschman index of value shares HHI = Σ sᵢ² and the
 * effective number of equally valued patents 1/HHI. The diversification haircut grows with concentration:
 * haircut = maximum haircut · HHI, so one patent bears the full haircut and n equal patents 1/n of it.
 */
public final class Concentration {

    private Concentration() {
    }

    public static ConcentrationResult of(List<Double> values) {
        if (values == null || values.isEmpty()) {
            throw new IllegalArgumentException("HHI needs at least one value");
        }
        double total = 0;
        for (int i = 0; i < values.size(); i++) {
            Double v = values.get(i);
            if (v == null) {
                throw new IllegalArgumentException("value " + (i + 1) + " is missing");
            }
            Probabilities.nonNegative("value " + (i + 1), v);
            total += v;
        }
        if (total <= 0) {
            throw new IllegalArgumentException("HHI needs a positive total value, the values add up to " + total);
        }
        List<Double> shares = new ArrayList<>(values.size());
        double hhi = 0;
        for (double v : values) {
            double s = v / total;
            shares.add(s);
            hhi += s * s;
        }
        return new ConcentrationResult(hhi, 1 / hhi, List.copyOf(shares));
    }

    public static double diversificationHaircut(double hhi, double maximumHaircut) {
        Probabilities.closedUnit("HHI", hhi);
        Probabilities.closedUnit("maximum diversification haircut", maximumHaircut);
        return maximumHaircut * hhi;
    }

    public record ConcentrationResult(double hhi, double effectiveNumber, List<Double> shares) {
        public double largestShare() {
            return shares.stream().mapToDouble(Double::doubleValue).max().orElse(0);
        }
    }
}
