package io.pledgebench.valuation;

import io.pledgebench.domain.Ipc;
import io.pledgebench.domain.ComparableTransaction;
import io.pledgebench.domain.Enterprise;
import io.pledgebench.domain.LegalTerm;
import io.pledgebench.domain.Patent;
import io.pledgebench.domain.Text;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Values one patent with every method and reconciles: the value is the weighted mean of the methods that applied and
 * carry a positive weight, the weights renormalised over them; a method whose value is negative counts as zero with
 * its weight (SPEC rev. 2), it is not dropped. Each method's reason (used with its weight, counted as zero, skipped
 * with why, or applied but unweighted) is recorded. The income methods use the patent's part of its product's revenue
 * when the engine carries a {@link RevenueAttribution} ({@link #forPortfolio}). Stateless apart from its parameters,
 * comparables and attribution, so one engine may serve many threads.
 */
public final class ValuationEngine {

    private final ValuationParameters parameters;
    private final List<ComparableTransaction> comparables;
    private final List<ValuationMethod> methods;
    private final RevenueAttribution attribution;
    private final boolean explained;

    public ValuationEngine(ValuationParameters parameters, List<ComparableTransaction> comparables) {
        this(parameters, comparables, null, true);
    }

    private ValuationEngine(ValuationParameters parameters, List<ComparableTransaction> comparables,
                            RevenueAttribution attribution, boolean explained) {
        this.parameters = Objects.requireNonNull(parameters, "parameters");
        this.comparables = List.copyOf(comparables == null ? List.of() : comparables);
        this.attribution = attribution;
        this.explained = explained;
        // Order matters: the real option uses the income methods' results as its underlying.
        this.methods = List.of(new IncomeSplitMethod(), new ReliefFromRoyaltyMethod(), new ExcessEarningsMethod(),
                new CostMethod(), new MarketComparablesMethod(), new RealOptionMethod());
    }

    public ValuationParameters parameters() {
        return parameters;
    }

    public List<ComparableTransaction> comparables() {
        return comparables;
    }

    /** The same engine using this attribution of product revenue to patents. */
    public ValuationEngine withAttribution(RevenueAttribution a) {
        return new ValuationEngine(parameters, comparables, Objects.requireNonNull(a, "attribution"), explained);
    }

    /**
     * The same engine for the patents of one portfolio: patents naming the same product share its revenue, and the
     * products' revenues are scaled to the enterprise's revenue when they exceed it ({@link RevenueAttribution#of}).
     */
    public ValuationEngine forPortfolio(List<Patent> patents, Enterprise enterpriseOrNull) {
        return withAttribution(RevenueAttribution.of(patents, enterpriseOrNull));
    }

    /** The attribution used, or empty when every patent's product revenue is used as given. */
    public java.util.Optional<RevenueAttribution> attribution() {
        return java.util.Optional.ofNullable(attribution);
    }

    /** The same engine with other parameters (a stress shift), keeping comparables and attribution. */
    public ValuationEngine withParameters(ValuationParameters p) {
        return new ValuationEngine(p, comparables, attribution, explained);
    }

    /**
     * The same engine giving the figures only: every value, weight, flag and reason as this engine gives them, computed
     * by the same formulas, but the methods' results carry no parameters, inputs, cash-flow table or explanation lines
     * ({@link ValuationContext#explained()}). For callers that read only the figures (the loan book's revaluation,
     * ADR 0033); such valuations cannot be simulated ({@link MonteCarloSimulator} reads the cash-flow tables).
     */
    public ValuationEngine figuresOnly() {
        return new ValuationEngine(parameters, comparables, attribution, false);
    }

    /** Whether the methods' results carry their explanation (false for {@link #figuresOnly()}). */
    public boolean explained() {
        return explained;
    }

    /** Ids of the methods in the order they run. */
    public List<String> methodIds() {
        List<String> ids = new ArrayList<>();
        for (ValuationMethod m : methods) {
            ids.add(m.id());
        }
        return ids;
    }

    public PatentValuation value(Patent p, Enterprise enterpriseOrNull, LocalDate asOf) {
        Objects.requireNonNull(p, "patent");
        Objects.requireNonNull(asOf, "asOf");
        requireValidInputs(p);
        IncomePeriod ip = incomePeriod(p, asOf, parameters);
        if (!p.status().inForce() && p.status() != io.pledgebench.domain.LegalStatus.APPLICATION) {
            Text why = Text.of("valuation.notValued.status", p.status().code());
            List<MethodResult> results = new ArrayList<>();
            Map<String, Text> reasons = new LinkedHashMap<>();
            for (ValuationMethod m : methods) {
                results.add(MethodResult.skipped(m.id(), why, explained ? Methods.periodInputs(ip) : null));
                reasons.put(m.id(), why);
            }
            return new PatentValuation(p.number(), p.type(), asOf, false, 0.0, results, Map.of(), reasons, ip, why,
                    false);
        }
        RevenueAttribution.PatentShare share = attribution == null ? null : attribution.share(p).orElse(null);
        List<MethodResult> results = new ArrayList<>();
        for (ValuationMethod m : methods) {
            results.add(m.value(new ValuationContext(p, enterpriseOrNull, asOf, parameters, ip, comparables, results,
                    share, explained)));
        }
        return reconcile(p, asOf, ip, results, parameters);
    }

    /** Refuses values no method may use (negative amounts, rates outside [0, 1)), naming patent, field and value. */
    static void requireValidInputs(Patent p) {
        String id = p.number().canonical();
        requireNonNegative(id, "product_revenue", p.productRevenue());
        requireNonNegative(id, "licence_revenue", p.licenceRevenue());
        requireNonNegative(id, "replacement_cost", p.replacementCost());
        requireRate(id, "royalty_rate", p.royaltyRate());
        requireRate(id, "open_licence_royalty", p.openLicenceRoyalty());
    }

    private static void requireNonNegative(String id, String field, java.math.BigDecimal v) {
        if (v != null && v.signum() < 0) {
            throw new IllegalArgumentException(field + " of " + id + " is negative: " + v.toPlainString());
        }
    }

    private static void requireRate(String id, String field, Double v) {
        if (v != null && !(v >= 0 && v < 1)) {
            throw new IllegalArgumentException(field + " of " + id + " must lie in [0, 1), was " + v);
        }
    }

    /**
     * Weighted mean of the applied methods with positive weight, each counted at max(0, value): a negative value
     * (charges above earnings, a loss) says the method finds no value, so it counts as zero and keeps its weight
     * instead of handing it to the other methods. The reasons say why each counted or not.
     */
    static PatentValuation reconcile(Patent p, LocalDate asOf, IncomePeriod ip, List<MethodResult> results,
                                     ValuationParameters parameters) {
        double total = 0;
        for (MethodResult r : results) {
            if (r.applied() && parameters.weightOf(r.methodId()) > 0) {
                total += parameters.weightOf(r.methodId());
            }
        }
        Map<String, Double> weights = new LinkedHashMap<>();
        Map<String, Text> reasons = new LinkedHashMap<>();
        double value = 0;
        for (MethodResult r : results) {
            double w = parameters.weightOf(r.methodId());
            if (!r.applied()) {
                reasons.put(r.methodId(), r.skipReason());
            } else if (w <= 0) {
                reasons.put(r.methodId(), Text.of("valuation.reason.zeroWeight"));
            } else {
                double used = w / total;
                weights.put(r.methodId(), used);
                if (r.value() < 0) {
                    reasons.put(r.methodId(), Text.of("valuation.reason.negativeAsZero", used, r.value()));
                } else {
                    value += used * r.value();
                    reasons.put(r.methodId(), Text.of("valuation.reason.used", used));
                }
            }
        }
        if (weights.isEmpty()) {
            return new PatentValuation(p.number(), p.type(), asOf, false, 0.0, results, weights, reasons, ip,
                    Text.of("valuation.notValued.noMethod"), false);
        }
        return new PatentValuation(p.number(), p.type(), asOf, true, value, results, weights, reasons, ip, null,
                costOnly(results, weights));
    }

    /**
     * Whether the value rests on the cost approach alone: no income method applied (no use or revenue in evidence)
     * and no market evidence carries weight. Such a value is not evidence of what the patent earns (SPEC rev. 2).
     */
    static boolean costOnly(List<MethodResult> results, Map<String, Double> weights) {
        if (!weights.containsKey(CostMethod.ID) || weights.containsKey(MarketComparablesMethod.ID)) {
            return false;
        }
        for (MethodResult r : results) {
            if (r.applied() && CostMethod.INCOME_METHODS.contains(r.methodId())) {
                return false;
            }
        }
        return true;
    }

    /**
     * n = min(remaining legal life, remaining economic life), both from the valuation date (see {@link IncomePeriod}).
     * The economic life given for the patent and the defaults by IPC section are all remaining lives at the
     * valuation date, so a blank {@code economic_life_years} never ends the income of a patent whose legal life runs on.
     */
    public static IncomePeriod incomePeriod(Patent p, LocalDate asOf, ValuationParameters parameters) {
        LocalDate expiry = p.legalExpiry().orElse(null);
        Double remainingLegal = expiry == null ? null : LegalTerm.remainingYears(expiry, asOf);
        double life;
        String source;
        Character section = Ipc.section(p.ipc());
        if (p.economicLifeYears() != null) {
            if (!(p.economicLifeYears() > 0)) {
                throw new IllegalArgumentException("economic life of " + p.number().canonical() + " must be positive, was "
                        + p.economicLifeYears());
            }
            life = p.economicLifeYears();
            source = "patent";
        } else if (section != null && parameters.economicLifeBySection().containsKey(section)) {
            life = parameters.economicLifeBySection().get(section);
            source = "ipc:" + section;
        } else {
            life = parameters.defaultEconomicLife();
            source = "default";
        }
        Double n = remainingLegal == null ? null : Math.min(remainingLegal, life);
        return new IncomePeriod(expiry, remainingLegal, life, source, n);
    }
}
