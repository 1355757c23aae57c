package io.pledgebench.valuation;

import io.pledgebench.domain.Text;

import java.time.LocalDate;

/**
 * The income period n = min(remaining legal life, remaining economic life), both counted from the valuation date
 * (SPEC rev. 2: economic life has one meaning, the remaining economic life at the valuation date). The economic life
 * is the patent's {@code economic_life_years}, else the default remaining life of its IPC section, else the general
 * default ({@link ValuationParameters}).
 *
 * @param legalExpiry           legal expiry (override or statutory term); null when the dates needed are missing
 * @param remainingLegalLife    years from the valuation date to legal expiry; null when expiry is unknown
 * @param remainingEconomicLife remaining economic life in years at the valuation date
 * @param economicLifeSource    "patent" (given for the patent), "ipc:X" (default of IPC section X) or "default"
 * @param years                 n; null when the legal expiry is unknown
 */
public record IncomePeriod(LocalDate legalExpiry, Double remainingLegalLife, double remainingEconomicLife,
                           String economicLifeSource, Double years) {

    public boolean known() {
        return years != null;
    }

    /** Whether the legal (rather than the economic) life bounds the income period. */
    public boolean legalLifeBinds() {
        return known() && remainingLegalLife <= remainingEconomicLife;
    }

    /** The life that bounded n: "legal", or the economic life's source ("patent", "ipc:X", "default"). */
    public String boundedBy() {
        return legalLifeBinds() ? "legal" : economicLifeSource;
    }

    /** The explanation line: n, both lives, and which one bounded it (naming the IPC section of a default). */
    public Text explanation() {
        String bound = boundedBy();
        if (bound.startsWith("ipc:")) {
            return Text.of("valuation.explain.incomePeriod.ipc", years, remainingLegalLife, remainingEconomicLife,
                    bound.substring(4));
        }
        return Text.of("valuation.explain.incomePeriod." + bound, years, remainingLegalLife, remainingEconomicLife);
    }
}
