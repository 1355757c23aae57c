package io.pledgebench.valuation;

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
 * carry a positive weight, the weights renormalised over them. Each method's reason (used with its weight, skipped
 * with why, or applied but unweighted) is recorded. Stateless apart from its parameters and comparables, so one
 * engine may serve many threads.
 */
public final class ValuationEngine {

    private final ValuationParameters parameters;
    private final List<ComparableTransaction> comparables;
    private final List<ValuationMethod> methods;

    public ValuationEngine(ValuationParameters parameters, List<ComparableTransaction> comparables) {
        this.parameters = Objects.requireNonNull(parameters, "parameters");
        this.comparables = List.copyOf(comparables == null ? List.of() : comparables);
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
                results.add(MethodResult.skipped(m.id(), why, Methods.periodInputs(ip)));
                reasons.put(m.id(), why);
            }
            return new PatentValuation(p.number(), p.type(), asOf, false, 0.0, results, Map.of(), reasons, ip, why);
        }
        List<MethodResult> results = new ArrayList<>();
        for (ValuationMethod m : methods) {
            results.add(m.value(new ValuationContext(p, enterpriseOrNull, asOf, parameters, ip, comparables, results)));
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

    /** Weighted mean of the applied methods with positive weight; the reasons say why each counted or not. */
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
                value += used * r.value();
                reasons.put(r.methodId(), Text.of("valuation.reason.used", used));
            }
        }
        if (weights.isEmpty()) {
            return new PatentValuation(p.number(), p.type(), asOf, false, 0.0, results, weights, reasons, ip,
                    Text.of("valuation.notValued.noMethod"));
        }
        return new PatentValuation(p.number(), p.type(), asOf, true, value, results, weights, reasons, ip, null);
    }

    /** n = min(remaining legal life, remaining economic life), with both components (see {@link IncomePeriod}). */
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
        LocalDate start = p.inUseSince() != null ? p.inUseSince() : p.filingDate();
        Double remainingEconomic = null;
        if (start != null) {
            double elapsed = Math.max(0.0, LegalTerm.yearsBetween(start, asOf));
            remainingEconomic = Math.max(0.0, life - elapsed);
        }
        Double n = remainingLegal == null || remainingEconomic == null ? null : Math.min(remainingLegal, remainingEconomic);
        return new IncomePeriod(expiry, remainingLegal, life, source, start, remainingEconomic, n);
    }
}
