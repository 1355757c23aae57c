package io.pledgebench.valuation;

import io.pledgebench.domain.PatentType;

import java.time.LocalDate;

/**
 * Official fees paid to CNIPA to obtain and keep a Chinese patent, in CNY, per the schedule of
 * 发改价格〔2017〕270号 (NDRC/MoF notice re-issuing CNIPA fee standards, in force 2017-07-01): filing (invention 900,
 * utility model and design 500), substantive examination of inventions (2,500), and annual fees from the year of
 * grant, by year of the term counted from filing. Years 11–15 of the 15-year designs (filed from 2021-06-01) are
 * charged 3,000 a year as we read CNIPA's fee list after the 2021 law; check it against the current schedule.
 */
final class OfficialFees {

    private OfficialFees() {
    }

    /** Fees paid from filing up to {@code asOf}: filing, examination, and the annuities of the years begun since grant. */
    static double cnPaidToDate(PatentType type, LocalDate filing, LocalDate grant, LocalDate asOf) {
        double fees = type == PatentType.INVENTION ? 900 + 2500 : 500;
        if (grant == null || grant.isAfter(asOf)) {
            return fees;
        }
        int grantYear = termYear(filing, grant);
        int currentYear = termYear(filing, asOf);
        for (int y = grantYear; y <= currentYear; y++) {
            fees += annuity(type, y);
        }
        return fees;
    }

    /** Year of the term (1-based) that {@code date} falls in. */
    private static int termYear(LocalDate filing, LocalDate date) {
        int y = 1;
        while (!filing.plusYears(y).isAfter(date)) {
            y++;
        }
        return y;
    }

    static double annuity(PatentType type, int year) {
        if (type == PatentType.INVENTION) {
            if (year <= 3) return 900;
            if (year <= 6) return 1200;
            if (year <= 9) return 2000;
            if (year <= 12) return 4000;
            if (year <= 15) return 6000;
            return year <= 20 ? 8000 : 0;
        }
        if (year <= 3) return 600;
        if (year <= 5) return 900;
        if (year <= 8) return 1200;
        if (year <= 10) return 2000;
        return type == PatentType.DESIGN && year <= 15 ? 3000 : 0;
    }
}
