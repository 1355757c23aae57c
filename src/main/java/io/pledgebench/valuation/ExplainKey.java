package io.pledgebench.valuation;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A typed name of a valuation method's parameter or input (as OpenGamma Strata's {@code ExplainKey} names the
 * entries of an explanation): its name in the method's {@link MethodResult#parameters()} and
 * {@link MethodResult#inputs()} and in the stored document, and the {@link Kind} of value it holds, which says how
 * a reader prints it. Every name a method writes is one of these: {@link MethodResult} refuses any other, so the
 * report never meets a name it cannot print. A name with a qualifier ({@code charge:fixed assets}) is the
 * family's key ({@code charge:}) with the asset's name after the colon.
 */
public record ExplainKey(String name, Kind kind) {

    /** What a value is, hence how it is printed. */
    public enum Kind {
        /** An amount of money in the portfolio's currency. */
        AMOUNT,
        /** A fraction printed as a percentage (0.025 → 2.5 %). */
        RATE,
        /** A number of years. */
        YEARS,
        /** A factor or ratio printed as a plain number. */
        FACTOR,
        /** A whole count. */
        COUNT,
        /** A date (ISO). */
        DATE,
        /** A code or name printed by its human name ({@code report.term.<code>}) when it has one. */
        CODE,
        /** Yes or no. */
        FLAG,
        /** A list of rows (the comparable transactions used), each a map of further keys. */
        ROWS
    }

    private static final Map<String, ExplainKey> KNOWN = new LinkedHashMap<>();

    // the discount rate's build-up (DiscountRateBuildUp) and the income period (Methods)
    public static final ExplainKey RISK_FREE_RATE = key("riskFreeRate", Kind.RATE);
    public static final ExplainKey TECHNOLOGY_RISK_PREMIUM = key("technologyRiskPremium", Kind.RATE);
    public static final ExplainKey MARKET_RISK_PREMIUM = key("marketRiskPremium", Kind.RATE);
    public static final ExplainKey CAPITAL_RISK_PREMIUM = key("capitalRiskPremium", Kind.RATE);
    public static final ExplainKey MANAGEMENT_RISK_PREMIUM = key("managementRiskPremium", Kind.RATE);
    public static final ExplainKey DISCOUNT_RATE_SHIFT = key("discountRateShift", Kind.RATE);
    public static final ExplainKey DISCOUNT_RATE = key("discountRate", Kind.RATE);
    public static final ExplainKey INCOME_PERIOD = key("incomePeriod", Kind.YEARS);
    // revenue attributed to the patent (Methods)
    public static final ExplainKey PRODUCT_REVENUE = key("productRevenue", Kind.AMOUNT);
    public static final ExplainKey PRODUCT = key("product", Kind.CODE);
    public static final ExplainKey PRODUCT_SHARE = key("productShare", Kind.RATE);
    public static final ExplainKey REVENUE_SCALE_FACTOR = key("revenueScaleFactor", Kind.FACTOR);
    public static final ExplainKey ATTRIBUTED_REVENUE = key("attributedRevenue", Kind.AMOUNT);
    // income split
    public static final ExplainKey ENTERPRISE_REVENUE = key("enterpriseRevenue", Kind.AMOUNT);
    public static final ExplainKey ENTERPRISE_EBITDA = key("enterpriseEbitda", Kind.AMOUNT);
    public static final ExplainKey EBITDA_MARGIN = key("ebitdaMargin", Kind.RATE);
    public static final ExplainKey BASIS = key("basis", Kind.CODE);
    public static final ExplainKey SALES_SHARE = key("salesShare", Kind.RATE);
    public static final ExplainKey PROFIT_SHARE = key("profitShare", Kind.RATE);
    public static final ExplainKey SHARE_DECAY = key("shareDecay", Kind.RATE);
    public static final ExplainKey REVENUE_GROWTH = key("revenueGrowth", Kind.RATE);
    public static final ExplainKey TAX_RATE = key("taxRate", Kind.RATE);
    public static final ExplainKey MID_YEAR = key("midYear", Kind.FLAG);
    // relief from royalty
    public static final ExplainKey OPEN_LICENCE_ROYALTY = key("openLicenceRoyalty", Kind.RATE);
    public static final ExplainKey ROYALTY_RATE = key("royaltyRate", Kind.RATE);
    public static final ExplainKey IPC = key("ipc", Kind.CODE);
    public static final ExplainKey LICENCE_REVENUE = key("licenceRevenue", Kind.AMOUNT);
    public static final ExplainKey ROYALTY_RATE_SOURCE = key("royaltyRateSource", Kind.CODE);
    public static final ExplainKey ROYALTY_RANGE_LOW = key("royaltyRangeLow", Kind.RATE);
    public static final ExplainKey ROYALTY_RANGE_HIGH = key("royaltyRangeHigh", Kind.RATE);
    public static final ExplainKey TAX_AMORTISATION_BENEFIT = key("taxAmortisationBenefit", Kind.FLAG);
    public static final ExplainKey TAB_FACTOR = key("tabFactor", Kind.FACTOR);
    // multi-period excess earnings
    public static final ExplainKey ENTERPRISE_TOTAL_ASSETS = key("enterpriseTotalAssets", Kind.AMOUNT);
    public static final ExplainKey ASSETS_PER_REVENUE = key("assetsPerRevenue", Kind.FACTOR);
    public static final ExplainKey CHARGE = key("charge:", Kind.RATE);
    public static final ExplainKey ASSET_SHARE = key("assetShare:", Kind.RATE);
    public static final ExplainKey CONTRIBUTORY_CHARGE_PER_REVENUE = key("contributoryChargePerRevenue", Kind.RATE);
    // cost approach
    public static final ExplainKey REPLACEMENT_COST = key("replacementCost", Kind.AMOUNT);
    public static final ExplainKey FILING_DATE = key("filingDate", Kind.DATE);
    public static final ExplainKey COST_INDEX_RATE = key("costIndexRate", Kind.RATE);
    public static final ExplainKey COST_INDEX = key("costIndex", Kind.FACTOR);
    public static final ExplainKey INCLUDE_OFFICIAL_FEES = key("includeOfficialFees", Kind.FLAG);
    public static final ExplainKey OFFICIAL_FEES = key("officialFees", Kind.AMOUNT);
    public static final ExplainKey REPLACEMENT_COST_INDEXED = key("replacementCostIndexed", Kind.AMOUNT);
    public static final ExplainKey USED_YEARS = key("usedYears", Kind.YEARS);
    public static final ExplainKey REMAINING_YEARS = key("remainingYears", Kind.YEARS);
    public static final ExplainKey REMAINING_SHARE = key("remainingShare", Kind.RATE);
    public static final ExplainKey UNCAPPED_VALUE = key("uncappedValue", Kind.AMOUNT);
    public static final ExplainKey INCOME_CAP = key("incomeCap", Kind.AMOUNT);
    public static final ExplainKey INCOME_CAP_METHOD = key("incomeCapMethod", Kind.CODE);
    // market comparables, and the columns of each comparable used
    public static final ExplainKey IPC_SECTION = key("ipcSection", Kind.CODE);
    public static final ExplainKey REMAINING_LEGAL_LIFE = key("remainingLegalLife", Kind.YEARS);
    public static final ExplainKey REMAINING_ECONOMIC_LIFE = key("remainingEconomicLife", Kind.YEARS);
    public static final ExplainKey COMPARABLES_OFFERED = key("comparablesOffered", Kind.COUNT);
    public static final ExplainKey COMPARABLES_USED = key("comparablesUsed", Kind.ROWS);
    public static final ExplainKey REFERENCE = key("reference", Kind.CODE);
    public static final ExplainKey DATE = key("date", Kind.DATE);
    public static final ExplainKey PRICE = key("price", Kind.AMOUNT);
    public static final ExplainKey TIME_ADJUSTMENT = key("timeAdjustment", Kind.FACTOR);
    public static final ExplainKey REMAINING_LIFE_ADJUSTMENT = key("remainingLifeAdjustment", Kind.FACTOR);
    public static final ExplainKey ADJUSTED_PRICE = key("adjustedPrice", Kind.AMOUNT);
    public static final ExplainKey SOURCE = key("source", Kind.CODE);
    public static final ExplainKey PRICE_INDEX_RATE = key("priceIndexRate", Kind.RATE);
    public static final ExplainKey TECHNOLOGY_ADJUSTMENT = key("technologyAdjustment", Kind.FACTOR);
    public static final ExplainKey MARKET_ADJUSTMENT = key("marketAdjustment", Kind.FACTOR);
    public static final ExplainKey MIN_COMPARABLES = key("minComparables", Kind.COUNT);
    public static final ExplainKey CURRENCY = key("currency", Kind.CODE);
    // real option
    public static final ExplainKey UNDERLYING_METHOD = key("underlyingMethod", Kind.CODE);
    public static final ExplainKey UNDERLYING_VALUE = key("underlyingValue", Kind.AMOUNT);
    public static final ExplainKey SPOT = key("spot", Kind.AMOUNT);
    public static final ExplainKey STRIKE = key("strike", Kind.AMOUNT);
    public static final ExplainKey INVESTMENT_RATIO = key("investmentRatio", Kind.RATE);
    public static final ExplainKey YEARS = key("years", Kind.YEARS);
    public static final ExplainKey COST_OF_DELAY = key("costOfDelay", Kind.RATE);
    public static final ExplainKey RATE = key("rate", Kind.RATE);
    public static final ExplainKey VOLATILITY = key("volatility", Kind.RATE);
    public static final ExplainKey AMERICAN_TREE_VALUE = key("americanTreeValue", Kind.AMOUNT);
    public static final ExplainKey TREE_STEPS = key("treeSteps", Kind.COUNT);

    private static ExplainKey key(String name, Kind kind) {
        ExplainKey k = new ExplainKey(name, kind);
        if (KNOWN.putIfAbsent(name, k) != null) {
            throw new IllegalStateException("explanation key " + name + " is defined twice");
        }
        return k;
    }

    /** Every key, in the order defined. */
    public static Map<String, ExplainKey> all() {
        return Collections.unmodifiableMap(KNOWN);
    }

    /** The key named {@code name} ({@code charge:fixed assets} is the {@code charge:} family's), if there is one. */
    public static Optional<ExplainKey> find(String name) {
        if (name == null) {
            return Optional.empty();
        }
        int colon = name.indexOf(':');
        return Optional.ofNullable(KNOWN.get(colon > 0 ? name.substring(0, colon + 1) : name));
    }

    /** The key named {@code name}; a name no method writes is an error naming it. */
    public static ExplainKey of(String name) {
        return find(name).orElseThrow(() -> new IllegalArgumentException("'" + name
                + "' is no parameter or input a valuation method of this version writes (valuation.ExplainKey)"));
    }

    /** The qualifier after the colon of a family's name ({@code fixed assets} of {@code charge:fixed assets}), else empty. */
    public static String qualifier(String name) {
        int colon = name.indexOf(':');
        return colon > 0 ? name.substring(colon + 1) : "";
    }
}
