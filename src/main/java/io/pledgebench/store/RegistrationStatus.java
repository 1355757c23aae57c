package io.pledgebench.store;

import java.util.Locale;

/**
 * Where a loan's pledge registration with CNIPA stands (专利权质押登记办法 2021): not yet filed, applied for,
 * registered, changed (a registered pledge whose particulars were amended), cancelled (released at payoff).
 */
public enum RegistrationStatus {
    NOT_FILED("not_filed"),
    APPLIED("applied"),
    REGISTERED("registered"),
    CHANGED("changed"),
    CANCELLED("cancelled");

    private final String code;

    RegistrationStatus(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    /** Whether the pledge is on the register (registered or changed). */
    public boolean onRegister() {
        return this == REGISTERED || this == CHANGED;
    }

    /**
     * Whether a loan whose registration is at {@code from} may record this step: a pledge on the register is not
     * applied for again, nor filed-not; a cancelled pledge takes no step (it is recorded by closing the loan).
     */
    public boolean mayFollow(RegistrationStatus from) {
        return switch (this) {
            case NOT_FILED, CANCELLED -> false;
            case APPLIED -> from == NOT_FILED || from == APPLIED;
            case REGISTERED -> from == NOT_FILED || from == APPLIED || from == REGISTERED;
            case CHANGED -> from == REGISTERED || from == CHANGED;
        };
    }

    public static RegistrationStatus parse(String text) {
        String t = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
        for (RegistrationStatus s : values()) {
            if (s.code.equals(t)) {
                return s;
            }
        }
        throw io.pledgebench.domain.RefusedInputException.of("book.refused.registrationStatus", String.valueOf(text));
    }
}
