package io.pledgebench.io;

import io.pledgebench.domain.LegalEvent;
import io.pledgebench.domain.LegalStatus;
import io.pledgebench.domain.Patent;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;

/**
 * Brings a stored patent up to date with legal events from a register (EPO INPADOC, USPTO assignments).
 *
 * <p>Events are replayed in date order. A European patent is a bundle of national rights: events naming a
 * contracting state change that state only, and the patent counts as lapsed when every state with a
 * recorded fate has lapsed (or when an event without a state ends the whole patent). For any other patent,
 * the latest lapse, expiry, invalidation or restoration decides. While the right lives, a security interest
 * not followed by a release makes it {@code PLEDGED}, and a validity challenge not followed by a decision
 * makes it {@code PENDING_INVALIDATION}; a status the register cannot see (frozen, disputed) is kept.
 * An annual-fee payment that names the patent year it pays for moves {@code annualFeePaidUntil} to that
 * year's end (filing date + year), never backwards. The events are appended, duplicates left out.
 */
public final class LegalEventMerger {

    private static final String WHOLE = "";
    private static final Set<LegalEvent.Kind> FATE = Set.of(LegalEvent.Kind.LAPSE, LegalEvent.Kind.EXPIRY,
            LegalEvent.Kind.INVALIDATION, LegalEvent.Kind.RESTORATION, LegalEvent.Kind.FEE_PAID, LegalEvent.Kind.GRANT);

    private LegalEventMerger() {
    }

    public static Patent merge(Patent p, List<LegalEvent> events) {
        List<LegalEvent> all = new ArrayList<>(p.events());
        for (LegalEvent e : events) {
            if (!all.contains(e)) {
                all.add(e);
            }
        }
        List<LegalEvent> ordered = new ArrayList<>(all);
        ordered.sort(Comparator.comparing(LegalEvent::date, Comparator.nullsFirst(Comparator.naturalOrder())));

        Map<String, LegalEvent.Kind> fate = new LinkedHashMap<>();
        boolean pledged = p.status() == LegalStatus.PLEDGED;
        boolean challenged = p.status() == LegalStatus.PENDING_INVALIDATION;
        boolean granted = p.status() != LegalStatus.APPLICATION;
        LocalDate feePaidUntil = p.annualFeePaidUntil();
        for (LegalEvent e : ordered) {
            switch (e.kind()) {
                case SECURITY_INTEREST: pledged = true; break;
                case SECURITY_RELEASE: pledged = false; break;
                case VALIDITY_CHALLENGE: challenged = true; break;
                case INVALIDATION: challenged = false; break;
                case GRANT: granted = true; break;
                default: break;
            }
            if (FATE.contains(e.kind())) {
                String where = national(p, e) ? WHOLE : e.country();
                if (e.kind() == LegalEvent.Kind.GRANT || e.kind() == LegalEvent.Kind.FEE_PAID) {
                    fate.putIfAbsent(where, e.kind());
                } else {
                    fate.put(where, e.kind());
                }
            }
            if (e.kind() == LegalEvent.Kind.FEE_PAID) {
                LocalDate until = paidUntil(p, e);
                if (until != null && (feePaidUntil == null || until.isAfter(feePaidUntil))) {
                    feePaidUntil = until;
                }
            }
        }

        LegalEvent.Kind end = ended(fate);
        LegalStatus status = p.status();
        if (end != null) {
            status = end == LegalEvent.Kind.INVALIDATION ? LegalStatus.INVALIDATED : LegalStatus.LAPSED;
        } else if (status == LegalStatus.LAPSED || status == LegalStatus.INVALIDATED) {
            if (restored(fate)) {
                status = LegalStatus.VALID;
            }
        } else if (status != LegalStatus.FROZEN && status != LegalStatus.DISPUTED) {
            if (pledged) {
                status = LegalStatus.PLEDGED;
            } else if (challenged) {
                status = LegalStatus.PENDING_INVALIDATION;
            } else if (granted) {
                status = LegalStatus.VALID;
            }
        }
        return p.toBuilder().status(status).annualFeePaidUntil(feePaidUntil).events(all).build();
    }

    /** An event that concerns the whole right: no state named, or the patent's own office. */
    private static boolean national(Patent p, LegalEvent e) {
        return e.country().isEmpty() || e.country().equals(p.jurisdiction())
                || !"EP".equals(p.jurisdiction());
    }

    /** The kind that ended the right, or null while it lives somewhere. */
    private static LegalEvent.Kind ended(Map<String, LegalEvent.Kind> fate) {
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
        if (!states.isEmpty() && states.stream().allMatch(LegalEventMerger::dead)) {
            return states.stream().allMatch(k -> k == LegalEvent.Kind.INVALIDATION)
                    ? LegalEvent.Kind.INVALIDATION : LegalEvent.Kind.LAPSE;
        }
        return null;
    }

    private static boolean restored(Map<String, LegalEvent.Kind> fate) {
        return fate.values().stream().anyMatch(k -> k == LegalEvent.Kind.RESTORATION);
    }

    private static boolean dead(LegalEvent.Kind k) {
        return k == LegalEvent.Kind.LAPSE || k == LegalEvent.Kind.EXPIRY || k == LegalEvent.Kind.INVALIDATION;
    }

    private static LocalDate paidUntil(Patent p, LegalEvent e) {
        Matcher m = LegalEventXmlReader.FEE_YEAR.matcher(e.description());
        if (p.filingDate() == null || !m.find()) {
            return null;
        }
        return p.filingDate().plusYears(Integer.parseInt(m.group(1)));
    }
}
