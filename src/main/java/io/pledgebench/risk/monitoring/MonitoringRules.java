package io.pledgebench.risk.monitoring;

import io.pledgebench.domain.LegalEvent;
import io.pledgebench.domain.LegalStatus;
import io.pledgebench.domain.Patent;
import io.pledgebench.domain.StateFates;
import io.pledgebench.domain.Text;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The post-loan checks of one booked loan on a date: each pledged patent's fee calendar, legal status, ownership
 * changes and expiry against maturity; the loan's pledge registration, appraisal age and, when a revaluation is given,
 * coverage and value drop against its triggers. Pure: the caller supplies the loan as now known and the revaluation.
 */
public final class MonitoringRules {

    private final MonitoringPolicy policy;

    public MonitoringRules(MonitoringPolicy policy) {
        this.policy = Objects.requireNonNull(policy, "policy");
    }

    public MonitoringPolicy policy() {
        return policy;
    }

    /**
     * An acknowledgement of {@code alert} by {@code user} at {@code at}: it holds until the alert's due date, and at
     * least for the policy's cure period from the day it is made.
     */
    public Acknowledgement acknowledge(Alert alert, String user, String comment, java.time.Instant at) {
        LocalDate day = at.atZone(java.time.ZoneOffset.UTC).toLocalDate();
        LocalDate cured = cure(day);
        return new Acknowledgement(alert.key(), user, comment, at,
                alert.dueDate().isAfter(cured) ? alert.dueDate() : cured);
    }

    /**
     * The alerts of {@code loan} on {@code asOf}; {@code revaluation} may be {@code null} (coverage and value drop
     * are then not checked: the caller reports that the loan was not revalued).
     */
    public List<Alert> check(MonitoredLoan loan, Revaluation revaluation, LocalDate asOf) {
        Objects.requireNonNull(loan, "loan");
        Objects.requireNonNull(asOf, "asOf");
        List<Alert> out = new ArrayList<>();
        for (Patent p : loan.pledged()) {
            fees(loan, p, asOf, out);
            status(loan, p, asOf, out);
            states(loan, p, out);
            ownership(loan, p, out);
            expiry(loan, p, out);
        }
        registration(loan, asOf, out);
        appraisal(loan, asOf, out);
        if (revaluation != null) {
            coverage(loan, revaluation, asOf, out);
            valueDrop(loan, revaluation, asOf, out);
        }
        return out;
    }

    private void fees(MonitoredLoan loan, Patent p, LocalDate asOf, List<Alert> out) {
        if (p.status() == LegalStatus.LAPSED || p.status() == LegalStatus.INVALIDATED) {
            return; // the status alert says it; no fee is payable on a terminated right
        }
        FeeStatus f = policy.fees().at(p, asOf);
        String number = p.number().toString();
        switch (f.state()) {
            case DUE_SOON -> out.add(new Alert(AlertType.FEE_DUE, Severity.LOW, loan.loanId(), number, f.due(), f.due(),
                    f.fee() == null ? Text.of("monitoring.fee.due", number, f.due().toString())
                            : Text.of("monitoring.fee.dueAmount", number, f.due().toString(), Text.Amount.payable(f.fee()),
                                    f.patentYear()),
                    Text.of("monitoring.fee.due.action", f.due().toString()), f.due().toString()));
            case IN_GRACE -> {
                LocalDate lastDay = f.lapseDate().minusDays(1);
                out.add(new Alert(AlertType.FEE_IN_GRACE, Severity.HIGH, loan.loanId(), number, f.due(), lastDay,
                        f.fee() == null ? Text.of("monitoring.fee.inGrace", number, f.due().toString(),
                                lastDay.toString())
                                : Text.of("monitoring.fee.inGraceAmount", number, f.due().toString(), lastDay.toString(),
                                        f.monthsLate(), f.surchargeRate(), Text.Amount.payable(f.fee()),
                                        Text.Amount.payable(f.surcharge()), Text.Amount.payable(f.amountToPay())),
                        Text.of("monitoring.fee.inGrace.action", lastDay.toString()), f.due().toString()));
            }
            // as every status change: the cure period from the day it happened to act (docs/monitoring.md)
            case LAPSED -> out.add(new Alert(AlertType.STATUS_CHANGE, Severity.HIGH, loan.loanId(), number,
                    f.lapseDate(), cure(f.lapseDate()),
                    Text.of("monitoring.fee.lapsed", number, f.due().toString(), f.lapseDate().minusDays(1).toString()),
                    Text.of("monitoring.status.lapsed.action"), "feeLapse:" + f.due()));
            case UNKNOWN -> out.add(new Alert(AlertType.FEE_DUE, Severity.MEDIUM, loan.loanId(), number, asOf, asOf,
                    Text.of("monitoring.fee.unknown", number), Text.of("monitoring.fee.unknown.action"), "unknown"));
            case PAID, NO_FURTHER_FEE -> {
            }
            default -> throw new IllegalStateException("fee state " + f.state());
        }
    }

    private LocalDate cure(LocalDate found) {
        return found.plusDays(policy.cureDays());
    }

    private void status(MonitoredLoan loan, Patent p, LocalDate asOf, List<Alert> out) {
        String key = switch (p.status()) {
            case LAPSED -> "lapsed";
            case INVALIDATED -> "invalidated";
            case FROZEN -> "frozen";
            case PENDING_INVALIDATION -> "pendingInvalidation";
            case DISPUTED -> "disputed";
            default -> null;
        };
        if (key == null) {
            return;
        }
        Severity s = p.status() == LegalStatus.PENDING_INVALIDATION ? Severity.MEDIUM : Severity.HIGH;
        LocalDate since = latestEvent(p, loan.drawdown()).orElse(asOf);
        String number = p.number().toString();
        out.add(new Alert(AlertType.STATUS_CHANGE, s, loan.loanId(), number, since, cure(since),
                Text.of("monitoring.status." + key, number),
                Text.of("monitoring.status." + key + ".action"), "status:" + p.status().code()));
    }

    /**
     * A European patent that ended in one designated state after drawdown but lives on in others (by the per-state
     * rule of {@link StateFates}): one alert per state, naming it, the states where it remains in force (with an event
     * there, or designated without any: status unknown) and the share of its value the revaluation keeps
     * ({@link StateFates#share()}, each state counting equally as the data holds no value by state; ADR 0015). The
     * patent stays in force as collateral; when it has ended everywhere, the status alert says so instead.
     */
    private void states(MonitoredLoan loan, Patent p, List<Alert> out) {
        if (p.status() == LegalStatus.LAPSED || p.status() == LegalStatus.INVALIDATED) {
            return;
        }
        StateFates fates = StateFates.of(p.jurisdiction(), p.events());
        Optional<StateFates.Share> share = fates.share();
        if (share.isEmpty()) {
            return;
        }
        StateFates.Share sh = share.get();
        String inForce = fates.inForce().isEmpty() ? "–" : String.join(", ", fates.inForce());
        List<String> noEvent = fates.noEvent();
        String number = p.number().toString();
        for (StateFates.StateEnd e : sh.ended()) {
            if (e.date() == null || e.date().isBefore(loan.drawdown())) {
                continue; // known when the loan was assessed
            }
            String key = e.kind() == LegalEvent.Kind.INVALIDATION ? "stateInvalidated"
                    : e.kind() == LegalEvent.Kind.EXPIRY ? "stateExpired" : "stateLapsed";
            out.add(new Alert(AlertType.STATUS_CHANGE, Severity.MEDIUM, loan.loanId(), number, e.date(),
                    cure(e.date()),
                    Text.of("monitoring.status." + key + "Share", number, e.state(), e.date().toString(), inForce,
                            noEvent.size(), String.join(", ", noEvent), sh.ended().size(), sh.counted(),
                            sh.fraction(), sh.designated() ? 1 : 0),
                    Text.of("monitoring.status.stateEnded.action", e.state()),
                    "state:" + e.state() + ":" + e.kind().name().toLowerCase(java.util.Locale.ROOT)));
        }
    }

    /** The date of the newest register event after drawdown, the best evidence of when a status changed. */
    private static Optional<LocalDate> latestEvent(Patent p, LocalDate drawdown) {
        return p.events().stream().map(LegalEvent::date).filter(Objects::nonNull).filter(d -> !d.isBefore(drawdown))
                .max(LocalDate::compareTo);
    }

    private void ownership(MonitoredLoan loan, Patent p, List<Alert> out) {
        String number = p.number().toString();
        for (LegalEvent e : p.events()) {
            if (e.kind() == LegalEvent.Kind.ASSIGNMENT && e.date() != null && e.date().isAfter(loan.drawdown())) {
                out.add(new Alert(AlertType.STATUS_CHANGE, Severity.HIGH, loan.loanId(), number, e.date(),
                        cure(e.date()),
                        Text.of("monitoring.status.assignment", number, e.date().toString(), e.description()),
                        Text.of("monitoring.status.assignment.action"), "assignment:" + e.date()));
            }
        }
    }

    private void expiry(MonitoredLoan loan, Patent p, List<Alert> out) {
        Optional<LocalDate> expiry = p.legalExpiry();
        if (expiry.isEmpty() || expiry.get().isAfter(loan.maturity())) {
            return;
        }
        LocalDate urgentFrom = loan.maturity().minusDays(policy.expiryUrgentDays());
        Severity s = expiry.get().isBefore(urgentFrom) ? Severity.HIGH : Severity.MEDIUM;
        String number = p.number().toString();
        out.add(new Alert(AlertType.EXPIRY_BEFORE_MATURITY, s, loan.loanId(), number, expiry.get(), expiry.get(),
                Text.of("monitoring.expiry", number, expiry.get().toString(), loan.maturity().toString()),
                Text.of("monitoring.expiry.action", expiry.get().toString()), expiry.get().toString()));
    }

    private void registration(MonitoredLoan loan, LocalDate asOf, List<Alert> out) {
        if (loan.registered()) {
            return;
        }
        LocalDate deadline = loan.drawdown().plusDays(loan.registrationDays());
        if (asOf.isAfter(deadline)) {
            LocalDate applied = loan.registrationAppliedOn();
            // once applied for, the alert chases the application rather than asking to file it (same condition key)
            Text reason = applied == null
                    ? Text.of("monitoring.registration.missing", loan.drawdown().toString(), loan.registrationDays(),
                            deadline.toString())
                    : Text.of("monitoring.registration.pending", loan.drawdown().toString(), applied.toString(),
                            loan.registrationDays(), deadline.toString());
            Text action = applied == null ? Text.of("monitoring.registration.missing.action")
                    : Text.of("monitoring.registration.pending.action", applied.toString());
            out.add(new Alert(AlertType.REGISTRATION_MISSING, Severity.HIGH, loan.loanId(), null, deadline, deadline,
                    reason, action, "registration"));
        }
    }

    private void appraisal(MonitoredLoan loan, LocalDate asOf, List<Alert> out) {
        LocalDate staleFrom = loan.appraisalDate().plusMonths(policy.appraisalMaxMonths());
        if (asOf.isAfter(staleFrom)) {
            out.add(new Alert(AlertType.APPRAISAL_STALE, Severity.MEDIUM, loan.loanId(), null, staleFrom, staleFrom,
                    Text.of("monitoring.appraisal.stale", loan.appraisalDate().toString(), policy.appraisalMaxMonths()),
                    Text.of("monitoring.appraisal.stale.action"), loan.appraisalDate().toString()));
        }
    }

    private void coverage(MonitoredLoan loan, Revaluation r, LocalDate asOf, List<Alert> out) {
        double coverage = r.coverage(loan.exposure());
        double trigger = loan.triggers().minimumCoverage();
        if (coverage < trigger) {
            out.add(new Alert(AlertType.COVERAGE_BREACH, Severity.HIGH, loan.loanId(), null, asOf, cure(asOf),
                    Text.of("monitoring.coverage.breach", coverage, trigger, Text.Amount.of(r.liquidationValue()),
                            Text.Amount.of(loan.exposure())),
                    Text.of("monitoring.coverage.breach.action"), "coverage"));
        }
    }

    private void valueDrop(MonitoredLoan loan, Revaluation r, LocalDate asOf, List<Alert> out) {
        BigDecimal booked = loan.bookedMarketValue();
        if (booked == null || booked.signum() <= 0) {
            return;
        }
        double drop = 1.0 - r.marketValue().doubleValue() / booked.doubleValue();
        if (drop > loan.triggers().maximumValueDrop()) {
            out.add(new Alert(AlertType.VALUE_DROP, Severity.MEDIUM, loan.loanId(), null, asOf, cure(asOf),
                    Text.of("monitoring.value.drop", drop, Text.Amount.of(booked), Text.Amount.of(r.marketValue()),
                            loan.triggers().maximumValueDrop()),
                    Text.of("monitoring.value.drop.action"), "valueDrop"));
        }
    }
}
