package io.pledgebench.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The fate of a right per state: a European patent is a bundle of national rights, so a lapse, expiry, invalidation
 * or restoration that names one contracting state changes that state only, and the patent as a whole has ended when
 * an event without a state ends it, or when every state with a recorded fate has ended. For any other patent every
 * event concerns the whole right. The one rule shared by the importer's merge of register events and by monitoring's
 * dated status updates; fed in date order.
 */
public final class StateFates {

    /** The key of the whole right (no state named, or not a European patent). */
    public static final String WHOLE = "";

    /** The kinds that settle a right's fate somewhere; a grant or a fee payment only records that it lives there. */
    public static final Set<LegalEvent.Kind> FATE = Set.of(LegalEvent.Kind.LAPSE, LegalEvent.Kind.EXPIRY,
            LegalEvent.Kind.INVALIDATION, LegalEvent.Kind.RESTORATION, LegalEvent.Kind.FEE_PAID, LegalEvent.Kind.GRANT);

    private final String jurisdiction;
    private final Map<String, LegalEvent.Kind> fate = new LinkedHashMap<>();
    private final Map<String, LocalDate> since = new LinkedHashMap<>();

    public StateFates(String jurisdiction) {
        this.jurisdiction = jurisdiction == null ? "" : jurisdiction;
    }

    /** The fates a patent's register events record, replayed in date order (undated first). */
    public static StateFates of(String jurisdiction, java.util.Collection<LegalEvent> events) {
        List<LegalEvent> ordered = new ArrayList<>(events);
        ordered.sort(java.util.Comparator.comparing(LegalEvent::date,
                java.util.Comparator.nullsFirst(java.util.Comparator.naturalOrder())));
        StateFates fates = new StateFates(jurisdiction);
        ordered.forEach(fates::record);
        return fates;
    }

    /**
     * Whether an event naming {@code country} concerns the whole right of a patent of {@code jurisdiction}: no state
     * named, the patent's own office, or a patent that is not European.
     */
    public static boolean national(String jurisdiction, String country) {
        return country == null || country.isEmpty() || country.equals(jurisdiction) || !"EP".equals(jurisdiction);
    }

    /** The state an event naming {@code country} concerns, or {@link #WHOLE}. */
    public String where(String country) {
        return national(jurisdiction, country) ? WHOLE : country;
    }

    /** Records a register event (ignored unless its kind settles a fate). */
    public void record(LegalEvent e) {
        record(e.country(), e.kind(), e.date());
    }

    /** Records an event of {@code kind} on {@code date} (may be null) naming {@code country} (empty: the whole right). */
    public void record(String country, LegalEvent.Kind kind, LocalDate date) {
        Objects.requireNonNull(kind, "kind");
        if (!FATE.contains(kind)) {
            return;
        }
        String where = where(country);
        if (kind == LegalEvent.Kind.GRANT || kind == LegalEvent.Kind.FEE_PAID) {
            if (fate.putIfAbsent(where, kind) == null) {
                since.put(where, date);
            }
        } else {
            fate.put(where, kind);
            since.put(where, date);
        }
    }

    /** The kind that ended the right, or null while it lives somewhere. */
    public LegalEvent.Kind ended() {
        LegalEvent.Kind whole = fate.get(WHOLE);
        if (whole != null && dead(whole)) {
            return whole;
        }
        List<LegalEvent.Kind> states = new ArrayList<>();
        fate.forEach((k, v) -> {
            if (!k.equals(WHOLE)) {
                states.add(v);
            }
        });
        if (!states.isEmpty() && states.stream().allMatch(StateFates::dead)) {
            return states.stream().allMatch(k -> k == LegalEvent.Kind.INVALIDATION)
                    ? LegalEvent.Kind.INVALIDATION : LegalEvent.Kind.LAPSE;
        }
        return null;
    }

    /** The status an ended right has: invalidated or lapsed; null while it lives somewhere. */
    public LegalStatus endedStatus() {
        LegalEvent.Kind end = ended();
        return end == null ? null : end == LegalEvent.Kind.INVALIDATION ? LegalStatus.INVALIDATED : LegalStatus.LAPSED;
    }

    /** Whether a restoration was recorded anywhere. */
    public boolean restored() {
        return fate.values().stream().anyMatch(k -> k == LegalEvent.Kind.RESTORATION);
    }

    /**
     * The states where the right has ended (lapsed, expired or invalidated), in the order first recorded, each with
     * the kind and the date of the event that ended it there.
     */
    public List<StateEnd> endedStates() {
        List<StateEnd> out = new ArrayList<>();
        fate.forEach((k, v) -> {
            if (!k.equals(WHOLE) && dead(v)) {
                out.add(new StateEnd(k, v, since.get(k)));
            }
        });
        return out;
    }

    /** The states with a recorded fate, in the order first recorded. */
    public List<String> states() {
        return fate.keySet().stream().filter(k -> !k.equals(WHOLE)).toList();
    }

    public static boolean dead(LegalEvent.Kind k) {
        return k == LegalEvent.Kind.LAPSE || k == LegalEvent.Kind.EXPIRY || k == LegalEvent.Kind.INVALIDATION;
    }

    /** A right that ended in one state: the state, the kind that ended it and the day (null when undated). */
    public record StateEnd(String state, LegalEvent.Kind kind, LocalDate date) {
    }
}
