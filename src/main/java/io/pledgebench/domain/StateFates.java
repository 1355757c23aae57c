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
 *
 * <p>The states that count are the patent's <em>designated</em> contracting states when the register gives them (the
 * newest INPADOC {@code AK} event, {@link LegalEvent.Kind#DESIGNATION}): a designated state without any recorded event
 * is alive with its status unknown (no lapse is ever presumed), and an event in a state that is not designated is not
 * monitored. Without a designation the states are inferred from the recorded fates, as before.
 */
public final class StateFates {

    /** The key of the whole right (no state named, or not a European patent). */
    public static final String WHOLE = "";

    /** The kinds that settle a right's fate somewhere; a grant or a fee payment only records that it lives there. */
    public static final Set<LegalEvent.Kind> FATE = Set.of(LegalEvent.Kind.LAPSE, LegalEvent.Kind.EXPIRY,
            LegalEvent.Kind.INVALIDATION, LegalEvent.Kind.RESTORATION, LegalEvent.Kind.FEE_PAID, LegalEvent.Kind.GRANT);

    /**
     * The contracting states of the European Patent Convention (39, with Montenegro from 1 October 2022), the codes a
     * designation may hold: EPO, "Member states of the European Patent Organisation",
     * https://www.epo.org/en/about-us/foundation/member-states. Another code in a designation is left out with a
     * notice, never taken as a state.
     */
    public static final Set<String> EPC_STATES = Set.of("AL", "AT", "BE", "BG", "CH", "CY", "CZ", "DE", "DK", "EE",
            "ES", "FI", "FR", "GB", "GR", "HR", "HU", "IE", "IS", "IT", "LI", "LT", "LU", "LV", "MC", "ME", "MK", "MT",
            "NL", "NO", "PL", "PT", "RO", "RS", "SE", "SI", "SK", "SM", "TR");

    /** How a designation event's description lists its states (e.g. "designated states AT BE CH"). */
    private static final java.util.regex.Pattern DESIGNATED =
            java.util.regex.Pattern.compile("designated states((?: [A-Z]{2})+)(?![A-Za-z])");

    private final String jurisdiction;
    private final Map<String, LegalEvent.Kind> fate = new LinkedHashMap<>();
    private final Map<String, LocalDate> since = new LinkedHashMap<>();
    private List<String> designated;
    private LocalDate designatedOn;

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

    /** The text a designation event's description carries for {@code states}, which {@link #designation} reads. */
    public static String describeDesignation(java.util.Collection<String> states) {
        return "designated states " + String.join(" ", states);
    }

    /** The states a designation event lists (in its order), empty for any other event. */
    public static List<String> designation(LegalEvent e) {
        if (e.kind() != LegalEvent.Kind.DESIGNATION) {
            return List.of();
        }
        java.util.regex.Matcher m = DESIGNATED.matcher(e.description());
        if (!m.find()) {
            return List.of();
        }
        return java.util.Arrays.stream(m.group(1).strip().split(" ")).filter(EPC_STATES::contains).distinct().toList();
    }

    /**
     * Records a register event (ignored unless its kind settles a fate or designates the states of a European patent;
     * the newest designation counts, an undated one only while no dated one is known).
     */
    public void record(LegalEvent e) {
        if (e.kind() == LegalEvent.Kind.DESIGNATION) {
            List<String> states = designation(e);
            if ("EP".equals(jurisdiction) && !states.isEmpty() && (designated == null || designatedOn == null
                    || e.date() != null && !e.date().isBefore(designatedOn))) {
                designated = states;
                designatedOn = e.date();
            }
            return;
        }
        record(e.country(), e.kind(), e.date());
    }

    /** The designated states the register gives, or empty when it gives none (the states are then inferred). */
    public java.util.Optional<List<String>> designated() {
        return java.util.Optional.ofNullable(designated);
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
        for (String state : states()) {
            LegalEvent.Kind k = fate.get(state);
            if (k == null) {
                return null; // designated, no event recorded: alive, its status unknown
            }
            states.add(k);
        }
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
            if (!k.equals(WHOLE) && dead(v) && (designated == null || designated.contains(k))) {
                out.add(new StateEnd(k, v, since.get(k)));
            }
        });
        return out;
    }

    /**
     * The states that count: the designated states when the register gives them (in its order), else the states with
     * a recorded fate, in the order first recorded.
     */
    public List<String> states() {
        if (designated != null) {
            return designated;
        }
        return fate.keySet().stream().filter(k -> !k.equals(WHOLE)).toList();
    }

    /** The states that count where the right lives with a recorded event (a fee paid, a grant, a restoration). */
    public List<String> inForce() {
        return states().stream().filter(k -> fate.get(k) != null && !dead(fate.get(k))).toList();
    }

    /** The designated states without any recorded event: alive as far as anyone knows, their status unknown. */
    public List<String> noEvent() {
        return states().stream().filter(k -> fate.get(k) == null).toList();
    }

    /** States with a recorded fate that are not designated: not monitored (empty while no designation is known). */
    public List<String> notDesignated() {
        if (designated == null) {
            return List.of();
        }
        return fate.keySet().stream().filter(k -> !k.equals(WHOLE) && !designated.contains(k)).toList();
    }

    /**
     * The share of a European patent's states where it still lives, when it has ended in some but not all of them:
     * the data holds no revenue or value by state, so each state that counts weighs the same (ADR 0015). Empty when
     * nothing ended in any state, or when the right has ended as a whole (it is then a lapsed or invalidated patent).
     */
    public java.util.Optional<Share> share() {
        List<StateEnd> ended = endedStates();
        if (ended.isEmpty() || ended() != null) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new Share(states().size() - ended.size(), states().size(), ended,
                designated != null));
    }

    /**
     * @param alive      the states that count where the right lives (with an event or without any)
     * @param counted    the states that count (designated, or inferred from the recorded fates)
     * @param ended      the states where it ended
     * @param designated whether the states are the register's designation (else inferred from the events)
     */
    public record Share(int alive, int counted, List<StateEnd> ended, boolean designated) {
        public Share {
            ended = List.copyOf(ended);
            if (alive <= 0 || alive >= counted) {
                throw new IllegalArgumentException("a share is of a right alive in some states, not all: " + alive
                        + " of " + counted);
            }
        }

        /** The part of the patent's value kept: states alive over states counted. */
        public double fraction() {
            return alive / (double) counted;
        }
    }

    public static boolean dead(LegalEvent.Kind k) {
        return k == LegalEvent.Kind.LAPSE || k == LegalEvent.Kind.EXPIRY || k == LegalEvent.Kind.INVALIDATION;
    }

    /** A right that ended in one state: the state, the kind that ended it and the day (null when undated). */
    public record StateEnd(String state, LegalEvent.Kind kind, LocalDate date) {
    }
}
