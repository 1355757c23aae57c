package io.pledgebench.valuation;

/**
 * The pledged pool's liquidation value on every simulated path at each checkpoint of the loan: {@code values[k][j]}
 * is the pool's value at {@code times[k]} (years from the valuation date) on path j. Paths are aligned across
 * checkpoints (path j is one scenario of the market factor, the inputs and the loss times).
 */
public record CollateralSimulation(double[] times, double[][] values) {

    public CollateralSimulation {
        times = times.clone();
        values = values.clone();
        if (times.length != values.length) {
            throw new IllegalArgumentException("one row of path values per checkpoint");
        }
    }

    public int paths() {
        return values.length == 0 ? 0 : values[0].length;
    }

    /** The values of all paths at checkpoint k (a copy). */
    public double[] at(int k) {
        return values[k].clone();
    }
}
