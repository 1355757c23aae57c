package io.pledgebench.report.charts;

import io.pledgebench.domain.Patent;
import io.pledgebench.domain.PatentType;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.ToDoubleFunction;

/**
 * Slices for the composition charts: patents grouped by type or by IPC section, each weighted by a count
 * or by a value the caller supplies (for example the reconciled value of each patent).
 */
public final class Compositions {

    /** IPC sections A–H (WIPO International Patent Classification, section level). */
    private static final String SECTIONS = "ABCDEFGH";

    private Compositions() {
    }

    public static List<Share> byType(Collection<Patent> patents, ToDoubleFunction<Patent> weight, Locale locale) {
        Map<PatentType, Double> sums = new java.util.EnumMap<>(PatentType.class);
        for (Patent p : patents) {
            sums.merge(p.type(), weight.applyAsDouble(p), Double::sum);
        }
        List<Share> out = new ArrayList<>();
        for (Map.Entry<PatentType, Double> e : sums.entrySet()) {
            out.add(new Share(typeLabel(e.getKey(), locale), e.getValue()));
        }
        return out;
    }

    public static List<Share> byIpcSection(Collection<Patent> patents, ToDoubleFunction<Patent> weight, Locale locale) {
        // sections in letter order, patents without a class last
        Map<String, Double> sums = new TreeMap<>(java.util.Comparator.comparing((String k) -> "?".equals(k)).thenComparing(k -> k));
        for (Patent p : patents) {
            sums.merge(section(p.ipc()), weight.applyAsDouble(p), Double::sum);
        }
        List<Share> out = new ArrayList<>();
        for (Map.Entry<String, Double> e : sums.entrySet()) {
            out.add(new Share(sectionLabel(e.getKey(), locale), e.getValue()));
        }
        return out;
    }

    /** Counts: each patent weighs 1. */
    public static ToDoubleFunction<Patent> count() {
        return p -> 1.0;
    }

    public static String typeLabel(PatentType type, Locale locale) {
        return ChartLabels.get(locale, "report.type." + type.code());
    }

    /** The IPC section letter of a classification symbol ("H04L 9/32" → "H"), or "?" when absent or not IPC/CPC. */
    static String section(String ipc) {
        if (ipc == null || ipc.isBlank()) {
            return "?";
        }
        char c = Character.toUpperCase(ipc.strip().charAt(0));
        return SECTIONS.indexOf(c) >= 0 ? String.valueOf(c) : "?";
    }

    public static String sectionLabel(String section, Locale locale) {
        return "?".equals(section) ? ChartLabels.get(locale, "report.ipc.unknown")
                : section + " " + ChartLabels.get(locale, "report.ipc." + section);
    }
}
