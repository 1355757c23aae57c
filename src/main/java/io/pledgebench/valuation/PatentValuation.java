package io.pledgebench.valuation;

import io.pledgebench.domain.PatentNumber;
import io.pledgebench.domain.PatentType;
import io.pledgebench.domain.Text;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The valuation of one patent: the reconciled value (weighted mean of the applicable methods with positive weight),
 * every method's result, the weights actually used (renormalised to sum to 1), the reason each method was used or
 * skipped, and the income period. When no method could be applied, {@code valued} is false, {@code value} is 0 and
 * {@code notValuedReason} says why. {@code costOnly} flags a value that rests on the cost approach alone — "cost only,
 * no income evidence" (SPEC rev. 2): the patent shows no use or revenue, so the value is not evidence of what it earns;
 * the risk policy reduces its advance rate ({@code risk.AdvanceRatePolicy#costOnlyAdvanceRateFactor}).
 */
public record PatentValuation(PatentNumber patentNumber, PatentType patentType, LocalDate asOf, boolean valued,
                              double value, List<MethodResult> methods, Map<String, Double> weightsUsed,
                              Map<String, Text> reasons, IncomePeriod incomePeriod, Text notValuedReason,
                              boolean costOnly) {

    public PatentValuation {
        Objects.requireNonNull(patentNumber, "patentNumber");
        Objects.requireNonNull(patentType, "patentType");
        methods = List.copyOf(methods);
        weightsUsed = Collections.unmodifiableMap(new LinkedHashMap<>(weightsUsed));
        reasons = Collections.unmodifiableMap(new LinkedHashMap<>(reasons));
        if (!valued) {
            Objects.requireNonNull(notValuedReason, "notValuedReason");
        }
    }

    /**
     * The same valuation without the methods' tables, parameters, inputs and explanation lines (values, applied flags
     * and skip reasons stay): for large portfolios, where the detail of any one patent is recomputed on demand.
     */
    public PatentValuation summary() {
        List<MethodResult> slim = new java.util.ArrayList<>(methods.size());
        for (MethodResult m : methods) {
            slim.add(m.applied()
                    ? new MethodResult(m.methodId(), true, m.value(), null, null, null, null, null)
                    : new MethodResult(m.methodId(), false, 0.0, m.skipReason(), null, null, null, null));
        }
        return new PatentValuation(patentNumber, patentType, asOf, valued, value, slim, weightsUsed, reasons, incomePeriod,
                notValuedReason, costOnly);
    }

    /** The flag's sentence for reports and JSON, or null when the value does not rest on cost alone. */
    public Text costOnlyReason() {
        return costOnly ? Text.of("valuation.costOnly") : null;
    }

    public Optional<MethodResult> method(String methodId) {
        return methods.stream().filter(m -> m.methodId().equals(methodId)).findFirst();
    }
}
