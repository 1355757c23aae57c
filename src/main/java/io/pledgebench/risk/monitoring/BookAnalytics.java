package io.pledgebench.risk.monitoring;

import io.pledgebench.risk.Concentration;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The loan book as a whole: totals, the distribution of coverage across loans, and the concentration of exposure by
 * borrower, industry, IPC section and risk-sharing scheme (each group's share of exposure and the Herfindahl–Hirschman
 * index of the shares, as {@link Concentration} computes it for collateral). A loan without an industry or a scheme is
 * counted in an explicit "not given" group, so the shares always add up to the whole book.
 */
public final class BookAnalytics {

    /** The group a loan without the attribute is counted in. */
    public static final String NOT_GIVEN = "";
    /** Upper bounds of the coverage bands; the last band is open. */
    public static final List<Double> COVERAGE_BANDS = List.of(0.25, 0.5, 1.0, 2.0);

    private BookAnalytics() {
    }

    /** Share of exposure per group (sorted by group) and the index of those shares. */
    public record Groups(Map<String, Double> shares, Map<String, BigDecimal> exposure, double hhi) {
    }

    /**
     * Counts of loans per coverage band: {@code counts.get(i)} loans have coverage below
     * {@code COVERAGE_BANDS.get(i)} and at or above the band before; the last count is coverage at or above the last
     * bound. Loans with nothing exposed are counted apart.
     */
    public record CoverageDistribution(List<Integer> counts, int withoutExposure) {
    }

    public record Book(int loans, BigDecimal exposure, BigDecimal marketValue, BigDecimal liquidationValue,
                       BigDecimal lifetimeExpectedLoss, BigDecimal capital, Double coverage,
                       CoverageDistribution coverageDistribution, Groups byBorrower, Groups byIndustry,
                       Groups byIpcSection, Groups byScheme) {
    }

    public static Book of(Collection<LoanFigures> loans) {
        BigDecimal exposure = sum(loans, LoanFigures::exposure);
        BigDecimal liquidation = sum(loans, LoanFigures::liquidationValue);
        return new Book(loans.size(), exposure, sum(loans, LoanFigures::marketValue), liquidation,
                sum(loans, LoanFigures::lifetimeExpectedLoss), sum(loans, LoanFigures::capital),
                exposure.signum() == 0 ? null : liquidation.doubleValue() / exposure.doubleValue(),
                coverage(loans),
                groups(loans, l -> Map.of(l.borrower(), 1.0)),
                groups(loans, l -> Map.of(orNotGiven(l.industry()), 1.0)),
                groups(loans, l -> l.ipcSections().isEmpty() ? Map.of(NOT_GIVEN, 1.0) : l.ipcSections()),
                groups(loans, l -> Map.of(orNotGiven(l.riskSharingScheme()), 1.0)));
    }

    private static String orNotGiven(String s) {
        return s == null || s.isBlank() ? NOT_GIVEN : s;
    }

    private static BigDecimal sum(Collection<LoanFigures> loans, Function<LoanFigures, BigDecimal> f) {
        BigDecimal s = BigDecimal.ZERO;
        for (LoanFigures l : loans) {
            s = s.add(f.apply(l));
        }
        return s;
    }

    private static CoverageDistribution coverage(Collection<LoanFigures> loans) {
        int[] counts = new int[COVERAGE_BANDS.size() + 1];
        int none = 0;
        for (LoanFigures l : loans) {
            Double c = l.coverage();
            if (c == null) {
                none++;
                continue;
            }
            int band = 0;
            while (band < COVERAGE_BANDS.size() && c >= COVERAGE_BANDS.get(band)) {
                band++;
            }
            counts[band]++;
        }
        List<Integer> out = new ArrayList<>();
        for (int c : counts) {
            out.add(c);
        }
        return new CoverageDistribution(List.copyOf(out), none);
    }

    private static Groups groups(Collection<LoanFigures> loans, Function<LoanFigures, Map<String, Double>> split) {
        Map<String, BigDecimal> exposure = new TreeMap<>();
        for (LoanFigures l : loans) {
            for (Map.Entry<String, Double> e : split.apply(l).entrySet()) {
                BigDecimal part = e.getValue() == 1.0 ? l.exposure() : l.exposure()
                        .multiply(BigDecimal.valueOf(e.getValue())).setScale(2, java.math.RoundingMode.HALF_UP);
                exposure.merge(e.getKey(), part, BigDecimal::add);
            }
        }
        double total = exposure.values().stream().mapToDouble(BigDecimal::doubleValue).sum();
        Map<String, Double> shares = new LinkedHashMap<>();
        if (total <= 0) {
            exposure.keySet().forEach(k -> shares.put(k, 0.0));
            return new Groups(shares, exposure, 0.0);
        }
        Concentration.ConcentrationResult c = Concentration.of(exposure.values().stream()
                .map(BigDecimal::doubleValue).toList());
        int i = 0;
        for (String k : exposure.keySet()) {
            shares.put(k, c.shares().get(i++));
        }
        return new Groups(shares, exposure, c.hhi());
    }
}
