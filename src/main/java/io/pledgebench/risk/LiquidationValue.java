package io.pledgebench.risk;

/**
 * What a forced sale of a patent is expected to return today:
 * LV = MV·(1 − fire-sale discount)·(1 − disposal cost) / (1 + r)^t, t the years the sale takes.
 */
public final class LiquidationValue {

    private LiquidationValue() {
    }

    public static double of(double marketValue, double fireSaleDiscount, double disposalCost, double yearsToSell,
                            double discountRate) {
        Probabilities.nonNegative("market value", marketValue);
        Probabilities.closedUnit("fire-sale discount", fireSaleDiscount);
        Probabilities.closedUnit("disposal cost", disposalCost);
        Probabilities.nonNegative("years to sell", yearsToSell);
        Probabilities.finite("discount rate", discountRate);
        if (discountRate <= -1) {
            throw new IllegalArgumentException("discount rate must exceed −1, was " + discountRate);
        }
        return marketValue * (1 - fireSaleDiscount) * (1 - disposalCost) / Math.pow(1 + discountRate, yearsToSell);
    }

    public static double of(double marketValue, LiquidationParameters p) {
        return of(marketValue, p.fireSaleDiscount(), p.disposalCost(), p.yearsToSell(), p.discountRate());
    }

    /** The haircuts of one patent type. */
    public record LiquidationParameters(double fireSaleDiscount, double disposalCost, double yearsToSell,
                                        double discountRate) {
        public LiquidationParameters {
            Probabilities.closedUnit("fire-sale discount", fireSaleDiscount);
            Probabilities.closedUnit("disposal cost", disposalCost);
            Probabilities.nonNegative("years to sell", yearsToSell);
            Probabilities.finite("discount rate", discountRate);
            if (discountRate <= -1) {
                throw new IllegalArgumentException("discount rate must exceed −1, was " + discountRate);
            }
        }

        public LiquidationParameters withDiscountRate(double r) {
            return new LiquidationParameters(fireSaleDiscount, disposalCost, yearsToSell, r);
        }
    }
}
