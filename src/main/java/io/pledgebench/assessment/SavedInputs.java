package io.pledgebench.assessment;

import io.pledgebench.domain.Enterprise;
import io.pledgebench.domain.LegalEvent;
import io.pledgebench.domain.LegalStatus;
import io.pledgebench.domain.LoanRequest;
import io.pledgebench.domain.Owner;
import io.pledgebench.domain.Patent;
import io.pledgebench.domain.PatentNumber;
import io.pledgebench.domain.PatentType;
import io.pledgebench.domain.Portfolio;
import io.pledgebench.domain.UnifiedSocialCreditCode;
import io.pledgebench.risk.RiskParameters;
import io.pledgebench.risk.RiskSharing;
import io.pledgebench.domain.ComparableTransaction;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A saved assessment's inputs and parameters read back from the tree {@link Assessment#hashedTree} wrote (parsed
 * JSON: maps, lists, strings, numbers), so that a booked loan is revalued with what it was assessed on. The inputs
 * are read exactly ({@link #inputs()} hashes to the saved input hash with the parameters it was saved with). The
 * parameters are the defaults with every choice the command line, the workbench and a parameter set can make: the
 * valuation's rates, settings, hazards, economic lives, method weights and royalty rates, the Monte Carlo correlation
 * and hazard switch, the quality score's weights, the advance rates, liquidation parameters, risk-sharing scheme and
 * exchange rate for the SME adjustment. {@link #parametersAsAssessed()} says whether that rebuilds the saved
 * parameters exactly (stress scenarios aside, which a revaluation does not run); when it does not, the current
 * defaults stand in (with the saved risk-sharing scheme and exchange rate), and the monitoring output says so.
 */
public record SavedInputs(AssessmentInputs inputs, AssessmentParameters parameters, boolean parametersAsAssessed) {

    public SavedInputs {
        Objects.requireNonNull(inputs, "inputs");
        Objects.requireNonNull(parameters, "parameters");
    }

    /** Reads {@code {"inputs": …, "parameters": …}} as saved. */
    public static SavedInputs read(Map<String, Object> hashedTree) {
        Map<String, Object> in = map(hashedTree, "inputs");
        Map<String, Object> params = map(hashedTree, "parameters");
        AssessmentInputs inputs = inputs(in);
        AssessmentParameters current = parameters(params);
        AssessmentParameters assessed;
        try {
            assessed = asAssessed(params, current);
        } catch (IllegalArgumentException | ClassCastException | NullPointerException e) {
            // a tree this version cannot rebuild: revalued with the current parameters, and said so
            assessed = null;
        }
        if (assessed != null && sameAsSaved(assessed, params)) {
            return new SavedInputs(inputs, assessed, true);
        }
        return new SavedInputs(inputs, current, sameAsSaved(current, params));
    }

    private static boolean sameAsSaved(AssessmentParameters p, Map<String, Object> params) {
        return normalised(withoutStress(p.toMap())).equals(normalised(withoutStress(params)));
    }

    /**
     * {@code base} with the values the saved tree holds for what the workbench, the command line and a parameter set
     * vary; what the tree lacks keeps {@code base}'s value (the caller compares the result with the tree).
     */
    static AssessmentParameters asAssessed(Map<String, Object> params, AssessmentParameters base) {
        AssessmentParameters out = base;
        if (params.get("valuation") instanceof Map<?, ?>) {
            Map<String, Object> v = map(params, "valuation");
            io.pledgebench.valuation.ValuationParameters.Builder b = base.valuation().toBuilder();
            number(v, "riskFreeRate", b::riskFreeRate);
            number(v, "technologyRiskPremium", b::technologyRiskPremium);
            number(v, "marketRiskPremium", b::marketRiskPremium);
            number(v, "capitalRiskPremium", b::capitalRiskPremium);
            number(v, "managementRiskPremium", b::managementRiskPremium);
            number(v, "discountRateShift", b::discountRateShift);
            number(v, "taxRate", b::taxRate);
            if (v.containsKey("salesShare")) {
                b.salesShare(dbl(v.get("salesShare")));
            }
            number(v, "profitShare", b::profitShare);
            number(v, "shareDecay", b::shareDecay);
            number(v, "revenueGrowth", b::revenueGrowth);
            number(v, "defaultEconomicLife", b::defaultEconomicLife);
            number(v, "costIndexRate", b::costIndexRate);
            number(v, "priceIndexRate", b::priceIndexRate);
            number(v, "technologyAdjustment", b::technologyAdjustment);
            number(v, "marketAdjustment", b::marketAdjustment);
            number(v, "realOptionVolatility", b::realOptionVolatility);
            if (v.containsKey("realOptionInvestmentRatio")) {
                b.realOptionInvestmentRatio(dbl(v.get("realOptionInvestmentRatio")));
            }
            if (v.get("minComparables") instanceof Number n) {
                b.minComparables(n.intValue());
            }
            if (v.get("includeOfficialFees") instanceof Boolean x) {
                b.includeOfficialFees(x);
            }
            if (v.get("taxAmortisationBenefit") instanceof Boolean x) {
                b.taxAmortisationBenefit(x);
            }
            if (v.get("midYear") instanceof Boolean x) {
                b.midYear(x);
            }
            if (v.get("currency") instanceof String c) {
                b.currency(c);
            }
            if (v.get("royaltyRanges") instanceof Map<?, ?>) {
                Map<Character, io.pledgebench.valuation.ValuationParameters.RoyaltyRange> r = new java.util.TreeMap<>();
                map(v, "royaltyRanges").forEach((k, x) -> {
                    List<?> l = (List<?>) x;
                    r.put(k.charAt(0), new io.pledgebench.valuation.ValuationParameters.RoyaltyRange(number(l.get(0)),
                            number(l.get(1)), number(l.get(2))));
                });
                b.royaltyRanges(r);
            }
            if (v.get("economicLifeBySection") instanceof Map<?, ?>) {
                Map<Character, Double> lives = new java.util.TreeMap<>();
                map(v, "economicLifeBySection").forEach((k, x) -> lives.put(k.charAt(0), number(x)));
                b.economicLifeBySection(lives);
            }
            if (v.get("hazardPerYear") instanceof Map<?, ?>) {
                Map<PatentType, Double> hazard = new java.util.EnumMap<>(PatentType.class);
                map(v, "hazardPerYear").forEach((k, x) -> hazard.put(PatentType.parse(k).orElseThrow(
                        () -> new IllegalArgumentException("saved hazard of unknown patent type " + k)), number(x)));
                b.hazardPerYear(hazard);
            }
            if (v.get("methodWeights") instanceof Map<?, ?>) {
                Map<String, Double> weights = new LinkedHashMap<>();
                map(v, "methodWeights").forEach((k, x) -> weights.put(k, number(x)));
                b.methodWeights(weights);
            }
            out = out.withValuation(b.build());
        }
        if (params.get("monteCarlo") instanceof Map<?, ?>) {
            Map<String, Object> mc = map(params, "monteCarlo");
            io.pledgebench.valuation.MonteCarloSettings m = out.monteCarlo();
            out = out.withMonteCarlo(new io.pledgebench.valuation.MonteCarloSettings(m.paths(), m.seed(), m.threads(),
                    m.inputDistributions(),
                    mc.get("marketFactorCorrelation") instanceof Number n ? n.doubleValue() : m.marketFactorCorrelation(),
                    mc.get("hazard") instanceof Boolean h ? h : m.hazard(),
                    mc.get("histogramBins") instanceof Number n ? n.intValue() : m.histogramBins()));
        }
        if (params.get("scoring") instanceof Map<?, ?> && map(params, "scoring").get("weights") instanceof Map<?, ?>) {
            Map<String, Object> w = map(map(params, "scoring"), "weights");
            io.pledgebench.scoring.ScoringWeights now = out.scoring().weights();
            Map<io.pledgebench.scoring.Dimension, Double> dims = new java.util.EnumMap<>(now.dimensions());
            Map<io.pledgebench.scoring.Indicator, Double> indicators = new java.util.EnumMap<>(now.indicators());
            if (w.get("dimensions") instanceof Map<?, ?>) {
                Map<String, Object> dm = map(w, "dimensions");
                for (io.pledgebench.scoring.Dimension d : io.pledgebench.scoring.Dimension.values()) {
                    if (dm.get(d.code()) instanceof Number n) {
                        dims.put(d, n.doubleValue());
                    }
                }
            }
            if (w.get("indicators") instanceof Map<?, ?>) {
                Map<String, Object> im = map(w, "indicators");
                for (io.pledgebench.scoring.Indicator i : io.pledgebench.scoring.Indicator.values()) {
                    if (im.get(i.code()) instanceof Number n) {
                        indicators.put(i, n.doubleValue());
                    }
                }
            }
            String scenario = w.get("scenario") instanceof String x ? x : now.scenario();
            out = out.withScoring(out.scoring().withWeights(
                    new io.pledgebench.scoring.ScoringWeights(scenario, dims, indicators)));
        }
        if (params.get("risk") instanceof Map<?, ?>) {
            Map<String, Object> risk = map(params, "risk");
            RiskParameters rp = out.risk();
            if (risk.get("liquidation") instanceof Map<?, ?>) {
                Map<PatentType, io.pledgebench.risk.LiquidationValue.LiquidationParameters> liq =
                        new java.util.EnumMap<>(rp.liquidation());
                map(risk, "liquidation").forEach((k, x) -> {
                    Map<String, Object> lp = cast(x);
                    liq.put(PatentType.parse(k).orElseThrow(() -> new IllegalArgumentException(
                            "saved liquidation of unknown patent type " + k)),
                            new io.pledgebench.risk.LiquidationValue.LiquidationParameters(
                                    number(lp.get("fireSaleDiscount")), number(lp.get("disposalCost")),
                                    number(lp.get("yearsToSell")), number(lp.get("discountRate"))));
                });
                rp = rp.withLiquidation(liq);
            }
            if (risk.get("advanceRates") instanceof Map<?, ?> && map(risk, "advanceRates").get("ranges") instanceof Map<?, ?>) {
                Map<String, Object> adv = map(risk, "advanceRates");
                io.pledgebench.risk.AdvanceRatePolicy policy = rp.advanceRates();
                Map<PatentType, io.pledgebench.risk.AdvanceRatePolicy.Range> ranges =
                        new java.util.EnumMap<>(policy.ranges());
                map(adv, "ranges").forEach((k, x) -> {
                    List<?> l = (List<?>) x;
                    ranges.put(PatentType.parse(k).orElseThrow(() -> new IllegalArgumentException(
                            "saved advance rate of unknown patent type " + k)),
                            new io.pledgebench.risk.AdvanceRatePolicy.Range(number(l.get(0)), number(l.get(1))));
                });
                rp = rp.withAdvanceRates(new io.pledgebench.risk.AdvanceRatePolicy(ranges,
                        adv.get("minimumScore") instanceof Number n ? n.doubleValue() : policy.minimumScore(),
                        adv.get("costOnlyAdvanceRateFactor") instanceof Number n ? n.doubleValue()
                                : policy.costOnlyAdvanceRateFactor()));
            }
            out = out.withRisk(rp);
        }
        return out;
    }

    private static void number(Map<String, Object> m, String key, java.util.function.DoubleConsumer set) {
        if (m.get(key) instanceof Number n) {
            set.accept(n.doubleValue());
        }
    }

    private static Map<String, Object> withoutStress(Map<String, Object> params) {
        Map<String, Object> m = new LinkedHashMap<>(params);
        m.remove("stress");
        return m;
    }

    /** The tree with every number as its exact decimal without trailing zeros, so 1.0E-4 and 0.00010 compare equal. */
    private static Object normalised(Object v) {
        if (v instanceof Map<?, ?> m) {
            Map<String, Object> out = new java.util.TreeMap<>();
            m.forEach((k, x) -> out.put(String.valueOf(k), normalised(x)));
            return out;
        }
        if (v instanceof java.util.Collection<?> c) {
            List<Object> out = new ArrayList<>();
            c.forEach(x -> out.add(normalised(x)));
            return out;
        }
        if (v instanceof Double d && !Double.isFinite(d)) {
            return d.toString();
        }
        if (v instanceof Number n) {
            return new BigDecimal(n.toString()).stripTrailingZeros();
        }
        return v;
    }

    static AssessmentParameters parameters(Map<String, Object> params) {
        AssessmentParameters p = AssessmentParameters.defaults();
        Map<String, Object> risk = params.get("risk") instanceof Map<?, ?> ? map(params, "risk") : Map.of();
        RiskParameters rp = p.risk();
        if (risk.get("riskSharing") instanceof Map<?, ?>) {
            Map<String, Object> rs = map(risk, "riskSharing");
            String id = String.valueOf(rs.get("id"));
            RiskSharing.Scheme scheme = RiskSharing.Scheme.preset(id).orElseGet(() -> RiskSharing.Scheme.custom(
                    number(rs.get("compensationFund")), number(rs.get("insurer")), number(rs.get("guarantor"))));
            rp = rp.withRiskSharing(scheme);
        }
        if (risk.get("currencyPerEur") instanceof Number n) {
            rp = rp.withCurrencyPerEur(n.doubleValue());
        }
        return p.withRisk(rp);
    }

    static AssessmentInputs inputs(Map<String, Object> in) {
        Map<String, Object> pf = map(in, "portfolio");
        String currency = str(pf, "currency");
        Enterprise enterprise = pf.get("enterprise") == null ? null : enterprise(map(pf, "enterprise"));
        List<Patent> patents = new ArrayList<>();
        for (Object o : list(pf, "patents")) {
            patents.add(patent(cast(o)));
        }
        Map<String, Object> loan = map(in, "loan");
        LoanRequest request = new LoanRequest(decimal(loan.get("amount")), str(loan, "currency"),
                ((Number) loan.get("termMonths")).intValue(), date(loan.get("startDate")), str(loan, "purpose"),
                date(loan.get("portfolioValuationDate")));
        Portfolio portfolio = new Portfolio(str(pf, "name"), enterprise, patents, null, currency, null);
        List<ComparableTransaction> comparables = new ArrayList<>();
        for (Object o : list(in, "comparables")) {
            Map<String, Object> c = cast(o);
            comparables.add(new ComparableTransaction(null, str(c, "reference"), str(c, "description"),
                    date(c.get("date")), decimal(c.get("price")), str(c, "currency"),
                    PatentType.parse(str(c, "patentType")).orElseThrow(), str(c, "ipc"),
                    dbl(c.get("remainingLife")), str(c, "source")));
        }
        Set<String> accepted = new HashSet<>();
        if (in.get("acceptedPendingInvalidation") instanceof List<?> l) {
            l.forEach(x -> accepted.add(String.valueOf(x)));
        }
        Object pd = in.get("pdOverride");
        return new AssessmentInputs(portfolio, request, date(in.get("asOf")), ((Number) in.get("seed")).longValue(),
                ((Number) in.get("paths")).intValue(), pd == null ? null : ((Number) pd).doubleValue(), comparables,
                accepted);
    }

    private static Enterprise enterprise(Map<String, Object> e) {
        if (e.get("name") == null) {
            return null;
        }
        Object code = e.get("creditCode");
        return new Enterprise(str(e, "name"), code == null ? null : new UnifiedSocialCreditCode(code.toString()),
                str(e, "industry"), dbl(e.get("yearsInBusiness")), decimal(e.get("revenue")), decimal(e.get("ebitda")),
                decimal(e.get("totalAssets")), decimal(e.get("totalLiabilities")), decimal(e.get("interestExpense")),
                decimal(e.get("rdExpense")), decimal(e.get("annualDebtService")), integer(e.get("overdueRecords")),
                dbl(e.get("pd")));
    }

    private static Patent patent(Map<String, Object> m) {
        PatentNumber number = PatentNumber.parse(str(m, "number"));
        PatentType type = PatentType.parse(str(m, "type")).orElseThrow(
                () -> new IllegalArgumentException("saved patent " + m.get("number") + ": type " + m.get("type")));
        LegalStatus status = LegalStatus.parse(str(m, "status")).orElseThrow(
                () -> new IllegalArgumentException("saved patent " + m.get("number") + ": status " + m.get("status")));
        List<Owner> owners = new ArrayList<>();
        for (Object o : list(m, "owners")) {
            Map<String, Object> om = cast(o);
            owners.add(new Owner(str(om, "name"), dbl(om.get("share"))));
        }
        List<LegalEvent> events = new ArrayList<>();
        for (Object o : list(m, "events")) {
            Map<String, Object> em = cast(o);
            events.add(new LegalEvent(date(em.get("date")), LegalEvent.Kind.valueOf(str(em, "kind")), str(em, "code"),
                    str(em, "country"), str(em, "description"), str(em, "source")));
        }
        return new Patent(number, str(m, "title"), type, date(m.get("filingDate")), date(m.get("grantDate")),
                date(m.get("expiryDate")), status, owners, date(m.get("annualFeePaidUntil")), str(m, "ipc"),
                integer(m.get("independentClaims")), integer(m.get("totalClaims")), integer(m.get("familySize")),
                integer(m.get("citedBy")), decimal(m.get("productRevenue")), decimal(m.get("licenceRevenue")),
                dbl(m.get("royaltyRate")), dbl(m.get("openLicenceRoyalty")), (Boolean) m.get("productRecorded"),
                date(m.get("inUseSince")), decimal(m.get("replacementCost")), dbl(m.get("economicLifeYears")),
                (Boolean) m.get("pledgeConsent"), str(m, "product"), dbl(m.get("contributionWeight")), events);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> cast(Object o) {
        if (!(o instanceof Map<?, ?>)) {
            throw new IllegalArgumentException("saved assessment inputs: expected an object, found " + o);
        }
        return (Map<String, Object>) o;
    }

    private static Map<String, Object> map(Map<String, Object> m, String key) {
        return cast(m.get(key));
    }

    private static List<?> list(Map<String, Object> m, String key) {
        Object o = m.get(key);
        return o instanceof List<?> l ? l : List.of();
    }

    private static String str(Map<String, Object> m, String key) {
        Object o = m.get(key);
        return o == null ? null : o.toString();
    }

    /**
     * A saved date. The documents hold ISO dates (yyyy-mm-dd), read here digit by digit: {@code LocalDate.parse}'s
     * formatter was a quarter of reading 100,000 saved patents back for a monitoring run. Anything else goes through
     * {@code LocalDate.parse}; an impossible day is refused by either.
     */
    static LocalDate date(Object o) {
        if (o == null) {
            return null;
        }
        String s = o.toString();
        if (s.length() == 10 && s.charAt(4) == '-' && s.charAt(7) == '-') {
            int y = digits(s, 0, 4);
            int m = digits(s, 5, 7);
            int d = digits(s, 8, 10);
            if (y >= 0 && m >= 0 && d >= 0) {
                return LocalDate.of(y, m, d);
            }
        }
        return LocalDate.parse(s);
    }

    /** The decimal number written by the ASCII digits s[from, to), or −1 when one is not an ASCII digit. */
    private static int digits(String s, int from, int to) {
        int v = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            v = v * 10 + (c - '0');
        }
        return v;
    }

    private static BigDecimal decimal(Object o) {
        if (o == null) {
            return null;
        }
        return o instanceof BigDecimal d ? d : new BigDecimal(o.toString());
    }

    private static Double dbl(Object o) {
        return o == null ? null : ((Number) o).doubleValue();
    }

    private static double number(Object o) {
        return o == null ? 0.0 : ((Number) o).doubleValue();
    }

    private static Integer integer(Object o) {
        return o == null ? null : ((Number) o).intValue();
    }
}
