package io.pledgebench.io;

import io.pledgebench.domain.LegalEvent;
import io.pledgebench.domain.LegalStatus;
import io.pledgebench.domain.Patent;
import io.pledgebench.domain.StateFates;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
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

        StateFates fate = new StateFates(p.jurisdiction());
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
            fate.record(e);
            if (e.kind() == LegalEvent.Kind.FEE_PAID) {
                LocalDate until = paidUntil(p, e);
                if (until != null && (feePaidUntil == null || until.isAfter(feePaidUntil))) {
                    feePaidUntil = until;
                }
            }
        }

        LegalStatus ended = fate.endedStatus();
        LegalStatus status = p.status();
        if (ended != null) {
            status = ended;
        } else if (status == LegalStatus.LAPSED || status == LegalStatus.INVALIDATED) {
            if (fate.restored()) {
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

    private static LocalDate paidUntil(Patent p, LegalEvent e) {
        Matcher m = LegalEventXmlReader.FEE_YEAR.matcher(e.description());
        if (p.filingDate() == null || !m.find()) {
            return null;
        }
        return p.filingDate().plusYears(Integer.parseInt(m.group(1)));
    }
}
