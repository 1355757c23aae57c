package io.pledgebench.risk;

/**
 * Loss sharing in government-backed IP-pledge schemes: a risk compensation fund (风险补偿资金池), an insurer
 * (专利质押融资保证保险) and a guarantor each bear a share of the loss; the bank bears the rest.
 */
public final class RiskSharing {

    private RiskSharing() {
    }

    public static SharedLoss share(double expectedLoss, Shares shares) {
        Probabilities.nonNegative("expected loss", expectedLoss);
        return new SharedLoss(expectedLoss, expectedLoss * shares.compensationFund(), expectedLoss * shares.insurer(),
                expectedLoss * shares.guarantor(), expectedLoss * shares.bank());
    }

    /** Shares of the loss borne by others; the bank keeps 1 minus their sum. */
    public record Shares(double compensationFund, double insurer, double guarantor) {
        public static final Shares NONE = new Shares(0, 0, 0);

        public Shares {
            Probabilities.closedUnit("compensation fund share", compensationFund);
            Probabilities.closedUnit("insurer share", insurer);
            Probabilities.closedUnit("guarantor share", guarantor);
            double sum = compensationFund + insurer + guarantor;
            if (sum > 1 + 1e-12) {
                throw new IllegalArgumentException("loss shares of fund, insurer and guarantor add up to " + sum
                        + ", more than 1");
            }
        }

        public double bank() {
            return Math.max(0, 1 - compensationFund - insurer - guarantor);
        }
    }

    public record SharedLoss(double expectedLoss, double compensationFund, double insurer, double guarantor,
                             double bankNet) {
    }
}
