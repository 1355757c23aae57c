package io.pledgebench.risk.monitoring;

import io.pledgebench.domain.LegalEvent;
import io.pledgebench.domain.LegalStatus;
import io.pledgebench.domain.Patent;
import io.pledgebench.domain.StateFates;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * A patent as known on a date: its data when assessed, with the status updates dated on or before that day applied
 * in date order. Each update becomes a register event (so an ownership change and the date of a status change are
 * visible to {@link MonitoringRules}); the newest status wins; a fee payment moves the paid-up date one patent year
 * on. Updates dated after the day are not yet known and are left out, so monitoring as of a past date is reproducible.
 *
 * <p>An update naming one designated state of a European patent changes that state only, by the rule the importer
 * uses ({@link StateFates}, seeded with the patent's own register events): the patent becomes lapsed (or invalidated)
 * only when no state with a recorded fate remains, and a restoration in a state revives a patent that had ended
 * everywhere. A fee paid in one state does not move the paid-up date of the whole patent.
 */
public final class StatusUpdates {

    private StatusUpdates() {
    }

    public static Patent apply(Patent p, List<StatusUpdate> updates, LocalDate asOf) {
        Objects.requireNonNull(p, "patent");
        Objects.requireNonNull(asOf, "asOf");
        List<StatusUpdate> known = new ArrayList<>();
        for (StatusUpdate u : updates) {
            if (!u.date().isAfter(asOf) && u.patentNumber().equals(p.number().canonical())) {
                known.add(u);
            }
        }
        if (known.isEmpty()) {
            return p;
        }
        known.sort(Comparator.comparing(StatusUpdate::date));
        // the same register fact imported twice (the same file again, or two extracts that overlap) is one fact
        java.util.Map<Object, StatusUpdate> facts = new java.util.LinkedHashMap<>();
        for (StatusUpdate u : known) {
            facts.putIfAbsent(sameFact(u), u);
        }
        known = new ArrayList<>(facts.values());
        LegalStatus status = p.status();
        LocalDate paidUntil = p.annualFeePaidUntil();
        List<LegalEvent> events = new ArrayList<>(p.events());
        StateFates fates = StateFates.of(p.jurisdiction(), p.events());
        LocalDate lastCounted = null;
        for (StatusUpdate u : known) {
            LegalEvent e = u.toLegalEvent();
            if (u.perState()) {
                fates.record(e);
                LegalStatus ended = fates.endedStatus();
                if (ended != null) {
                    status = ended;
                } else if (e.kind() == LegalEvent.Kind.RESTORATION
                        && (status == LegalStatus.LAPSED || status == LegalStatus.INVALIDATED)) {
                    status = LegalStatus.VALID;
                }
            } else if (e.kind() == LegalEvent.Kind.DESIGNATION) {
                // the register's designated states: the states that count from now on; states designated without
                // any event keep the patent alive, so only a designation whose every state has ended ends it
                fates.record(e);
                LegalStatus ended = fates.endedStatus();
                if (ended != null) {
                    status = ended;
                }
            } else {
                status = u.effectiveStatus().orElse(status);
                fates.record(e);
                if (u.event() == LegalEvent.Kind.FEE_PAID && paidUntil != null && paysNextYear(u.date(), paidUntil)
                        && !(lastCounted != null && samePayment(lastCounted, u.date()))) {
                    paidUntil = paidUntil.plusYears(1);
                    lastCounted = u.date();
                }
            }
            if (!events.contains(e)) {
                events.add(e);
            }
        }
        return p.toBuilder().status(status).annualFeePaidUntil(paidUntil).events(events).build();
    }

    /**
     * What makes two updates the same register fact: the patent, the day, the status, the event and the state (the
     * note and the source file may differ between two extracts of one register).
     */
    public static java.util.List<Object> sameFact(StatusUpdate u) {
        return java.util.Arrays.asList(u.patentNumber(), u.date(), u.status(), u.event(), u.state());
    }

    /**
     * Whether a fee payment on {@code paid} pays a year not yet paid when the fees are paid up to {@code paidUntil}:
     * the fee of the year starting on {@code paidUntil} can be paid in the year before it or in the grace after it; a
     * payment made before that year's paid span began ({@code paidUntil} − 1 year or earlier) paid a year already
     * counted in the paid-up date, not another year.
     */
    static boolean paysNextYear(LocalDate paid, LocalDate paidUntil) {
        return paid.isAfter(paidUntil.minusYears(1));
    }

    /** Two fee payments of one patent less than this many days apart are one payment (one fee year). */
    public static final int SAME_PAYMENT_DAYS = 90;

    /**
     * Whether fee payments recorded on {@code a} and {@code b} are one payment: less than {@link #SAME_PAYMENT_DAYS}
     * apart. A receipt date and a register date of one payment are days or weeks apart; the fees of two years are
     * paid at least six months apart (the latest payment of a year, at the end of its six-month grace, and the next
     * year's due date), unless a year is paid more than nine months ahead.
     */
    public static boolean samePayment(LocalDate a, LocalDate b) {
        return Math.abs(java.time.temporal.ChronoUnit.DAYS.between(a, b)) < SAME_PAYMENT_DAYS;
    }
}
