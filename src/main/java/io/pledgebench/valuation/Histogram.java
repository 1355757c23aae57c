package io.pledgebench.valuation;

import java.util.List;

/** Equal-width bins from {@code min} to {@code max} with their counts, for charts. */
public record Histogram(double min, double max, List<Integer> counts) {

    public Histogram {
        counts = List.copyOf(counts);
    }

    public double binWidth() {
        return counts.isEmpty() ? 0 : (max - min) / counts.size();
    }

    /** Histogram of a sorted sample. */
    static Histogram of(double[] sorted, int bins) {
        double lo = sorted[0];
        double hi = sorted[sorted.length - 1];
        int[] c = new int[bins];
        double width = (hi - lo) / bins;
        for (double v : sorted) {
            int b = width > 0 ? (int) ((v - lo) / width) : 0;
            c[Math.min(b, bins - 1)]++;
        }
        Integer[] boxed = new Integer[bins];
        for (int i = 0; i < bins; i++) {
            boxed[i] = c[i];
        }
        return new Histogram(lo, hi, List.of(boxed));
    }
}
