package io.pledgebench.valuation;

import io.pledgebench.domain.PatentType;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Every parameter of the valuation engine, in one user-editable place. {@link #defaults()} documents where each
 * default comes from; where a default is a practitioners' convention rather than a published figure, the comment
 * says so. Rates are decimals (0.03 = 3 %), lives are years.
 *
 * @param riskFreeRate             annual risk-free rate (the discount rate's base)
 * @param technologyRiskPremium    premium for the risk that the technology fails or is superseded
 * @param marketRiskPremium        premium for the risk that the products do not sell as forecast
 * @param capitalRiskPremium       premium for the risk of not financing the exploitation
 * @param managementRiskPremium    premium for the risk of poor execution by the enterprise
 * @param discountRateShift        added to the built-up rate; zero except in stress tests
 * @param taxRate                  income tax rate τ applied to the patent's income
 * @param salesShare               share of product revenue attributed to the patent; null = use the profit share
 * @param profitShare              share of product profit attributed to the patent (used when salesShare is null)
 * @param shareDecay               yearly relative decay of the share: s_t = s·(1−decay)^(t−1)
 * @param revenueGrowth            yearly growth of the product revenue forecast: B_t = B·(1+g)^(t−1)
 * @param royaltyRanges           royalty rates ρ by IPC section A–H (low, typical, high)
 * @param economicLifeBySection    remaining economic life at the valuation date by IPC section A–H, used when the
 *                                 patent gives no {@code economic_life_years}
 * @param defaultEconomicLife      remaining economic life at the valuation date when neither the patent nor its IPC
 *                                 section gives one
 * @param hazardPerYear            yearly hazard that the right is lost (invalidation, lapse) by patent type
 * @param costIndexRate            yearly rise of development costs used to index historic cost to the valuation date
 * @param includeOfficialFees      cost method adds the official fees paid to obtain and keep the right (CN only)
 * @param taxAmortisationBenefit   relief-from-royalty value multiplied by the TAB factor
 * @param midYear                  cash flows discounted at the middle of each period instead of its end
 * @param methodWeights            reconciliation weights by method id; applicable methods only, renormalised
 * @param contributoryAssets       contributory asset charges of the excess-earnings method
 * @param priceIndexRate           yearly price change used to bring comparable prices to the valuation date
 * @param technologyAdjustment     market approach: technology factor of the subject against the comparables
 * @param marketAdjustment         market approach: market factor of the subject against the comparables
 * @param minComparables           market approach: fewest comparables that make the method applicable
 * @param currency                 currency of the valuation; comparables in another currency are not used
 * @param realOptionVolatility     real option: yearly volatility of the value of the patent's cash flows
 * @param realOptionInvestmentRatio real option: investment needed to exploit the patent as a share of the present
 *                                 value of its cash flows; null = unknown, the method is skipped
 */
public record ValuationParameters(
        double riskFreeRate,
        double technologyRiskPremium,
        double marketRiskPremium,
        double capitalRiskPremium,
        double managementRiskPremium,
        double discountRateShift,
        double taxRate,
        Double salesShare,
        double profitShare,
        double shareDecay,
        double revenueGrowth,
        Map<Character, RoyaltyRange> royaltyRanges,
        Map<Character, Double> economicLifeBySection,
        double defaultEconomicLife,
        Map<PatentType, Double> hazardPerYear,
        double costIndexRate,
        boolean includeOfficialFees,
        boolean taxAmortisationBenefit,
        boolean midYear,
        Map<String, Double> methodWeights,
        List<ContributoryAsset> contributoryAssets,
        double priceIndexRate,
        double technologyAdjustment,
        double marketAdjustment,
        int minComparables,
        String currency,
        double realOptionVolatility,
        Double realOptionInvestmentRatio) {

    /** Royalty rates of one field: the typical rate is the one used; low and high are reported beside it. */
    public record RoyaltyRange(double low, double typical, double high) {
        public RoyaltyRange {
            if (!(low >= 0 && low <= typical && typical <= high && high < 1)) {
                throw new IllegalArgumentException("royalty range must satisfy 0 ≤ low ≤ typical ≤ high < 1, was "
                        + low + " / " + typical + " / " + high);
            }
        }
    }

    /**
     * A contributory asset of the excess-earnings method: its amount is {@code shareOfTotalAssets} of the
     * enterprise's total assets scaled to the patent's product revenue, charged at {@code requiredReturn} a year.
     */
    public record ContributoryAsset(String name, double shareOfTotalAssets, double requiredReturn) {
        public ContributoryAsset {
            Objects.requireNonNull(name, "name");
            if (!(shareOfTotalAssets >= 0 && shareOfTotalAssets <= 1)) {
                throw new IllegalArgumentException("contributory asset '" + name + "' share of total assets must lie in [0, 1], was "
                        + shareOfTotalAssets);
            }
            if (!(requiredReturn >= 0 && requiredReturn < 1)) {
                throw new IllegalArgumentException("contributory asset '" + name + "' required return must lie in [0, 1), was "
                        + requiredReturn);
            }
        }
    }

    public ValuationParameters {
        royaltyRanges = Map.copyOf(Objects.requireNonNull(royaltyRanges, "royaltyRanges"));
        economicLifeBySection = Map.copyOf(Objects.requireNonNull(economicLifeBySection, "economicLifeBySection"));
        hazardPerYear = Map.copyOf(Objects.requireNonNull(hazardPerYear, "hazardPerYear"));
        methodWeights = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(
                Objects.requireNonNull(methodWeights, "methodWeights")));
        contributoryAssets = List.copyOf(Objects.requireNonNull(contributoryAssets, "contributoryAssets"));
        Objects.requireNonNull(currency, "currency");
        requireRate("risk-free rate", riskFreeRate);
        requireNonNegative("technology risk premium", technologyRiskPremium);
        requireNonNegative("market risk premium", marketRiskPremium);
        requireNonNegative("capital risk premium", capitalRiskPremium);
        requireNonNegative("management risk premium", managementRiskPremium);
        double r = riskFreeRate + technologyRiskPremium + marketRiskPremium + capitalRiskPremium + managementRiskPremium
                + discountRateShift;
        if (!(r > -1) || !Double.isFinite(r)) {
            throw new IllegalArgumentException("discount rate must exceed −1, was " + r);
        }
        requireFraction("tax rate", taxRate);
        if (salesShare != null) {
            requireFraction("sales share", salesShare);
        }
        requireFraction("profit share", profitShare);
        requireFraction("share decay", shareDecay);
        requireRate("revenue growth", revenueGrowth);
        for (Map.Entry<Character, Double> e : economicLifeBySection.entrySet()) {
            requirePositive("economic life of IPC section " + e.getKey(), e.getValue());
        }
        requirePositive("default economic life", defaultEconomicLife);
        for (PatentType t : PatentType.values()) {
            Double h = hazardPerYear.get(t);
            if (h == null) {
                throw new IllegalArgumentException("hazard per year missing for patent type " + t.code());
            }
            requireNonNegative("hazard per year of " + t.code(), h);
        }
        requireRate("cost index rate", costIndexRate);
        for (Map.Entry<String, Double> e : methodWeights.entrySet()) {
            requireNonNegative("weight of method " + e.getKey(), e.getValue());
        }
        requireRate("price index rate", priceIndexRate);
        requirePositive("technology adjustment", technologyAdjustment);
        requirePositive("market adjustment", marketAdjustment);
        if (minComparables < 1) {
            throw new IllegalArgumentException("minimum number of comparables must be at least 1, was " + minComparables);
        }
        requireNonNegative("real option volatility", realOptionVolatility);
        if (realOptionInvestmentRatio != null) {
            requireNonNegative("real option investment ratio", realOptionInvestmentRatio);
        }
    }

    /**
     * The defaults, each with its source. China-specific defaults follow the CAS practice of the income approach
     * (资产评估执业准则——无形资产, 2017; 资产评估执业准则——知识产权, 2023): r built up from a risk-free rate and four
     * risk premia, a sales or profit share, and an income period bounded by the remaining legal and economic life.
     */
    public static ValuationParameters defaults() {
        Map<Character, RoyaltyRange> royalties = new TreeMap<>();
        // Convention: our condensation, by IPC section, of the industry royalty levels reported in royalty-rate
        // surveys (Parr, "Royalty Rates for Licensing Intellectual Property", Wiley 2007; RoyaltySource and ktMINE
        // industry summaries): pharma/medical highest, mechanical and construction lowest. Not a table from those
        // sources; the mapping of industries to IPC sections is ours. The UNIDO "Guidelines for Evaluation of Transfer
        // of Technology Agreements" (1979) put royalties at 0.5–10 % of net sales overall.
        royalties.put('A', new RoyaltyRange(0.02, 0.05, 0.10)); // human necessities: pharma, medical, food
        royalties.put('B', new RoyaltyRange(0.01, 0.03, 0.06)); // performing operations, transporting
        royalties.put('C', new RoyaltyRange(0.01, 0.035, 0.07)); // chemistry, metallurgy
        royalties.put('D', new RoyaltyRange(0.01, 0.025, 0.05)); // textiles, paper
        royalties.put('E', new RoyaltyRange(0.01, 0.025, 0.05)); // fixed constructions
        royalties.put('F', new RoyaltyRange(0.01, 0.03, 0.06)); // mechanical engineering, lighting, heating
        royalties.put('G', new RoyaltyRange(0.02, 0.045, 0.10)); // physics: instruments, computing
        royalties.put('H', new RoyaltyRange(0.01, 0.035, 0.08)); // electricity: semiconductors, telecom
        Map<Character, Double> lives = new TreeMap<>();
        // Convention: remaining economic life at the valuation date by field, the same meaning as a life given for
        // the patent (SPEC rev. 2). Patent returns decay fast (Pakes & Schankerman 1984 estimate ≈ 25 %/year
        // obsolescence; Bessen 2008, "The value of U.S. patents by owner and patent characteristics", finds most value
        // within the first decade); pharma and chemistry live longer, ICT shorter. Our former total lives from first
        // use (A/C/E 12, B/F 10, D/G/H 8 years) are halved: a patent offered as collateral is on average half-way
        // through its economic life, and under a constant obsolescence rate the expected remaining life does not
        // depend on age — so the default neither ends an old patent's income nor gives it a fresh full life; the
        // remaining legal life still bounds n.
        lives.put('A', 6.0);
        lives.put('B', 5.0);
        lives.put('C', 6.0);
        lives.put('D', 4.0);
        lives.put('E', 6.0);
        lives.put('F', 5.0);
        lives.put('G', 4.0);
        lives.put('H', 4.0);
        Map<PatentType, Double> hazard = new EnumMap<>(PatentType.class);
        // Convention: yearly probability of losing the right (invalidation or lapse for unpaid fees), informed by the
        // CNIPA China Patent Survey Reports: utility models and designs are kept far shorter than inventions.
        hazard.put(PatentType.INVENTION, 0.03);
        hazard.put(PatentType.UTILITY_MODEL, 0.08);
        hazard.put(PatentType.DESIGN, 0.10);
        Map<String, Double> weights = new LinkedHashMap<>();
        // Convention: income methods carry the conclusion (CAS 资产评估执业准则—资产评估方法, 2019, asks the appraiser to
        // reconcile the results of the methods used and state why); cost and market are cross-checks. The real
        // option is informative only (weight 0) because its investment input is rarely known.
        weights.put(IncomeSplitMethod.ID, 0.30);
        weights.put(ReliefFromRoyaltyMethod.ID, 0.30);
        weights.put(ExcessEarningsMethod.ID, 0.15);
        weights.put(CostMethod.ID, 0.10);
        weights.put(MarketComparablesMethod.ID, 0.15);
        weights.put(RealOptionMethod.ID, 0.0);
        // Convention following The Appraisal Foundation, VFR Valuation Advisory 1 "Identification of Contributory
        // Assets and Calculation of Economic Rent" (2010): charges as a return on the assets employed; the split of
        // total assets and the returns (working capital ≈ short-term lending rate, fixed assets ≈ secured lending
        // rate plus a margin) are ours.
        List<ContributoryAsset> assets = List.of(
                new ContributoryAsset("working capital", 0.30, 0.035),
                new ContributoryAsset("fixed assets", 0.50, 0.07),
                new ContributoryAsset("assembled workforce and other intangibles", 0.20, 0.12));
        return new ValuationParameters(
                // CAS practice takes the 10-year China government bond yield (ChinaBond curve), which moved between about
                // 1.7 % and 2.6 % during 2024: 2.5 % is a rounded convention — set the yield of the valuation date.
                0.025,
                // Convention: CAS practice (风险累加法) sets each premium within 0–5 %; mid-range values.
                0.03, 0.03, 0.01, 0.01,
                0.0,
                // Enterprise Income Tax Law of the PRC art. 4 (25 %); qualified high-tech enterprises pay 15 % (art. 28).
                0.25,
                // No sales share by default: it depends on the product margin, so the profit share is used instead.
                null,
                // The "25 % rule" (Goldscheider, Jarosz & Mulhern, "Use of the 25 per cent rule in valuing IP",
                // les Nouvelles 2002); CAS practice uses 25–33 % of profit (三分法/四分法).
                0.25,
                // Convention: no decay unless the appraiser expects the share to erode.
                0.0,
                // Convention: flat revenue unless a forecast is entered.
                0.0,
                royalties, lives,
                // Convention: when nothing is known, the median of the remaining field lives above.
                5.0,
                hazard,
                // National Bureau of Statistics: the CN consumer price index rose about 2 % a year on average
                // 2010–2023; used as the development-cost index (convention: no R&D-specific index is published).
                0.02,
                true,
                // Off: the TAB applies where the buyer may amortise the acquired asset for tax (e.g. US IRC §197,
                // AICPA practice aid); a CN pledge valuation does not assume a sale.
                false,
                // Off: CAS practice discounts year-end cash flows.
                false,
                weights, assets,
                // Same source as the cost index.
                0.02,
                // Neutral adjustments unless the appraiser enters a judgement; shown in every result.
                1.0, 1.0,
                // Convention: at least three comparables, as in sales-comparison practice.
                3,
                "CNY",
                // Convention: 40 % a year, a judgement for the value of a single technology's cash flows; set it from
                // evidence such as the volatility of listed firms in the field.
                0.40,
                null);
    }

    /** The discount rate's parts, each a decimal. */
    public DiscountRateBuildUp discountRateBuildUp() {
        return new DiscountRateBuildUp(riskFreeRate, technologyRiskPremium, marketRiskPremium, capitalRiskPremium,
                managementRiskPremium, discountRateShift);
    }

    /** The built-up discount rate r = risk-free + technology + market + capital + management premia (+ shift). */
    public double discountRate() {
        return discountRateBuildUp().rate();
    }

    /** The same parameters with the discount rate moved by {@code decimal} (0.03 = +3 pp), for stress tests. */
    public ValuationParameters withDiscountRateShift(double decimal) {
        return new Builder(this).discountRateShift(discountRateBuildUp().shiftedBy(decimal).shift()).build();
    }

    public ValuationParameters withMethodWeights(Map<String, Double> weights) {
        return new Builder(this).methodWeights(weights).build();
    }

    public ValuationParameters withHazardPerYear(Map<PatentType, Double> hazards) {
        return new Builder(this).hazardPerYear(hazards).build();
    }

    public Builder toBuilder() {
        return new Builder(this);
    }

    /** Weight of a method; zero when not listed. */
    public double weightOf(String methodId) {
        return methodWeights.getOrDefault(methodId, 0.0);
    }

    /** Every parameter by name, in a stable order, for reports and the stored assessment. */
    public Map<String, Object> asMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("riskFreeRate", riskFreeRate);
        m.put("technologyRiskPremium", technologyRiskPremium);
        m.put("marketRiskPremium", marketRiskPremium);
        m.put("capitalRiskPremium", capitalRiskPremium);
        m.put("managementRiskPremium", managementRiskPremium);
        m.put("discountRateShift", discountRateShift);
        m.put("discountRate", discountRate());
        m.put("taxRate", taxRate);
        m.put("salesShare", salesShare);
        m.put("profitShare", profitShare);
        m.put("shareDecay", shareDecay);
        m.put("revenueGrowth", revenueGrowth);
        Map<String, Object> ro = new LinkedHashMap<>();
        new TreeMap<>(royaltyRanges).forEach((k, v) -> ro.put(String.valueOf(k), List.of(v.low(), v.typical(), v.high())));
        m.put("royaltyRanges", ro);
        Map<String, Object> el = new LinkedHashMap<>();
        new TreeMap<>(economicLifeBySection).forEach((k, v) -> el.put(String.valueOf(k), v));
        m.put("economicLifeBySection", el);
        m.put("defaultEconomicLife", defaultEconomicLife);
        Map<String, Object> hz = new LinkedHashMap<>();
        for (PatentType t : PatentType.values()) {
            hz.put(t.code(), hazardPerYear.get(t));
        }
        m.put("hazardPerYear", hz);
        m.put("costIndexRate", costIndexRate);
        m.put("includeOfficialFees", includeOfficialFees);
        m.put("taxAmortisationBenefit", taxAmortisationBenefit);
        m.put("midYear", midYear);
        m.put("methodWeights", new LinkedHashMap<>(methodWeights));
        List<Map<String, Object>> ca = new java.util.ArrayList<>();
        for (ContributoryAsset a : contributoryAssets) {
            Map<String, Object> am = new LinkedHashMap<>();
            am.put("name", a.name());
            am.put("shareOfTotalAssets", a.shareOfTotalAssets());
            am.put("requiredReturn", a.requiredReturn());
            ca.add(am);
        }
        m.put("contributoryAssets", ca);
        m.put("priceIndexRate", priceIndexRate);
        m.put("technologyAdjustment", technologyAdjustment);
        m.put("marketAdjustment", marketAdjustment);
        m.put("minComparables", minComparables);
        m.put("currency", currency);
        m.put("realOptionVolatility", realOptionVolatility);
        m.put("realOptionInvestmentRatio", realOptionInvestmentRatio);
        return m;
    }

    private static void requireRate(String name, double v) {
        if (!(v > -1) || !Double.isFinite(v)) {
            throw new IllegalArgumentException(name + " must exceed −1, was " + v);
        }
    }

    private static void requireNonNegative(String name, double v) {
        if (!(v >= 0) || !Double.isFinite(v)) {
            throw new IllegalArgumentException(name + " must not be negative, was " + v);
        }
    }

    private static void requirePositive(String name, double v) {
        if (!(v > 0) || !Double.isFinite(v)) {
            throw new IllegalArgumentException(name + " must be positive, was " + v);
        }
    }

    private static void requireFraction(String name, double v) {
        if (!(v >= 0 && v < 1)) {
            throw new IllegalArgumentException(name + " must lie in [0, 1), was " + v);
        }
    }

    /** Edits one or more parameters of an existing set. */
    public static final class Builder {
        private double riskFreeRate;
        private double technologyRiskPremium;
        private double marketRiskPremium;
        private double capitalRiskPremium;
        private double managementRiskPremium;
        private double discountRateShift;
        private double taxRate;
        private Double salesShare;
        private double profitShare;
        private double shareDecay;
        private double revenueGrowth;
        private Map<Character, RoyaltyRange> royaltyRanges;
        private Map<Character, Double> economicLifeBySection;
        private double defaultEconomicLife;
        private Map<PatentType, Double> hazardPerYear;
        private double costIndexRate;
        private boolean includeOfficialFees;
        private boolean taxAmortisationBenefit;
        private boolean midYear;
        private Map<String, Double> methodWeights;
        private List<ContributoryAsset> contributoryAssets;
        private double priceIndexRate;
        private double technologyAdjustment;
        private double marketAdjustment;
        private int minComparables;
        private String currency;
        private double realOptionVolatility;
        private Double realOptionInvestmentRatio;

        private Builder(ValuationParameters p) {
            riskFreeRate = p.riskFreeRate; technologyRiskPremium = p.technologyRiskPremium;
            marketRiskPremium = p.marketRiskPremium; capitalRiskPremium = p.capitalRiskPremium;
            managementRiskPremium = p.managementRiskPremium; discountRateShift = p.discountRateShift;
            taxRate = p.taxRate; salesShare = p.salesShare; profitShare = p.profitShare; shareDecay = p.shareDecay;
            revenueGrowth = p.revenueGrowth; royaltyRanges = p.royaltyRanges;
            economicLifeBySection = p.economicLifeBySection; defaultEconomicLife = p.defaultEconomicLife;
            hazardPerYear = p.hazardPerYear; costIndexRate = p.costIndexRate;
            includeOfficialFees = p.includeOfficialFees; taxAmortisationBenefit = p.taxAmortisationBenefit;
            midYear = p.midYear; methodWeights = p.methodWeights; contributoryAssets = p.contributoryAssets;
            priceIndexRate = p.priceIndexRate; technologyAdjustment = p.technologyAdjustment;
            marketAdjustment = p.marketAdjustment; minComparables = p.minComparables; currency = p.currency;
            realOptionVolatility = p.realOptionVolatility; realOptionInvestmentRatio = p.realOptionInvestmentRatio;
        }

        public Builder riskFreeRate(double v) { riskFreeRate = v; return this; }
        public Builder technologyRiskPremium(double v) { technologyRiskPremium = v; return this; }
        public Builder marketRiskPremium(double v) { marketRiskPremium = v; return this; }
        public Builder capitalRiskPremium(double v) { capitalRiskPremium = v; return this; }
        public Builder managementRiskPremium(double v) { managementRiskPremium = v; return this; }
        public Builder discountRateShift(double v) { discountRateShift = v; return this; }
        public Builder taxRate(double v) { taxRate = v; return this; }
        public Builder salesShare(Double v) { salesShare = v; return this; }
        public Builder profitShare(double v) { profitShare = v; return this; }
        public Builder shareDecay(double v) { shareDecay = v; return this; }
        public Builder revenueGrowth(double v) { revenueGrowth = v; return this; }
        public Builder royaltyRanges(Map<Character, RoyaltyRange> v) { royaltyRanges = v; return this; }
        public Builder economicLifeBySection(Map<Character, Double> v) { economicLifeBySection = v; return this; }
        public Builder defaultEconomicLife(double v) { defaultEconomicLife = v; return this; }
        public Builder hazardPerYear(Map<PatentType, Double> v) { hazardPerYear = v; return this; }
        public Builder costIndexRate(double v) { costIndexRate = v; return this; }
        public Builder includeOfficialFees(boolean v) { includeOfficialFees = v; return this; }
        public Builder taxAmortisationBenefit(boolean v) { taxAmortisationBenefit = v; return this; }
        public Builder midYear(boolean v) { midYear = v; return this; }
        public Builder methodWeights(Map<String, Double> v) { methodWeights = v; return this; }
        public Builder contributoryAssets(List<ContributoryAsset> v) { contributoryAssets = v; return this; }
        public Builder priceIndexRate(double v) { priceIndexRate = v; return this; }
        public Builder technologyAdjustment(double v) { technologyAdjustment = v; return this; }
        public Builder marketAdjustment(double v) { marketAdjustment = v; return this; }
        public Builder minComparables(int v) { minComparables = v; return this; }
        public Builder currency(String v) { currency = v; return this; }
        public Builder realOptionVolatility(double v) { realOptionVolatility = v; return this; }
        public Builder realOptionInvestmentRatio(Double v) { realOptionInvestmentRatio = v; return this; }

        public ValuationParameters build() {
            return new ValuationParameters(riskFreeRate, technologyRiskPremium, marketRiskPremium, capitalRiskPremium,
                    managementRiskPremium, discountRateShift, taxRate, salesShare, profitShare, shareDecay,
                    revenueGrowth, royaltyRanges, economicLifeBySection, defaultEconomicLife, hazardPerYear,
                    costIndexRate, includeOfficialFees, taxAmortisationBenefit, midYear, methodWeights,
                    contributoryAssets, priceIndexRate, technologyAdjustment, marketAdjustment, minComparables,
                    currency, realOptionVolatility, realOptionInvestmentRatio);
        }
    }
}
