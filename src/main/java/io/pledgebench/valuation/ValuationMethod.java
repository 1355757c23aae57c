package io.pledgebench.valuation;

/**
 * One appraisal method. Implementations are stateless: all inputs come in the context. A method that lacks an
 * input returns {@link MethodResult#skipped} naming the missing field; it never invents a value.
 */
public interface ValuationMethod {

    /** Stable identifier, used as the key of weights, bundle texts and JSON. */
    String id();

    MethodResult value(ValuationContext context);
}
