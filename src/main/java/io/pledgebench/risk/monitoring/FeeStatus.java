package io.pledgebench.risk.monitoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;

/**
 * Where one patent's annual fee stands on a date. {@code due} is the day the next unpaid fee is due (the paid-up
 * date); {@code lapseDate} the first day on which the right has terminated if the fee is still unpaid (due date plus
 * the grace period); {@code fee} and {@code surcharge} are in yuan and {@code null} when the schedule does not give
 * them (a jurisdiction other than CN, or a filing date not known). {@code monthsLate} and {@code surchargeRate}
 * describe a payment made on the status date.
 */
public record FeeStatus(State state, LocalDate asOf, LocalDate due, LocalDate lapseDate, Integer patentYear,
                        BigDecimal fee, int monthsLate, double surchargeRate) {

    public enum State {
        /** The paid-up date is not known: the fee position cannot be monitored from the data. */
        UNKNOWN,
        /** Paid beyond the notice window. */
        PAID,
        /** The next fee falls due within the notice window. */
        DUE_SOON,
        /** Unpaid after its due date, still payable with the surcharge. */
        IN_GRACE,
        /** Unpaid after the grace period: the right terminated as of the due date. */
        LAPSED,
        /** No fee is due before the right's legal expiry. */
        NO_FURTHER_FEE
    }

    /** The surcharge in yuan for a payment on the status date, rounded to the yuan; {@code null} if the fee is unknown. */
    public BigDecimal surcharge() {
        if (fee == null) {
            return null;
        }
        return fee.multiply(BigDecimal.valueOf(surchargeRate)).setScale(0, RoundingMode.HALF_UP);
    }

    /** Fee plus surcharge for a payment on the status date; {@code null} if the fee is unknown. */
    public BigDecimal amountToPay() {
        BigDecimal s = surcharge();
        return s == null ? null : fee.add(s);
    }
}
