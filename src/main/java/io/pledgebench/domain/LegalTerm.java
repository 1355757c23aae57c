package io.pledgebench.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * Statutory term of a patent right by jurisdiction and type. The right ends on the anniversary of
 * the start date. Patent-term adjustments and extensions are not modelled: an {@code expiry_date}
 * given in the portfolio overrides the computed date.
 *
 * <ul>
 *   <li>CN (Patent Law 2020, art. 42): invention 20 y, utility model 10 y from filing; design 15 y from
 *       filing when filed on or after 2021-06-01 (the amended law's entry into force), else 10 y.</li>
 *   <li>US (35 U.S.C. 154, 173): utility and plant 20 y from filing; for applications filed before
 *       1995-06-08, 17 y from grant, or the later of that and 20 y from filing when the patent was still in
 *       force on 1995-06-08 (URAA transition, 35 U.S.C. 154(c)); design 15 y from grant when filed on or
 *       after 2015-05-13, else 14 y from grant.</li>
 *   <li>EP and others: invention 20 y, utility model 10 y, design 15 y from filing.</li>
 * </ul>
 */
public final class LegalTerm {

    public static final LocalDate CN_DESIGN_15_YEARS_FROM = LocalDate.of(2021, 6, 1);
    public static final LocalDate US_URAA_FROM = LocalDate.of(1995, 6, 8);
    public static final LocalDate US_DESIGN_15_YEARS_FROM = LocalDate.of(2015, 5, 13);

    private LegalTerm() {
    }

    /** Expiry: the override if given, else the statutory date; empty when the needed dates are missing. */
    public static Optional<LocalDate> expiry(Patent p) {
        if (p.expiryDate() != null) {
            return Optional.of(p.expiryDate());
        }
        return statutoryExpiry(p.number().jurisdiction(), p.type(), p.filingDate(), p.grantDate());
    }

    public static Optional<LocalDate> statutoryExpiry(String jurisdiction, PatentType type, LocalDate filing,
                                                      LocalDate grant) {
        if (type == null) {
            return Optional.empty();
        }
        if ("US".equals(jurisdiction)) {
            if (type == PatentType.DESIGN) {
                if (grant == null) {
                    return Optional.empty();
                }
                boolean fifteen = filing == null || !filing.isBefore(US_DESIGN_15_YEARS_FROM);
                return Optional.of(grant.plusYears(fifteen ? 15 : 14));
            }
            if (filing == null) {
                return Optional.empty();
            }
            LocalDate twenty = filing.plusYears(20);
            if (filing.isBefore(US_URAA_FROM) && grant != null) {
                LocalDate seventeen = grant.plusYears(17);
                if (seventeen.isBefore(US_URAA_FROM)) {
                    return Optional.of(seventeen);
                }
                return Optional.of(seventeen.isAfter(twenty) ? seventeen : twenty);
            }
            return Optional.of(twenty);
        }
        if (filing == null) {
            return Optional.empty();
        }
        return Optional.of(filing.plusYears(termYears(jurisdiction, type, filing)));
    }

    /** Statutory term in years counted from filing (US designs count from grant, see class comment). */
    public static int termYears(String jurisdiction, PatentType type, LocalDate filing) {
        switch (type) {
            case INVENTION:
                return 20;
            case UTILITY_MODEL:
                return 10;
            case DESIGN:
                if ("CN".equals(jurisdiction)) {
                    return filing != null && !filing.isBefore(CN_DESIGN_15_YEARS_FROM) ? 15 : 10;
                }
                return 15;
            default:
                throw new IllegalStateException(type.name());
        }
    }

    /** Remaining legal life in years (actual days / 365.25) at {@code asOf}; zero when expired. */
    public static double remainingYears(LocalDate expiry, LocalDate asOf) {
        long days = ChronoUnit.DAYS.between(asOf, expiry);
        return days <= 0 ? 0.0 : days / 365.25;
    }

    /** Years between two dates (actual days / 365.25), negative when {@code to} precedes {@code from}. */
    public static double yearsBetween(LocalDate from, LocalDate to) {
        return ChronoUnit.DAYS.between(from, to) / 365.25;
    }
}
