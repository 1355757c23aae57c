package io.pledgebench.risk.monitoring;

import io.pledgebench.domain.LegalEvent;
import io.pledgebench.domain.LegalStatus;
import io.pledgebench.domain.StateFates;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * One dated legal-status update of a patent from a register extract (the CN status CSV of SPEC rev. 2): a new
 * {@code status}, an {@code event} (such as an assignment or a fee payment), or both, with an optional note.
 * {@code patentNumber} is the canonical number. {@code state} is the designated state a European patent's event concerns
 * (e.g. {@code DE}: lapsed in Germany only), empty for an update of the whole patent (the CN status CSV, USPTO, an EPO
 * event without a state or of the EP office itself); such an update changes the patent's status only as the per-state
 * rule of {@link StateFates} says.
 */
public record StatusUpdate(String patentNumber, LocalDate date, LegalStatus status, LegalEvent.Kind event, String note,
                           String source, String state) {

    /** An update of the whole patent. */
    public StatusUpdate(String patentNumber, LocalDate date, LegalStatus status, LegalEvent.Kind event, String note,
                        String source) {
        this(patentNumber, date, status, event, note, source, "");
    }

    public StatusUpdate {
        Objects.requireNonNull(patentNumber, "patentNumber");
        Objects.requireNonNull(date, "date");
        if (status == null && event == null) {
            throw new IllegalArgumentException("a status update needs a status or an event");
        }
        note = note == null ? "" : note;
        source = source == null ? "" : source;
        state = state == null ? "" : state.strip().toUpperCase(Locale.ROOT);
        if (!state.isEmpty() && !state.matches("[A-Z]{2}")) {
            throw new IllegalArgumentException("a state is a two-letter country code: " + state);
        }
    }

    /** Whether this update concerns one designated state of a European patent rather than the whole patent. */
    public boolean perState() {
        return !StateFates.national(patentNumber.length() >= 2 ? patentNumber.substring(0, 2) : "", state);
    }

    /**
     * The event a register word names, English or Chinese: assignment (转让, 专利权转移), fee_paid (年费缴纳),
     * invalidation_request (无效宣告请求), invalidation (宣告无效), lapse (终止), restoration (恢复), pledge_registered
     * (质押登记), pledge_released (质押注销, 质押解除), grant (授权).
     */
    public static Optional<LegalEvent.Kind> parseEvent(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.trim().toLowerCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        return Optional.ofNullable(switch (t) {
            case "assignment", "transfer", "ownership_change", "转让", "专利权转移", "权利转移", "专利权的转移",
                 "著录事项变更", "权利人变更" -> LegalEvent.Kind.ASSIGNMENT;
            case "fee_paid", "annual_fee_paid", "年费缴纳", "缴纳年费", "年费已缴" -> LegalEvent.Kind.FEE_PAID;
            case "invalidation_request", "validity_challenge", "无效宣告请求", "请求宣告无效" ->
                    LegalEvent.Kind.VALIDITY_CHALLENGE;
            case "invalidation", "宣告无效", "全部无效" -> LegalEvent.Kind.INVALIDATION;
            case "lapse", "termination", "终止", "专利权终止", "未缴年费专利权终止" -> LegalEvent.Kind.LAPSE;
            case "restoration", "恢复", "权利恢复" -> LegalEvent.Kind.RESTORATION;
            case "pledge_registered", "security_interest", "质押登记", "质押登记生效" -> LegalEvent.Kind.SECURITY_INTEREST;
            case "pledge_released", "security_release", "质押注销", "质押解除", "质押登记注销" ->
                    LegalEvent.Kind.SECURITY_RELEASE;
            case "grant", "授权" -> LegalEvent.Kind.GRANT;
            default -> null;
        });
    }

    /** The status an event implies when the row gives none (an assignment or a fee payment changes none). */
    public Optional<LegalStatus> effectiveStatus() {
        if (status != null) {
            return Optional.of(status);
        }
        return Optional.ofNullable(switch (event) {
            case VALIDITY_CHALLENGE -> LegalStatus.PENDING_INVALIDATION;
            case INVALIDATION -> LegalStatus.INVALIDATED;
            case LAPSE, EXPIRY -> LegalStatus.LAPSED;
            case RESTORATION, GRANT -> LegalStatus.VALID;
            default -> null;
        });
    }

    /** The update as a register event on the patent (kind from the event, else from the status). */
    public LegalEvent toLegalEvent() {
        LegalEvent.Kind kind = event != null ? event : switch (status) {
            case LAPSED -> LegalEvent.Kind.LAPSE;
            case INVALIDATED -> LegalEvent.Kind.INVALIDATION;
            case PENDING_INVALIDATION -> LegalEvent.Kind.VALIDITY_CHALLENGE;
            case PLEDGED -> LegalEvent.Kind.SECURITY_INTEREST;
            case VALID -> LegalEvent.Kind.RESTORATION;
            default -> LegalEvent.Kind.OTHER;
        };
        String code = status != null ? status.code() : event.name().toLowerCase(Locale.ROOT);
        return new LegalEvent(date, kind, code, state, note, source);
    }
}
