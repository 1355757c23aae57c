package io.pledgebench.ui;

import io.pledgebench.assessment.PatentAssessment;
import io.pledgebench.domain.Text;
import io.pledgebench.risk.eligibility.EligibilityCheck;
import io.pledgebench.risk.eligibility.Outcome;

import java.util.ArrayList;
import java.util.List;

/**
 * Whether one patent counts as collateral, and why not, as the assessment result decided it: every screen that states
 * a patent's part in the pool (Patent detail, Borrowing capacity) reads this one verdict, never a judgement of its own
 * (cold review of issue 16, item 2: one patent read "Warning", "Eligible: no" and "0 of 22" on three screens).
 * A patent counts when the engine carried it in the collateral pool ({@code ItemResult#countsAsCollateral}); otherwise
 * the reasons are, in order, the eligibility rules it fails, why it has no value (the valuation's own sentence and
 * the methods' reasons for not applying), or that its value rests on the cost approach alone.
 */
record CollateralVerdict(boolean counts, String reasonKey, List<Text> reasons) {

    CollateralVerdict {
        reasons = List.copyOf(reasons);
    }

    static CollateralVerdict of(PatentAssessment a) {
        if (a.collateral() != null && a.collateral().countsAsCollateral()) {
            return new CollateralVerdict(true, null, List.of());
        }
        if (!a.eligibility().pledgeable()) {
            List<Text> failing = a.eligibility().checks().stream().filter(c -> c.outcome() == Outcome.FAIL)
                    .map(EligibilityCheck::reason).toList();
            return new CollateralVerdict(false, "ui.verdict.notPledgeable", failing);
        }
        var v = a.valuation();
        if (v != null && !v.valued()) {
            // the methods' own reasons first (what data is missing), the valuation's summary last
            List<Text> why = new ArrayList<>();
            for (var m : v.methods()) {
                if (!m.applied() && m.skipReason() != null) {
                    why.add(m.skipReason());
                }
            }
            why.add(v.notValuedReason());
            return new CollateralVerdict(false, "ui.verdict.noValue", why);
        }
        if (v != null && v.costOnly()) {
            return new CollateralVerdict(false, "ui.verdict.noValue", List.of(v.costOnlyReason()));
        }
        return new CollateralVerdict(false, "ui.verdict.noValue", List.of());
    }

    /** "yes", or "no: <why>" in the screen's language: the cell of a table. */
    String brief(I18n i18n) {
        if (counts) {
            return i18n.get("ui.capacity.yes");
        }
        return i18n.get("ui.verdict.no", explain(i18n, 1));
    }

    /** Why the patent does not count (empty when it does): the heading and each reason, in the screen's language. */
    String explain(I18n i18n) {
        return explain(i18n, Integer.MAX_VALUE);
    }

    /** As {@link #explain(I18n)} with at most {@code most} reasons (a table cell shows the first). */
    String explain(I18n i18n, int most) {
        if (counts) {
            return "";
        }
        List<String> parts = reasons.stream().map(i18n::render).map(s -> s.strip().replaceAll("[。.]$", ""))
                .filter(s -> !s.isBlank()).distinct().limit(most).toList();
        return i18n.get(reasonKey, parts.isEmpty() ? i18n.get("ui.verdict.noReasonGiven")
                : String.join(i18n.chinese() ? "；" : "; ", parts));
    }

    /** The verdict as a sentence for Patent detail: "Counts as collateral …" or "Does not count …: why". */
    String sentence(I18n i18n) {
        return counts ? i18n.get("ui.verdict.counts") : i18n.get("ui.verdict.doesNotCount", explain(i18n));
    }
}
