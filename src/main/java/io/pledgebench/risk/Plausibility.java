package io.pledgebench.risk;

import io.pledgebench.domain.Enterprise;
import io.pledgebench.domain.Text;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Whether a loan request is plausible for the enterprise (SPEC revision 2, "Plausibility"): a request above the
 * enterprise's annual revenue or above its total assets is flagged with both amounts, and a request at least
 * {@link #ABSURD_MULTIPLE} times either is noted as absurd — the signature of a unit slip (an amount in yuan read as
 * 10,000 yuan is 10,000 times too large). A missing figure is noted as unchecked, never assumed.
 */
public final class Plausibility {

    /**
     * The multiple of revenue or total assets from which a request is noted as absurd. House convention: a loan 100
     * times a firm's whole annual revenue cannot be serviced from it on any term the policy allows (at most 60
     * months), so the figure is far more likely a unit error than a request.
     */
    public static final double ABSURD_MULTIPLE = 100;

    private Plausibility() {
    }

    /** What a check found; {@code code} is stable for programs, {@code text} is for readers. */
    public record Finding(Code code, Text text) {
    }

    public enum Code {
        ABOVE_REVENUE, ABOVE_TOTAL_ASSETS, ABSURD, REVENUE_UNKNOWN, TOTAL_ASSETS_UNKNOWN;

        /** Whether the request is flagged (as opposed to a note that a figure could not be checked). */
        public boolean flagged() {
            return this == ABOVE_REVENUE || this == ABOVE_TOTAL_ASSETS || this == ABSURD;
        }
    }

    /** The findings on {@code requestedLoan} against {@code enterprise} (null: nothing can be checked). */
    public static List<Finding> check(double requestedLoan, Enterprise enterprise) {
        Probabilities.positive("requested loan", requestedLoan);
        List<Finding> f = new ArrayList<>();
        BigDecimal revenue = enterprise == null ? null : enterprise.revenue();
        BigDecimal assets = enterprise == null ? null : enterprise.totalAssets();
        double worst = 0;
        int worstBase = -1;
        if (revenue == null) {
            f.add(new Finding(Code.REVENUE_UNKNOWN, Text.of("risk.plausibility.revenueUnknown", requestedLoan)));
        } else {
            double r = revenue.doubleValue();
            double multiple = requestedLoan / r;
            if (requestedLoan > r) {
                f.add(new Finding(Code.ABOVE_REVENUE, Text.of("risk.plausibility.aboveRevenue", requestedLoan, r,
                        Text.Multiple.of(multiple))));
            }
            if (multiple > worst) {
                worst = multiple;
                worstBase = 0;
            }
        }
        if (assets == null) {
            f.add(new Finding(Code.TOTAL_ASSETS_UNKNOWN, Text.of("risk.plausibility.totalAssetsUnknown",
                    requestedLoan)));
        } else {
            double a = assets.doubleValue();
            double multiple = requestedLoan / a;
            if (requestedLoan > a) {
                f.add(new Finding(Code.ABOVE_TOTAL_ASSETS, Text.of("risk.plausibility.aboveTotalAssets", requestedLoan,
                        a, Text.Multiple.of(multiple))));
            }
            if (multiple > worst) {
                worst = multiple;
                worstBase = 1;
            }
        }
        if (worst >= ABSURD_MULTIPLE) {
            f.add(new Finding(Code.ABSURD, Text.of("risk.plausibility.absurd", requestedLoan, Text.Multiple.of(worst),
                    worstBase)));
        }
        return List.copyOf(f);
    }

    /** Whether any finding flags the request. */
    public static boolean flagged(List<Finding> findings) {
        return findings.stream().anyMatch(x -> x.code().flagged());
    }
}
