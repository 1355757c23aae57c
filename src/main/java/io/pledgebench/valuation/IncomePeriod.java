package io.pledgebench.valuation;

import java.time.LocalDate;

/**
 * The income period n = min(remaining legal life, remaining economic life), with both components.
 * Economic life is the total life of the technology counted from first use ({@code in_use_since}), or from filing
 * when the use date is unknown; it comes from the patent, else the IPC section default, else the general default.
 *
 * @param legalExpiry           legal expiry (override or statutory term); null when the dates needed are missing
 * @param remainingLegalLife    years from the valuation date to legal expiry; null when expiry is unknown
 * @param economicLife          total economic life in years
 * @param economicLifeSource    "patent", "ipc:X" (section default) or "default"
 * @param economicLifeStart     the date the economic life is counted from; null when neither use nor filing date is known
 * @param remainingEconomicLife years of economic life left at the valuation date; null when its start is unknown
 * @param years                 n; null when either component is unknown
 */
public record IncomePeriod(LocalDate legalExpiry, Double remainingLegalLife, double economicLife,
                           String economicLifeSource, LocalDate economicLifeStart, Double remainingEconomicLife,
                           Double years) {

    public boolean known() {
        return years != null;
    }

    /** Whether the legal (rather than the economic) life bounds the income period. */
    public boolean legalLifeBinds() {
        return known() && remainingLegalLife <= remainingEconomicLife;
    }
}
