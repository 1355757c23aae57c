package io.pledgebench.store;

import java.util.List;

/**
 * A sign-off the rules refuse (the same role twice, the checker before the maker, the checker being the maker, a
 * comment too long, no such assessment): the reason as a code with its arguments, so that each front end says it in
 * its user's language; the message is the English sentence the command line prints.
 */
public final class SignOffRefusedException extends IllegalArgumentException {

    /** Why the sign-off is refused; {@link #args()} in the order each reason lists them. */
    public enum Reason {
        /** args: assessment id, role code, who signed, when. */
        ALREADY_SIGNED,
        /** args: assessment id. */
        NO_MAKER_YET,
        /** args: the first valuer's name (the second appraisal professional is another person). */
        SECOND_VALUER_IS_FIRST,
        /** args: the maker's name. */
        CHECKER_IS_MAKER,
        /** args: the comment's length. */
        COMMENT_TOO_LONG,
        /** args: assessment id. */
        NO_SUCH_ASSESSMENT
    }

    private final Reason reason;
    private final List<Object> args;

    SignOffRefusedException(Reason reason, String message, Object... args) {
        super(message);
        this.reason = reason;
        this.args = List.of(args);
    }

    public Reason reason() {
        return reason;
    }

    public List<Object> args() {
        return args;
    }
}
