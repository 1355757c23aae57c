package io.pledgebench.cli;

/** Parses the comma-separated number series of the {@code calc} models ({@code --revenues 100,110,120}). */
final class SeriesOption {

    private SeriesOption() {
    }

    static double[] parse(String option, String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException(option + " is empty: give yearly figures like 100,110,120");
        }
        String[] parts = text.split(",", -1);
        double[] out = new double[parts.length];
        for (int i = 0; i < parts.length; i++) {
            String s = parts[i].trim();
            try {
                out[i] = Double.parseDouble(s);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(option + " value " + (i + 1) + " is not a number: '" + s + "'");
            }
            if (!Double.isFinite(out[i])) {
                throw new IllegalArgumentException(option + " value " + (i + 1) + " is not a finite number: '" + s + "'");
            }
        }
        return out;
    }
}
